/**
 * Getting one batch written before the deadline: attempts, retries with backoff that honour
 * Retry-After, halving on 413, and bisection of batches refused with 400 or 500 so that one bad series
 * does not keep the others from being written.
 *
 * Retry rules (remote-write 1.0 spec, "Retries & Backoff"; OTLP/HTTP spec, "Failures"): 5xx, 429,
 * connection errors and timeouts are retried; 413 halves the batch; every other 4xx is final for the
 * data it refused (401/403/404 for the whole request).
 */
import { ForwarderError } from '../errors.js';
import { compress } from '../remote-write/encode.js';
import type { SendResult } from '../remote-write/send.js';
import { halve, writeRequestBytes, type Batch } from './batches.js';
import { backoffMs } from './backoff.js';
import type { DeliveryRun, Fatal } from './run.js';
import type { DestinationOutcome } from './types.js';

/** Below this much time left, an attempt cannot get an answer; we stop instead of starting one. */
export const MIN_ATTEMPT_MS = 10;
/** Time kept for a last attempt when the backoff would run into the deadline. */
const LAST_ATTEMPT_MS = 200;

/** Destination statuses that say "fix the forwarder's URL or credentials", not "fix the data". */
const REFUSING_STATUSES: ReadonlySet<number> = new Set([401, 403, 404, 405, 407]);

/**
 * Requests a delivery may spend on bisection, over all its batches: isolating one bad series among n
 * takes about 2·log2(n) requests, so this finds a few bad series in any request while a destination
 * that refuses everything costs at most this many extra requests.
 */
export const BISECTION_REQUESTS = 64;

/** Sends a lane's batches in order; once the request is given up, the rest count as not written. */
export async function sendLane(batches: readonly Batch[], run: DeliveryRun): Promise<void> {
  for (const batch of batches) {
    if (run.givenUp()) run.notWrittenBatch('failed', batch);
    else await sendBatch(batch, run, false);
  }
}

/**
 * Gets one batch written, refused or given up, and records which.
 * @param suspect the batch is half of one the destination answered 500 to: it is split again on its
 *   first 500, and counted as poison when it cannot be split.
 */
async function sendBatch(batch: Batch, run: DeliveryRun, suspect: boolean): Promise<void> {
  let body: Uint8Array | undefined;
  let lastFailure: Fatal | undefined;
  let answered500 = 0;
  let first500At = 0;
  for (let retry = 0; ; retry++) {
    const remaining = run.deadline - run.now();
    if (!run.givenUp() && remaining < MIN_ATTEMPT_MS) {
      run.fail(
        lastFailure ?? {
          kind: 'unavailable',
          error: new Error('the request time budget ran out before the destination could be tried'),
        },
      );
    }
    if (run.givenUp()) {
      run.notWrittenBatch('failed', batch);
      return;
    }
    try {
      body ??= compress(writeRequestBytes(batch));
    } catch (err) {
      // Not the destination's doing and not retryable: give the request up as unavailable, typed.
      run.fail({ kind: 'unavailable', error: err instanceof Error ? err : new Error(String(err)) });
      run.notWrittenBatch('failed', batch);
      return;
    }
    const startedAt = run.now();
    const result = await attempt(run, body, remaining);
    if (result instanceof ForwarderError) {
      run.fail({ kind: 'thrown', error: result });
      run.notWrittenBatch('failed', batch);
      return;
    }
    // An answer that arrives after the request was given up still counts: it says what was written.
    const outcome = classify(result);
    run.answered(outcome, result.httpStatus, run.now() - startedAt);

    switch (result.status) {
      case 'success':
        run.accepted(batch);
        return;
      case 'failure':
        await settleFailure(batch, result.error, outcome, run);
        return;
      case 'retryable':
        answered500 = result.httpStatus === 500 ? answered500 + 1 : 0;
        if (answered500 === 1) first500At = run.now();
        if (await splitOrPoison(batch, result, answered500, first500At, run, suspect)) return;
        lastFailure = {
          kind: result.httpStatus === 429 ? 'throttled' : 'unavailable',
          error: result.error,
          ...(result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs }),
        };
        if (!(await waitToRetry(retry, result.retryAfterMs, lastFailure, run))) {
          run.notWrittenBatch('failed', batch);
          return;
        }
        run.retries++;
        break;
    }
  }
}

/**
 * Prometheus answers 500 to a whole request for some bad data (an invalid native histogram) and writes
 * none of it; 502/503/504/429 mean busy or down, and splitting would not help. A first 500 may be a
 * hiccup: a batch is split on its second one, its halves on their first.
 * @returns true when the batch was settled here (split and sent, or counted as poison)
 */
