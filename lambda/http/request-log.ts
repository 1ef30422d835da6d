/**
 * The one log line per request: what came in, what was written, what was not and why (closed reasons
 * with counts and the first few metric names), and where the time went. Its level says who must act:
 * `info` all written, `warn` points rejected or the request refused, `error` the destination failed us
 * or we failed (500).
 */
import type { Logger } from '../log.js';
import type { RequestOutcome } from '../outcome.js';

/** The request line's fields; `outcome` is the closed field alarms and queries filter on. */
export function requestLogFields(
  outcome: RequestOutcome,
  method: string,
  path: string,
  detail: string | undefined,
): Record<string, unknown> {
  const { figures } = outcome;
  const { destination } = figures;
  const top = figures.rejections[0];
  return {
    requestId: outcome.requestId,
    method,
    path,
    status: outcome.status,
    outcome: outcome.kind,
    pointsIn: figures.pointsIn,
    pointsWritten: figures.pointsWritten,
    pointsRejected: figures.pointsRejected,
    ...(top === undefined
      ? {}
      : {
          rejectedReason: top.reason,
          ...(top.metrics[0] === undefined ? {} : { rejectedMetric: top.metrics[0] }),
          rejections: figures.rejections,
        }),
    seriesOut: figures.seriesOut,
    samplesOut: figures.samplesOut,
    ...(figures.nativeHistogramsOut > 0 ? { nativeHistograms: figures.nativeHistogramsOut } : {}),
    destinationRequests: destination.requests,
    ...(destination.retries > 0 ? { destinationRetries: destination.retries } : {}),
    ...(destination.lastStatus === undefined ? {} : { destinationStatus: destination.lastStatus }),
    ...(destination.requests > 0 ? { destinationMs: Math.round(destination.attemptMs * 10) / 10 } : {}),
    ms: outcome.durationMs,
    ...(detail === undefined ? {} : { error: detail }),
  };
}

/** Writes the request line at the level its outcome calls for. */
export function logRequest(logger: Logger, fields: Record<string, unknown>, outcome: RequestOutcome): void {
  switch (outcome.kind) {
    case 'written':
      logger.info('request', fields);
      return;
    case 'partial':
    case 'rejected':
    case 'refused':
      logger.warn('request', fields);
      return;
    case 'destination_failed':
    case 'error':
      logger.error('request', fields);
      return;
  }
}
