/**
 * Endpoint auth for the Lambda: the client presents `Authorization: Bearer <token>` (OTel SDKs send it via
 * OTEL_EXPORTER_OTLP_HEADERS), compared in constant time with a token kept in Secrets Manager.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SecretUnavailableError, UnauthorizedError } from '../errors.js';
import type { HttpRequest } from '../otlp-http.js';
import type { SecretCache } from './secret-cache.js';

/** Admits a request or throws; runs before the body is decoded. */
export type Authenticate = (request: HttpRequest) => Promise<void>;

/**
 * A token that does not match the cached secret is checked once more against a fresh read when the cached
 * value is older than this: a client already on a rotated token gets in within seconds, while wrong tokens
 * cost at most one Secrets Manager call per this interval.
 */
const RECHECK_AFTER_MS = 30_000;

/** RFC 6750 §2.1: `Bearer` then the token; the scheme is case-insensitive. */
const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

/**
 * Checks the bearer token against the secret at `secretArn`.
 * @throws UnauthorizedError (401, `WWW-Authenticate: Bearer`) when the token is missing or wrong.
 * @throws SecretUnavailableError (503) when the expected token cannot be read.
 */
export function bearerTokenAuth(secrets: SecretCache, secretArn: string): Authenticate {
  return async (request) => {
    const header = request.headers.authorization;
    const presented = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (presented === undefined) {
      throw new UnauthorizedError('missing bearer token; send "Authorization: Bearer <token>"');
    }
    const cached = expectedToken((await secrets.get(secretArn)).reveal());
    if (sameToken(presented, cached)) return;
    const current = expectedToken((await secrets.get(secretArn, { maxAgeMs: RECHECK_AFTER_MS })).reveal());
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
  const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
