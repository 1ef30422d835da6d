/**
 * Delivering translated series to the remote-write destination before a deadline, and what its answers
 * mean for the client. The client's retry queue is our only buffer (no disk, no queue: a Lambda may
 * vanish any time). Until the destination wrote part of a request, anything that waiting can heal
 * becomes an error whose status makes the client resend; once it wrote part, the request succeeds and
 * says which points were not written (a resend would write the rest twice, and loop if it fails again).
 *
 * Batching (delivery/batches.ts), attempts and retries (delivery/attempts.ts) live in delivery/.
 */
import type { PointFate } from './counters.js';
import { BISECTION_REQUESTS, sendLane } from './delivery/attempts.js';
import { DeliveryRun, fateOf, type Fatal, type NotWrittenCause } from './delivery/run.js';
import { sleep } from './delivery/backoff.js';
import { planLanes, planMetadataLanes, type Lane } from './delivery/batches.js';
import type { DeliveryObserver, Send } from './delivery/types.js';
import {
  DestinationMisconfiguredError,
  DestinationRejectedError,
  DestinationUnavailableError,
  ThrottledError,
  type ForwarderError,
} from './errors.js';
import type { PrwMetricMetadata, PrwTimeSeries } from './remote-write/types.js';

export type { DeliveryObserver, DestinationOutcome, Send, SendAttempt } from './delivery/types.js';

/** The Collector's `max_batch_size_bytes` default: uncompressed WriteRequest size. */
export const DEFAULT_MAX_BATCH_SIZE_BYTES = 3_000_000;
/** Batches of one request in flight at once (the Collector's remote_write_queue uses 5 consumers). */
export const DEFAULT_MAX_CONCURRENT_SENDS = 4;
/** Retry-After we give the client when the destination did not say how long to wait. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

export interface DeliveryOptions {
  /** Epoch milliseconds by which delivery settles, whatever the destination does. */
  readonly deadline: number;
  /** @default DEFAULT_MAX_BATCH_SIZE_BYTES */
  readonly maxBatchSizeBytes?: number;
  /** @default DEFAULT_MAX_CONCURRENT_SENDS */
  readonly maxConcurrentSends?: number;
  readonly observer?: DeliveryObserver;
  /** Clock, for tests. @default Date.now */
  readonly now?: () => number;
  /** Jitter source in [0, 1), for tests. @default Math.random */
  readonly random?: () => number;
  /**
   * Waits `ms` between attempts, resolving false when `signal` aborts first; with `now`, lets tests walk
   * through seconds of backoff at once. @default a timer
   */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<boolean>;
}

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

/** What happened to the series of a request of which the destination wrote something, or nothing was due. */
export interface DeliveryReport {
  /** Remote-write batches planned (before any halving). */
  readonly batches: number;
  /** Destination HTTP requests, retries included. */
  readonly requests: number;
  readonly retries: number;
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
   * failed, throttled or refused us at the deadline. Never an error: the client must not resend.
   */
  readonly failed?: NotWritten;
}

/**
 * Sends the series in batches of at most `maxBatchSizeBytes`, `maxConcurrentSends` at a time, retrying
 * what can heal until the deadline. Once the destination wrote part of the request, the request is
 * never failed (a client told to retry would resend what was written): what was not written is reported.
 * @throws only when the destination wrote nothing: DestinationUnavailableError (503) when it is down,
 *   failing or too slow at the deadline; ThrottledError (429) when it throttles for longer;
 *   DestinationMisconfiguredError (502) on 401/403/404; DestinationRejectedError (400) when it refused
 *   every batch as bad data.
 * @example
 * await deliver(series, send, { deadline: Date.now() + context.getRemainingTimeInMillis() - 1000 });
 */
export async function deliver(
  series: readonly PrwTimeSeries[],
  send: Send,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const lanes = planLanes(series, options.maxBatchSizeBytes ?? DEFAULT_MAX_BATCH_SIZE_BYTES);
  const { run, batches } = await runLanes(lanes, send, options);
  const rejection = run.notWritten.rejected.first;
  if (rejection !== undefined && run.acceptedBatches === 0) {
    throw new DestinationRejectedError(`destination rejected the data: ${rejection.message}`, {
      cause: rejection,
    });
  }
  return report(run, batches);
}

/**
 * Sends metric metadata (`SEND_METADATA`) in metadata-only WriteRequests, as the Collector's
 * `send_metadata` does, with the same retries and deadline. Metadata is advisory: a destination that
 * refuses it as bad data is reported in `rejected` (no samples), never failing the request.
 * @throws the errors of {@link deliver} when the destination is down, throttling or refusing us.
 */
export async function deliverMetadata(
  metadata: readonly PrwMetricMetadata[],
  send: Send,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const lanes = planMetadataLanes(metadata, options.maxBatchSizeBytes ?? DEFAULT_MAX_BATCH_SIZE_BYTES);
  const { run, batches } = await runLanes(lanes, send, options);
  return report(run, batches);
}

/**
 * Sends lanes, `maxConcurrentSends` at a time, until each is written, refused or given up.
 * @throws the typed error of a request given up, or answered 500 for every series, before anything of
 *   it was written.
 */
async function runLanes(
  lanes: readonly Lane[],
  send: Send,
  options: DeliveryOptions,
): Promise<{ run: DeliveryRun; batches: number }> {
  let batches = 0;
  for (const lane of lanes) batches += lane.batches.length;
  const run = new DeliveryRun(
    send,
    options.deadline,
    options.observer,
    options.now ?? Date.now,
    options.random ?? Math.random,
    options.sleep ?? sleep,
    BISECTION_REQUESTS,
  );
  let next = 0;
  // A lane taken after the request was given up records its batches as not written.
  const worker = async (): Promise<void> => {
    for (let lane = lanes[next++]; lane !== undefined; lane = lanes[next++])
      await sendLane(lane.batches, run);
  };
  const workers = Math.min(options.maxConcurrentSends ?? DEFAULT_MAX_CONCURRENT_SENDS, lanes.length);
  await Promise.all(Array.from({ length: workers }, worker));
  if (run.acceptedBatches === 0) {
    if (run.fatal !== undefined) throw fatalError(run.fatal, run);
    const poison = run.notWritten.poisoned.first;
    // 500 to every part and nothing written: the destination is failing, not the data.
    if (poison !== undefined) {
      throw new DestinationUnavailableError(
        `destination failed every part of the request after ${run.requests} attempt(s): ${poison.message}`,
        { cause: poison, retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS },
      );
    }
  }
  return { run, batches };
}

function report(run: DeliveryRun, batches: number): DeliveryReport {
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
  return {
    batches,
    requests: run.requests,
    retries: run.retries,
    samplesAccepted: run.acceptedSamples,
    pointsNotWritten,
    ...(rejected === undefined ? {} : { rejected }),
    ...(poisoned === undefined ? {} : { poisoned }),
    ...(failed === undefined ? {} : { failed }),
  };
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
        {
          cause: fatal.error,
          retryAfterSeconds: retryAfterSeconds(fatal.retryAfterMs),
        },
      );
  }
}

/** Retry-After is whole seconds; never 0, which some clients read as "retry at once". */
function retryAfterSeconds(ms: number | undefined): number {
  return ms === undefined ? DEFAULT_RETRY_AFTER_SECONDS : Math.max(1, Math.ceil(ms / 1000));
}
