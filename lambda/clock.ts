/**
 * A monotonic clock in milliseconds for request durations. Not `performance.now()`: the `performance`
 * global is created on first use by loading perf_hooks, ~2 ms on Node 24 that a cold start would pay
 * inside the first request.
 */

/** Milliseconds from an arbitrary origin; only differences mean anything. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
