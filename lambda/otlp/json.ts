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
 * A parsed OTLP/JSON document rewritten for protobufjs, in place: the document is the caller's fresh
 * `JSON.parse` result, and copying every object of a large request cost a third of the JSON decode.
 * OTLP/JSON has no user-chosen object keys (attributes are `{key, value}` arrays), so every key can be
 * renamed safely; an object with a snake_case key is rebuilt, so that the later of two spellings of one
 * field wins, as in a copy.
 * @throws BadRequestError when a trace or span id is not hex.
 */
export function normalizeOtlpJson(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') {
        const normalized = normalizeOtlpJson(item);
        if (normalized !== item) value[i] = normalized;
      }
    }
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  // for...in over a parsed object allocates nothing (Object.keys would, for every object of the document).
  for (const key in object) if (key.includes('_')) return renamed(object);
  for (const key in object) {
    const inner = object[key];
    if (key === 'traceId' || key === 'spanId' || (inner !== null && typeof inner === 'object')) {
      const normalized = normalizeField(key, inner);
      if (normalized !== inner) object[key] = normalized;
    }
  }
  return object;
}

function renamed(object: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, inner] of Object.entries(object)) {
    const key = camel(rawKey);
    out[key] = normalizeField(key, inner);
  }
  return out;
}

function normalizeField(key: string, inner: unknown): unknown {
  if ((key === 'traceId' || key === 'spanId') && typeof inner === 'string') {
    if (!HEX.test(inner)) throw new BadRequestError(`${key} ${JSON.stringify(inner)} is not a hex string`);
    return Buffer.from(inner, 'hex');
  }
  return inner !== null && typeof inner === 'object' ? normalizeOtlpJson(inner) : inner;
}
