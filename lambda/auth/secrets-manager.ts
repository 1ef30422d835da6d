/**
 * Reads secrets from AWS Secrets Manager: GetSecretValue over its JSON 1.1 protocol, signed with our SigV4
 * signer (aws-call.ts), one caller per region, made on first use. The region comes from the secret's ARN,
 * so a secret in another region works. `AWS_ENDPOINT_URL_SECRETS_MANAGER` (the SDK's standard override)
 * points it elsewhere, e.g. a test double. The value is returned and never logged; errors carry the
 * service's code and message only.
 */
import type { Env } from '../env.js';
import type { CredentialProvider } from '../remote-write/sign.js';
import { awsCall, awsError, parseJson, type AwsCall } from './aws-call.js';
import type { SecretFetcher } from './secret-cache.js';

/**
 * A fetcher for {@link SecretCache} backed by Secrets Manager, signing with `credentials`. Binary secrets
 * are refused.
 * @example
 * const secrets = new SecretCache(secretsManagerFetcher(credentials, config.aws.env), { ttlMs: 300_000, logger });
 */
export function secretsManagerFetcher(credentials: CredentialProvider, env: Env): SecretFetcher {
  const calls = new Map<string, AwsCall>();
  return async (arn) => {
    const region = arn.split(':')[3] ?? '';
    let call = calls.get(region);
    if (call === undefined) {
      // Short timeouts: a request waits for this read, and a cached value covers a slow refresh.
      call = awsCall({
        service: 'secretsmanager',
        envName: 'SECRETS_MANAGER',
        region,
        credentials,
        timeoutMs: 3000,
        maxAttempts: 2,
        env,
      });
      calls.set(region, call);
    }
    const response = await call(
      {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.GetSecretValue',
      },
      JSON.stringify({ SecretId: arn }),
    );
    if (response.status !== 200) throw awsError('GetSecretValue', response);
    const value = parseJson(response.body)?.SecretString;
    if (typeof value !== 'string') {
      throw new Error('the secret has no string value (binary secrets are not supported)');
    }
    return value;
  };
}
