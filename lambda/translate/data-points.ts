/** The data points of a metric, whatever its type. */
import type {
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
  Metric,
  NumberDataPoint,
  SummaryDataPoint,
} from '../otlp/types.js';

/** A data point of any metric type. */
export type AnyDataPoint =
  NumberDataPoint | HistogramDataPoint | ExponentialHistogramDataPoint | SummaryDataPoint;

const NO_POINTS: readonly AnyDataPoint[] = [];

/**
 * Every data point of a metric whatever its type: those of the first of gauge, sum, histogram,
 * exponential histogram and summary that holds a list of points; none for a metric of no known type.
 */
export function dataPointsOf(metric: Metric): readonly AnyDataPoint[] {
  return (
    metric.gauge?.dataPoints ??
    metric.sum?.dataPoints ??
    metric.histogram?.dataPoints ??
    metric.exponentialHistogram?.dataPoints ??
    metric.summary?.dataPoints ??
    NO_POINTS
  );
}

/** Number of data points a metric carries, whatever its type. */
export function pointCount(metric: Metric): number {
  return dataPointsOf(metric).length;
}
