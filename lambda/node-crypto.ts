/**
 * node:crypto, required on first use rather than imported: an ES import of it builds Web Crypto too,
 * ~10 ms of a cold start against ~6 ms for require() (README "Performance"). The Lambda edge loads it
 * during init once the configuration is valid, so requests find it loaded.
 */
import type * as Crypto from 'node:crypto';
import { createRequire } from 'node:module';

let crypto: typeof Crypto | undefined;

/** The node:crypto module, loaded once. */
export function nodeCrypto(): typeof Crypto {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return crypto;
}
