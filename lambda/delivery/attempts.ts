/**
 * Getting one batch accepted before the deadline: attempts, retries with backoff that honour
 * Retry-After, halving on 413, and the tally every lane of a request writes into.
 *
 * Retry rules (remote-write 1.0 spec, "Retries & Backoff"; OTLP/HTTP spec, "Failures"): 5xx, 429,
 * connection errors and timeouts are retried; 413 halves the batch; every other 4xx is final.
 */
import { setMaxListeners } from 'node:events';
import { ForwarderError } from '../errors.js';
import { compress } from '../remote-write/encode.js';
import type { SendResult } from '../remote-write/send.js';
import { halve, writeRequestBytes, type Batch } from './batches.js';
import { backoffMs } from './backoff.js';
import type { DeliveryObserver, DestinationOutcome, Send } from './types.js';

/** Below this much time left, an attempt cannot get an answer; we stop instead of starting one. */
export const MIN_ATTEMPT_MS = 10;
/** Time kept for a last attempt when the backoff would run into the deadline. */
const LAST_ATTEMPT_MS = 200;

/** Destination statuses that say "fix the forwarder's URL or credentials", not "fix the data". */
const REFUSING_STATUSES: ReadonlySet<number> = new Set([401, 403, 404, 405, 407]);

/** Why the whole request must be resent by the client, or fails as it is. */
export type Fatal =
  | { readonly kind: 'unavailable' | 'throttled'; readonly error: Error; readonly retryAfterMs?: number }
  | { readonly kind: 'refused'; readonly error: Error }
  /** `send` threw a typed error (a bad tenant header, an unusable secret): it decides the status. */
  | { readonly kind: 'thrown'; readonly error: ForwarderError };

/** Shared state of one request's delivery across its lanes. */
export class DeliveryRun {
  requests = 0;
  retries = 0;
  acceptedBatches = 0;
  acceptedSamples = 0;
  rejectedBatches = 0;
  rejectedSamples = 0;
  /** The first destination answer that rejected data, quoted to the client. */
  firstRejection: Error | undefined;
  fatal: Fatal | undefined;
  private readonly controller = new AbortController();

  constructor(
    readonly send: Send,
    readonly deadline: number,
    readonly observer: DeliveryObserver | undefined,
    readonly now: () => number,
    readonly random: () => number,
    readonly sleep: (ms: number, signal: AbortSignal) => Promise<boolean>,
  ) {
    // Every lane in flight listens on the signal (its attempt and its backoff sleep).
    setMaxListeners(1000, this.controller.signal);
  }

  /** Aborts when the request is given up: every other lane stops at its next step. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the request was given up (a method, so checks after an await are not narrowed away). */
  givenUp(): boolean {
    return this.controller.signal.aborted;
  }

  /** Gives the request up. The most telling failure wins: thrown, refused, throttled, unavailable. */
  fail(fatal: Fatal): void {
    const rank = { thrown: 4, refused: 3, throttled: 2, unavailable: 1 } as const;
    const current = this.fatal;
    if (current === undefined || rank[fatal.kind] > rank[current.kind]) this.fatal = fatal;
    this.controller.abort();
  }
}

/** Sends a lane's batches in order; stops when the request is given up. */
export async function sendLane(batches: readonly Batch[], run: DeliveryRun): Promise<void> {
  for (const batch of batches) {
    if (run.givenUp()) return;
    await sendBatch(batch, run);
  }
}

async function sendBatch(batch: Batch, run: DeliveryRun): Promise<void> {
  let body: Uint8Array | undefined;
  let lastFailure: Fatal | undefined;
  for (let retry = 0; ; retry++) {
    if (run.givenUp()) return;
    const remaining = run.deadline - run.now();
    if (remaining < MIN_ATTEMPT_MS) {
      run.fail(
        lastFailure ?? {
          kind: 'unavailable',
          error: new Error('the request time budget ran out before the destination could be tried'),
        },
      );
      return;
    }
    body ??= compress(writeRequestBytes(batch));
    const result = await attempt(run, body, remaining);
    if (result instanceof ForwarderError) {
      run.fail({ kind: 'thrown', error: result });
      return;
    }
    if (run.givenUp()) return;
    run.requests++;
    const outcome = classify(result);
    run.observer?.destinationAttempt(outcome);

    switch (result.status) {
      case 'success':
        run.acceptedBatches++;
        run.acceptedSamples += batch.samples;
        return;
      case 'failure': {
        if (outcome === 'too_large') {
          const halves = halve(batch);
          if (halves !== undefined) {
            // Halves go one after the other: a split series must arrive in time order.
            await sendBatch(halves[0], run);
            if (!run.givenUp()) await sendBatch(halves[1], run);
            return;
          }
        }
        if (outcome === 'refused') {
          run.fail({ kind: 'refused', error: result.error });
          return;
        }
        run.rejectedBatches++;
        run.rejectedSamples += batch.samples;
        run.firstRejection ??= result.error;
        return;
      }
      case 'retryable': {
        lastFailure = {
          kind: result.httpStatus === 429 ? 'throttled' : 'unavailable',
          error: result.error,
          ...(result.retryAfterMs === undefined ? {} : { retryAfterMs: result.retryAfterMs }),
        };
        // Never sooner than the destination asked. Our own backoff shrinks to leave one last attempt
        // before the deadline; a Retry-After that ends past it gives up at once. (parseRetryAfter leaves a
        // zero or past Retry-After out: taken as a wait it once kept the backoff from shrinking, and
        // retrying ended seconds before the deadline.)
        const left = run.deadline - run.now() - LAST_ATTEMPT_MS;
        const wait = Math.max(result.retryAfterMs ?? 0, Math.min(backoffMs(retry, run.random), left));
        if (wait > left || left <= 0) {
          run.fail(lastFailure);
          return;
        }
        if (!(await run.sleep(wait, run.signal))) return;
        run.retries++;
        run.observer?.destinationRetry();
        break;
      }
    }
  }
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
  const controller = new AbortController();
  const onGiveUp = (): void => controller.abort(new Error('request given up'));
  run.signal.addEventListener('abort', onGiveUp, { once: true });
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
    run.signal.removeEventListener('abort', onGiveUp);
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
      // A redirect that fetch did not follow, or a route that does not exist: the URL is wrong.
      if (REFUSING_STATUSES.has(result.httpStatus) || (result.httpStatus >= 300 && result.httpStatus < 400)) {
        return 'refused';
      }
      return 'rejected';
  }
}
