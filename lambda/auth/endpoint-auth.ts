/**
 * Endpoint auth for both edges: the client presents `Authorization: Bearer <token>` (OTel SDKs send it via
 * OTEL_EXPORTER_OTLP_HEADERS), compared in constant time with a token kept in Secrets Manager or, locally,
 * given in ENDPOINT_TOKEN.
 */
import { nodeCrypto } from '../node-crypto.js';
import { SecretUnavailableError, UnauthorizedError } from '../errors.js';
import type { Authenticate } from '../http/types.js';
import type { EndpointAuthConfig } from './endpoint-auth-config.js';
import type { SecretCache } from './secret-cache.js';
import type { SecretValue } from './secret-value.js';

/**
 * A token that does not match the cached secret is checked once more against a fresh read when the cached
 * value is older than this: a client already on a rotated token gets in within seconds, while wrong tokens
 * cost at most one Secrets Manager call per this interval.
 */
const RECHECK_AFTER_MS = 30_000;

/** RFC 6750 §2.1: `Bearer` then the token; the scheme is case-insensitive. */
const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

/**
 * The check `config` asks for, or undefined for `none`.
 * @example
 * const authenticate = endpointAuthenticator(loadEndpointAuthConfig(env, 'local'), secrets);
 */
export function endpointAuthenticator(
  config: EndpointAuthConfig,
  secrets: SecretCache,
): Authenticate | undefined {
  if (config.kind === 'none') return undefined;
  const { token } = config;
  if (token.from === 'secrets-manager') return bearerTokenAuth(secrets, token.arn);
  // A token from the environment cannot rotate under us: nothing to read again.
  return checkBearer(() => Promise.resolve(token.value));
}

/**
 * Checks the bearer token against the secret at `secretArn`.
 * @throws UnauthorizedError (401, `WWW-Authenticate: Bearer`) when the token is missing or wrong.
 * @throws SecretUnavailableError (503) when the expected token cannot be read.
 */
export function bearerTokenAuth(secrets: SecretCache, secretArn: string): Authenticate {
  return checkBearer((maxAgeMs) => secrets.get(secretArn, maxAgeMs === undefined ? {} : { maxAgeMs }));
}

/** The expected token; with `maxAgeMs`, read no longer ago than that. */
type ExpectedToken = (maxAgeMs?: number) => Promise<SecretValue>;

function checkBearer(expected: ExpectedToken): Authenticate {
  return async (request) => {
    const header = request.headers.authorization;
    const presented = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (presented === undefined) {
      throw new UnauthorizedError('missing bearer token; send "Authorization: Bearer <token>"');
    }
    const cached = expectedToken((await expected()).reveal());
    if (sameToken(presented, cached)) return;
    const current = expectedToken((await expected(RECHECK_AFTER_MS)).reveal());
    if (current !== cached && sameToken(presented, current)) return;
    throw new UnauthorizedError('invalid bearer token');
  };
}

function expectedToken(secret: string): string {
  const token = secret.trim();
  // An empty secret would make every empty comparison pass; treat it as unreadable, loudly.
  if (token === '') throw new SecretUnavailableError('the endpoint token secret is empty');
  return token;
}

/**
 * Constant-time comparison: both sides are hashed first so the time taken depends on neither the length
 * nor the content of the expected token.
 */
function sameToken(presented: string, expected: string): boolean {
  const { createHash, timingSafeEqual } = nodeCrypto();
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
