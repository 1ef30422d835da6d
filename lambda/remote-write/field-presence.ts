/**
 * Which fields proto3 leaves out of the encoding: zero scalars, empty strings, absent values. protobufjs's
 * generated encoder applies the same rules, so our bytes match its bytes (see write-request.ts).
 * @see https://protobuf.dev/programming-guides/field_presence/
 */
import type { Int64Like } from './wire-sizes.js';

/** Whether a double is left out: proto3 leaves out +0 (but writes -0 and NaN) and absent values. */
export const isPositiveZero = (v: number | null | undefined): v is 0 | null | undefined =>
  v == null || Object.is(v, 0);

/** Whether a string is written: proto3 leaves out empty and absent strings. */
export const nonEmpty = (s: string | null | undefined): s is string => s != null && s !== '';

/** Whether a 64-bit value is zero (proto3 leaves zero out). */
export function isZeroInt64(value: Int64Like): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === 'number' ? value === 0 : value.low === 0 && value.high === 0;
}
