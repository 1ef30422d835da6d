/** Gauge and Sum data points to float samples (the Collector's addGauge/addSumNumberDataPoints). */
import type { NumberDataPoint } from '../otlp/types.js';
import { endPoint, pointBase, type Emit } from './emit.js';
import { toPromExemplar } from './exemplars.js';
import { hasNoRecordedValue, int64ToNumber, nanosToMillis, STALE_NAN } from './values.js';

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
  const nameLabel = emit.labeler.table.get('__name__', name);
  for (const point of points) {
    const base = pointBase(point, metric, emit, 1);
    if (base === undefined) continue;
    const sample = { value: numberValue(point), timestamp: nanosToMillis(point.timeUnixNano) };
    emit.set.beginPoint();
    const series = emit.set.addSample(base, nameLabel, sample);
    if (!endPoint(emit, metric)) continue;
    if (withExemplars && point.exemplars && point.exemplars.length > 0) {
      for (const e of point.exemplars) emit.set.addExemplar(series, toPromExemplar(e));
    }
  }
}
