/**
 * Builds the destination from the configuration, with the real AWS pieces (credentials, Secrets Manager)
 * unless the caller injects others. Both edges call it once at start-up.
 */
import { destinationAuthorization } from '../auth/destination-auth.js';
import { awsCredentialProvider, environmentCredentials } from '../auth/credentials.js';
import { SecretCache, type SecretFetcher } from '../auth/secret-cache.js';
import { secretsManagerFetcher } from '../auth/secrets-manager.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { createDestination } from '../remote-write/destination.js';
import type { Send } from '../remote-write/send.js';
import { createSigV4Signer, type CredentialProvider } from '../remote-write/sign.js';

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
  /** The sender for one request, with the client's tenant when it passes one. */
  readonly sendFor: (tenant?: string) => Send;
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
  const base = overrides.credentialChain ?? environmentCredentials(config.aws.env);
  const secrets = new SecretCache(overrides.fetchSecret ?? secretsManagerFetcher(base, config.aws.env), {
    ttlMs: config.destination.secretCacheTtlMs,
    logger,
  });
  let credentials: CredentialProvider | undefined;
  let sign: ReturnType<typeof createSigV4Signer> | undefined;
  if (auth.kind === 'sigv4') {
    // STS in the function's own region when known (regional endpoint, lowest latency), else the signing one.
    const stsRegion = config.aws.region ?? auth.region;
    credentials =
      overrides.credentials ??
      awsCredentialProvider({ roleArn: auth.roleArn, stsRegion, base, env: config.aws.env });
    sign = createSigV4Signer({ region: auth.region, service: auth.service, credentials });
  }
  const sendFor = createDestination({
    url,
    timeoutMs: config.remoteWriteTimeoutMs,
    headers: config.destination.headers,
    ...destinationAuthorization(auth, secrets),
    ...(sign ? { sign } : {}),
  });
  return { sendFor, secrets, ...(credentials ? { credentials } : {}) };
}
