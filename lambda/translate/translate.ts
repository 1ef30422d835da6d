/**
 * OTLP metrics to Prometheus remote-write series: the pure middle of the pipeline. No I/O, no clock,
 * no environment; everything it needs comes in through its arguments.
 *
 * Follows the OpenTelemetry Collector's prometheusremotewrite exporter (pkg/translator/prometheusremotewrite)
 * with its default settings, and Prometheus's own OTLP translator where the Collector is silent.
 */
import type { ExportMetricsServiceRequest, Metric } from '../otlp/types.js';
import type { PrwMetricMetadata } from '../remote-write/types.js';
import type { Emit } from './emit.js';
import { addExponentialClassicPoints } from './exponential-classic.js';
import { addExponentialHistogramPoints } from './exponential-histogram.js';
import { addHistogramPoints } from './histogram-points.js';
import { pointCount } from './data-points.js';
import { PointLabeler } from './point-labeler.js';
import { MetadataSet } from './metadata.js';
import { metricName, type MetricKind, type MetricNamer } from './metric-name.js';
import { addNumberPoints } from './number-points.js';
import type { TranslateOptions } from './options.js';
import { Rejections } from './rejections.js';
import { SeriesSet, type TimeSeries } from './series-set.js';
import { addSummaryPoints } from './summary-points.js';
import { addTargetInfo, latestTimestampMs } from './target-info.js';

/** AggregationTemporality values on the wire. */
const DELTA = 1;
const CUMULATIVE = 2;

export interface TranslateResult {
  readonly series: TimeSeries[];
  /** Metadata for metadata-only write requests; empty unless `sendMetadata`. */
  readonly metadata: PrwMetricMetadata[];
  /** Data points in the request (a metric without points counts as none). */
  readonly pointsIn: number;
  readonly rejections: Rejections;
}

/**
 * Translates a decoded OTLP export request. `nowMs` is the forwarder's clock, for refusing points stamped
 * too far ahead (none are refused when it is absent). With `release`, each metric is removed from the
 * request once translated, so that its decoded points can be collected while the series grow: the
 * largest request then never holds its whole decoded form and its whole translation at once.
 * @example const { series, rejections } = translate(request, DEFAULT_TRANSLATE_OPTIONS, Date.now());
 */
export function translate(
  request: ExportMetricsServiceRequest,
  options: TranslateOptions,
  nowMs?: number,
  release = false,
): TranslateResult {
  const emit: Emit = {
    latestMs: nowMs === undefined ? Infinity : nowMs + options.maxTimestampAheadMs,
    maxLabels: options.maxLabelsPerSeries,
    set: new SeriesSet({
      maxSeries: options.maxSeries,
      maxSamples: options.maxSamples,
      maxLabelChars: options.maxLabelChars,
    }),
    rejections: new Rejections(),
    labeler: new PointLabeler({
      externalLabels: options.externalLabels,
      promoteResourceAttributes: options.promoteResourceAttributes,
      resourceToTelemetryConversion: options.resourceToTelemetryConversion,
      scopeLabels: !options.disableScopeInfo,
    }),
  };
  const namer: MetricNamer = { strategy: options.namingStrategy, namespace: options.namespace };
  const metadata = options.sendMetadata ? new MetadataSet() : undefined;
  let pointsIn = 0;

  for (const rm of request.resourceMetrics) {
    emit.labeler.setResource(rm.resource);
    let latestMs = 0;
    for (const sm of rm.scopeMetrics ?? []) {
      emit.labeler.setScope(sm.scope);
      const metrics = sm.metrics ?? [];
      for (let k = 0; k < metrics.length; k++) {
        const metric = metrics[k];
        if (metric === undefined) continue;
        if (release) (metrics as (Metric | undefined)[])[k] = undefined;
        pointsIn += pointCount(metric);
        // Every point counts for target_info, even of metrics rejected below (as in the Collector).
        if (options.targetInfoEnabled)
          latestMs = Math.max(latestMs, latestTimestampMs(metric, emit.latestMs));
        translateMetric(metric, namer, emit, metadata, options);
      }
    }
    if (options.targetInfoEnabled) {
      addTargetInfo(rm.resource, latestMs, options, emit.set);
    }
  }
  return {
    series: emit.set.toArray(),
    metadata: metadata?.toArray() ?? [],
    pointsIn,
    rejections: emit.rejections,
  };
}

function translateMetric(
  metric: Metric,
  namer: MetricNamer,
  emit: Emit,
  metadata: MetadataSet | undefined,
  options: TranslateOptions,
): void {
  const otlpName = metric.name ?? '';
  const points = pointCount(metric);

  let kind: MetricKind;
  let temporality: number | undefined;
  if (metric.gauge) {
    kind = 'gauge';
  } else if (metric.sum) {
    kind = metric.sum.isMonotonic ? 'monotonic_counter' : 'non_monotonic_counter';
    temporality = metric.sum.aggregationTemporality ?? 0;
  } else if (metric.histogram) {
    kind = 'histogram';
    temporality = metric.histogram.aggregationTemporality ?? 0;
  } else if (metric.exponentialHistogram) {
    kind = 'exponential_histogram';
    temporality = metric.exponentialHistogram.aggregationTemporality ?? 0;
  } else if (metric.summary) {
    kind = 'summary';
  } else {
    emit.rejections.add('unsupported_type', otlpName, 0);
    return;
  }

  // Cumulative only: a delta point is an increment, and Prometheus stores totals.
  if (temporality !== undefined && temporality !== CUMULATIVE) {
    emit.rejections.add(
      temporality === DELTA ? 'delta_temporality' : 'unspecified_temporality',
      otlpName,
      points,
    );
    return;
  }
  const name = otlpName === '' ? '' : metricName(namer, otlpName, metric.unit ?? '', kind);
  if (name === '') {
    emit.rejections.add('invalid_metric_name', otlpName, points);
    return;
  }
  metadata?.add(name, kind, metric.description ?? '', metric.unit ?? '');
  if (points === 0) {
    emit.rejections.add('no_data_points', otlpName, 0);
    return;
  }

  if (metric.gauge) addNumberPoints(metric.gauge.dataPoints ?? [], name, otlpName, false, emit);
  else if (metric.sum) addNumberPoints(metric.sum.dataPoints ?? [], name, otlpName, true, emit);
  else if (metric.histogram) addHistogramPoints(metric.histogram.dataPoints ?? [], name, otlpName, emit);
  else if (metric.exponentialHistogram) {
    const dataPoints = metric.exponentialHistogram.dataPoints ?? [];
    if (options.exponentialHistograms === 'classic') {
      addExponentialClassicPoints(dataPoints, name, otlpName, emit, options.classicHistogramMaxBuckets);
    } else addExponentialHistogramPoints(dataPoints, name, otlpName, emit);
  } else if (metric.summary) addSummaryPoints(metric.summary.dataPoints ?? [], name, otlpName, emit);
}
