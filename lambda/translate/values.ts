/** Conversions of OTLP scalar values to what Prometheus stores: label strings, float samples, ms times. */
import type { AnyValue, Int64 } from '../otlp/types.js';

/**
 * Prometheus's stale marker: a NaN with a payload that PromQL treats as "series ended".
 * Written for points flagged NoRecordedValue.
 */
export const STALE_NAN: number = (() => {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, 0x7ff0000000000002n);
  return view.getFloat64(0);
})();

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
 * An attribute value as a label value, as pdata's `Value.AsString()` renders it: strings as they are,
 * numbers as JavaScript (ES6) prints them, bytes as base64, arrays and maps as JSON.
 */
export function anyValueToString(value: AnyValue | null | undefined): string {
  if (!value) return '';
  if (value.stringValue != null) return value.stringValue;
  if (value.boolValue != null) return value.boolValue ? 'true' : 'false';
  if (value.intValue != null)
    return typeof value.intValue === 'number' ? String(value.intValue) : value.intValue.toString();
  if (value.doubleValue != null) return formatDouble(value.doubleValue);
  if (value.bytesValue != null) return Buffer.from(value.bytesValue).toString('base64');
  if (value.arrayValue != null || value.kvlistValue != null) return JSON.stringify(anyValueToJson(value));
  return '';
}

function formatDouble(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function anyValueToJson(value: AnyValue | null | undefined): unknown {
  if (!value) return null;
  if (value.stringValue != null) return value.stringValue;
  if (value.boolValue != null) return value.boolValue;
  if (value.intValue != null) return int64ToNumber(value.intValue);
  if (value.doubleValue != null) return value.doubleValue;
  if (value.bytesValue != null) return Buffer.from(value.bytesValue).toString('base64');
  if (value.arrayValue != null) return (value.arrayValue.values ?? []).map(anyValueToJson);
  if (value.kvlistValue != null) {
    const out: Record<string, unknown> = {};
    for (const kv of value.kvlistValue.values ?? []) out[kv.key ?? ''] = anyValueToJson(kv.value);
    return out;
  }
  return null;
}

/**
 * A float as Go's `strconv.FormatFloat(v, 'f', -1, 64)` writes it, the format of `le` and `quantile`:
 * shortest round-trip digits, never exponent notation.
 */
export function formatFloatGo(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
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
