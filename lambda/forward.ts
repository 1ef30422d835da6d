/**
 * The pipeline every edge shares: decode → translate → deliver, within the request's budget. Pure except
 * for `deps.send`. It returns an outcome rather than throwing, so a failed request keeps its figures.
 */
import type { Config } from './config.js';
import { deliver, deliverMetadata, type DeliveryOptions } from './delivery/deliver.js';
import type { DeliveryReport } from './delivery/report.js';
import type { Send } from './remote-write/send.js';
import { pointFateOf } from './errors.js';
import { decodeContent, formatOf, type OtlpFormat } from './otlp/body.js';
import { decodeExportRequest } from './otlp/decode.js';
import type { ExportMetricsServiceRequest } from './otlp/types.js';
import { encodeExportResponse } from './otlp/response.js';
import {
  NO_FIGURES,
  type DestinationFigures,
  type ForwardFigures,
  type ForwardOutcome,
  type Rejection,
} from './outcome.js';
import { destinationMessages, destinationRejections } from './partial-success.js';
import { translate, type TranslateResult } from './translate/translate.js';
import { admissionFor, RequestBudget, type Admission } from './budget.js';

/** An OTLP/HTTP export request as the edges see it. */
export interface ExportInput {
  readonly body: Uint8Array;
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
  /** Epoch milliseconds the request arrived at, where its budget starts. */
  readonly arrivedAt: number;
  /**
   * Epoch milliseconds by which the answer must be ready, destination retries included: the edge's
   * (the local server's REQUEST_TIMEOUT_MS after arrival; on Lambda its remaining time, under API
   * Gateway's 29 s). The only deadline: every stage and every destination request is bounded by it.
   */
  readonly deadline: number;
}

export interface ForwardDeps {
  readonly config: Pick<
    Config,
    'maxBodyBytes' | 'maxDecodedValues' | 'translate' | 'maxBatchSizeBytes' | 'maxConcurrentSends'
  >;
  /** The destination for this request (with its tenant, when the client named one). */
  readonly send: Send;
  /** Clock, epoch milliseconds, for tests (a slow one makes a request "take" long). @default Date.now */
  readonly now?: () => number;
  /** Delivery's wait between attempts, for tests with `now`. @default a timer */
  readonly sleep?: DeliveryOptions['sleep'];
  /** Bounds requests in progress at once. @default one per `config` object ({@link admissionFor}) */
  readonly admission?: Admission;
  /** The translator, for tests of what delivery reports. @default translate */
  readonly translate?: typeof translate;
}

/**
 * Forwards one export request. `ok` once the destination wrote every translated series, or wrote part of
 * them (then the 200 body carries `partial_success` counting exactly the points not written); otherwise
 * the ForwarderError (see errors.ts) whose status the client gets, nothing of the request written.
 */
export async function forward(input: ExportInput, deps: ForwardDeps): Promise<ForwardOutcome> {
  const { config } = deps;
  const now = deps.now ?? Date.now;
  let figures: ForwardFigures = NO_FIGURES;
  try {
    const budget = new RequestBudget(input.arrivedAt, input.deadline, now);
    const format = formatOf(input.contentType);
    budget.endStage('reading');
    budget.startWork();
    const bytes = decodeContent(input.body, input.contentEncoding, config.maxBodyBytes);
    budget.endStage('inflating');
    const release = (deps.admission ?? admissionFor(config)).admit(bytes.length);
    try {
      // The decoded request is not kept in a variable: it can be collected while the series are delivered.
      const translation = (deps.translate ?? translate)(
        decodeStage(bytes, format, budget, config.maxDecodedValues),
        config.translate,
        now(),
        true,
      );
      budget.endStage('translating');
      figures = translatedFigures(translation);
      const outcome = await deliverTranslation(format, translation, budget, deps);
      figures = outcome.figures;
      return outcome.ok && translation.pointsIn === 0 && !isBlank(bytes, format)
        ? { ...outcome, warning: noPointsWarning(bytes.length, format) }
        : outcome;
    } finally {
      release();
    }
  } catch (error) {
    return { ok: false, error, figures };
  }
}

function decodeStage(
  bytes: Uint8Array,
  format: OtlpFormat,
  budget: RequestBudget,
  maxDecodedValues: number,
): ExportMetricsServiceRequest {
  const request = decodeExportRequest(bytes, format, { maxDecodedValues });
  budget.endStage('decoding');
  return request;
}

