/**
 * The golden cases: the rule each one pins, the options it runs with, and for facts taken from the
 * reference implementations' own test tables, where. Abbreviations: OT = prometheus/otlptranslator,
 * PRW = prometheus storage/remote/otlptranslator/prometheusremotewrite, COL = collector-contrib
 * pkg/translator/prometheusremotewrite (and exporter/prometheusremotewriteexporter).
 */
import type { TranslateOptions } from '../../lambda/translate/options.js';

export interface GoldenCase {
  readonly rule: string;
  readonly options?: Partial<TranslateOptions>;
}

const RICH_EXTERNAL = { externalLabels: { cluster: 'c1', region: 'eu-west-1' } };

export const CASES: Readonly<Record<string, GoldenCase>> = {
  // Names (OT metric_namer.go normalizeName, unit_namer.go tables).
  'name-histogram-seconds': { rule: 'unit s appends _seconds (OT example http.server.duration)' },
  'name-gauge-bytes': { rule: 'unit By appends _bytes (OT test system.filesystem.usage)' },
  'name-per-second': {
    rule: 'By/s → _bytes_per_second, 1/s → _per_second, m/s → _meters_per_second (OT table)',
  },
  'name-ratio-gauge': {
    rule: 'unit 1 on a gauge: every ratio token moved to one trailing _ratio; not on counters (OT table)',
  },
  'name-annotation-units': {
    rule: 'a unit part with {…} contributes nothing: {custom}, By/{custom} (OT table)',
  },
  'name-percent': { rule: '% → _percent' },
  'name-counter-total': { rule: 'monotonic sum: every total token removed, one _total appended (OT table)' },
  'name-leading-digit': {
    rule: 'a name starting with a digit gets a _ prefix (OT table 123metric → _123metric)',
  },
  'name-namespace-leading-digit': {
    rule: 'namespace prefix hides a leading digit (OT table app_123_requests_total)',
    options: { namespace: 'app' },
  },
  'name-unit-table': { rule: 'every main unit of the OT unit map, incl. KiBy → kibibytes, TiBy → tibibytes' },
  'name-per-unit-table': { rule: 'every per unit of the OT per-unit map; unknown per units pass through' },
  'name-unknown-units': {
    rule: 'unknown units are cleaned and appended; underscore runs collapse (OT table)',
  },
  'name-special-chars': {
    rule: 'characters outside [a-zA-Z0-9:] split tokens; runs collapse (OT metric@@##$$name)',
  },
  'name-unit-already-in-name': { rule: 'a unit token already in the name is not appended again (OT table)' },
  'name-non-monotonic-unit-1': { rule: 'non-monotonic sum with unit 1: neither _ratio nor _total' },
  'name-without-suffixes': {
    rule: 'UnderscoreEscapingWithoutSuffixes: no unit/type suffixes, underscores kept, _ for leading digit',
    options: { namingStrategy: 'UnderscoreEscapingWithoutSuffixes' },
  },
  'name-namespace': {
    rule: 'namespace prefix with suffixes (OT table app_requests_per_second_total)',
    options: { namespace: 'app' },
  },
  'name-namespace-without-suffixes': {
    rule: 'namespace sanitised in the suffix-less strategy (OT table test@namespace!!?? → test_namespace_metric)',
    options: { namingStrategy: 'UnderscoreEscapingWithoutSuffixes', namespace: 'test@namespace!!??' },
  },
  'name-invalid-rejected': {
    rule: 'a name with no valid characters, or empty, is rejected in partial_success',
  },

  // Labels (OT label_namer.go with Prometheus's defaults; COL createAttributes).
  'labels-sanitize-table': {
    rule: 'label sanitising table (OT label_namer_test, PRW normalize_label_test, COL README: 2 cents, _name, __name)',
  },
  'labels-invalid-key-rejected': {
    rule: 'a key with no valid label name (ようこそ, empty, __) rejects its point',
  },
  'labels-collision-join': {
    rule: 'keys colliding after sanitising: values joined with ; in original-key order',
  },
  'labels-collision-same-value': { rule: 'colliding keys with equal values are not joined (COL #36928)' },
  'labels-name-attribute-ignored': { rule: 'a __name__ attribute never overrides the metric name' },
  'labels-job-instance-override': {
    rule: 'job = namespace/name and instance = service.instance.id override attributes',
  },
  'labels-job-without-namespace': {
    rule: 'job = service.name without a namespace; no instance without its attribute',
  },
  'labels-no-service': { rule: 'no service attributes: no job/instance from the resource; point job kept' },
  'labels-external': {
    rule: 'external labels are added only where the point has no such label',
    options: RICH_EXTERNAL,
  },
  'labels-external-vs-job': {
    rule: 'an external job label loses to the resource job',
    options: { externalLabels: { job: 'external', env: 'prod' } },
  },
  'labels-empty-value-dropped': {
    rule: 'labels with empty values are not sent (remote-write 1.0 forbids them)',
  },
  'labels-value-types': {
    rule: 'attribute values rendered as pdata AsString: ints, doubles, bool, bytes, JSON',
  },
  'labels-sorted': { rule: 'labels sorted by name regardless of attribute order' },

  // Resource.
  'target-info-default': {
    rule: 'target_info = 1 at the latest point timestamp, non-identifying resource attributes',
  },
  'target-info-only-identifying': { rule: 'no target_info when the resource has only service.* attributes' },
  'target-info-no-job-instance': { rule: 'no target_info without job or instance' },
  'target-info-instance-only': { rule: 'target_info with instance but no job' },
  'target-info-disabled': { rule: 'target_info.enabled: false', options: { targetInfoEnabled: false } },
  'target-info-namespace': { rule: 'namespace prefixes target_info', options: { namespace: 'app' } },
  'target-info-external-labels': { rule: 'external labels on target_info too', options: RICH_EXTERNAL },
  'target-info-latest-includes-rejected': {
    rule: 'target_info timestamp counts points of rejected (delta) metrics',
  },
  'target-info-two-resources': { rule: 'one target_info per resource' },
  'promote-resource-attributes': {
    rule: 'promote_resource_attributes (Prometheus): listed resource attributes where the point has none',
    options: { promoteResourceAttributes: ['k8s.namespace.name', 'host.name', 'not.present'] },
  },
  'resource-to-telemetry': {
    rule: 'resource_to_telemetry_conversion: all resource attributes on every point, resource value wins',
    options: { resourceToTelemetryConversion: true },
  },

  // Scope.
  'scope-labels-default': {
    rule: 'otel_scope_name, otel_scope_version and otel_scope_<attr> labels by default',
  },
  'scope-name-only': { rule: 'otel_scope_version left out when the version is empty' },
  'scope-reserved-attributes': {
    rule: 'scope attributes name, version, schema_url are dropped (COL #47683)',
  },
  'scope-overrides-point-attribute': { rule: 'scope labels override point attributes of the same name' },
  'scope-disabled': { rule: 'disable_scope_info: no scope labels', options: { disableScopeInfo: true } },
  'scope-distinguishes-series': { rule: 'the same metric from two scopes is two series' },

  // Types.
  'gauge-values': { rule: 'gauge: double, int, int beyond 2^53 rounded like float64(), no value → 0' },
  'sum-monotonic-counter': { rule: 'monotonic cumulative sum → counter with _total' },
  'sum-non-monotonic-gauge': { rule: 'non-monotonic cumulative sum → gauge, no _total' },
  'histogram-basic': {
    rule: 'histogram: _sum, _count, cumulative _bucket, +Inf = count, le 1000000 not 1e+06',
  },
  'histogram-no-sum': { rule: '_sum only when the point has a sum' },
  'histogram-bounds-counts-mismatch': {
    rule: 'bucket counts must number bounds + 1 (OTLP): a mismatched point is rejected alone, the rest written',
  },
  'histogram-le-formatting': { rule: 'le as Go FormatFloat(v, f, -1): no exponents, shortest digits' },
  'histogram-no-buckets': { rule: 'a histogram without bounds still has the +Inf bucket' },
  'histogram-le-attribute': { rule: 'an le attribute is replaced by the bucket bound' },
  'summary-basic': { rule: 'summary: _sum, _count and quantile series on the base name' },
  'summary-no-quantiles': { rule: 'summary without quantiles: _sum and _count only' },
  'exphist-basic': {
    rule: 'native histogram, index shift +1, zero count kept (PRW TestExponentialToNativeHistogram; count raised to zero_count + buckets, as Prometheus requires)',
  },
  'exphist-no-sum': {
    rule: 'native histogram without sum (PRW TestExponentialToNativeHistogram; count raised to zero_count + buckets, as Prometheus requires)',
  },
  'exphist-scale-8': {
    rule: 'no downscaling at scale 8 (PRW TestExponentialToNativeHistogram; count raised to zero_count + buckets, as Prometheus requires)',
  },
  'exphist-scale-9-downscaled': {
    rule: 'scale 9 merged down to schema 8 (PRW TestExponentialToNativeHistogram; count raised to zero_count + buckets, as Prometheus requires)',
  },
  'exphist-scale-below-minus-4-rejected': { rule: 'scale < -4 rejects the point; -4 is accepted' },
  'exphist-bucket-layout-vectors': {
    rule: 'spans/deltas at scale-down 0, 1, 2; gaps ≤ 2 filled (PRW/COL TestConvertBucketsLayout vectors)',
  },
  'exphist-zero-count-only': { rule: 'only a zero bucket: no spans; OTLP zero_threshold ignored (1e-128)' },

  // Delta temporality.
  'delta-sum-rejected': { rule: 'delta sum rejected in partial_success naming the metric and the env var' },
  'delta-histogram-rejected': { rule: 'delta histogram rejected' },
  'delta-exphist-rejected': { rule: 'delta exponential histogram rejected' },
  'delta-updown-rejected': {
    rule: 'delta non-monotonic sum rejected too (COL isValidAggregationTemporality)',
  },
  'delta-mixed-with-cumulative': { rule: 'delta metrics rejected, the rest of the request written' },
  'delta-many-metrics-message': { rule: 'the message names the first five metrics and says there are more' },
  'unspecified-temporality-rejected': { rule: 'AGGREGATION_TEMPORALITY_UNSPECIFIED rejected' },

  // Exemplars.
  'exemplars-sum': {
    rule: 'sum exemplars: trace_id/span_id in lowercase hex, filtered attributes, int value',
  },
  'exemplars-histogram-buckets': {
    rule: 'histogram exemplar on the first bucket whose bound ≥ value, else +Inf',
  },
  'exemplars-rune-limit': { rule: 'filtered attributes only when all exemplar labels fit in 128 runes' },
  'exemplars-exphist': { rule: 'exemplars on the native histogram series' },
  'exemplars-gauge-dropped': { rule: 'gauge exemplars are not sent (as the Collector)' },
  'exemplars-zero-ids': { rule: 'all-zero trace and span ids produce no labels' },

  // Staleness.
  'stale-gauge-and-sum': { rule: 'NoRecordedValue → stale NaN (0x7ff0000000000002)' },
  'stale-histogram': { rule: 'NoRecordedValue → stale NaN in _sum, _count and every bucket' },
  'stale-summary': { rule: 'NoRecordedValue → stale NaN in _sum, _count and quantiles' },
  'stale-exphist': { rule: 'NoRecordedValue → stale NaN sum and the stale bits as the integer count' },

  // Metadata.
  'metadata-types': {
    rule: 'send_metadata: type per COL mapping, help from description, unit via UnitNamer, one entry each',
    options: { sendMetadata: true },
  },

  // Assembly.
  'assembly-merge-across-resources': {
    rule: 'equal label sets merge into one series, samples sorted by time',
  },
  'assembly-missing-timestamp': { rule: 'points without time_unix_nano are rejected' },
  'assembly-empty-data-points': { rule: 'metrics without data points are reported in partial_success' },
  'assembly-no-data-type': { rule: 'a metric without data of any type is reported' },
  'assembly-empty-request': { rule: 'an empty request translates to nothing' },
  'assembly-timestamp-truncation': { rule: 'nanoseconds to milliseconds by truncation' },
};
