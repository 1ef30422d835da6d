/**
 * Builds the destination sender from the configuration, with the real AWS pieces (credentials, Secrets
 * Manager) unless the caller injects others. Both edges call it once at start-up.
 */
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { CredentialProvider } from '../remote-write/sign.js';
import { awsCredentialProvider, environmentCredentials } from './credentials.js';
import { createDestination, type SendContext } from './destination.js';
import { SecretCache, type SecretFetcher } from './secret-cache.js';
import { secretsManagerFetcher } from './secrets-manager.js';
import type { Send } from '../delivery.js';

export interface AuthOverrides {
  /** Replaces Secrets Manager (tests, other secret stores). */
  readonly fetchSecret?: SecretFetcher;
  /** Replaces the remote-write signing credentials (tests). */
  readonly credentials?: CredentialProvider;
  /**
   * The base AWS credentials (Secrets Manager reads, the role's assumption, signing): the SDK's chain
   * locally (sdk-credentials.ts); by default the environment's, which Lambda always sets.
   */
  readonly credentialChain?: CredentialProvider;
}

export interface WiredDestination {
  readonly sendFor: (context?: SendContext) => Send;
  /** Shared with endpoint auth, so one TTL governs every secret. */
  readonly secrets: SecretCache;
  /** The remote-write signing credentials, for sigv4 (the Lambda edge fetches them during init). */
  readonly credentials?: CredentialProvider;
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
  const base = overrides.credentialChain ?? environmentCredentials();
  const secrets = new SecretCache(overrides.fetchSecret ?? secretsManagerFetcher(base), {
    ttlMs: config.destination.secretCacheTtlMs,
    logger,
  });
  let credentials: CredentialProvider | undefined;
  if (auth.kind === 'sigv4') {
    // STS in the function's own region when known (regional endpoint, lowest latency), else the signing one.
    const stsRegion = config.awsRegion ?? auth.region;
    credentials = overrides.credentials ?? awsCredentialProvider({ roleArn: auth.roleArn, stsRegion, base });
  }
  const sendFor = createDestination({
    url,
    timeoutMs: config.remoteWriteTimeoutMs,
    config: config.destination,
    credentials,
    secrets,
  });
  return { sendFor, secrets, ...(credentials ? { credentials } : {}) };
}