/** What a request carried once translated, before delivery: every point not yet written. */
function translatedFigures({ series, pointsIn, rejections }: TranslateResult): ForwardFigures {
  let samplesOut = 0;
  let nativeHistogramsOut = 0;
  for (const s of series) {
    samplesOut += s.samples.length + s.histograms.length;
    nativeHistogramsOut += s.histograms.length;
  }
  return {
    ...NO_FIGURES,
    pointsIn,
    pointsRejected: rejections.count,
    rejections: rejections.details(),
    seriesOut: series.length,
    samplesOut,
    nativeHistogramsOut,
  };
}

/** Delivers what translation made of a request within the rest of its budget, and makes the answer. */
async function deliverTranslation(
  format: OtlpFormat,
  translation: TranslateResult,
  budget: RequestBudget,
  deps: ForwardDeps,
): Promise<ForwardOutcome> {
  const { config } = deps;
  const { series, metadata, pointsIn, rejections } = translation;
  const translated = pointsIn - rejections.count;
  const options: DeliveryOptions = {
    deadline: budget.deliveryDeadline(),
    now: budget.now,
    maxBatchSizeBytes: config.maxBatchSizeBytes,
    maxConcurrentSends: config.maxConcurrentSends,
    ...(deps.sleep === undefined ? {} : { sleep: deps.sleep }),
  };
  const delivery = await deliver(series, deps.send, options);
  const before = translatedFigures(translation);
  if (delivery.failure !== undefined) {
    const fate = pointFateOf(delivery.failure);
    const lost: Rejection[] = translated > 0 ? [{ reason: fate, points: translated, metrics: [] }] : [];
    return {
      ok: false,
      error: delivery.failure,
      figures: {
        ...before,
        pointsRejected: pointsIn,
        rejections: byPoints([...before.rejections, ...lost]),
        destination: destinationFigures(
          [delivery],
          isDestinationFate(fate) ? delivery.failure.message : undefined,
        ),
      },
    };
  }

  // Points when the series say which point each sample came from; samples otherwise, capped at the
  // points that reached delivery (a histogram point spans several samples).
  const destinationRejected = Math.min(delivery.pointsNotWritten, translated);
  // After the samples: metadata is only useful once they are stored. It is advisory: once samples were
  // written, its failure must not make the client resend them.
  const metadataDelivery = await deliverMetadata(metadata, deps.send, options);
  const rejected = rejections.count + destinationRejected;
  const messages = [rejections.message(), ...destinationMessages(delivery)];
  if (metadataDelivery.failure !== undefined)
    messages.push(`metadata not sent: ${metadataDelivery.failure.message}`);
  else if (metadataDelivery.rejected !== undefined) {
    messages.push(`metadata rejected by the destination: ${metadataDelivery.rejected.message}`);
  }
  const message = messages.filter((m) => m !== '').join('; ');
  const lostToDestination = delivery.failed;
  return {
    ok: true,
    format,
    message,
    body: encodeExportResponse(
      format,
      rejected > 0 || message !== '' ? { rejectedDataPoints: rejected, errorMessage: message } : undefined,
    ),
    figures: {
      ...before,
      pointsWritten: translated - destinationRejected,
      pointsRejected: rejected,
      rejections: byPoints([...before.rejections, ...destinationRejections(delivery, destinationRejected)]),
      samplesWritten: delivery.samplesAccepted,
      destination: destinationFigures([delivery, metadataDelivery], lostToDestination?.message),
    },
  };
}

/** Fates that say the destination was the cause (not bad data, not a reason of ours). */
function isDestinationFate(fate: string): boolean {
  return (
    fate === 'destination_unavailable' || fate === 'destination_throttled' || fate === 'destination_refused'
  );
}

function destinationFigures(
  reports: readonly DeliveryReport[],
  failure: string | undefined,
): DestinationFigures {
  const attempts: Record<string, number> = {};
  let requests = 0;
  let retries = 0;
  let attemptMs = 0;
  let lastStatus: number | undefined;
  for (const report of reports) {
    requests += report.requests;
    retries += report.retries;
    attemptMs += report.attemptMs;
    lastStatus = report.lastStatus ?? lastStatus;
    for (const [outcome, n] of Object.entries(report.attempts))
      attempts[outcome] = (attempts[outcome] ?? 0) + n;
  }
  return {
    requests,
    retries,
    attempts,
    attemptMs,
    ...(lastStatus === undefined ? {} : { lastStatus }),
    ...(failure === undefined ? {} : { failure }),
  };
}

const byPoints = (rejections: Rejection[]): Rejection[] => rejections.sort((a, b) => b.points - a.points);

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
