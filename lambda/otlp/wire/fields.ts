/**
 * Field-level helpers of the OTLP wire decoder: tags, sub-message bounds, strings, bytes, packed lists.
 */
import type { Reader } from './reader.js';
import { WireError, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from './reader.js';
import { readString } from './strings.js';
import { BYTES_VALUE, NUMBER_VALUE } from '../limits.js';

export const LEN = (field: number): number => (field << 3) | WIRE_LEN;

export const VARINT = (field: number): number => (field << 3) | WIRE_VARINT;

export const FIXED64 = (field: number): number => (field << 3) | WIRE_FIXED64;

/** The end offset of a length-delimited field starting at the reader's position. */
export function sub(r: Reader): number {
  const n = r.length();
  return r.pos + n;
}

export function string(r: Reader): string {
  const end = sub(r);
  const s = readString(r.buf, r.pos, end);
  r.pos = end;
  return s;
}

/** A bytes field, copied out of the body. */
export function bytesField(r: Reader): Uint8Array {
  r.spend(BYTES_VALUE);
  const end = sub(r);
  const b = r.buf.slice(r.pos, end);
  r.pos = end;
  return b;
}

/**
 * A trace or span id: empty, or exactly `size` bytes. The Collector's pdata refuses any other length
 * ("invalid length for TraceID"), so a truncated id is not written as a shorter trace_id label.
 * @throws WireError at the id's bytes otherwise.
 */
export function idField(r: Reader, size: number): Uint8Array {
  r.spend(BYTES_VALUE);
  const n = r.length();
  if (n !== 0 && n !== size) {
    throw new WireError(`is ${n} byte${n === 1 ? '' : 's'}; expected ${size} or none`, r.pos);
  }
  const b = r.buf.slice(r.pos, r.pos + n);
  r.pos += n;
  return b;
}

export function done(r: Reader, end: number, what: string): void {
  if (r.pos !== end) throw new WireError(`${what} overruns its enclosing message at offset ${r.pos}`);
}

/** The empty list of absent repeated fields, shared. */
export const NONE: never[] = Object.freeze([]) as never[];

/** A list collected while decoding, copied to its exact length (a pushed-to array keeps room for 16). */
export const exact = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list.slice());

export function packedFixed64(r: Reader, end: number, out: number[]): void {
  if ((end - r.pos) % 8 !== 0)
    throw new WireError(`packed fixed64 field of ${end - r.pos} bytes at offset ${r.pos}`);
  r.spend(((end - r.pos) / 8) * NUMBER_VALUE);
  while (r.pos < end) out.push(r.fixed64Number(false));
}

export function packedDouble(r: Reader, end: number, out: number[]): void {
  if ((end - r.pos) % 8 !== 0)
    throw new WireError(`packed double field of ${end - r.pos} bytes at offset ${r.pos}`);
  r.spend(((end - r.pos) / 8) * NUMBER_VALUE);
  while (r.pos < end) out.push(r.double());
}
