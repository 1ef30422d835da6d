/**
 * Secrets read by ARN and kept for a TTL, so a rotated secret is picked up without a redeploy while a busy
 * function does not call Secrets Manager on every request. One cache per process (module scope on Lambda).
 */
import { SecretUnavailableError } from '../errors.js';
import type { Logger } from '../log.js';
import { SecretValue } from './secret-value.js';

/** Reads a secret's current string value. Rejects when it cannot. */
export type SecretFetcher = (arn: string) => Promise<string>;

interface Entry {
  value?: SecretValue;
  fetchedAt: number;
  inflight?: Promise<SecretValue>;
}

/** After a failed read, how long a stale value is served before the next attempt. */
const RETRY_AFTER_FAILURE_MS = 10_000;

export interface SecretCacheOptions {
  readonly ttlMs: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

/** A TTL cache of secrets by ARN; concurrent reads of one ARN share a single fetch. */
export class SecretCache {
  readonly #fetch: SecretFetcher;
  readonly #ttlMs: number;
  readonly #logger: Logger;
  readonly #now: () => number;
  readonly #entries = new Map<string, Entry>();

  constructor(fetch: SecretFetcher, options: SecretCacheOptions) {
    this.#fetch = fetch;
    this.#ttlMs = options.ttlMs;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The secret, from the cache while it is younger than the TTL (or `maxAgeMs`, when smaller). When a
   * refresh fails but an older value exists, that value is served and the failure logged: a Secrets Manager
   * hiccup must not turn every request into an error.
   * @throws SecretUnavailableError when the secret cannot be read and nothing is cached.
   */
  async get(arn: string, options: { maxAgeMs?: number } = {}): Promise<SecretValue> {
    const entry = this.#entries.get(arn) ?? { fetchedAt: 0 };
    this.#entries.set(arn, entry);
    const maxAge = Math.min(this.#ttlMs, options.maxAgeMs ?? Infinity);
    if (entry.value !== undefined && this.#now() - entry.fetchedAt < maxAge) return entry.value;
    entry.inflight ??= this.#refresh(arn, entry).finally(() => {
      entry.inflight = undefined;
    });
    return entry.inflight;
  }

  /** Forgets a secret, e.g. after the destination refused it: the next `get` reads it again. */
  invalidate(arn: string): void {
    const entry = this.#entries.get(arn);
    if (entry) entry.fetchedAt = 0;
  }

  async #refresh(arn: string, entry: Entry): Promise<SecretValue> {
    try {
      const value = new SecretValue(await this.#fetch(arn));
      entry.value = value;
      entry.fetchedAt = this.#now();
      return value;
    } catch (err) {
      const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      if (entry.value !== undefined) {
        this.#logger.warn('secret refresh failed; using the cached value', { secretArn: arn, error: reason });
        entry.fetchedAt = this.#now() - this.#ttlMs + RETRY_AFTER_FAILURE_MS;
        return entry.value;
      }
      throw new SecretUnavailableError('a secret the forwarder needs could not be read; retry later', {
        cause: new Error(`reading ${arn} failed: ${reason}`, { cause: err }),
        retryAfterSeconds: 5,
      });
    }
  }
}
