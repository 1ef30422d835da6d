/**
 * OTLP exemplars to remote-write exemplars, as the Collector's getPromExemplars: `trace_id` and `span_id`
 * labels in lowercase hex, plus the filtered attributes when all labels together stay within the
 * OpenMetrics limit of 128 runes.
 */
import type { OtlpExemplar } from '../otlp/types.js';
import type { PrwExemplar } from '../remote-write/types.js';
import type { Label } from './label-table.js';
import { anyValueToString, int64ToNumber, nanosToMillis, runeCount } from './values.js';

/** OpenMetrics: the combined length of an exemplar's label names and values, in runes. */
const MAX_EXEMPLAR_RUNES = 128;

/** All-zero ids are "empty" in pdata and produce no label. */
function hexId(id: Uint8Array | null | undefined): string {
  if (!id || id.length === 0) return '';
  let zero = true;
  for (const b of id) {
    if (b !== 0) {
      zero = false;
      break;
    }
  }
  return zero ? '' : Buffer.from(id.buffer, id.byteOffset, id.byteLength).toString('hex');
}

/** One remote-write exemplar for an OTLP exemplar. */
export function toPromExemplar(exemplar: OtlpExemplar): PrwExemplar {
  const labels: Label[] = [];
  let runes = 0;
  const traceId = hexId(exemplar.traceId);
  if (traceId !== '') {
    labels.push({ name: 'trace_id', value: traceId });
    runes += 8 + traceId.length;
  }
  const spanId = hexId(exemplar.spanId);
  if (spanId !== '') {
    labels.push({ name: 'span_id', value: spanId });
    runes += 7 + spanId.length;
  }
  const attributes = exemplar.filteredAttributes ?? [];
  if (attributes.length > 0) {
    const extra: Label[] = [];
    for (const kv of attributes) {
      // The Collector does not sanitise exemplar attribute keys.
      const name = kv.key ?? '';
      const value = anyValueToString(kv.value);
      runes += runeCount(name) + runeCount(value);
      extra.push({ name, value });
    }
    if (runes <= MAX_EXEMPLAR_RUNES) for (const l of extra) labels.push(l);
  }
  const value = exemplar.asDouble != null ? exemplar.asDouble : int64ToNumber(exemplar.asInt);
  return { labels, value, timestamp: nanosToMillis(exemplar.timeUnixNano) };
}
