/**
 * The OTLP/JSON mapping (OTLP spec, "JSON Protobuf Encoding") brought to the shape protobufjs's
 * `fromObject` reads: lowerCamelCase keys (snake_case accepted too), trace and span ids in hex rather
 * than proto3 JSON's base64. Enums as names or integers, 64-bit integers as strings or numbers and unknown
 * fields are handled by `fromObject` itself.
 */
import { BadRequestError } from '../errors.js';

const HEX = /^(?:[0-9a-fA-F]{2})*$/;

const camel = (key: string): string =>
  key.includes('_') ? key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()) : key;

/**
 * A parsed OTLP/JSON document rewritten for protobufjs. OTLP/JSON has no user-chosen object keys
 * (attributes are `{key, value}` arrays), so every key can be renamed safely.
 * @throws BadRequestError when a trace or span id is not hex.
 */
export function normalizeOtlpJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalizeOtlpJson);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [rawKey, inner] of Object.entries(value as Record<string, unknown>)) {
    const key = camel(rawKey);
    if ((key === 'traceId' || key === 'spanId') && typeof inner === 'string') {
      if (!HEX.test(inner)) throw new BadRequestError(`${key} ${JSON.stringify(inner)} is not a hex string`);
      out[key] = Buffer.from(inner, 'hex');
    } else {
      out[key] = normalizeOtlpJson(inner);
    }
  }
  return out;
}
