/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over bounds-checked indices */
/**
 * UTF-8 strings out of protobuf bytes, with short ASCII strings interned: attribute keys and values repeat
 * across points, and one string instance per distinct value keeps later map lookups cheap.
 *
 * Invalid UTF-8 is refused, as Go's protobuf refuses it in a proto3 `string` field (the Collector's
 * decoder): read as U+FFFD, two distinct values would become one label value. ASCII, the common case,
 * needs no check beyond the scan for interning; other bytes go through a fatal decoder, which costs what
 * the lenient one did.
 */
import { WireError } from './reader.js';

const SLOTS = 8192; // direct-mapped: bounded memory, a collision just replaces the entry
const MAX_INTERNED = 48;
const table: (string | undefined)[] = new Array<string | undefined>(SLOTS);
// ignoreBOM: a leading U+FEFF is part of the value (the default decoder drops it, so "\ufeffv" read as "v").
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes `buf[start, end)` as UTF-8.
 * @throws WireError at `start` when the bytes are not valid UTF-8.
 */
export function readString(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > MAX_INTERNED) return decodeUtf8(buf, start, end);
  let hash = n;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c >= 0x80) return decodeUtf8(buf, start, end);
    hash = Math.imul(hash ^ c, 16777619);
  }
  const slot = (hash >>> 0) & (SLOTS - 1);
  const cached = table[slot];
  if (cached !== undefined && cached.length === n) {
    let same = true;
    for (let i = 0; i < n; i++) {
      if (cached.charCodeAt(i) !== buf[start + i]) {
        same = false;
        break;
      }
    }
    if (same) return cached;
  }
  const s = String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  table[slot] = s;
  return s;
}

function decodeUtf8(buf: Uint8Array, start: number, end: number): string {
  try {
    return decoder.decode(buf.subarray(start, end));
  } catch (err) {
    if (err instanceof TypeError) throw new WireError('is not valid UTF-8', start);
    throw err;
  }
}
