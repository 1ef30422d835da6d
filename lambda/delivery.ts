/**
 * Delivering translated series to the remote-write destination before a deadline, and what its answers
 * mean for the client. The client's retry queue is our only buffer (no disk, no queue: a Lambda may
 * vanish any time), so the request succeeds only once every batch was accepted or definitively refused
 * as bad data; anything that waiting can heal becomes an error whose status makes the client resend.
 *
 * Batching (delivery/batches.ts), attempts and retries (delivery/attempts.ts) live in delivery/.
 */
import { DeliveryRun, sendLane, type Fatal } from './delivery/attempts.js';
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
import type { PrwMetricMetadata, PrwTimeSeries } from './otlp/types.js';

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

/** What happened to the series of a request that was not given up. */
export interface DeliveryReport {
  /** Remote-write batches planned (before any 413 halving). */
  readonly batches: number;
  /** Destination HTTP requests, retries included. */
  readonly requests: number;
  readonly retries: number;
  /** Samples (float and native histogram) the destination accepted. */
  readonly samplesAccepted: number;
  /** Batches the destination refused as bad data while others were accepted. */
  readonly rejected?: {
    readonly batches: number;
    readonly samples: number;
    /** The destination's reason, quoted. */
    readonly message: string;
  };
}

/**
 * Sends the series in batches of at most `maxBatchSizeBytes`, `maxConcurrentSends` at a time, retrying
 * what can heal until the deadline.
 * @throws DestinationUnavailableError (503) when the destination is down, failing or too slow at the
 *   deadline; ThrottledError (429) when it throttles for longer; DestinationMisconfiguredError (502) on
 *   401/403/404; DestinationRejectedError (400) when it refused every batch as bad data.
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
  const rejection = run.firstRejection;
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
 * Sends lanes, `maxConcurrentSends` at a time, until all are done or the request is given up.
 * @throws the typed error of a request given up.
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
  );
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let lane = lanes[next++]; lane !== undefined && !run.givenUp(); lane = lanes[next++]) {
      await sendLane(lane.batches, run);
    }
  };
  const workers = Math.min(options.maxConcurrentSends ?? DEFAULT_MAX_CONCURRENT_SENDS, lanes.length);
  await Promise.all(Array.from({ length: workers }, worker));
  if (run.fatal !== undefined) throw fatalError(run.fatal, run);
  return { run, batches };
}

function report(run: DeliveryRun, batches: number): DeliveryReport {
  const rejection = run.firstRejection;
  return {
    batches,
    requests: run.requests,
    retries: run.retries,
    samplesAccepted: run.acceptedSamples,
    ...(rejection === undefined
      ? {}
      : {
          rejected: {
            batches: run.rejectedBatches,
            samples: run.rejectedSamples,
            message: rejection.message,
          },
        }),
  };
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
