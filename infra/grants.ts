/** The least-privilege grants the function's role gets: one action on one resource each. */
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

/** `aps:RemoteWrite` on one workspace: the only action the forwarder needs in AMP. */
export function grantRemoteWrite(grantee: iam.IGrantable, workspaceArn: string): void {
  iam.Grant.addToPrincipal({ grantee, actions: ['aps:RemoteWrite'], resourceArns: [workspaceArn] });
}

/**
 * `secretsmanager:GetSecretValue` on one secret: the function never lists or describes secrets, so
 * `ISecret.grantRead()` (which adds DescribeSecret) grants more than it needs.
 */
export function grantSecretValue(grantee: iam.IGrantable, secret: secretsmanager.ISecret): void {
  iam.Grant.addToPrincipal({
    grantee,
    actions: ['secretsmanager:GetSecretValue'],
    resourceArns: [secretArnForPolicy(secret)],
  });
  secret.encryptionKey?.grantDecrypt(grantee);
}

/**
 * A secret imported by partial ARN (no `-AbCdEf` suffix) only matches IAM with the suffix wildcard,
 * exactly as `ISecret.grantRead()` does it.
 */
function secretArnForPolicy(secret: secretsmanager.ISecret): string {
  return secret.secretFullArn === undefined ? `${secret.secretArn}-??????` : secret.secretArn;
}
