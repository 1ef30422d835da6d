/**
 * The pipeline every edge shares: decode → translate → encode → send. Pure except for `deps.send`.
 */
import type { Config } from './config.js';
import { deliver, deliverMetadata, type Send } from './delivery.js';
import { decodeContent, formatOf, type OtlpFormat } from './otlp/body.js';
import { decodeExportRequest } from './otlp/decode.js';
import { encodeExportResponse } from './otlp/response.js';
import { translate } from './translate/translate.js';

/** An OTLP/HTTP export request as the edges see it. */
export interface ExportInput {
  readonly body: Uint8Array;
  readonly contentType: string | undefined;
  readonly contentEncoding: string | undefined;
}

export interface ForwardDeps {
  readonly config: Pick<Config, 'maxBodyBytes' | 'translate'>;
  readonly send: Send;
}

/** A delivered request: the 200 body and the figures for the log line. */
export interface ForwardResult {
  readonly format: OtlpFormat;
  readonly body: Uint8Array;
  readonly pointsIn: number;
  readonly pointsRejected: number;
  readonly seriesOut: number;
  readonly samplesOut: number;
  readonly destinationRequests: number;
}

/**
 * Forwards one export request; resolves only once the destination accepted every translated series.
 * @throws ForwarderError subclasses for bad input and destination failures (see errors.ts).
 */
export async function forward(input: ExportInput, deps: ForwardDeps): Promise<ForwardResult> {
  const format = formatOf(input.contentType);
  const bytes = decodeContent(input.body, input.contentEncoding, deps.config.maxBodyBytes);
  const request = decodeExportRequest(bytes, format);
  const { series, metadata, pointsIn, rejections } = translate(request, deps.config.translate);
  const delivery = await deliver(series, deps.send);
  const metadataDelivery = await deliverMetadata(metadata, deps.send);

  let samplesOut = 0;
  for (const s of series) samplesOut += s.samples.length + s.histograms.length;
  const rejected = rejections.count;
  const message = rejections.message();
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
  };
}
