/* eslint-disable @typescript-eslint/no-non-null-assertion -- fixed-size scratch indices */
/**
 * Protobuf wire-format primitives for the WriteRequest encoder: byte sizes, and writes into one growing
 * buffer, with length prefixes reserved before a message and filled in after it (see
 * {@link WireWriter.beginDelimited}).
 *
 * 64-bit integers arrive as numbers (exact up to 2^53) or as `{ low, high }` halves (long.js, our wire
 * decoder, the stale-NaN histogram count); both are reduced to two unsigned 32-bit halves, as protobufjs
 * does, so negative values become ten-byte two's complement varints. UTF-8 sizes: utf8.ts.
 */
import type { PrwInt64 } from './types.js';
import { isLowSurrogate, stringBound } from './utf8.js';

const TWO_POW_32 = 4294967296;

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

// Scratch for splitting a 64-bit value into halves without allocating; read right after each split.
let splitLow = 0;
let splitHigh = 0;

/**
 * Splits a 64-bit value into unsigned halves (two's complement for negatives), as protobufjs's
 * LongBits.fromNumber and LongBits.from do: fractions are truncated, halves are taken as they are.
 */
function split(value: Int64Like): void {
  if (value === null || value === undefined) {
    splitLow = 0;
    splitHigh = 0;
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
    splitLow = low;
    splitHigh = high;
  } else {
    splitLow = value.low >>> 0;
    splitHigh = value.high >>> 0;
  }
}

/** Zigzag of the last split value (sint64): sign spread over the low bit. */
function zigzagSplit(): void {
  const mask = splitHigh >> 31;
  splitHigh = (((splitHigh << 1) | (splitLow >>> 31)) ^ mask) >>> 0;
  splitLow = ((splitLow << 1) ^ mask) >>> 0;
}

/** Bytes of an int64/uint64 varint. */
export function int64Size(value: Int64Like): number {
  if (typeof value === 'number' && value >= 0 && value < TWO_POW_32) return varint32Size(value >>> 0);
  split(value);
  return varint64Size(splitLow, splitHigh);
}

