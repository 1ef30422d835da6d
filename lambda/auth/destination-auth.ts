/**
 * The remote-write destination's Authorization header, from the configured credentials: a bearer token
 * or basic credentials, given in the environment or kept in Secrets Manager (read through the shared,
 * TTL-bound cache, and read again after the destination refuses them: rotation).
 */
import { DestinationMisconfiguredError } from '../errors.js';
import type { DestinationAuth, SecretSource } from './auth-config.js';
import type { SecretCache } from './secret-cache.js';

export interface DestinationAuthorization {
  /** The header value for the next request, or undefined when the destination takes none (none, sigv4). */
  readonly authorization: () => Promise<string | undefined>;
  /** Forgets a cached secret after a 401/403, so a rotated one is read on the next request. */
  readonly onRefused: () => void;
}

/** The Authorization header source for `auth`. */
export function destinationAuthorization(
  auth: DestinationAuth,
  secrets: SecretCache,
): DestinationAuthorization {
  const source = auth.kind === 'bearer' ? auth.token : auth.kind === 'basic' ? auth.password : undefined;
  const authorization = async (): Promise<string | undefined> => {
    switch (auth.kind) {
      case 'none':
      case 'sigv4':
        return undefined;
      case 'bearer':
        return `Bearer ${(await secretOf(auth.token, secrets)).trim()}`;
      case 'basic': {
        const { username, password } =
          auth.password.from === 'env'
            ? { username: auth.username ?? '', password: auth.password.value.reveal() }
            : basicFromSecret(await secretOf(auth.password, secrets));
        return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
      }
    }
  };
  return {
    authorization,
    onRefused: () => {
      if (source?.from === 'secrets-manager') secrets.invalidate(source.arn);
    },
  };
}

async function secretOf(source: SecretSource, secrets: SecretCache): Promise<string> {
  return source.from === 'env' ? source.value.reveal() : (await secrets.get(source.arn)).reveal();
}

/**
 * `{"username": "...", "password": "..."}` from the secret string.
 * @throws DestinationMisconfiguredError (502: the operator must fix the secret); the message never quotes it.
 */
function basicFromSecret(secret: string): { username: string; password: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret);
  } catch {
    parsed = undefined;
  }
  const { username, password } = (parsed ?? {}) as { username?: unknown; password?: unknown };
  if (typeof username !== 'string' || typeof password !== 'string') {
    throw new DestinationMisconfiguredError(
      'the basic-auth secret must be JSON {"username": "...", "password": "..."}; fix REMOTE_WRITE_SECRET_ARN',
    );
  }
  return { username, password };
}
