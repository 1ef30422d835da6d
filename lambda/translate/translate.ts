/**
 * OTLP metrics to Prometheus remote-write series: the pure middle of the pipeline. No I/O, no clock,
 * no environment; everything it needs comes in through its arguments.
 */
import { opentelemetry } from '../../proto/generated/protos.js';
import type { ExportMetricsServiceRequest, Metric, NumberDataPoint } from '../otlp/types.js';
import { commonLabels, pointLabels, type CommonLabels } from './labels.js';
import { metricName, type MetricKind } from './metric-name.js';
import { numberValue } from './number-points.js';
import type { TranslateOptions } from './options.js';
import { Rejections } from './rejections.js';
import { SeriesSet, type TimeSeries } from './series-set.js';
import { isZero64, nanosToMillis } from './values.js';

const CUMULATIVE = opentelemetry.proto.metrics.v1.AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE;

export interface TranslateResult {
  readonly series: TimeSeries[];
  /** Data points in the request (a metric without points counts as none). */
  readonly pointsIn: number;
  readonly rejections: Rejections;
}

/**
 * Translates a decoded OTLP export request.
 * @example const { series, rejections } = translate(request, DEFAULT_TRANSLATE_OPTIONS);
 */
export function translate(request: ExportMetricsServiceRequest, options: TranslateOptions): TranslateResult {
  const set = new SeriesSet();
  const rejections = new Rejections();
  let pointsIn = 0;
  const namer = { strategy: options.namingStrategy, namespace: options.namespace };

  for (const rm of request.resourceMetrics) {
    const common = commonLabels(rm.resource, options.externalLabels);
    for (const sm of rm.scopeMetrics ?? []) {
      for (const metric of sm.metrics ?? []) {
        pointsIn += pointCount(metric);
        translateMetric(metric, common, namer, set, rejections);
      }
    }
  }
  return { series: set.toArray(), pointsIn, rejections };
}

function translateMetric(
  metric: Metric,
  common: CommonLabels,
  namer: { strategy: TranslateOptions['namingStrategy']; namespace: string },
  set: SeriesSet,
  rejections: Rejections,
): void {
  const otlpName = metric.name ?? '';
  const points = pointCount(metric);
  if (points === 0) {
    rejections.add('no_data_points', otlpName, 0);
    return;
  }

  let kind: MetricKind;
  let numberPoints: NumberDataPoint[];
  if (metric.gauge) {
    kind = 'gauge';
    numberPoints = metric.gauge.dataPoints ?? [];
  } else if (metric.sum) {
    if (metric.sum.aggregationTemporality !== CUMULATIVE) {
      rejections.add('delta_temporality', otlpName, points);
      return;
    }
    kind = metric.sum.isMonotonic ? 'monotonic_counter' : 'gauge';
    numberPoints = metric.sum.dataPoints ?? [];
  } else {
    // Histograms, exponential histograms and summaries: not translated by this slice.
    rejections.add('unsupported_type', otlpName, points);
    return;
  }

  // A non-monotonic sum is named as a gauge except for the unit "1" `_ratio` rule.
  const nameKind: MetricKind = metric.sum && !metric.sum.isMonotonic ? 'non_monotonic_counter' : kind;
  const name = metricName(namer, otlpName, metric.unit ?? '', nameKind);
  if (name === '') {
    rejections.add('invalid_metric_name', otlpName, points);
    return;
  }

  for (const point of numberPoints) {
    if (isZero64(point.timeUnixNano)) {
      rejections.add('missing_timestamp', otlpName, 1);
      continue;
    }
    set.addSample(
      pointLabels(point.attributes, common, name),
      numberValue(point),
      nanosToMillis(point.timeUnixNano),
    );
  }
}

/** Number of data points a metric carries, whatever its type. */
export function pointCount(metric: Metric): number {
  return (
    metric.gauge?.dataPoints?.length ??
    metric.sum?.dataPoints?.length ??
    metric.histogram?.dataPoints?.length ??
    metric.exponentialHistogram?.dataPoints?.length ??
    metric.summary?.dataPoints?.length ??
    0
  );
}