/** Bytes of a sint64 (zigzag) varint. */
export function sint64Size(value: Int64Like): number {
  if (typeof value === 'number' && value === (value | 0))
    return varint32Size(((value << 1) ^ (value >> 31)) >>> 0);
  split(value);
  zigzagSplit();
  return varint64Size(splitLow, splitHigh);
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
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

/**
 * Writes protobuf fields front to back into one buffer. Callers reserve room with {@link ensure} before a
 * message (from an upper bound of its size) so that the writes themselves never check capacity.
 */
export class WireWriter {
  pos = 0;
  buf: Uint8Array;

  constructor(capacity: number) {
    this.buf = Buffer.allocUnsafe(Math.max(capacity, 64));
  }

  /**
   * Makes room for `bytes` more bytes. A short buffer grows to at least twice its size, or to
   * `expectedTotal` when the caller can estimate the final size (fewer copies of what is written).
   */
  ensure(bytes: number, expectedTotal = 0): void {
    if (this.pos + bytes <= this.buf.length) return;
    const capacity = Math.max(this.buf.length * 2, this.pos + bytes, expectedTotal);
    const grown = Buffer.allocUnsafe(capacity);
    grown.set(this.buf.subarray(0, this.pos));
    this.buf = grown;
  }

  /** The bytes written so far (every one of them written; the rest of the buffer is not exposed). */
  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /**
   * Starts a length-delimited payload of at most `bound` bytes: reserves the bytes its length prefix can
   * take, so the payload is written once, in place, before its exact size is known. Measuring every
   * string first would read each one twice; label strings are most of a WriteRequest's bytes.
   * @returns the payload's start, for {@link endDelimited}.
   */
  beginDelimited(bound: number): number {
    this.pos += varint32Size(bound);
    return this.pos;
  }

  /**
   * Writes the length prefix of the payload begun at `start` with the same `bound`. When the exact size
   * needs a shorter prefix than reserved, the payload moves back (a memmove) so that the bytes are the
   * canonical encoding. A small payload (bound under 128) never moves.
   * @returns where the payload starts now.
   */
  endDelimited(start: number, bound: number): number {
    const size = this.pos - start;
    const reserved = varint32Size(bound);
    const needed = varint32Size(size);
    if (needed > reserved) throw new Error(`payload of ${size} bytes overran its bound of ${bound}`);
    let at = start - reserved;
    if (needed < reserved) {
      this.buf.copyWithin(at + needed, start, this.pos);
      this.pos -= reserved - needed;
    }
    const moved = at + needed;
    const buf = this.buf;
    let value = size;
    while (value > 0x7f) {
      buf[at++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    buf[at] = value;
    return moved;
  }

  /** A string's UTF-8 bytes with their length prefix. */
  delimitedString(s: string): void {
    const bound = stringBound(s);
    const start = this.beginDelimited(bound);
    this.string(s);
    this.endDelimited(start, bound);
  }

  /** An unsigned 32-bit varint (tags, lengths). */
  uint32(value: number): void {
    const buf = this.buf;
    let pos = this.pos;
    while (value > 0x7f) {
      buf[pos++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    buf[pos++] = value;
    this.pos = pos;
  }

  /** A varint from unsigned halves. */
  private varint64(low: number, high: number): void {
    const buf = this.buf;
    let pos = this.pos;
    while (high !== 0) {
      buf[pos++] = (low & 0x7f) | 0x80;
      low = ((low >>> 7) | (high << 25)) >>> 0;
      high >>>= 7;
    }
    while (low > 0x7f) {
      buf[pos++] = (low & 0x7f) | 0x80;
      low >>>= 7;
    }
    buf[pos++] = low;
    this.pos = pos;
  }

  /** An int64 or uint64 varint. */
  int64(value: Int64Like): void {
    if (typeof value === 'number' && value >= 0 && value < TWO_POW_32) {
      this.uint32(value >>> 0);
      return;
    }
    split(value);
    this.varint64(splitLow, splitHigh);
  }

  /** A sint64 (zigzag) varint. */
  sint64(value: Int64Like): void {
    if (typeof value === 'number' && value === (value | 0)) {
      this.uint32(((value << 1) ^ (value >> 31)) >>> 0);
      return;
    }
    split(value);
    zigzagSplit();
    this.varint64(splitLow, splitHigh);
  }

  /** An int32 varint (negative values sign-extended to ten bytes). */
  int32(value: number): void {
    if (value < 0) this.int64(value);
    else this.uint32(value);
  }

  /** A sint32 (zigzag) varint. */
  sint32(value: number): void {
    this.uint32(((value << 1) ^ (value >> 31)) >>> 0);
  }

  /** A little-endian IEEE 754 double, NaN payloads (the stale marker) kept bit for bit. */
  double(value: number): void {
    f64[0] = value;
    const b = f64Bytes;
    const buf = this.buf;
    const pos = this.pos;
    buf[pos] = b[0]!;
    buf[pos + 1] = b[1]!;
    buf[pos + 2] = b[2]!;
    buf[pos + 3] = b[3]!;
    buf[pos + 4] = b[4]!;
    buf[pos + 5] = b[5]!;
    buf[pos + 6] = b[6]!;
    buf[pos + 7] = b[7]!;
    this.pos = pos + 8;
  }

  /**
   * A string's UTF-8 bytes, without a length prefix, as utf8.ts's utf8Size counts them (room for
   * {@link stringBound} reserved). The loop stays in this method: as a function of its own in utf8.ts,
   * a call per string that V8 did not inline, it cost the encoder 1% more instructions.
   */
  string(s: string): void {
    const buf = this.buf;
    let pos = this.pos;
    const n = s.length;
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        buf[pos++] = c;
      } else if (c < 0x800) {
        buf[pos++] = 0xc0 | (c >> 6);
        buf[pos++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && isLowSurrogate(d)) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          buf[pos++] = 0xf0 | (c >> 18);
          buf[pos++] = 0x80 | ((c >> 12) & 0x3f);
          buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
          buf[pos++] = 0x80 | (c & 0x3f);
        } else {
          // A lone surrogate is not UTF-8; U+FFFD keeps the request valid for Prometheus.
          buf[pos++] = 0xef;
          buf[pos++] = 0xbf;
          buf[pos++] = 0xbd;
        }
      } else {
        buf[pos++] = 0xe0 | (c >> 12);
        buf[pos++] = 0x80 | ((c >> 6) & 0x3f);
        buf[pos++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = pos;
  }
}
