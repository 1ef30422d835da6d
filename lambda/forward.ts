/**
 * The pipeline every edge shares: decode → translate → encode → send. Pure except for `deps.send`.
 */
import { DEFAULT_REQUEST_TIMEOUT_MS, type Config } from './config.js';
import {
  deliver,
  deliverMetadata,
  type DeliveryObserver,
  type DeliveryOptions,
  type DeliveryReport,
  type Send,
} from './delivery.js';
import type { PointFate } from './counters.js';
import { pointFateOf } from './errors.js';
import { decodeContent, formatOf, type OtlpFormat } from './otlp/body.js';
import { decodeExportRequest } from './otlp/decode.js';
import { encodeExportResponse } from './otlp/response.js';
import { translate } from './translate/translate.js';

/** An OTLP/HTTP export request as the edges see it. */
export interface ExportInput {
  readonly body: Uint8Array;
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
  /**
   * Epoch milliseconds by which the answer must be ready, retries included. On Lambda:
   * `Date.now() + context.getRemainingTimeInMillis() - margin`, under API Gateway's 29 s.
   * @default now + config.requestTimeoutMs
   */
  readonly deadline?: number;
}

/** What forward() counts, when someone listens (the local server's `/metrics`). */
export interface ForwardCounters extends DeliveryObserver {
  pointsReceived(count: number): void;
  pointsForwarded(count: number): void;
  pointsRejected(reason: PointFate, count: number): void;
  samplesSent(count: number): void;
}

export interface ForwardDeps {
  readonly config: Pick<Config, 'maxBodyBytes' | 'translate'> &
    Partial<Pick<Config, 'requestTimeoutMs' | 'maxBatchSizeBytes' | 'maxConcurrentSends'>>;
  readonly send: Send;
  readonly counters?: ForwardCounters;
}

/** What a request carried, known as soon as it is translated: logged even when delivery fails. */
export interface ForwardProgress {
  pointsIn: number;
  seriesOut: number;
  samplesOut: number;
}

/** A delivered request: the 200 body and the figures for the log line. */
export interface ForwardResult {
  readonly format: OtlpFormat;
  readonly body: Uint8Array;
  readonly pointsIn: number;
  /** Points not written: rejected by translation or by the destination (reported in partial_success). */
  readonly pointsRejected: number;
  readonly seriesOut: number;
  readonly samplesOut: number;
  readonly destinationRequests: number;
  readonly destinationRetries: number;
}

/**
 * Forwards one export request; resolves only once the destination accepted every translated series, or
 * refused some of them as bad data (then the 200 carries `partial_success` saying so).
 * @throws ForwarderError subclasses for bad input and destination failures (see errors.ts).
 */
export async function forward(
  input: ExportInput,
  deps: ForwardDeps,
  progress?: ForwardProgress,
): Promise<ForwardResult> {
  const { config, counters } = deps;
  const format = formatOf(input.contentType);
  const bytes = decodeContent(input.body, input.contentEncoding, config.maxBodyBytes);
  // The decoded request is not kept in a variable: it can be collected while the series are delivered.
  const translation = translate(decodeExportRequest(bytes, format), config.translate, Date.now(), true);
  const { series, metadata, pointsIn, rejections } = translation;
  counters?.pointsReceived(pointsIn);
  for (const [reason, count] of rejections.counts()) counters?.pointsRejected(reason, count);
  const translated = pointsIn - rejections.count;
  let samplesOut = 0;
  for (const s of series) samplesOut += s.samples.length + s.histograms.length;
  if (progress) {
    progress.pointsIn = pointsIn;
    progress.seriesOut = series.length;
    progress.samplesOut = samplesOut;
  }

  const options: DeliveryOptions = {
    deadline: input.deadline ?? Date.now() + (config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    ...(config.maxBatchSizeBytes === undefined ? {} : { maxBatchSizeBytes: config.maxBatchSizeBytes }),
    ...(config.maxConcurrentSends === undefined ? {} : { maxConcurrentSends: config.maxConcurrentSends }),
    ...(counters === undefined ? {} : { observer: counters }),
  };
  let delivery: DeliveryReport;
  try {
    delivery = await deliver(series, deps.send, options);
  } catch (err) {
    counters?.pointsRejected(pointFateOf(err), translated);
    throw err;
  }

  // Remote-write counts samples, OTLP counts points: for gauges and sums they are the same; a histogram
  // point spans several samples, so the estimate is capped at the points that reached delivery.
  const destinationRejected =
    delivery.rejected === undefined ? 0 : Math.min(delivery.rejected.samples, translated);
  counters?.samplesSent(delivery.samplesAccepted);
  counters?.pointsForwarded(translated - destinationRejected);
  if (destinationRejected > 0) counters?.pointsRejected('destination_rejected', destinationRejected);
  // After the samples: metadata is only useful once they are stored, and a failure here still makes the
  // client resend (identical samples are accepted again as duplicates).
  const metadataDelivery = await deliverMetadata(metadata, deps.send, options);

  const rejected = rejections.count + destinationRejected;
  const messages = [rejections.message()];
  if (delivery.rejected !== undefined) {
    messages.push(
      `${destinationRejected} point(s) rejected by the destination in ${delivery.rejected.batches} of ` +
        `${delivery.batches} remote-write request(s): ${delivery.rejected.message}`,
    );
  }
  if (metadataDelivery.rejected !== undefined) {
    messages.push(`metadata rejected by the destination: ${metadataDelivery.rejected.message}`);
  }
  const message = messages.filter((m) => m !== '').join('; ');
  return {
    format,
    body: encodeExportResponse(
      format,
      rejected > 0 || message !== '' ? { rejectedDataPoints: rejected, errorMessage: message } : undefined,
    ),
    pointsIn,
    pointsRejected: rejected,
    seriesOut: series.length,
    samplesOut,
    destinationRequests: delivery.requests + metadataDelivery.requests,
    destinationRetries: delivery.retries + metadataDelivery.retries,
  };
}
