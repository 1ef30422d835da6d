/**
 * OTLP/HTTP response bodies: ExportMetricsServiceResponse on success, google.rpc.Status on failure. The two
 * small messages are written by hand, as protobufjs's generated encoders write them (proto3: a zero or empty
 * field is left out): those would pull protobufjs into the Lambda bundle (cold start). test/otlp/response.test.ts
 * holds the bytes to the generated encoders.
 */
import type { OtlpFormat } from './body.js';

/** The body of a 200: empty for full success, `partial_success` when points were rejected. */
export function encodeExportResponse(
  format: OtlpFormat,
  partial?: { rejectedDataPoints: number; errorMessage: string },
): Uint8Array {
  if (format === 'protobuf') {
    if (!partial) return new Uint8Array(0);
    // ExportMetricsPartialSuccess: rejected_data_points (1, int64), error_message (2, string).
    const inner = [...varintField(1, partial.rejectedDataPoints), ...stringField(2, partial.errorMessage)];
    return Uint8Array.from([...lengthDelimited(1, inner)]);
  }
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
  // google.rpc.Status: code (1, int32), message (2, string).
  if (format === 'protobuf') return Uint8Array.from([...varintField(1, code), ...stringField(2, message)]);
  return Buffer.from(JSON.stringify({ code, message }));
}

/** A varint field (wire type 0) of a non-negative integer below 2^53. */
function varintField(field: number, value: number): number[] {
  if (value === 0) return [];
  const out = [field << 3];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}

function stringField(field: number, value: string): number[] {
  if (value === '') return [];
  return lengthDelimited(field, [...Buffer.from(value, 'utf8')]);
}

/** A length-delimited field (wire type 2). */
function lengthDelimited(field: number, bytes: readonly number[]): number[] {
  const out = [(field << 3) | 2];
  let n = bytes.length;
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n, ...bytes);
  return out;
}
