/**
 * The fuzz oracle's own reading of an OTLP/JSON body: JSON.parse and a plain walk of the OTLP metrics
 * structure with strict checks of its own (BigInt for 64-bit integers), sharing no code with
 * lambda/otlp/. It decides whether the body is a valid request by the endpoint's documented rules (README,
 * "The endpoint") and, when it is, lists its metrics for counting. Deliberately simple, not fast.
 */
import type { OracleMetric } from './oracle.js';

type Obj = Record<string, unknown>;

/** The body breaks a rule: a 2xx for it would be a lie. */
class Invalid extends Error {}

const fail = (what: string): never => {
  throw new Invalid(what);
};

/** Reads a field by its lowerCamelCase or snake_case name (not both); null reads as absent. */
function get(o: Obj, camel: string): unknown {
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (snake !== camel && o[camel] != null && o[snake] != null) fail(`${camel} is set under both names`);
  const v = o[camel] ?? o[snake];
  return v === null ? undefined : v;
}

function obj(v: unknown, what: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(`${what} is not an object`);
  return v as Obj;
}

function list(v: unknown, what: string): unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(`${what} is not an array`);
  return v as unknown[];
}

/** An element of a repeated field: null is not a value there. */
const present = (v: unknown): unknown => (v === null ? fail('null in a repeated field') : v);

function int(v: unknown, bits: 32 | 64, signed: boolean, what: string): bigint {
  if (v === undefined) return 0n;
  let b = 0n;
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) fail(`${what} ${v} is not an integer`);
    b = BigInt(v);
  } else if (typeof v === 'string') {
    if (!(signed ? /^[+-]?[0-9]+$/ : /^[0-9]+$/).test(v)) fail(`${what} "${v}" is not a decimal integer`);
    b = BigInt(v);
  } else {
    fail(`${what} is a ${typeof v}`);
  }
  const max = signed ? 2n ** BigInt(bits - 1) - 1n : 2n ** BigInt(bits) - 1n;
  const min = signed ? -(2n ** BigInt(bits - 1)) : 0n;
  if (b < min || b > max) fail(`${what} ${b} is out of range`);
  return b;
}

function double(v: unknown, what: string): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return Number.isFinite(v) ? v : fail(`${what} overflows a double`);
  if (typeof v !== 'string') return fail(`${what} is a ${typeof v}`);
  if (v === 'NaN') return NaN;
  if (v === 'Infinity') return Infinity;
  if (v === '-Infinity') return -Infinity;
  if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(v)) fail(`${what} "${v}" is not a number`);
  const n = Number(v);
  return Number.isFinite(n) ? n : fail(`${what} overflows a double`);
}

function scalar(v: unknown, type: 'string' | 'boolean', what: string): void {
  if (v !== undefined && typeof v !== type) fail(`${what} is not a ${type}`);
  // A lone surrogate (from a \u escape) is not Unicode text: protojson refuses it, so must the endpoint.
  if (typeof v === 'string' && /\p{Cs}/u.test(v)) fail(`${what} holds a lone surrogate`);
}

const TEMPORALITIES = [
  'AGGREGATION_TEMPORALITY_UNSPECIFIED',
  'AGGREGATION_TEMPORALITY_DELTA',
  'AGGREGATION_TEMPORALITY_CUMULATIVE',
];

function temporality(v: unknown, what: string): number {
  if (typeof v === 'string') {
    const i = TEMPORALITIES.indexOf(v);
    return i >= 0 ? i : fail(`${what} "${v}" is not a temporality`);
  }
  return Number(int(v, 32, true, what));
}

/** Base64 bytes, or with `hexBytes` a trace or span id: that many bytes in hex, or none (as pdata). */
function bytes(v: unknown, hexBytes: number | undefined, what: string): void {
  if (v === undefined) return;
  if (typeof v !== 'string') return fail(`${what} is not a string`);
  const hex = hexBytes !== undefined;
  if (hex ? !new RegExp(`^([0-9a-fA-F]{${2 * hexBytes}})?$`).test(v) : !/^[A-Za-z0-9+/_-]*={0,2}$/.test(v))
    fail(`${what} is not ${hex ? `${hexBytes} bytes of hex` : 'base64'}`);
  if (!hex && v.replace(/=+$/, '').length % 4 === 1) fail(`${what} has a base64 length that cannot be`);
}

