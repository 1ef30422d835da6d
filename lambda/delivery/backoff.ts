/**
 * Waiting between destination attempts: exponential backoff with jitter, and a sleep that ends early
 * when the request is given up.
 */

/** First wait after a failed attempt, before jitter. */
export const INITIAL_BACKOFF_MS = 100;
/** Longest wait between attempts, before jitter: the whole budget is a few seconds. */
export const MAX_BACKOFF_MS = 2000;
const MULTIPLIER = 2;
/** Each wait is the nominal one ±50%, so clients failing together do not retry together. */
const RANDOMIZATION = 0.5;

/**
 * The wait before retry number `retry` (0 for the first retry): 100 ms, 200 ms, 400 ms, … up to 2 s,
 * each spread by ±50% with `random()` in [0, 1).
 */
export function backoffMs(retry: number, random: () => number): number {
  const nominal = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * MULTIPLIER ** retry);
  return nominal * (1 - RANDOMIZATION + 2 * RANDOMIZATION * random());
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
