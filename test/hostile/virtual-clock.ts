/**
 * A clock for delivery's `now`/`sleep` hooks: sleeping advances it at once instead of waiting, so a test
 * walks through seconds of backoff in milliseconds of real time.
 */
export interface VirtualClock {
  readonly now: () => number;
  readonly sleep: (ms: number, signal: AbortSignal) => Promise<boolean>;
  /** Virtual milliseconds since the clock was made. */
  elapsed(): number;
  /** Moves the clock on, as time spent elsewhere. */
  advance(ms: number): void;
}

/** A clock that follows real time plus every sleep it skipped. */
export function virtualClock(): VirtualClock {
  const start = Date.now();
  let skipped = 0;
  const now = (): number => Date.now() + skipped;
  return {
    now,
    sleep: (ms, signal) => {
      if (signal.aborted) return Promise.resolve(false);
      skipped += Math.max(0, ms);
      return new Promise((resolve) => setImmediate(() => resolve(!signal.aborted)));
    },
    elapsed: () => now() - start,
    advance: (ms) => {
      skipped += ms;
    },
  };
}
