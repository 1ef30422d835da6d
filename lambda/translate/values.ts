/** Conversions of OTLP scalar values to what Prometheus stores: label strings, float samples, ms times. */
import type { AnyValue, Int64 } from '../otlp/types.js';

/** The bit pattern of Prometheus's stale marker (prometheus/model/value.StaleNaN). */
const STALE_NAN_BITS = 0x7ff0000000000002n;

/**
 * Prometheus's stale marker: a NaN with a payload that PromQL treats as "series ended".
 * Written for points flagged NoRecordedValue.
 */
export const STALE_NAN: number = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, STALE_NAN_BITS);
  return view.getFloat64(0);
})();

/**
 * The stale marker's bits as an unsigned 64-bit integer. The Collector (and Prometheus's translator)
 * write this into a native histogram's integer `count` when the point is flagged NoRecordedValue.
 */
export const STALE_NAN_COUNT: { low: number; high: number; unsigned: true; toString(): string } = {
  low: Number(STALE_NAN_BITS & 0xffffffffn),
  high: Number(STALE_NAN_BITS >> 32n),
  unsigned: true,
  toString: () => STALE_NAN_BITS.toString(),
};

/** The OTLP `DataPointFlags.NO_RECORDED_VALUE_MASK` bit. */
export const FLAG_NO_RECORDED_VALUE = 1;

/** Whether the point carries the NoRecordedValue flag. */
export function hasNoRecordedValue(flags: number | null | undefined): boolean {
  return ((flags ?? 0) & FLAG_NO_RECORDED_VALUE) !== 0;
}

const TWO_POW_32 = 4294967296;

/**
 * Converts an unsigned 64-bit nanosecond timestamp to milliseconds, truncating as the Collector does.
 * Exact for the full range: a double cannot hold nanoseconds since 1970 exactly, so the Long's two
 * 32-bit halves are divided separately (2^32 = 4294 * 10^6 + 967296).
 */
export function nanosToMillis(value: Int64 | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return Math.floor(value / 1e6);
  const hi = value.high >>> 0;
  const lo = value.low >>> 0;
  return hi * 4294 + Math.floor((hi * 967296 + lo) / 1e6);
}

/** A 64-bit integer (signed or unsigned, as its Long says) as the nearest double, like Go's float64(x). */
export function int64ToNumber(value: Int64 | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  const lo = value.low >>> 0;
  return value.unsigned ? (value.high >>> 0) * TWO_POW_32 + lo : value.high * TWO_POW_32 + lo;
}

/** Whether a 64-bit value is zero (absent timestamps are zero on the wire). */
export function isZero64(value: Int64 | undefined): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'number' ? value === 0 : value.low === 0 && value.high === 0;
}

/**
 * An attribute value as a label value, exactly as pdata's `Value.AsString()` renders it (the Collector
 * calls it for every attribute): strings as they are, integers in decimal, doubles as ES6 prints them
 * (NaN and infinities become Go's "json: unsupported value" text), bytes as base64, arrays and maps as
 * Go's encoding/json writes them (map keys sorted, no HTML escaping).
 */
export function anyValueToString(value: AnyValue | null | undefined): string {
  if (!value) return '';
  if (value.stringValue != null) return value.stringValue;
  if (value.boolValue != null) return value.boolValue ? 'true' : 'false';
  if (value.intValue != null) return int64ToDecimal(value.intValue);
  if (value.doubleValue != null) return doubleAsString(value.doubleValue);
  if (value.bytesValue != null) return Buffer.from(value.bytesValue).toString('base64');
  if (value.arrayValue != null || value.kvlistValue != null) {
    try {
      return goJson(value);
    } catch (err) {
      // json.Marshal fails on NaN and infinities; pdata ignores the error and returns "".
      if (err instanceof UnsupportedJsonValue) return '';
      throw err;
    }
  }
  return '';
}

/** A signed 64-bit integer in decimal, exact beyond 2^53. */
function int64ToDecimal(value: Int64): string {
  if (value === null) return '0';
  return typeof value === 'number' ? String(value) : value.toString();
}

/** pdata's float64AsString: ES6 number formatting, with Go's error text for values JSON cannot hold. */
function doubleAsString(v: number): string {
  if (Number.isNaN(v)) return 'json: unsupported value: NaN';
  if (v === Infinity) return 'json: unsupported value: +Inf';
  if (v === -Infinity) return 'json: unsupported value: -Inf';
  // Go keeps the sign of negative zero; JavaScript's String() drops it.
  if (v === 0 && Object.is(v, -0)) return '-0';
  return String(v);
}

/** encoding/json output for an array or map AnyValue (as `AsRaw()` then `json.Marshal`). */
function goJson(value: AnyValue | null | undefined): string {
  if (!value) return 'null';
  if (value.stringValue != null) return jsonString(value.stringValue);
  if (value.boolValue != null) return value.boolValue ? 'true' : 'false';
  if (value.intValue != null) return int64ToDecimal(value.intValue);
  if (value.doubleValue != null) {
    // encoding/json refuses NaN and infinities; pdata then returns an empty string for the whole value.
    if (!Number.isFinite(value.doubleValue)) throw new UnsupportedJsonValue();
    return doubleAsString(value.doubleValue);
  }
  if (value.bytesValue != null) return jsonString(Buffer.from(value.bytesValue).toString('base64'));
  if (value.arrayValue != null) {
    const parts: string[] = [];
    for (const item of value.arrayValue.values ?? []) parts.push(goJson(item));
    return `[${parts.join(',')}]`;
  }
  if (value.kvlistValue != null) {
    // A Go map: duplicate keys keep the last value, keys are written sorted.
    const entries = new Map<string, AnyValue | null | undefined>();
    for (const kv of value.kvlistValue.values ?? []) entries.set(kv.key ?? '', kv.value);
    const keys = [...entries.keys()].sort(compareBytes);
    const parts: string[] = [];
    for (const key of keys) parts.push(`${jsonString(key)}:${goJson(entries.get(key))}`);
    return `{${parts.join(',')}}`;
  }
  return 'null';
}

class UnsupportedJsonValue extends Error {}

// Go's encoder escapes U+2028 and U+2029 even with HTML escaping off; JSON.stringify does not.
const jsonString = (s: string): string =>
  JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Orders strings as Go compares them (by UTF-8 bytes), which differs from UTF-16 order only above U+FFFF. */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (astral code points) sort after every other BMP unit in UTF-8 byte order.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/**
 * A float as Go's `strconv.FormatFloat(v, 'f', -1, 64)` writes it, the format of `le` and `quantile`:
 * shortest round-trip digits, never exponent notation.
 */
export function formatFloatGo(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  if (v === 0 && Object.is(v, -0)) return '-0';
  const s = String(v);
  if (!s.includes('e')) return s;
  return expandExponent(s);
}

function expandExponent(s: string): string {
  const negative = s.startsWith('-');
  const [mantissa = '', expText = '0'] = (negative ? s.slice(1) : s).split('e');
  const exp = Number(expText);
  const [intPart = '', fracPart = ''] = mantissa.split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return negative ? '-' + out : out;
}

/** Unicode code points in a string (Go's utf8.RuneCountInString for valid UTF-8). */
export function runeCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
