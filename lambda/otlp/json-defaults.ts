/**
 * The prototype of each OTLP message the JSON walk produces (json.ts): an unset field reads as after
 * protobufjs's `fromObject`, the proto3 default, null for oneof members, sub-messages and `optional` fields
 * (`HistogramDataPoint.sum`), an empty list for repeated ones. Built from the schema rather than taken
 * from the generated classes, whose import would pull protobufjs into the Lambda bundle (cold start);
 * test/otlp/json-defaults.test.ts checks every field against those classes.
 */
import { MESSAGE_TYPES, type MessageType, type ScalarKind } from './json-schema.js';

/** proto3 `optional` fields: unset is null, not zero. */
const OPTIONAL: ReadonlySet<string> = new Set([
  'HistogramDataPoint.sum',
  'HistogramDataPoint.min',
  'HistogramDataPoint.max',
  'ExponentialHistogramDataPoint.sum',
  'ExponentialHistogramDataPoint.min',
  'ExponentialHistogramDataPoint.max',
]);

const NO_ITEMS: readonly never[] = Object.freeze([]);

/** 64-bit zeros are numbers: the translator reads a number or a {low, high} pair alike (values.ts). */
function scalarDefault(kind: ScalarKind): unknown {
  switch (kind) {
    case 'bool':
      return false;
    case 'string':
      return '';
    case 'trace-id':
    case 'span-id':
    case 'base64-bytes':
      return Buffer.alloc(0);
    case 'int64':
    case 'uint64':
    case 'int32':
    case 'uint32':
    case 'double':
    case 'temporality':
      return 0;
  }
}

const DEFAULTS: ReadonlyMap<string, object> = (() => {
  const out = new Map<string, object>();
  for (const type of MESSAGE_TYPES.values()) {
    const proto: Record<string, unknown> = {};
    for (const field of new Set(type.fields.values())) {
      proto[field.name] = field.repeated
        ? NO_ITEMS
        : typeof field.type !== 'string' ||
            field.oneof !== undefined ||
            OPTIONAL.has(`${type.name}.${field.name}`)
          ? null
          : scalarDefault(field.type);
    }
    // Not frozen: assigning a field on an object whose prototype has it read-only would throw.
    out.set(type.name, proto);
  }
  return out;
})();

/** The prototype for decoded `type` messages (see the file's comment). */
export function defaultsOf(type: MessageType): object {
  const defaults = DEFAULTS.get(type.name);
  if (defaults === undefined) throw new Error(`no defaults for OTLP message ${type.name}`);
  return defaults;
}
