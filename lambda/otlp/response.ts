/** OTLP/HTTP response bodies: ExportMetricsServiceResponse on success, google.rpc.Status on failure. */
import { google, opentelemetry } from '../../proto/generated/protos.js';
import type { OtlpFormat } from './body.js';

const { ExportMetricsServiceResponse } = opentelemetry.proto.collector.metrics.v1;

/** The body of a 200: empty for full success, `partial_success` when points were rejected. */
export function encodeExportResponse(
  format: OtlpFormat,
  partial?: { rejectedDataPoints: number; errorMessage: string },
): Uint8Array {
  const message = ExportMetricsServiceResponse.create(
    partial
      ? {
          partialSuccess: {
            rejectedDataPoints: partial.rejectedDataPoints,
            errorMessage: partial.errorMessage,
          },
        }
      : {},
  );
  if (format === 'protobuf') return ExportMetricsServiceResponse.encode(message).finish();
  const json = partial
    ? {
        partialSuccess: {
          // proto3 JSON writes int64 as a decimal string.
          rejectedDataPoints: String(partial.rejectedDataPoints),
          errorMessage: partial.errorMessage,
        },
      }
    : {};
  return Buffer.from(JSON.stringify(json));
}

// google.rpc.Code for the HTTP statuses we answer (per the gRPC <-> HTTP mapping).
const RPC_CODE: Readonly<Record<number, number>> = {
  400: 3, // INVALID_ARGUMENT
  401: 16, // UNAUTHENTICATED
  403: 7, // PERMISSION_DENIED
  404: 5, // NOT_FOUND
  405: 12, // UNIMPLEMENTED
  413: 3, // INVALID_ARGUMENT
  415: 3, // INVALID_ARGUMENT
  429: 8, // RESOURCE_EXHAUSTED
  502: 14, // UNAVAILABLE
  503: 14, // UNAVAILABLE
  504: 4, // DEADLINE_EXCEEDED
};

/** The body of an error response: a google.rpc.Status with the message. */
export function encodeStatus(format: OtlpFormat, status: number, message: string): Uint8Array {
  const code = RPC_CODE[status] ?? 13; // INTERNAL
  if (format === 'protobuf') return google.rpc.Status.encode({ code, message }).finish();
  return Buffer.from(JSON.stringify({ code, message }));
}
