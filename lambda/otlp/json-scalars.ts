/**
 * Scalar values of the OTLP/JSON mapping, checked against their protobuf type and brought to the form
 * protobufjs's `fromObject` reads exactly. Each reader returns `undefined` for a value its type cannot
 * hold; json.ts turns that into a 400 naming the field.
 *
 * The rules (ProtoJSON, https://protobuf.dev/programming-guides/json/, as the Collector's pdata reads it):
 * - integers: a JSON number that is an integer in the type's range, or a string of decimal digits in range
 *   (a leading `-` or `+` for signed types only; leading zeros allowed). Quoted fractions and exponents
 *   ("1.0", "1e3") are refused, as Go's strconv.ParseInt/ParseUint refuse them in the Collector.
 * - doubles: a finite JSON number, "NaN", "Infinity", "-Infinity", or a decimal number in a string.
 * - enums: an integer in int32 range, or one of the enum's value names.
 *
 * A 64-bit value written as a JSON number was already rounded to a double by JSON.parse (Node 20 has no
 * access to the number's source text), so any integer double in range is taken as it stands: a nanosecond
 * timestamp of today sent unquoted is off by at most 128 ns, which moves its millisecond only when it lies that
 * close above a millisecond boundary. Refusing numbers above 2^53 instead would refuse every real timestamp
 * sent unquoted, which the Collector accepts. Strings are exact over the whole range.
 */

import { Long64 } from './wire/reader.js';

/** An integer type's range, for numbers and for decimal strings. */
export interface IntRange {
  readonly signed: boolean;
  /** Smallest value (inclusive). */
  readonly min: number;
  /** One past the largest value: 2^63 and 2^64 are exact doubles, their predecessors are not. */
  readonly maxExclusive: number;
  /** The smallest and largest values' digits, for exact comparison of strings beyond 2^53. */
  readonly minDigits: string;
  readonly maxDigits: string;
  /** The range for messages: "from A to B". */
  readonly text: string;
}

const range = (signed: boolean, min: bigint, max: bigint): IntRange => ({
  signed,
  min: Number(min),
  maxExclusive: Number(max + 1n),
  minDigits: (min < 0n ? -min : min).toString(),
  maxDigits: max.toString(),
  text: `from ${min.toString()} to ${max.toString()}`,
});

export const INT64 = range(true, -(2n ** 63n), 2n ** 63n - 1n);
export const UINT64 = range(false, 0n, 2n ** 64n - 1n);
export const INT32 = range(true, -(2n ** 31n), 2n ** 31n - 1n);
export const UINT32 = range(false, 0n, 2n ** 32n - 1n);

const MINUS = 45;
const PLUS = 43;
const ZERO = 48;
const DOT = 46;

/**
 * An integer field's value: a number when it is exactly representable, else its canonical decimal string
 * (protobufjs parses that into a Long exactly). Undefined when the value is not an integer in `r`.
 */
export function integerOf(value: unknown, r: IntRange): number | string | undefined {
  if (typeof value === 'number') {
    // Number.isInteger is false for NaN and the infinities (an overflowing literal such as 1e400).
    if (!Number.isInteger(value) || value < r.min || value >= r.maxExclusive) return undefined;
    return value === 0 ? 0 : value; // no -0
  }
  if (typeof value !== 'string') return undefined;
  const n = value.length;
  let i = 0;
  let negative = false;
  if (n > 0) {
    const c = value.charCodeAt(0);
    if (c === MINUS || c === PLUS) {
      if (!r.signed) return undefined;
      negative = c === MINUS;
      i = 1;
    }
  }
  if (i === n) return undefined; // empty, or a sign alone
  // Exact while the value stays within 2^53: every partial value then does too.
  let acc = 0;
  for (let j = i; j < n; j++) {
    const d = value.charCodeAt(j) - ZERO;
    if (d < 0 || d > 9) return undefined;
    acc = acc * 10 + d;
  }
  if (acc <= Number.MAX_SAFE_INTEGER) {
    if (acc === 0) return 0;
    const v = negative ? -acc : acc;
    return v < r.min || v >= r.maxExclusive ? undefined : v;
  }
  // Beyond 2^53 (64-bit types only): compare the digits with the limit's as text.
  while (value.charCodeAt(i) === ZERO) i++;
  const digits = i === 0 ? value : value.slice(i);
  const limit = negative ? r.minDigits : r.maxDigits;
  if (digits.length > limit.length || (digits.length === limit.length && digits > limit)) return undefined;
  return negative ? `-${digits}` : digits;
}

