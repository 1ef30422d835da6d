/**
 * AWS credentials for SigV4: a base provider, optionally exchanged for a role in another account (STS
 * AssumeRole, sts.ts), cached and refreshed before they expire. Built once per process.
 *
 * On Lambda the base is the function's own environment credentials (the runtime sets the execution role's
 * keys in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN): no SDK in the bundle (cold
 * start, see README "Performance"). Local runs pass the SDK's full chain (sdk-credentials.ts) instead.
 */
import type { Env } from '../env.js';
import type { AwsCredentials, CredentialProvider } from '../remote-write/sign.js';
import { assumeRoleProvider } from './sts.js';

export interface CredentialOptions {
  /** A role to assume with the base credentials (cross-account AMP). */
  readonly roleArn?: string | undefined;
  /** Region of the STS endpoint used to assume the role. */
  readonly stsRegion: string;
  /** The credentials that sign (or assume the role). @default environmentCredentials(env) */
  readonly base?: CredentialProvider;
  /** The environment config.ts hands over (keys, endpoint overrides). */
  readonly env: Env;
}

/** Session name on the assumed role, visible in the destination account's CloudTrail. */
const ROLE_SESSION_NAME = 'otlp-prom-forwarder';

/**
 * The credential provider for signing remote-write requests.
 * @example
 * const credentials = awsCredentialProvider({ roleArn, stsRegion: 'us-east-1', env: config.aws.env });
 */
export function awsCredentialProvider(options: CredentialOptions): CredentialProvider {
  const base = options.base ?? environmentCredentials(options.env);
  if (options.roleArn === undefined) return base;
  return memoizeCredentials(
    assumeRoleProvider({
      roleArn: options.roleArn,
      sessionName: ROLE_SESSION_NAME,
      region: options.stsRegion,
      credentials: base,
      env: options.env,
    }),
  );
}

/**
 * The credentials in the environment, read at each call (the SDK's `fromEnv`): AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN and AWS_CREDENTIAL_EXPIRATION. Lambda always sets the first
 * three. Rejects when the keys are missing, naming the variables only.
 */
export function environmentCredentials(env: Env): CredentialProvider {
  return () => {
    const { AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN, AWS_CREDENTIAL_EXPIRATION } = env;
    if (!AWS_ACCESS_KEY_ID || !AWS_SECRET_ACCESS_KEY) {
      return Promise.reject(
        new Error('no AWS credentials: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set'),
      );
    }
    const credentials: AwsCredentials = {
      accessKeyId: AWS_ACCESS_KEY_ID,
      secretAccessKey: AWS_SECRET_ACCESS_KEY,
      ...(AWS_SESSION_TOKEN ? { sessionToken: AWS_SESSION_TOKEN } : {}),
      ...(AWS_CREDENTIAL_EXPIRATION ? { expiration: new Date(AWS_CREDENTIAL_EXPIRATION) } : {}),
    };
    return Promise.resolve(credentials);
  };
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
