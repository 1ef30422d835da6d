/**
 * UTF-8 for the WriteRequest encoder: the bytes a string takes, and writing them into a buffer. Prometheus
 * rejects a request with invalid UTF-8 in any string, so a lone UTF-16 surrogate (which JavaScript strings
 * may hold) is written as U+FFFD, as TextEncoder and Buffer write it; protobufjs writes invalid bytes.
 */

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * UTF-8 bytes of a string as {@link writeUtf8} writes it: a lone surrogate becomes U+FFFD (three bytes).
 * Every UTF-16 unit takes at most three bytes.
 */
export function utf8Size(s: string): number {
  const n = s.length;
  let size = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) size += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n && isLowSurrogate(s.charCodeAt(i + 1))) {
      size += 2; // a pair: two UTF-16 units, four bytes
      i++;
    } else size += 2;
  }
  return size;
}

/** Room a string's bytes can take: three per UTF-16 unit (a pair's four bytes are two units). */
export const stringBound = (s: string): number => 3 * s.length;

/**
 * Writes a string's UTF-8 bytes into `buf` at `pos`, which has room for {@link stringBound} bytes.
 * @returns the position after the last byte written.
 */
export function writeUtf8(buf: Uint8Array, pos: number, s: string): number {
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
  return pos;
}