/** A double field's value; undefined for anything but a finite number or one of the strings above. */
export function doubleOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  if (value === 'NaN') return NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (!isDecimalNumber(value)) return undefined;
  const v = Number(value);
  return Number.isFinite(v) ? v : undefined;
}

/**
 * Whether `s` is `[+-]digits[.digits][(e|E)[+-]digits]` (digits on at least one side of the point).
 * Number() alone would also take "", " 1 ", "0x10" and "Infinity" spellings.
 */
function isDecimalNumber(s: string): boolean {
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  if (c === MINUS || c === PLUS) c = s.charCodeAt(++i);
  let digits = 0;
  while (c >= ZERO && c <= ZERO + 9) {
    digits++;
    c = s.charCodeAt(++i);
  }
  if (c === DOT) {
    c = s.charCodeAt(++i);
    while (c >= ZERO && c <= ZERO + 9) {
      digits++;
      c = s.charCodeAt(++i);
    }
  }
  if (digits === 0) return false;
  if (c === 101 || c === 69) {
    c = s.charCodeAt(++i);
    if (c === MINUS || c === PLUS) c = s.charCodeAt(++i);
    let exponent = 0;
    while (c >= ZERO && c <= ZERO + 9) {
      exponent++;
      c = s.charCodeAt(++i);
    }
    if (exponent === 0) return false;
  }
  return i === n;
}

/** An enum field's value as its number: an int32, or a name `names` knows. */
export function enumOf(value: unknown, names: ReadonlyMap<string, number>): number | undefined {
  if (typeof value === 'string') return names.get(value);
  return typeof value === 'number' ? (integerOf(value, INT32) as number | undefined) : undefined;
}

/** Trace and span ids: hex in OTLP/JSON (not ProtoJSON's base64), as bytes: `size` of them, or none. */
export function hexBytesOf(value: unknown, size: number): Uint8Array | undefined {
  if (typeof value !== 'string' || (value.length !== 0 && value.length !== 2 * size)) return undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const lower = c | 0x20; // ASCII letters to lower case
    if (!((c >= ZERO && c <= ZERO + 9) || (lower >= 97 && lower <= 102))) return undefined;
  }
  return Buffer.from(value, 'hex');
}

/** Other bytes (AnyValue.bytesValue): base64, standard or URL-safe, padded or not. */
export function base64BytesOf(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string') return undefined;
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 61 /* = */) end--;
  if (value.length - end > 2) return undefined;
  for (let i = 0; i < end; i++) {
    const c = value.charCodeAt(i);
    const ok =
      (c >= 65 && c <= 90) || // A-Z
      (c >= 97 && c <= 122) || // a-z
      (c >= ZERO && c <= ZERO + 9) ||
      c === PLUS ||
      c === 47 || // /
      c === MINUS ||
      c === 95; // _
    if (!ok) return undefined;
  }
  return end % 4 === 1 ? undefined : Buffer.from(value, 'base64');
}

/**
 * A 64-bit integer field's value as the pipeline keeps it (types.ts `Int64`): a number while exact, else
 * its two halves. A JSON number beyond 2^53 is taken as the double it was parsed to, like a string of that
 * double's digits.
 */
export function toInt64(value: number | string, unsigned: boolean): number | Long64 {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  const bits = BigInt.asUintN(64, BigInt(value));
  return new Long64(Number(bits & 0xffffffffn), Number(bits >> 32n), unsigned);
}
