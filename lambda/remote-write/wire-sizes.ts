/**
 * Protobuf varint sizes, and 64-bit integers split into unsigned 32-bit halves for the encoder
 * (wire-writer.ts). 64-bit integers arrive as numbers (exact up to 2^53) or as `{ low, high }` halves (long.js,
 * our wire decoder, the stale-NaN histogram count); both are reduced to two unsigned halves, as protobufjs
 * does, so negative values become ten-byte two's complement varints.
 */
import type { PrwInt64 } from './types.js';

/** 2^32: the weight of a 64-bit value's high half. */
export const TWO_POW_32 = 4294967296;

/** A 64-bit protobuf integer as the remote-write types carry it, absent meaning zero. */
export type Int64Like = PrwInt64 | null | undefined;

/** Bytes of a varint for an unsigned 32-bit value. */
export function varint32Size(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

/** Bytes of a varint for a 64-bit value given as unsigned halves. */
function varint64Size(low: number, high: number): number {
  if (high === 0) return varint32Size(low);
  // 32 bits of `low` plus the significant bits of `high`, 7 payload bits per byte.
  if (high < 0x8) return 5;
  if (high < 0x400) return 6;
  if (high < 0x20000) return 7;
  if (high < 0x1000000) return 8;
  if (high < 0x80000000) return 9;
  return 10;
}

/** Scratch for splitting a 64-bit value into halves without allocating; read right after each split. */
export const halves = { low: 0, high: 0 };

/**
 * Splits a 64-bit value into unsigned halves (two's complement for negatives), as protobufjs's
 * LongBits.fromNumber and LongBits.from do: fractions are truncated, halves are taken as they are.
 */
export function split(value: Int64Like): void {
  if (value === null || value === undefined) {
    halves.low = 0;
    halves.high = 0;
  } else if (typeof value === 'number') {
    const negative = value < 0;
    const magnitude = negative ? -value : value;
    let low = magnitude >>> 0;
    let high = ((magnitude - low) / TWO_POW_32) >>> 0;
    if (negative) {
      high = ~high >>> 0;
      low = ~low >>> 0;
      if (++low > 0xffffffff) {
        low = 0;
        if (++high > 0xffffffff) high = 0;
      }
    }
    halves.low = low;
    halves.high = high;
  } else {
    halves.low = value.low >>> 0;
    halves.high = value.high >>> 0;
  }
}

/** Zigzag of the last split value (sint64): sign spread over the low bit. */
export function zigzagSplit(): void {
  const mask = halves.high >> 31;
  halves.high = (((halves.high << 1) | (halves.low >>> 31)) ^ mask) >>> 0;
  halves.low = ((halves.low << 1) ^ mask) >>> 0;
}

/** Bytes of an int64/uint64 varint. */
export function int64Size(value: Int64Like): number {
  if (typeof value === 'number' && value >= 0 && value < TWO_POW_32) return varint32Size(value >>> 0);
  split(value);
  return varint64Size(halves.low, halves.high);
}

/** Bytes of a sint64 (zigzag) varint. */
export function sint64Size(value: Int64Like): number {
  if (typeof value === 'number' && value === (value | 0))
    return varint32Size(((value << 1) ^ (value >> 31)) >>> 0);
  split(value);
  zigzagSplit();
  return varint64Size(halves.low, halves.high);
}

/** Bytes of an int32 varint: negative values take ten bytes, as they are sign-extended to 64 bits. */
export function int32Size(value: number): number {
  return value < 0 ? 10 : varint32Size(value);
}

/** Bytes of a sint32 (zigzag) varint. */
export function sint32Size(value: number): number {
  return varint32Size(((value << 1) ^ (value >> 31)) >>> 0);
}

/** Bytes of a length-delimited field's length prefix plus its payload. */
export const delimitedSize = (payload: number): number => varint32Size(payload) + payload;

/** Room a length-delimited field can take when its payload is at most `bound` bytes. */
export const delimitedBound = (bound: number): number => varint32Size(bound) + bound;

// One scratch double for splitting a float into bytes; NaN payloads survive a Float64Array store.
