/**
 * A minimal protobuf wire-format reader for the OTLP decoder: varints, fixed 64-bit values as two 32-bit
 * halves, doubles, and length-delimited ranges, with every length checked against the buffer.
 * Throws `WireError` on malformed input.
 */
import { tooManyValues } from '../limits.js';
import type { Int64Parts } from '../types.js';

/**
 * Malformed protobuf bytes; the message says what and where. An error with an `offset` is about the
 * field whose content holds that byte, and decodeMetricsRequest prefixes the message with that field's
 * path (see field-path.ts).
 */
export class WireError extends Error {
  override readonly name = 'WireError';
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_START_GROUP = 3;
export const WIRE_END_GROUP = 4;
export const WIRE_FIXED32 = 5;

const TWO_POW_32 = 4294967296;

/**
 * A 64-bit integer's halves, stored as signed int32 as long.js does, so the same conversions work on both.
 * Immutable: decoders hand out one instance for repeated values.
 */
export class Long64 implements Int64Parts {
  readonly low: number;
  readonly high: number;
  constructor(
    low: number,
    high: number,
    readonly unsigned: boolean,
  ) {
    this.low = low | 0;
    this.high = high | 0;
  }
  toString(): string {
    const value = (BigInt(this.high >>> 0) << 32n) | BigInt(this.low >>> 0);
    return (this.unsigned ? value : BigInt.asIntN(64, value)).toString();
  }
}

export class Reader {
  pos = 0;
  private readonly view: DataView;
  private recentA = new Long64(0, 0, true);
  private recentB = new Long64(0, 0, true);
  /** Decoded values the request may still make (limits.ts DecodeLimits); Infinity stays Infinity. */
  private valuesLeft: number;

  /** @param maxValues the request's decode budget (DecodeLimits.maxDecodedValues); none by default */
  constructor(
    readonly buf: Uint8Array,
    private readonly maxValues = Infinity,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.valuesLeft = maxValues;
  }

  /**
   * Counts `n` decoded values against the budget, before they are made. A subtraction and a compare per
   * message: the hot path stays as it was.
   * @throws PayloadTooLargeError once the request has made more than its budget
   */
  spend(n: number): void {
    if ((this.valuesLeft -= n) < 0) throw tooManyValues(this.maxValues);
  }

  /** Gives back values {@link spend} over-counted (a packed varint list counted by its bytes). */
  refund(n: number): void {
    this.valuesLeft += n;
  }

  /** A varint as a uint32: bits above 32 dropped, as protobuf does for uint32 fields sent as 10 bytes. */
  uint32(): number {
    const buf = this.buf;
    let pos = this.pos;
    let b = buf[pos++] ?? this.eof();
    let value = b & 0x7f;
    if (b >= 0x80) {
      b = buf[pos++] ?? this.eof();
      value |= (b & 0x7f) << 7;
      if (b >= 0x80) {
        b = buf[pos++] ?? this.eof();
        value |= (b & 0x7f) << 14;
        if (b >= 0x80) {
          b = buf[pos++] ?? this.eof();
          value |= (b & 0x7f) << 21;
          if (b >= 0x80) {
            b = buf[pos++] ?? this.eof();
            value = (value | ((b & 0x0f) << 28)) >>> 0;
            // A uint32 may be sent as a 10-byte varint (negative int32); the high bits are dropped.
            for (let i = 0; b >= 0x80; i++) {
              if (i === 5) throw new WireError(`varint longer than 10 bytes at offset ${this.pos}`);
              b = buf[pos++] ?? this.eof();
            }
          }
        }
      }
    }
    this.pos = pos;
    return value >>> 0;
  }

  /**
   * A field's tag. Unlike a uint32 value, a tag may not lose bits: one of 2^32 or more (a sixth byte, or
   * high bits in the fifth) is refused, as protobufjs and Go do, rather than read as a smaller tag.
   */
  tag(): number {
    const first = this.buf[this.pos];
    if (first !== undefined && first < 0x80) {
      this.pos++; // one byte: every OTLP field number is below 16
      return first;
    }
    const start = this.pos;
    const t = this.uint32();
    const bytes = this.pos - start;
    if (bytes > 4 && (bytes > 5 || (this.buf[this.pos - 1] ?? 0) > 0x0f)) {
      throw new WireError(`tag at offset ${start} is 2^32 or more`);
    }
    return t;
  }

