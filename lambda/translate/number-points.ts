/** Gauge and Sum data points to float samples. */
import type { NumberDataPoint } from '../otlp/types.js';
import { hasNoRecordedValue, int64ToNumber, STALE_NAN } from './values.js';

/** The sample value of a number point: the stale marker when flagged NoRecordedValue. */
export function numberValue(point: NumberDataPoint): number {
  if (hasNoRecordedValue(point.flags)) return STALE_NAN;
  if (point.asDouble != null) return point.asDouble;
  if (point.asInt != null) return int64ToNumber(point.asInt);
  return 0;
}
