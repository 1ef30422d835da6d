/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loop over bounds-checked indices */
/**
 * UTF-8 strings out of protobuf bytes, with short ASCII strings interned: attribute keys and values repeat
 * across points, and one string instance per distinct value keeps later map lookups cheap.
 */

const SLOTS = 8192; // direct-mapped: bounded memory, a collision just replaces the entry
const MAX_INTERNED = 48;
const table: (string | undefined)[] = new Array<string | undefined>(SLOTS);
const decoder = new TextDecoder('utf-8');

/** Decodes `buf[start, end)` as UTF-8 (invalid sequences become U+FFFD). */
export function readString(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n === 0) return '';
  if (n > MAX_INTERNED) return decoder.decode(buf.subarray(start, end));
  let hash = n;
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c >= 0x80) return decoder.decode(buf.subarray(start, end));
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