  /** A length prefix, checked to fit in the rest of the buffer. */
  length(): number {
    const start = this.pos;
    const n = this.uint32();
    // uint32() drops the bits above 32 (right for an int32 sent as a 10-byte varint); a length must not
    // lose any, or a huge claimed length would read as a small one. Lengths are below 2^31, as protobufjs
    // requires: at most 5 bytes, the fifth at most 7.
    const bytes = this.pos - start;
    if (bytes > 5 || (bytes === 5 && (this.buf[this.pos - 1] ?? 0) > 7)) {
      throw new WireError(`length at offset ${start} is 2^31 or more`);
    }
    if (n > this.buf.length - this.pos) {
      throw new WireError(`length ${n} at offset ${start} runs past the end of the message`);
    }
    return n;
  }

  /** A varint as a 64-bit value; small non-negative values come back as numbers. */
  int64(unsigned: boolean): number | Int64Parts {
    const buf = this.buf;
    let low = 0;
    let high = 0;
    let shift = 0;
    let b: number;
    let i = 0;
    do {
      b = buf[this.pos++] ?? this.eof();
      if (i < 4) low |= (b & 0x7f) << shift;
      else if (i === 4) {
        low |= (b & 0x0f) << 28;
        high |= (b & 0x7f) >> 4;
      } else high |= (b & 0x7f) << (shift - 32);
      shift += 7;
      if (++i > 10) throw new WireError(`varint longer than 10 bytes at offset ${this.pos}`);
    } while (b >= 0x80);
    low >>>= 0;
    high >>>= 0;
    if (high < 0x200000) return high * TWO_POW_32 + low; // < 2^53: exact as a number
    return new Long64(low, high, unsigned);
  }

  /** A varint read as a JavaScript number (bools, enums, flags, small counts). */
  varintNumber(): number {
    const v = this.int64(true);
    return typeof v === 'number' ? v : (v.high >>> 0) * TWO_POW_32 + (v.low >>> 0);
  }

  /** A zigzag-encoded sint32. */
  sint32(): number {
    const n = this.uint32();
    return (n >>> 1) ^ -(n & 1);
  }

  /**
   * A fixed64 as its halves (timestamps: nanoseconds since 1970 exceed 2^53). The points of a request
   * mostly share their start time and often their time: the last two values read are handed out again
   * (they are immutable), which saves an object per timestamp.
   */
  fixed64Parts(unsigned: boolean): Int64Parts {
    this.need(8);
    const low = this.view.getInt32(this.pos, true);
    const high = this.view.getInt32(this.pos + 4, true);
    this.pos += 8;
    const a = this.recentA;
    if (a.low === low && a.high === high && a.unsigned === unsigned) return a;
    const b = this.recentB;
    if (b.low === low && b.high === high && b.unsigned === unsigned) return b;
    const parts = new Long64(low, high, unsigned);
    this.recentB = a;
    this.recentA = parts;
    return parts;
  }

  /** A fixed64/sfixed64 as the nearest double (counts, integer values), as Go's float64(x). */
  fixed64Number(signed: boolean): number {
    this.need(8);
    const low = this.view.getUint32(this.pos, true);
    const high = signed ? this.view.getInt32(this.pos + 4, true) : this.view.getUint32(this.pos + 4, true);
    this.pos += 8;
    return high * TWO_POW_32 + low;
  }

  double(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /**
   * Skips the field a tag starts (unknown fields are ignored, per proto3). Refused as protobuf parsers
   * must: field number 0 (a corrupt or zero-filled body), a group closed by another field's end tag, a
   * stray end tag, wire types 6 and 7.
   */
  skipField(tag: number, depth = 0): void {
    const field = tag >>> 3;
    if (field === 0) throw new WireError(`illegal field number 0 at offset ${this.pos}`);
    switch (tag & 7) {
      case WIRE_VARINT:
        this.int64(true);
        return;
      case WIRE_FIXED64:
        this.need(8);
        this.pos += 8;
        return;
      case WIRE_LEN: {
        // Not `this.pos += this.length()`: that reads pos before length() moves it past the prefix.
        const n = this.length();
        this.pos += n;
        return;
      }
      case WIRE_FIXED32:
        this.need(4);
        this.pos += 4;
        return;
      case WIRE_START_GROUP:
        if (depth > 32) throw new WireError('groups nested too deeply');
        for (;;) {
          const inner = this.tag();
          if ((inner & 7) === WIRE_END_GROUP) {
            if (inner >>> 3 === field) return;
            throw new WireError(
              `group ${field} closed by end tag of field ${inner >>> 3} at offset ${this.pos}`,
            );
          }
          this.skipField(inner, depth + 1);
        }
      default:
        throw new WireError(`invalid wire type ${tag & 7} at offset ${this.pos}`);
    }
  }

  private need(n: number): void {
    if (this.pos + n > this.buf.length) this.eof();
  }

  private eof(): never {
    throw new WireError(`message truncated at offset ${this.pos}`);
  }
}
