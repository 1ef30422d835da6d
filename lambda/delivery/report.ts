/**
 * What a delivery run amounts to: points not written by cause, and the typed error of a request that must
 * fail (nothing written) — the one place a destination 429 becomes ThrottledError (client 429), 401/403/404
 * DestinationMisconfiguredError (502) and a failing destination DestinationUnavailableError (503).
 */
import { DEFAULT_RETRY_AFTER_SECONDS } from '../defaults.js';
import {
  DestinationMisconfiguredError,
  DestinationRejectedError,
  DestinationUnavailableError,
  ThrottledError,
  type ForwarderError,
  type PointFate,
} from '../errors.js';
import { fateOf, type DeliveryRun, type Fatal, type NotWrittenCause } from './run.js';
import type { DestinationOutcome } from './types.js';

/** Data a destination did not write, for one cause. */
export interface NotWritten {
  /** Remote-write requests (after any halving) whose data was not written. */
  readonly batches: number;
  readonly samples: number;
  /**
   * OTLP data points, counted once each and in no earlier cause (rejected, poisoned, failed): a point
   * any of whose samples was not written. Samples stand in for points of series without `points`.
   */
  readonly points: number;
  /** Why, quoting the destination. */
  readonly message: string;
  /** The counter reason of these points. */
  readonly fate: PointFate;
}

/** What happened to the series of one request's delivery. */
export interface DeliveryReport {
  /** Remote-write batches planned (before any halving). */
  readonly batches: number;
  /** Destination HTTP requests answered, retries included. */
  readonly requests: number;
  readonly retries: number;
  /** Destination answers by outcome. */
  readonly attempts: Readonly<Partial<Record<DestinationOutcome, number>>>;
  /** Milliseconds spent waiting for destination answers, summed over attempts. */
  readonly attemptMs: number;
  /** HTTP status of the last destination answer. */
  readonly lastStatus?: number;
  /** Samples (float and native histogram) the destination accepted. */
  readonly samplesAccepted: number;
  /** Points not written, all causes: the sum of their `points`. */
  readonly pointsNotWritten: number;
  /** Data the destination refused as bad (its 4xx), isolated by bisection where the budget allowed. */
  readonly rejected?: NotWritten;
  /** Series the destination answered 500 to on their own, again and again, while writing others. */
  readonly poisoned?: NotWritten;
  /**
   * Data not written because the request was given up after part of it was written: the destination
   * failed, throttled or refused us at the deadline. Never a failure: the client must not resend.
   */
  readonly failed?: NotWritten;
  /**
   * Set when the destination wrote nothing and the request must fail with this error's status (the client
   * resends, or drops data the destination refused as bad).
   */
  readonly failure?: ForwarderError;
}

/** The report of a finished run; `failure` when nothing of it was written and it cannot succeed. */
export function reportOf(run: DeliveryRun, batches: number, samplesOnly: boolean): DeliveryReport {
  const seen = new Set<number>();
  let pointsNotWritten = 0;
  const describe = (cause: NotWrittenCause): NotWritten | undefined => {
    const tally = run.notWritten[cause];
    if (tally.batches === 0) return undefined;
    let points = tally.loose;
    for (const p of tally.points) {
      if (seen.has(p)) continue;
      seen.add(p);
      points++;
    }
    pointsNotWritten += points;
    return {
      batches: tally.batches,
      samples: tally.samples,
      points,
      message: messageOf(cause, tally.first, run),
      fate: fateOf(cause, run.fatal),
    };
  };
  const rejected = describe('rejected');
  const poisoned = describe('poisoned');
  const failed = describe('failed');
  const failure = run.acceptedBatches === 0 ? failureOf(run, samplesOnly) : undefined;
  return {
    batches,
    requests: run.requests,
    retries: run.retries,
    attempts: run.attempts,
    attemptMs: run.attemptMs,
    ...(run.lastStatus === undefined ? {} : { lastStatus: run.lastStatus }),
    samplesAccepted: run.acceptedSamples,
    pointsNotWritten,
    ...(rejected === undefined ? {} : { rejected }),
    ...(poisoned === undefined ? {} : { poisoned }),
    ...(failed === undefined ? {} : { failed }),
    ...(failure === undefined ? {} : { failure }),
  };
}

/**
 * Why a run that wrote nothing fails: given up (thrown, refused, throttled, unavailable), 500 to every
 * part, or (samples only: metadata is advisory) every batch refused as bad data.
 */
function failureOf(run: DeliveryRun, samplesOnly: boolean): ForwarderError | undefined {
  if (run.fatal !== undefined) return fatalError(run.fatal, run);
  const poison = run.notWritten.poisoned.first;
  // 500 to every part and nothing written: the destination is failing, not the data.
  if (poison !== undefined) {
    return new DestinationUnavailableError(
      `destination failed every part of the request after ${run.requests} attempt(s): ${poison.message}`,
      { cause: poison, retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS },
    );
  }
  const rejection = run.notWritten.rejected.first;
  if (samplesOnly && rejection !== undefined) {
    return new DestinationRejectedError(`destination rejected the data: ${rejection.message}`, {
      cause: rejection,
    });
  }
  return undefined;
}

function messageOf(cause: NotWrittenCause, first: Error | undefined, run: DeliveryRun): string {
  switch (cause) {
    case 'rejected':
    case 'poisoned':
      return first?.message ?? '';
    case 'failed':
      return run.fatal === undefined ? 'the request was given up' : fatalError(run.fatal, run).message;
  }
}

function fatalError(fatal: Fatal, run: DeliveryRun): ForwarderError {
  const tried = `${run.requests} attempt(s)`;
  switch (fatal.kind) {
    case 'thrown':
      return fatal.error;
    case 'refused':
      return new DestinationMisconfiguredError(
        `destination refused the forwarder (check its URL and credentials): ${fatal.error.message}`,
        { cause: fatal.error },
      );
    case 'throttled':
      return new ThrottledError(`destination is throttling after ${tried}: ${fatal.error.message}`, {
        cause: fatal.error,
        retryAfterSeconds: retryAfterSeconds(fatal.retryAfterMs),
      });
    case 'unavailable':
      return new DestinationUnavailableError(
        `destination unavailable after ${tried}: ${fatal.error.message}`,
        { cause: fatal.error, retryAfterSeconds: retryAfterSeconds(fatal.retryAfterMs) },
      );
  }
}

/** Retry-After is whole seconds; never 0, which some clients read as "retry at once". */
function retryAfterSeconds(ms: number | undefined): number {
  return ms === undefined ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil(ms / 1000));
}
