/** The construct used from another CDK app: its typed props, its created resources, grantInvoke(). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { App, Duration, Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import {
  EndpointAuth,
  ForwarderDestination,
  OtlpPrometheusForwarder,
  RemoteWriteAuth,
} from '../../infra/index.js';

/** A consumer's stack; bundling skipped (the bundle has its own tests). */
function consumerStack(): Stack {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
  return new Stack(app, 'Consumer', { env: { account: '111122223333', region: 'eu-west-1' } });
}

describe('OtlpPrometheusForwarder in another app', () => {
  it('exposes what it creates and writes with a secret defined in the same stack', () => {
    const stack = consumerStack();
    const secret = new secretsmanager.Secret(stack, 'MimirPassword');
    const forwarder = new OtlpPrometheusForwarder(stack, 'Metrics', {
      destination: ForwarderDestination.remoteWrite({
        url: 'https://mimir.example.com/api/v1/push',
        auth: RemoteWriteAuth.BASIC,
        secret,
        headers: { 'X-Scope-OrgID': 'team a' },
      }),
      architecture: lambda.Architecture.X86_64,
      timeout: Duration.seconds(5),
    });
    assert.equal(forwarder.workspace, undefined);
    assert.equal(forwarder.workspaceId, undefined);
    assert.equal(forwarder.endpointAuth, EndpointAuth.TOKEN);
    assert.ok(forwarder.endpointTokenSecret);
    assert.equal(forwarder.function.architecture, lambda.Architecture.X86_64);
    assert.ok(forwarder.alarms.destinationFailures);

    const template = Template.fromStack(stack);
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: 5,
      Environment: {
        Variables: Match.objectLike({
          REMOTE_WRITE_AUTH: 'basic',
          REMOTE_WRITE_SECRET_ARN: {
            Ref: stack.getLogicalId(secret.node.defaultChild as secretsmanager.CfnSecret),
          },
          // URL-encoded like OTEL_EXPORTER_OTLP_HEADERS; the function decodes it.
          REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team%20a',
        }),
      },
    });
  });

  it('grants execute-api:Invoke on the one route to a Collector role with IAM auth', () => {
    const stack = consumerStack();
    const forwarder = new OtlpPrometheusForwarder(stack, 'Metrics', {
      destination: ForwarderDestination.existingWorkspace('ws-12345678-abcd-1234-abcd-123456789012'),
      endpointAuth: EndpointAuth.IAM,
    });
    const collector = new iam.Role(stack, 'Collector', { assumedBy: new iam.AccountRootPrincipal() });
    forwarder.grantInvoke(collector);

    const template = Template.fromStack(stack);
    const apiId = stack.getLogicalId(forwarder.api.node.defaultChild as CfnElement);
    template.hasResourceProperties('AWS::IAM::Policy', {
      Roles: [{ Ref: stack.getLogicalId(collector.node.defaultChild as iam.CfnRole) }],
      PolicyDocument: {
        Statement: [
          {
            Action: 'execute-api:Invoke',
            Effect: 'Allow',
            Resource: {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':execute-api:eu-west-1:111122223333:',
                  { Ref: apiId },
                  '/$default/POST/v1/metrics',
                ],
              ],
            },
          },
        ],
      },
    });
  });

  it('refuses grantInvoke() when clients authenticate with a token', () => {
    const stack = consumerStack();
    const forwarder = new OtlpPrometheusForwarder(stack, 'Metrics');
    assert.throws(() => forwarder.grantInvoke(new iam.AccountRootPrincipal()), /needs endpointAuth IAM/);
  });
});