/** At most one member of a oneof set. */
function oneof(o: Obj, members: readonly string[], what: string): string | undefined {
  const set = members.filter((m) => get(o, m) !== undefined);
  if (set.length > 1) fail(`${what} sets ${set.join(' and ')}`);
  return set[0];
}

const ANY_MEMBERS = [
  'stringValue',
  'boolValue',
  'intValue',
  'doubleValue',
  'arrayValue',
  'kvlistValue',
  'bytesValue',
];

/** README: attribute values nest at most 100 AnyValue levels (an attribute's value is level 1). */
const MAX_LEVELS = 100;

/** `level` is the AnyValue's: 1 for an attribute's value, one more inside each array or kvlist. */
function anyValue(v: unknown, level: number): void {
  if (level > MAX_LEVELS) fail('attribute values nested too deep');
  const o = obj(v, 'AnyValue');
  oneof(o, ANY_MEMBERS, 'AnyValue');
  scalar(get(o, 'stringValue'), 'string', 'stringValue');
  scalar(get(o, 'boolValue'), 'boolean', 'boolValue');
  int(get(o, 'intValue'), 64, true, 'intValue');
  double(get(o, 'doubleValue'), 'doubleValue');
  bytes(get(o, 'bytesValue'), undefined, 'bytesValue');
  const array = get(o, 'arrayValue');
  if (array !== undefined)
    for (const e of list(get(obj(array, 'arrayValue'), 'values'), 'values')) anyValue(e, level + 1);
  const kvlist = get(o, 'kvlistValue');
  if (kvlist !== undefined) attributes(get(obj(kvlist, 'kvlistValue'), 'values'), level);
}

/** KeyValues inside `level` AnyValues (0 for a message's attributes). */
function attributes(v: unknown, level = 0): unknown[] {
  const kvs = list(v, 'attributes');
  for (const kv of kvs) {
    const o = obj(kv, 'KeyValue');
    scalar(get(o, 'key'), 'string', 'key');
    const value = get(o, 'value');
    if (value !== undefined) anyValue(value, level + 1);
  }
  return kvs;
}

function exemplars(v: unknown): void {
  for (const e of list(v, 'exemplars')) {
    const o = obj(e, 'Exemplar');
    attributes(get(o, 'filteredAttributes'));
    int(get(o, 'timeUnixNano'), 64, false, 'exemplar timeUnixNano');
    oneof(o, ['asDouble', 'asInt'], 'Exemplar');
    double(get(o, 'asDouble'), 'exemplar asDouble');
    int(get(o, 'asInt'), 64, true, 'exemplar asInt');
    bytes(get(o, 'spanId'), 8, 'spanId');
    bytes(get(o, 'traceId'), 16, 'traceId');
  }
}

/** The fields every point type has; returns the point's attributes, time and flags. */
function pointBase(o: Obj): { attributes: unknown[]; time: bigint; flags: bigint } {
  int(get(o, 'startTimeUnixNano'), 64, false, 'startTimeUnixNano');
  exemplars(get(o, 'exemplars'));
  return {
    attributes: attributes(get(o, 'attributes')),
    time: int(get(o, 'timeUnixNano'), 64, false, 'timeUnixNano'),
    flags: int(get(o, 'flags'), 32, false, 'flags'),
  };
}

function buckets(v: unknown): void {
  if (v === undefined) return;
  const o = obj(v, 'Buckets');
  int(get(o, 'offset'), 32, true, 'offset');
  for (const c of list(get(o, 'bucketCounts'), 'bucketCounts')) int(present(c), 64, false, 'bucket count');
}

