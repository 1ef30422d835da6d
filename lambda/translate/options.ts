/** Translation options, named after the Collector's `prometheusremotewrite` exporter settings. */
import type { NamingStrategy } from './metric-name.js';

/** How exponential histograms are written: as native histograms, or as classic `le` bucket series. */
export type ExponentialHistogramMode = 'native' | 'classic';

export interface TranslateOptions {
  /**
   * Metric naming (`translation_strategy`; `add_metric_suffixes: true` is `UnderscoreEscapingWithSuffixes`).
   * @default 'UnderscoreEscapingWithSuffixes'
   */
  readonly namingStrategy: NamingStrategy;
  /** `namespace`: prefix for every metric name. @default '' */
  readonly namespace: string;
  /** `external_labels`: added to every series where the label is absent. Names already sanitised. */
  readonly externalLabels: Readonly<Record<string, string>>;
  /** `target_info.enabled`: one target_info series per resource. @default true */
  readonly targetInfoEnabled: boolean;
  /** `disable_scope_info`: no otel_scope_* labels. @default false */
  readonly disableScopeInfo: boolean;
  /** `resource_to_telemetry_conversion.enabled`: every resource attribute on every series. @default false */
  readonly resourceToTelemetryConversion: boolean;
  /** Prometheus's `promote_resource_attributes`: these resource attributes on every series. @default [] */
  readonly promoteResourceAttributes: readonly string[];
  /** `send_metadata`: return metric metadata for metadata-only write requests. @default false */
  readonly sendMetadata: boolean;
  /**
   * Points stamped more than this ahead of the forwarder's clock are refused (MAX_TIMESTAMP_AHEAD_MS),
   * as Cortex and Mimir refuse them (`creation_grace_period`, 10 m). Applies when translate() is given
   * the time.
   * @default 600_000
   */
  readonly maxTimestampAheadMs: number;
  /**
   * Labels a series may carry, `__name__` included (MAX_LABELS_PER_SERIES); a point whose series would
   * carry more is refused. Infinity for no limit.
   * @default Infinity
   */
  readonly maxLabelsPerSeries: number;
  /**
   * Series and samples (float samples plus native histograms) one request may translate to; beyond
   * either the request is refused with 413 before anything is sent. They bound the memory of what a few
   * bytes can expand to (a histogram bucket is one byte on the wire and one series here).
   * @default Infinity
   */
  readonly maxSeries: number;
  /** @default Infinity */
  readonly maxSamples: number;
  /** Characters of label names and values over all series of one request. @default Infinity */
  readonly maxLabelChars: number;
  /**
   * EXPONENTIAL_HISTOGRAMS: `native` histograms, or `classic` `_bucket`/`_sum`/`_count` series for
   * destinations that do not store native histograms (VictoriaMetrics drops them with a 204).
   * @default 'native'
   */
  readonly exponentialHistograms: ExponentialHistogramMode;
  /**
   * CLASSIC_HISTOGRAM_MAX_BUCKETS: in classic mode, the most `le` buckets (besides `+Inf`) a point is
   * written with; finer points are merged down scale by scale until they fit (5 to 160).
   * @default 40
   */
  readonly classicHistogramMaxBuckets: number;
}

export const DEFAULT_TRANSLATE_OPTIONS: TranslateOptions = {
  namingStrategy: 'UnderscoreEscapingWithSuffixes',
  namespace: '',
  externalLabels: {},
  targetInfoEnabled: true,
  disableScopeInfo: false,
  resourceToTelemetryConversion: false,
  promoteResourceAttributes: [],
  sendMetadata: false,
  maxTimestampAheadMs: 600_000,
  maxLabelsPerSeries: Infinity,
  maxSeries: Infinity,
  maxSamples: Infinity,
  maxLabelChars: Infinity,
  exponentialHistograms: 'native',
  classicHistogramMaxBuckets: 40,
};
