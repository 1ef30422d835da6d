/**
 * Reads secrets from AWS Secrets Manager (GetSecretValue) with the SDK client, one client per region,
 * created on first use. The region comes from the secret's ARN, so a secret in another region works.
 * `AWS_ENDPOINT_URL_SECRETS_MANAGER` (the SDK's standard override) points it elsewhere, e.g. a test double.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretFetcher } from './secret-cache.js';

/**
 * A fetcher for {@link SecretCache} backed by Secrets Manager. Binary secrets are refused.
 * @example
 * const secrets = new SecretCache(secretsManagerFetcher(), { ttlMs: 300_000, logger });
 */
export function secretsManagerFetcher(): SecretFetcher {
  const clients = new Map<string, SecretsManagerClient>();
  return async (arn) => {
    const region = arn.split(':')[3] ?? '';
    let client = clients.get(region);
    if (client === undefined) {
      // Short timeouts: a request waits for this read, and a cached value covers a slow refresh.
      client = new SecretsManagerClient({
        region,
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 2000, requestTimeout: 3000 },
      });
      clients.set(region, client);
    }
    const output = await client.send(new GetSecretValueCommand({ SecretId: arn }));
    if (output.SecretString === undefined) {
      throw new Error('the secret has no string value (binary secrets are not supported)');
    }
    return output.SecretString;
  };
}
