/** The translation options as read from the environment (README, "Translation options"). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../lambda/config.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../../lambda/translate/options.js';

describe('translation options from the environment', () => {
  it('defaults to the Collector defaults', () => {
    // The size limits come from the function's memory (512 MiB when Lambda does not say).
    assert.deepEqual(loadConfig({}).translate, {
      ...DEFAULT_TRANSLATE_OPTIONS,
      maxSeries: 512 * 250,
      maxSamples: 512 * 1500,
      maxLabelChars: 512 * 96 * 1024,
    });
    assert.deepEqual(DEFAULT_TRANSLATE_OPTIONS, {
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
    });
  });

  it('reads every option under the Collector option name in UPPER_SNAKE', () => {
    const options = loadConfig({
      NAMESPACE: 'app',
      EXTERNAL_LABELS: 'cluster=c1,k8s.region=eu%2Cwest',
      ADD_METRIC_SUFFIXES: 'false',
      TARGET_INFO_ENABLED: 'false',
      DISABLE_SCOPE_INFO: 'true',
      RESOURCE_TO_TELEMETRY_CONVERSION_ENABLED: 'true',
      PROMOTE_RESOURCE_ATTRIBUTES: ' k8s.namespace.name , host.name,,',
      SEND_METADATA: 'true',
      MAX_TIMESTAMP_AHEAD_MS: '60000',
      MAX_LABELS_PER_SERIES: '30',
      MAX_SERIES_PER_REQUEST: '1000',
      MAX_SAMPLES_PER_REQUEST: '2000',
      MAX_LABEL_BYTES_PER_REQUEST: '3000',
      EXPONENTIAL_HISTOGRAMS: 'Classic',
      CLASSIC_HISTOGRAM_MAX_BUCKETS: '20',
    }).translate;
    assert.deepEqual(options, {
      namingStrategy: 'UnderscoreEscapingWithoutSuffixes',
      namespace: 'app',
      // Names are sanitised as attribute keys are; values are URL-decoded.
      externalLabels: { cluster: 'c1', k8s_region: 'eu,west' },
      targetInfoEnabled: false,
      disableScopeInfo: true,
      resourceToTelemetryConversion: true,
      promoteResourceAttributes: ['k8s.namespace.name', 'host.name'],
      sendMetadata: true,
      maxTimestampAheadMs: 60_000,
      maxLabelsPerSeries: 30,
      maxSeries: 1000,
      maxSamples: 2000,
      maxLabelChars: 3000,
      exponentialHistograms: 'classic',
      classicHistogramMaxBuckets: 20,
    });
  });

  it("sizes the request limits from the function's memory", () => {
    const small = loadConfig({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256' });
    assert.equal(small.maxBodyBytes, 4 * 1024 * 1024);
    assert.equal(small.translate.maxSeries, 256 * 250);
    const large = loadConfig({ AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '4096' });
    assert.equal(large.maxBodyBytes, 20 * 1024 * 1024);
    assert.equal(loadConfig({ MAX_BODY_BYTES: '1000' }).maxBodyBytes, 1000);
  });

  it("limits labels per series to AMP's default quota when the destination is an AMP workspace", () => {
    const amp = 'https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1/api/v1/remote_write';
    assert.equal(loadConfig({ REMOTE_WRITE_URL: amp }).translate.maxLabelsPerSeries, 70);
    assert.equal(
      loadConfig({ REMOTE_WRITE_URL: amp, MAX_LABELS_PER_SERIES: '0' }).translate.maxLabelsPerSeries,
      Infinity,
    );
    assert.equal(
      loadConfig({ REMOTE_WRITE_URL: 'http://mimir:9009/api/v1/push' }).translate.maxLabelsPerSeries,
      Infinity,
    );
  });

  it('lets TRANSLATION_STRATEGY override ADD_METRIC_SUFFIXES, as the Collector does', () => {
    const env = { ADD_METRIC_SUFFIXES: 'false', TRANSLATION_STRATEGY: 'UnderscoreEscapingWithSuffixes' };
    assert.equal(loadConfig(env).translate.namingStrategy, 'UnderscoreEscapingWithSuffixes');
  });

  it('refuses values it cannot honour, naming the variable', () => {
    assert.throws(
      () => loadConfig({ TARGET_INFO_ENABLED: 'yes' }),
      /TARGET_INFO_ENABLED must be true or false/,
    );
    assert.throws(() => loadConfig({ SEND_METADATA: '1' }), /SEND_METADATA must be true or false/);
    assert.throws(
      () => loadConfig({ TRANSLATION_STRATEGY: 'NoTranslation' }),
      /TRANSLATION_STRATEGY must be one of/,
    );
    assert.throws(
      () => loadConfig({ EXTERNAL_LABELS: 'a=' }),
      /EXTERNAL_LABELS: "a" needs a valid label name/,
    );
    assert.throws(() => loadConfig({ EXTERNAL_LABELS: '__=x' }), /EXTERNAL_LABELS: "__"/);
    assert.throws(
      () => loadConfig({ EXPONENTIAL_HISTOGRAMS: 'explicit' }),
      /EXPONENTIAL_HISTOGRAMS must be one of native, classic, got "explicit"/,
    );
    // Below 5 some points could not fit (a sign's coarsest buckets are (0, 1] and (1, +Inf)).
    assert.throws(
      () => loadConfig({ CLASSIC_HISTOGRAM_MAX_BUCKETS: '4' }),
      /CLASSIC_HISTOGRAM_MAX_BUCKETS must be an integer from 5 to 160, got "4"/,
    );
  });
});
