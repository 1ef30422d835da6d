/**
 * The OTLP/JSON mapping (OTLP spec, "JSON Protobuf Encoding") checked and brought to the plain objects the
 * translator reads (types.ts, as the protobuf decoder makes them), in one pass over the parsed document
 * guided by the schema (json-schema.ts): lowerCamelCase or snake_case keys, unknown fields dropped, `null`
 * as unset, trace and span ids in hex rather than ProtoJSON's base64, 64-bit integers as numbers while
 * exact and as their halves beyond, and every scalar checked against its protobuf type (json-scalars.ts).
 * No protobufjs `fromObject` afterwards: converting every message again into its classes, with a Long per
 * 64-bit field, cost as much as this walk.
 *
 * protobufjs's `fromObject` alone coerced whatever it got: `"asInt":"abc"` became 0, `"timeUnixNano":"-5"` became
 * 2^64-5 (a date in 2554 that makes Prometheus refuse the whole batch), `"isMonotonic":"false"` became true.
 * Written data must be the data sent, so any value its field cannot hold is a 400 naming the field.
 */
import { BadRequestError } from '../errors.js';
import {
  EXPORT_REQUEST,
  TEMPORALITY_NAMES,
  type Field,
  type MessageType,
  type ScalarKind,
} from './json-schema.js';
import {
  base64BytesOf,
  doubleOf,
  enumOf,
  hexBytesOf,
  INT32,
  INT64,
  integerOf,
  toInt64,
  UINT32,
  UINT64,
} from './json-scalars.js';
import { MAX_ANY_VALUE_DEPTH } from './limits.js';
import { pathText } from './path-text.js';
import { defaultsOf } from './json-defaults.js';

/** Longest part of an offending string quoted in an error message. */
const QUOTE_CHARS = 64;

/** What each kind of value must be, for error messages. */
const EXPECTED: Record<ScalarKind, string> = {
  int64: `a signed 64-bit integer: a decimal string or an integer ${INT64.text}`,
  uint64: `an unsigned 64-bit integer: a decimal string or an integer ${UINT64.text}`,
  int32: `a signed 32-bit integer ${INT32.text}, as a number or a decimal string`,
  uint32: `an unsigned 32-bit integer ${UINT32.text}, as a number or a decimal string`,
  double: 'a double: a number, or a string holding a decimal number, "NaN", "Infinity" or "-Infinity"',
  bool: 'true or false',
  string: 'a string',
  // pdata refuses an id of another length ("invalid length for TraceID").
  'trace-id': '16 bytes as hex (32 hex digits), or ""',
  'span-id': '8 bytes as hex (16 hex digits), or ""',
  'base64-bytes': 'a base64 string',
  temporality: `an AggregationTemporality: an integer or one of ${[...TEMPORALITY_NAMES.keys()].join(', ')}`,
};

/** A value that does not fit its field; the path is filled in on the way back up. */
class FieldError extends Error {
  /** Keys and indices from the field up to the root (reversed when reported). */
  readonly path: (string | number)[] = [];
}

const unfit = (value: unknown, expected: string): FieldError =>
  new FieldError(`is ${show(value)}; expected ${expected}`);

/**
 * A parsed OTLP/JSON ExportMetricsServiceRequest as the pipeline's message (see the file's comment).
 * @throws BadRequestError naming the field, its value and what was expected, when a value does not fit
 *   its field, attribute values nest deeper than the protobuf decoder allows, or a oneof has two members.
 */
export function normalizeOtlpJson(value: unknown): Record<string, unknown> {
  try {
    return message(value, EXPORT_REQUEST, 0);
  } catch (err) {
    if (!(err instanceof FieldError)) throw err;
    const where = pathText(err.path.reverse());
    throw new BadRequestError(`invalid OTLP JSON: ${where === '' ? 'the request' : where} ${err.message}`);
  }
}

/**
 * One message. `depth` counts the AnyValue levels around it as the protobuf decoder does, so both
 * encodings refuse the same nesting (and the walk's recursion stays shallow).
 */
