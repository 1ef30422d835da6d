/**
 * Delivering translated series to the remote-write destination before a deadline, and what its answers
 * mean for the client. The client's retry queue is our only buffer (no disk, no queue: a Lambda may
 * vanish any time). Until the destination wrote part of a request, anything that waiting can heal
 * fails the request with a status that makes the client resend; once it wrote part, the request succeeds
 * and says which points were not written (a resend would write the rest twice, and loop if it fails again).
 *
 * Batching (batches.ts), attempts and retries (attempts.ts), the verdict (report.ts).
 */
import type { PrwMetricMetadata, PrwTimeSeries } from '../remote-write/types.js';
import { BISECTION_REQUESTS, sendLane } from './attempts.js';
import { sleep } from './backoff.js';
import { planLanes, planMetadataLanes, type Lane } from './batches.js';
import { reportOf, type DeliveryReport } from './report.js';
import { DeliveryRun } from './run.js';
import type { Send } from '../remote-write/send.js';

export interface DeliveryOptions {
  /** Epoch milliseconds by which delivery settles, whatever the destination does. */
  readonly deadline: number;
  /** Largest uncompressed WriteRequest (MAX_BATCH_SIZE_BYTES). */
  readonly maxBatchSizeBytes: number;
  /** Batches in flight at once (MAX_CONCURRENT_SENDS). */
  readonly maxConcurrentSends: number;
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

/**
 * Sends the series in batches of at most `maxBatchSizeBytes`, `maxConcurrentSends` at a time, retrying
 * what can heal until the deadline. Never throws: the report's `failure` is set only when the destination
 * wrote nothing — DestinationUnavailableError (503) when it is down, failing or too slow at the deadline,
 * ThrottledError (429) when it throttles for longer, DestinationMisconfiguredError (502) on 401/403/404,
 * DestinationRejectedError (400) when it refused every batch as bad data, or the typed error `send` threw.
 * @example
 * const report = await deliver(series, send, { deadline, maxBatchSizeBytes: 3e6, maxConcurrentSends: 4 });
 */
export async function deliver(
  series: readonly PrwTimeSeries[],
  send: Send,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const lanes = planLanes(series, options.maxBatchSizeBytes);
  return reportOf(...(await runLanes(lanes, send, options)), true);
}

/**
 * Sends metric metadata (`SEND_METADATA`) in metadata-only WriteRequests, as the Collector's
 * `send_metadata` does, with the same retries and deadline. Metadata is advisory: a destination that
 * refuses it as bad data is reported in `rejected`, never as the failure.
 */
export async function deliverMetadata(
  metadata: readonly PrwMetricMetadata[],
  send: Send,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const lanes = planMetadataLanes(metadata, options.maxBatchSizeBytes);
  return reportOf(...(await runLanes(lanes, send, options)), false);
}

/** Sends lanes, `maxConcurrentSends` at a time, until each is written, refused or given up. */
async function runLanes(
  lanes: readonly Lane[],
  send: Send,
  options: DeliveryOptions,
): Promise<[DeliveryRun, number]> {
  let batches = 0;
  for (const lane of lanes) batches += lane.batches.length;
  const run = new DeliveryRun(
    send,
    options.deadline,
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
  const workers = Math.min(options.maxConcurrentSends, lanes.length);
  await Promise.all(Array.from({ length: workers }, worker));
  return [run, batches];
}
