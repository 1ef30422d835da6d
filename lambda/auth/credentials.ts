/**
 * AWS credentials for SigV4: the SDK's default Node chain (environment, web identity, container, instance
 * metadata, SSO, profiles), optionally exchanged for a role in another account, cached and refreshed
 * before they expire. Built once per process.
 */
import { fromTemporaryCredentials } from '@aws-sdk/credential-providers';
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import type { AwsCredentials, CredentialProvider } from '../remote-write/sign.js';

export interface CredentialOptions {
  /** A role to assume with the chain's credentials (cross-account AMP). */
  readonly roleArn?: string | undefined;
  /** Region of the STS endpoint used to assume the role. */
  readonly stsRegion: string;
}

/** Session name on the assumed role, visible in the destination account's CloudTrail. */
const ROLE_SESSION_NAME = 'otlp-prom-forwarder';

/**
 * The credential provider for signing remote-write requests.
 * @example
 * const credentials = awsCredentialProvider({ roleArn: process.env.REMOTE_WRITE_ROLE_ARN, stsRegion: 'us-east-1' });
 */
export function awsCredentialProvider(options: CredentialOptions): CredentialProvider {
  const chain = defaultProvider();
  if (options.roleArn === undefined) return memoizeCredentials(chain);
  return memoizeCredentials(
    fromTemporaryCredentials({
      masterCredentials: chain,
      params: { RoleArn: options.roleArn, RoleSessionName: ROLE_SESSION_NAME },
      clientConfig: { region: options.stsRegion },
    }),
  );
}

export interface MemoizeOptions {
  /**
   * Refresh temporary credentials this long before they expire, so no request is signed with credentials
   * that lapse in flight. Five minutes, as the AWS SDK does.
   * @default 300000
   */
  readonly refreshBeforeMs?: number;
  readonly now?: () => number;
}

/**
 * Caches a provider's credentials until `refreshBeforeMs` before their expiration; concurrent callers
 * share one refresh. If a refresh fails while the cached credentials are still valid, those are used.
 */
export function memoizeCredentials(
  provider: CredentialProvider,
  options: MemoizeOptions = {},
): CredentialProvider {
  const refreshBeforeMs = options.refreshBeforeMs ?? 300_000;
  const now = options.now ?? Date.now;
  let cached: AwsCredentials | undefined;
  let inflight: Promise<AwsCredentials> | undefined;

  const fresh = (c: AwsCredentials | undefined): c is AwsCredentials =>
    c !== undefined && (c.expiration === undefined || c.expiration.getTime() - now() > refreshBeforeMs);
  const valid = (c: AwsCredentials | undefined): c is AwsCredentials =>
    c !== undefined && (c.expiration === undefined || c.expiration.getTime() > now());

  return async () => {
    if (fresh(cached)) return cached;
    inflight ??= provider()
      .then((c) => {
        cached = c;
        return c;
      })
      .catch((err: unknown) => {
        if (valid(cached)) return cached;
        throw err;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };
}
