/**
 * UTF-8 sizes for the WriteRequest encoder (WireWriter.string writes the bytes). Prometheus rejects a
 * request with invalid UTF-8 in any string, so a lone UTF-16 surrogate (which JavaScript strings may hold)
 * is written as U+FFFD, as TextEncoder and Buffer write it; protobufjs writes invalid bytes.
 */

/** Whether a UTF-16 unit is the second half of a surrogate pair. */
export const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * UTF-8 bytes of a string as WireWriter.string writes it: a lone surrogate becomes U+FFFD (three bytes).
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
