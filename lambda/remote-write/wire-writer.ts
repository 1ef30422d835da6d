/* eslint-disable @typescript-eslint/no-non-null-assertion -- fixed-size scratch indices */
/**
 * Protobuf wire-format primitives for the WriteRequest encoder: byte sizes, and writes into one growing
 * buffer, with length prefixes reserved before a message and filled in after it (see
 * {@link WireWriter.beginDelimited}).
 *
 * Sizes and 64-bit halves: wire-sizes.ts; UTF-8 sizes: utf8.ts.
 */
import { isLowSurrogate, stringBound } from './utf8.js';
import { halves, split, TWO_POW_32, varint32Size, zigzagSplit, type Int64Like } from './wire-sizes.js';

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
    this.varint64(halves.low, halves.high);
  }

  /** A sint64 (zigzag) varint. */
  sint64(value: Int64Like): void {
    if (typeof value === 'number' && value === (value | 0)) {
      this.uint32(((value << 1) ^ (value >> 31)) >>> 0);
      return;
    }
    split(value);
    zigzagSplit();
    this.varint64(halves.low, halves.high);
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