function message(value: unknown, type: MessageType, depth: number): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unfit(value, `a ${type.name} object`);
  }
  if (type.nests && ++depth > MAX_ANY_VALUE_DEPTH) {
    throw new FieldError(`nests attribute values (AnyValue) deeper than ${MAX_ANY_VALUE_DEPTH} levels`);
  }
  const input = value as Record<string, unknown>;
  const out = Object.create(defaultsOf(type)) as Record<string, unknown>;
  let key = '';
  let oneofMember: Field | undefined; // no OTLP metrics message has more than one oneof
  try {
    for (key of Object.keys(input)) {
      const field = type.fields.get(key);
      if (field === undefined) continue; // unknown fields are ignored (OTLP spec)
      const v = input[key];
      if (v === null || v === undefined) continue; // null means unset (ProtoJSON)
      if (field.oneof !== undefined) {
        // A oneof takes one member: with two, one of them would go silently unused.
        if (oneofMember !== undefined && oneofMember.name !== field.name) {
          throw new FieldError(
            `is set beside ${oneofMember.name}; expected only one of ${field.oneof.join(', ')}`,
          );
        }
        oneofMember = field;
      }
      // Both spellings of one field: JSON.parse keeps both keys, and taking one would drop the other.
      if (Object.hasOwn(out, field.name)) {
        throw new FieldError('is set under both its names (lowerCamelCase and snake_case); expected one');
      }
      out[field.name] = field.repeated ? repeated(v, field, depth) : single(v, field, depth);
    }
  } catch (err) {
    if (err instanceof FieldError) err.path.push(key);
    throw err;
  }
  return out;
}

function single(v: unknown, field: Field, depth: number): unknown {
  return typeof field.type === 'string' ? scalar(v, field.type) : message(v, field.type, depth);
}

function repeated(v: unknown, field: Field, depth: number): unknown[] {
  if (!Array.isArray(v)) throw unfit(v, 'an array');
  const n = v.length;
  const out = new Array<unknown>(n);
  let i = 0;
  try {
    for (; i < n; i++) out[i] = single(v[i], field, depth);
  } catch (err) {
    if (err instanceof FieldError) err.path.push(i);
    throw err;
  }
  return out;
}

function scalar(v: unknown, kind: ScalarKind): unknown {
  let out: unknown;
  switch (kind) {
    case 'int64': {
      const i = integerOf(v, INT64);
      out = i === undefined ? undefined : toInt64(i, false);
      break;
    }
    case 'uint64': {
      const i = integerOf(v, UINT64);
      out = i === undefined ? undefined : toInt64(i, true);
      break;
    }
    case 'int32':
      out = integerOf(v, INT32);
      break;
    case 'uint32':
      out = integerOf(v, UINT32);
      break;
    case 'double':
      out = doubleOf(v);
      break;
    case 'bool':
      out = typeof v === 'boolean' ? v : undefined;
      break;
    case 'string':
      if (typeof v !== 'string') break;
      // An escape such as "\ud800" leaves a lone surrogate, which has no UTF-8 form: written out it
      // would become U+FFFD and collide with other values. protojson refuses it too.
      if (!isWellFormed(v)) throw unfit(v, 'Unicode text, not a lone UTF-16 surrogate (from a \\u escape)');
      out = v;
      break;
    case 'trace-id':
      out = hexBytesOf(v, 16);
      break;
    case 'span-id':
      out = hexBytesOf(v, 8);
      break;
    case 'base64-bytes':
      out = base64BytesOf(v);
      break;
    case 'temporality':
      out = enumOf(v, TEMPORALITY_NAMES);
      break;
  }
  if (out === undefined) throw unfit(v, EXPECTED[kind]);
  return out;
}

/** Whether a string has no lone surrogate (ES2024's String.prototype.isWellFormed, in Node since 20). */
const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** A value for an error message: short, and never the whole of a large one. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= QUOTE_CHARS) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, QUOTE_CHARS))}… (${value.length} characters)`;
  }
  if (typeof value === 'number') {
    // JSON.parse has already rounded the number; say so rather than quote digits the client never sent.
    if (!Number.isFinite(value)) return 'a number beyond the range of a double';
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return `${BigInt(value).toString()} (a JSON number, read as the nearest double; quote 64-bit integers)`;
    }
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
