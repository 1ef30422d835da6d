/**
 * Builds the destination sender from the configuration, with the real AWS pieces (credential chain,
 * Secrets Manager) unless the caller injects others. Both edges call it once at start-up.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CredentialProvider } from '../remote-write/sign.js';
import { awsCredentialProvider } from './credentials.js';
import { createDestination, type SendContext } from './destination.js';
import { SecretCache, type SecretFetcher } from './secret-cache.js';
import { secretsManagerFetcher } from './secrets-manager.js';
import type { Send } from '../delivery.js';

export interface AuthOverrides {
  /** Replaces Secrets Manager (tests, other secret stores). */
  readonly fetchSecret?: SecretFetcher;
  /** Replaces the AWS credential chain. */
  readonly credentials?: CredentialProvider;
}

export interface WiredDestination {
  readonly sendFor: (context?: SendContext) => Send;
  /** Shared with endpoint auth, so one TTL governs every secret. */
  readonly secrets: SecretCache;
}

/**
 * The destination for `url` (REMOTE_WRITE_URL, or the embedded receiver's URL locally).
 * @example
 * const { sendFor } = wireDestination(config, config.remoteWriteUrl!, logger);
 */
export function wireDestination(
  config: Config,
  url: string,
  logger: Logger,
  overrides: AuthOverrides = {},
): WiredDestination {
  const { auth } = config.destination;
  const secrets = new SecretCache(overrides.fetchSecret ?? secretsManagerFetcher(), {
    ttlMs: config.destination.secretCacheTtlMs,
    logger,
  });
  let credentials: CredentialProvider | undefined;
  if (auth.kind === 'sigv4') {
    // STS in the function's own region when known (regional endpoint, lowest latency), else the signing one.
    const stsRegion = config.awsRegion ?? auth.region;
    credentials = overrides.credentials ?? awsCredentialProvider({ roleArn: auth.roleArn, stsRegion });
  }
  const sendFor = createDestination({
    url,
    timeoutMs: config.remoteWriteTimeoutMs,
    config: config.destination,
    credentials,
    secrets,
  });
  return { sendFor, secrets };
}
