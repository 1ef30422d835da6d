/**
 * The JSON form of a translation result in test/fixtures/prw: labels as objects, samples as
 * [timestamp, value] pairs, and the floats JSON cannot hold as strings ("NaN", "StaleNaN", "+Inf").
 */
import type { PrwHistogram } from '../../lambda/remote-write/types.js';
import type { TranslateResult } from '../../lambda/translate/translate.js';
import { isStaleNaN } from '../support/stale-nan.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A float as JSON: finite numbers as they are, the others by name. */
export function goldenNumber(v: number | null | undefined): number | string {
  if (v === null || v === undefined) return 0;
  if (isStaleNaN(v)) return 'StaleNaN';
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return v;
}

/** A 64-bit integer as JSON: a number when exact, else its decimal string. */
function int64(v: unknown): number | string {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return 0;
  return (v as { toString(): string }).toString();
}

const labelObject = (
  labels: readonly { name?: string | null; value?: string | null }[],
): Record<string, string> => Object.fromEntries(labels.map((l) => [l.name ?? '', l.value ?? '']));

function histogram(h: PrwHistogram): Json {
  const spans = (s: PrwHistogram['positiveSpans']): Json =>
    (s ?? []).map((x) => [x.offset ?? 0, x.length ?? 0]);
  return {
    timestamp: int64(h.timestamp),
    count: int64(h.countInt),
    sum: goldenNumber(h.sum),
    schema: h.schema ?? 0,
    zeroThreshold: h.zeroThreshold ?? 0,
    zeroCount: int64(h.zeroCountInt),
    positiveSpans: spans(h.positiveSpans),
    positiveDeltas: (h.positiveDeltas ?? []).map(int64),
    negativeSpans: spans(h.negativeSpans),
    negativeDeltas: (h.negativeDeltas ?? []).map(int64),
    resetHint: h.resetHint ?? 0,
  };
}

/** The golden JSON of a translation result. */
export function toGolden(result: TranslateResult): Json {
  const series: Json[] = result.series.map((s) => {
    const out: Record<string, Json> = { labels: labelObject(s.labels) };
    if (s.samples.length > 0) out.samples = s.samples.map((x) => [int64(x.timestamp), goldenNumber(x.value)]);
    if (s.histograms.length > 0) out.histograms = s.histograms.map(histogram);
    if (s.exemplars.length > 0) {
      out.exemplars = s.exemplars.map((e) => ({
        labels: labelObject(e.labels ?? []),
        value: goldenNumber(e.value),
        timestamp: int64(e.timestamp),
      }));
    }
    return out;
  });
  const golden: Record<string, Json> = { series };
  if (result.metadata.length > 0) {
    golden.metadata = result.metadata.map((m) => ({
      type: m.type ?? 0,
      metricFamilyName: m.metricFamilyName ?? '',
      help: m.help ?? '',
      unit: m.unit ?? '',
    }));
  }
  golden.pointsIn = result.pointsIn;
  golden.rejectedPoints = result.rejections.count;
  const message = result.rejections.message();
  if (message !== '') golden.errorMessage = message;
  return golden;
}
