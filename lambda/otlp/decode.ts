/**
 * Bytes of an OTLP/HTTP request body to an ExportMetricsServiceRequest: protobuf through our wire decoder
 * (see wire/decode-metrics.ts for why), JSON parsed, then checked and brought to the same plain objects
 * (json.ts).
 */
import { isUtf8 } from 'node:buffer';
import { BadRequestError, PayloadTooLargeError } from '../errors.js';
import type { OtlpFormat } from './body.js';
import { normalizeOtlpJson } from './json.js';
import { checkJsonBudget } from './json-budget.js';
import type { DecodeLimits } from './limits.js';
import { decodeMetricsRequest } from './wire/decode-metrics.js';
import type { ExportMetricsServiceRequest } from './types.js';

/**
 * Decodes an (already decompressed) export request.
 * @param limits what the request may decode to (limits.ts); none by default
 * @throws BadRequestError naming what is wrong when the bytes are not a valid request.
 * @throws PayloadTooLargeError when it holds more than `limits.maxDecodedValues` values.
 * @example
 * decodeExportRequest(bytes, 'protobuf', { maxDecodedValues: config.maxDecodedValues });
 */
export function decodeExportRequest(
  bytes: Uint8Array,
  format: OtlpFormat,
  limits: DecodeLimits = {},
): ExportMetricsServiceRequest {
  if (format === 'protobuf') {
    try {
      return decodeMetricsRequest(bytes, limits);
    } catch (err) {
      if (err instanceof PayloadTooLargeError) throw err;
      throw new BadRequestError(
        `request body is not a valid OTLP protobuf ExportMetricsServiceRequest: ${describe(err)}`,
        {
          cause: err,
        },
      );
    }
  }
  if (bytes.length === 0) return { resourceMetrics: [] };
  // JSON text is UTF-8 (RFC 8259, section 8.1); decoding invalid bytes as U+FFFD would make distinct
  // values one. isUtf8 is a vectorised scan, far cheaper than the parse.
  if (!isUtf8(bytes)) {
    throw new BadRequestError('request body is not valid UTF-8; OTLP/JSON must be UTF-8 (RFC 8259)');
  }
  // Before the parse, which makes every object of the body at once; the walk then needs no count.
  checkJsonBudget(bytes, limits);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch (err) {
    throw new BadRequestError(`request body is not valid JSON: ${describe(err)}`, { cause: err });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new BadRequestError('OTLP JSON request body must be an object with "resourceMetrics"');
  }
  try {
    const request = normalizeOtlpJson(parsed) as Partial<ExportMetricsServiceRequest>;
    return { ...request, resourceMetrics: request.resourceMetrics ?? [] };
  } catch (err) {
    if (err instanceof BadRequestError) throw err;
    throw new BadRequestError(
      `request body is not a valid OTLP JSON ExportMetricsServiceRequest: ${describe(err)}`,
      {
        cause: err,
      },
    );
  }
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));
