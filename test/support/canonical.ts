/**
 * A canonical plain form of decoded OTLP messages, so messages from different decoders (protobufjs class
 * instances with prototype defaults, our plain objects) compare with deepEqual: numbers and 64-bit integers
 * as the decimal string of their nearest double (how the pipeline uses them; exact nanoseconds are tested
 * on their own), bytes as hex, and default values (null, '', 0, false, empty lists) left out as proto3 does.
 */
export function canonical(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return value === 0 && !Object.is(value, -0) ? undefined : String(value);
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'boolean') return value ? true : undefined;
  if (value instanceof Uint8Array) return value.length === 0 ? undefined : Buffer.from(value).toString('hex');
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    return value.map((v) => canonical(v) ?? null);
  }
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.low === 'number' && typeof o.high === 'number' && typeof o.unsigned === 'boolean') {
      const s = String(Number(BigInt((o as { toString(): string }).toString())));
      return s === '0' ? undefined : s;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(o).sort()) {
      if (key.startsWith('$')) continue;
      const c = canonical(o[key]);
      if (c !== undefined) out[key] = c;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return undefined;
}