async function splitOrPoison(
  batch: Batch,
  result: { readonly error: Error },
  answered500: number,
  first500At: number,
  run: DeliveryRun,
  suspect: boolean,
): Promise<boolean> {
  if (answered500 < (suspect ? 1 : 2)) return false;
  const halves = halve(batch);
  // Poison only once it is plain that the destination takes other data and not this: several 500s over
  // a while, other batches written. A short outage would otherwise drop good points.
  if (
    halves === undefined &&
    suspect &&
    answered500 >= POISON_AFTER_500S &&
    run.now() - first500At >= POISON_AFTER_MS &&
    run.acceptedBatches > 0
  ) {
    run.notWrittenBatch('poisoned', batch, result.error);
    return true;
  }
  if (halves !== undefined && spendSplit(run)) {
    await sendHalves(halves, run, true);
    return true;
  }
  return false;
}

/**
 * Waits before the next attempt: never sooner than the destination asked. Our own backoff shrinks to
 * leave one last attempt before the deadline; a Retry-After that ends past it gives up at once.
 * (parseRetryAfter leaves a zero or past Retry-After out: taken as a wait it once kept the backoff from
 * shrinking, and retrying ended seconds before the deadline.)
 * @returns false when the request was given up instead
 */
async function waitToRetry(
  retry: number,
  retryAfterMs: number | undefined,
  lastFailure: Fatal,
  run: DeliveryRun,
): Promise<boolean> {
  const left = run.deadline - run.now() - LAST_ATTEMPT_MS;
  const wait = Math.max(retryAfterMs ?? 0, Math.min(backoffMs(retry, run.random), left));
  if (wait > left || left <= 0) run.fail(lastFailure);
  return !run.givenUp() && (await run.sleep(wait, run.signal));
}

/** A final answer (4xx): halve on 413, bisect a 400, else record the batch refused. */
async function settleFailure(
  batch: Batch,
  error: Error,
  outcome: DestinationOutcome,
  run: DeliveryRun,
): Promise<void> {
  if (outcome === 'refused') {
    run.fail({ kind: 'refused', error });
    run.notWrittenBatch('failed', batch);
    return;
  }
  const halves = halve(batch);
  // 413 must halve to get through; a 400 is worth bisecting: Prometheus refuses the whole request for
  // one sample out of order or too old, and stores none of it.
  // Both spend the bisection budget: a destination answering 413 to everything would otherwise get one
  // request per series.
  if (halves !== undefined && spendSplit(run)) {
    await sendHalves(halves, run, false);
    return;
  }
  run.notWrittenBatch('rejected', batch, error);
}

/** 500s, and time since the first, before a batch that cannot be split is counted as poison. */
const POISON_AFTER_500S = 3;
const POISON_AFTER_MS = 500;

/** Takes the two requests of a split from the bisection budget, if it has them. */
function spendSplit(run: DeliveryRun): boolean {
  if (run.splitsLeft < 2) return false;
  run.splitsLeft -= 2;
  return true;
}

/** Halves go one after the other: a series split in two must arrive in time order. */
async function sendHalves(
  halves: readonly [Batch, Batch],
  run: DeliveryRun,
  suspect: boolean,
): Promise<void> {
  await sendBatch(halves[0], run, suspect);
  await sendBatch(halves[1], run, suspect);
}

/**
 * One send, bounded by the deadline even if `send` ignores its abort signal, and never throwing. A typed
 * error from `send` is returned for the caller to rethrow; any other throw counts as a network failure.
 */
async function attempt(
  run: DeliveryRun,
  body: Uint8Array,
  remaining: number,
): Promise<SendResult | ForwarderError> {
  // Not aborted when the request is given up: the answer tells whether this batch was written.
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<SendResult | ForwarderError>((resolve) => {
    timer = setTimeout(() => {
      const error = new Error(
        `destination timed out after ${Math.round(remaining)} ms, the time left in the request's budget`,
      );
      controller.abort(error);
      resolve({ status: 'retryable', error });
    }, remaining);
  });
  try {
    // Called inside an async function so a synchronous throw is caught like a rejection.
    const sent = (async () => run.send(body, { signal: controller.signal, timeoutMs: remaining }))().catch(
      (err: unknown): SendResult | ForwarderError =>
        err instanceof ForwarderError
          ? err
          : { status: 'retryable', error: err instanceof Error ? err : new Error(String(err)) },
    );
    return await Promise.race([sent, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function classify(result: SendResult): DestinationOutcome {
  switch (result.status) {
    case 'success':
      return 'success';
    case 'retryable':
      if (result.httpStatus === 429) return 'throttled';
      return result.httpStatus === undefined ? 'network_error' : 'server_error';
    case 'failure':
      if (result.httpStatus === 413) return 'too_large';
      // A redirect (never followed, see send.ts) or a route that does not exist: the URL is wrong.
      if (REFUSING_STATUSES.has(result.httpStatus) || (result.httpStatus >= 300 && result.httpStatus < 400)) {
        return 'refused';
      }
      return 'rejected';
  }
}