/** One metric's data: its kind, point count, and for number points what makes each a distinct sample. */
function metricData(m: Obj): Omit<OracleMetric, 'resource' | 'scope' | 'name' | 'unit'> {
  const kind = oneof(m, ['gauge', 'sum', 'histogram', 'exponentialHistogram', 'summary'], 'Metric');
  if (kind === undefined) return { kind: undefined, points: 0, numberPoints: undefined };
  const data = obj(get(m, kind), kind);
  const points = list(get(data, 'dataPoints'), 'dataPoints').map((p) => obj(p, 'point'));
  let temporalityValue = 0;
  if (kind !== 'gauge' && kind !== 'summary')
    temporalityValue = temporality(get(data, 'aggregationTemporality'), 'temporality');
  scalar(get(data, 'isMonotonic'), 'boolean', 'isMonotonic');

  if (kind === 'gauge' || kind === 'sum') {
    const numberPoints = points.map((p) => {
      const base = pointBase(p);
      const member = oneof(p, ['asDouble', 'asInt'], 'NumberDataPoint');
      const value =
        member === 'asInt'
          ? int(get(p, 'asInt'), 64, true, 'asInt').toString()
          : double(get(p, 'asDouble'), 'asDouble');
      return [base.attributes, base.time.toString(), member, value, base.flags.toString()];
    });
    const sumKind = kind === 'sum' ? [get(data, 'isMonotonic') === true, temporalityValue] : undefined;
    return { kind, points: points.length, numberPoints, sumKind };
  }
  for (const p of points) {
    pointBase(p);
    int(get(p, 'count'), 64, false, 'count');
    for (const f of ['sum', 'min', 'max', 'zeroThreshold']) double(get(p, f), f);
    if (kind === 'histogram') {
      for (const c of list(get(p, 'bucketCounts'), 'bucketCounts'))
        int(present(c), 64, false, 'bucket count');
      for (const b of list(get(p, 'explicitBounds'), 'explicitBounds')) double(present(b), 'bound');
    } else if (kind === 'exponentialHistogram') {
      int(get(p, 'scale'), 32, true, 'scale');
      int(get(p, 'zeroCount'), 64, false, 'zeroCount');
      buckets(get(p, 'positive'));
      buckets(get(p, 'negative'));
    } else {
      for (const q of list(get(p, 'quantileValues'), 'quantileValues')) {
        const o = obj(q, 'ValueAtQuantile');
        double(get(o, 'quantile'), 'quantile');
        double(get(o, 'value'), 'value');
      }
    }
  }
  return { kind, points: points.length, numberPoints: undefined };
}

/** The metrics of a JSON body, or undefined when it is not a valid request. */
export function jsonMetrics(body: Uint8Array): OracleMetric[] | undefined {
  if (body.length === 0) return [];
  try {
    // JSON is UTF-8 (RFC 8259): a body that is not is refused, not read with U+FFFD in it.
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    const request = obj(JSON.parse(text), 'request');
    const out: OracleMetric[] = [];
    for (const rmValue of list(get(request, 'resourceMetrics'), 'resourceMetrics')) {
      const rm = obj(rmValue, 'ResourceMetrics');
      scalar(get(rm, 'schemaUrl'), 'string', 'schemaUrl');
      const resourceValue = get(rm, 'resource');
      const resource = resourceValue === undefined ? {} : obj(resourceValue, 'resource');
      const resourceAttributes = attributes(get(resource, 'attributes'));
      int(get(resource, 'droppedAttributesCount'), 32, false, 'droppedAttributesCount');
      for (const smValue of list(get(rm, 'scopeMetrics'), 'scopeMetrics')) {
        const sm = obj(smValue, 'ScopeMetrics');
        scalar(get(sm, 'schemaUrl'), 'string', 'schemaUrl');
        const scopeValue = get(sm, 'scope');
        const scope = scopeValue === undefined ? {} : obj(scopeValue, 'scope');
        scalar(get(scope, 'name'), 'string', 'scope name');
        scalar(get(scope, 'version'), 'string', 'scope version');
        attributes(get(scope, 'attributes'));
        int(get(scope, 'droppedAttributesCount'), 32, false, 'droppedAttributesCount');
        for (const mValue of list(get(sm, 'metrics'), 'metrics')) {
          const m = obj(mValue, 'Metric');
          for (const f of ['name', 'unit', 'description']) scalar(get(m, f), 'string', f);
          attributes(get(m, 'metadata'));
          out.push({
            resource: resourceAttributes,
            scope: [get(scope, 'name'), get(scope, 'version'), get(scope, 'attributes')],
            name: get(m, 'name'),
            unit: get(m, 'unit'),
            ...metricData(m),
          });
        }
      }
    }
    return out;
  } catch (err) {
    // SyntaxError: not JSON; RangeError: JSON.parse ran out of stack on deep nesting; TypeError: the
    // fatal TextDecoder's invalid UTF-8.
    if (
      err instanceof Invalid ||
      err instanceof SyntaxError ||
      err instanceof RangeError ||
      err instanceof TypeError
    )
      return undefined;
    throw err;
  }
}
