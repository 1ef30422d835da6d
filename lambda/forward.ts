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
import type { DecodeLimits } from './otlp/limits.js';
import type { ExportMetricsServiceRequest } from './otlp/types.js';
import { encodeExportResponse } from './otlp/response.js';
import { translate, type TranslateResult } from './translate/translate.js';
import { admissionFor, RequestBudget, type Admission } from './budget.js';

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
  /** Epoch milliseconds the request arrived at, where its budget starts. @default now */
  readonly arrivedAt?: number;
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
    Partial<
      Pick<Config, 'requestTimeoutMs' | 'maxBatchSizeBytes' | 'maxConcurrentSends' | 'maxDecodedValues'>
    >;
  readonly send: Send;
  readonly counters?: ForwardCounters;
  /** Clock, epoch milliseconds, for tests (a slow one makes a request "take" long). @default Date.now */
  readonly now?: () => number;
  /** Delivery's wait between attempts, for tests with `now`. @default a timer */
  readonly sleep?: DeliveryOptions['sleep'];
  /** Bounds requests in progress at once. @default one per `config` object ({@link admissionFor}) */
  readonly admission?: Admission;
  /** The translator, for tests of what delivery reports. @default translate */
  readonly translate?: typeof translate;
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
  /**
   * Set when the destination failed (down, throttling, refusing us) after writing part of the request:
   * answered 200 with partial_success, but an operator should see it.
   */
  readonly destinationFailure?: string;
  /**
   * Set when a non-empty body held no data point: the 200 stands (an empty request is a success in
   * OTLP), but the sender most likely misnamed a field, which decoders ignore as unknown.
   */
  readonly warning?: string;
}

/**
 * Forwards one export request; resolves once the destination wrote every translated series, or wrote
 * part of them (then the 200 carries `partial_success` counting exactly the points not written).
 * @throws ForwarderError subclasses for bad input and destination failures (see errors.ts).
 */
export async function forward(
  input: ExportInput,
  deps: ForwardDeps,
  progress?: ForwardProgress,
): Promise<ForwardResult> {
  const { config } = deps;
  const now = deps.now ?? Date.now;
  const arrivedAt = input.arrivedAt ?? now();
  const budget = new RequestBudget(
    arrivedAt,
    input.deadline ?? arrivedAt + (config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    now,
  );
  const format = formatOf(input.contentType);
  budget.endStage('reading');
  budget.startWork();
  const bytes = decodeContent(input.body, input.contentEncoding, config.maxBodyBytes);
  budget.endStage('inflating');
  const release = (deps.admission ?? admissionFor(config)).admit(bytes.length);
  try {
    // The decoded request is not kept in a variable: it can be collected while the series are delivered.
    const translation = (deps.translate ?? translate)(
      decodeStage(bytes, format, budget, { maxDecodedValues: config.maxDecodedValues }),
      config.translate,
      (deps.now ?? Date.now)(),
      true,
    );
    budget.endStage('translating');
    const result = await deliverTranslation(format, translation, budget, deps, progress);
    return translation.pointsIn === 0 && !isBlank(bytes, format)
      ? { ...result, warning: noPointsWarning(bytes.length, format) }
      : result;
  } finally {
    release();
  }
}

function decodeStage(
  bytes: Uint8Array,
  format: OtlpFormat,
  budget: RequestBudget,
  limits: DecodeLimits,
): ExportMetricsServiceRequest {
  const request = decodeExportRequest(bytes, format, limits);
  budget.endStage('decoding');
  return request;
}

/** Delivers what translation made of a request within the rest of its budget, and makes the answer. */
async function deliverTranslation(
  format: OtlpFormat,
  translation: TranslateResult,
  budget: RequestBudget,
  deps: ForwardDeps,
  progress: ForwardProgress | undefined,
): Promise<ForwardResult> {
  const { config, counters } = deps;
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
    deadline: budget.deliveryDeadline(),
    now: budget.now,
    ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
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

  // Points when the series say which point each sample came from; samples otherwise, capped at the
  // points that reached delivery (a histogram point spans several samples).
  const destinationRejected = Math.min(delivery.pointsNotWritten, translated);
  counters?.samplesSent(delivery.samplesAccepted);
  counters?.pointsForwarded(translated - destinationRejected);
  let uncounted = destinationRejected;
  for (const part of [delivery.rejected, delivery.poisoned, delivery.failed]) {
    const count = Math.min(part?.points ?? 0, uncounted);
    if (part !== undefined && count > 0) counters?.pointsRejected(part.fate, count);
    uncounted -= count;
  }
  // After the samples: metadata is only useful once they are stored. It is advisory: once samples were
  // written, its failure must not make the client resend them.
  const metadataOutcome = await deliverMetadata(metadata, deps.send, options).catch(
    (err: unknown) => new Error(err instanceof Error ? err.message : String(err)),
  );
  const metadataDelivery = metadataOutcome instanceof Error ? undefined : metadataOutcome;

  const rejected = rejections.count + destinationRejected;
  const messages = [rejections.message(), ...destinationMessages(delivery)];
  if (metadataOutcome instanceof Error) messages.push(`metadata not sent: ${metadataOutcome.message}`);
  else if (metadataOutcome.rejected !== undefined) {
    messages.push(`metadata rejected by the destination: ${metadataOutcome.rejected.message}`);
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
    destinationRequests: delivery.requests + (metadataDelivery?.requests ?? 0),
    destinationRetries: delivery.retries + (metadataDelivery?.retries ?? 0),
    ...(delivery.failed === undefined ? {} : { destinationFailure: delivery.failed.message }),
  };
}

/** An empty body, or (JSON) one that is only `{}`: an empty request, sent as such. */
function isBlank(bytes: Uint8Array, format: OtlpFormat): boolean {
  if (bytes.length === 0) return true;
  return format === 'json' && bytes.length < 64 && /^\s*\{\s*\}\s*$/.test(Buffer.from(bytes).toString());
}

function noPointsWarning(bytes: number, format: OtlpFormat): string {
  const fields =
    format === 'json'
      ? 'OTLP/JSON keys are lowerCamelCase (resourceMetrics, scopeMetrics, metrics, dataPoints) or snake_case, and a misspelt key is ignored with all it holds'
      : 'is it an ExportMetricsServiceRequest? (traces and logs go to /v1/traces and /v1/logs)';
  return `the request's ${String(bytes)} bytes decoded to no data points: ${fields}`;
}

/** partial_success text for the points the destination did not write, one clause per cause. */
function destinationMessages(delivery: DeliveryReport): string[] {
  const out: string[] = [];
  const { rejected, poisoned, failed } = delivery;
  if (rejected !== undefined) {
    out.push(
      `${count(rejected.points, 'point')} rejected by the destination in ${String(rejected.batches)} of ` +
        `${count(delivery.batches, 'remote-write request')}: ${rejected.message}`,
    );
  }
  if (poisoned !== undefined) {
    out.push(
      `${count(poisoned.points, 'point')} not written: the destination failed for them alone, ` +
        `${poisoned.batches} series isolated while it wrote the rest: ${poisoned.message}`,
    );
  }
  if (failed !== undefined) {
    out.push(
      `${count(failed.points, 'point')} not written: the destination failed for them after writing the rest ` +
        `(not retryable: a resend would write the rest twice): ${failed.message}`,
    );
  }
  return out;
}

/** `1 point`, `2 points`. */
const count = (n: number, noun: string): string => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
