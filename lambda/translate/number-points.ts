/** Gauge and Sum data points to float samples (the Collector's addGauge/addSumNumberDataPoints). */
import type { NumberDataPoint } from '../otlp/types.js';
import type { Emit } from './emit.js';
import { toPromExemplar } from './exemplars.js';
import { seriesLabels } from './labels.js';
import { hasNoRecordedValue, int64ToNumber, isZero64, nanosToMillis, STALE_NAN } from './values.js';

/** The sample value of a number point: the stale marker when flagged NoRecordedValue. */
export function numberValue(point: NumberDataPoint): number {
  if (hasNoRecordedValue(point.flags)) return STALE_NAN;
  if (point.asDouble != null) return point.asDouble;
  if (point.asInt != null) return int64ToNumber(point.asInt);
  return 0;
}

/**
 * Adds one sample per point to the series named `name`. Exemplars are kept for sums only: the Collector
 * drops gauge exemplars.
 */
export function addNumberPoints(
  points: readonly NumberDataPoint[],
  name: string,
  metric: string,
  withExemplars: boolean,
  emit: Emit,
): void {
  for (const point of points) {
    if (isZero64(point.timeUnixNano)) {
      emit.rejections.add('missing_timestamp', metric, 1);
      continue;
    }
    const base = emit.labeler.base(point.attributes);
    if (base === undefined) {
      emit.rejections.add('invalid_label_name', metric, 1);
      continue;
    }
    const series = emit.set.series(seriesLabels(base, name));
    series.samples.push({ value: numberValue(point), timestamp: nanosToMillis(point.timeUnixNano) });
    if (withExemplars && point.exemplars && point.exemplars.length > 0) {
      for (const e of point.exemplars) series.exemplars.push(toPromExemplar(e));
    }
  }
}
