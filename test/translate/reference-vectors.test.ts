/**
 * Facts transcribed from the reference implementations' own test tables, asserted directly on the
 * naming and layout functions (the golden cases run the same facts through the whole translation):
 * prometheus/otlptranslator metric_namer_test.go and label_namer_test.go, Prometheus's
 * normalize_label_test.go, the Collector README's label examples, and TestConvertBucketsLayout from
 * prometheus storage/remote/otlptranslator/prometheusremotewrite (copied from the Collector).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { convertBucketsLayout } from '../../lambda/translate/exponential-histogram.js';
import { labelName } from '../../lambda/translate/label-name.js';
import { metricName, type MetricKind, type NamingStrategy } from '../../lambda/translate/metric-name.js';
import { prometheusUnit } from '../../lambda/translate/units.js';
import { anyValueToString, formatFloatGo } from '../../lambda/translate/values.js';

const WITH: NamingStrategy = 'UnderscoreEscapingWithSuffixes';
const WITHOUT: NamingStrategy = 'UnderscoreEscapingWithoutSuffixes';

// [strategy, namespace, name, unit, kind, expected metric name, expected unit name]
const NAME_TABLE: [NamingStrategy, string, string, string, MetricKind, string, string][] = [
  [WITHOUT, '', 'simple_metric', '', 'gauge', 'simple_metric', ''],
  [WITHOUT, '', 'metric@with#special$chars', '', 'gauge', 'metric_with_special_chars', ''],
  [WITHOUT, '', '123metric', '', 'gauge', '_123metric', ''],
  [WITHOUT, 'test_namespace', 'simple_metric', '', 'gauge', 'test_namespace_simple_metric', ''],
  [WITHOUT, '', '', '', 'gauge', '', ''],
  [WITHOUT, '', 'metric@@##$$name', '', 'gauge', 'metric_name', ''],
  [WITHOUT, '', '@#$%', '', 'gauge', '', ''],
  [WITHOUT, 'test@namespace!!??', 'metric', '', 'gauge', 'test_namespace_metric', ''],
  [WITH, '', 'requests', '', 'monotonic_counter', 'requests_total', ''],
  [WITH, '', 'cpu_usage', '1', 'gauge', 'cpu_usage_ratio', ''],
  [WITH, '', 'items', '1', 'monotonic_counter', 'items_total', ''],
  [WITH, '', 'response_time', 'ms', 'gauge', 'response_time_milliseconds', 'milliseconds'],
  [WITH, '', 'memory_usage', 'By', 'gauge', 'memory_usage_bytes', 'bytes'],
  [WITH, '', 'requests', '1/s', 'gauge', 'requests_per_second', 'per_second'],
  [WITH, '', 'throughput', 'By/s', 'gauge', 'throughput_bytes_per_second', 'bytes_per_second'],
  [WITH, '', 'custom_metric', 'custom_unit', 'gauge', 'custom_metric_custom_unit', 'custom_unit'],
  [WITH, '', 'custom_metric', '{custom}', 'gauge', 'custom_metric', ''],
  [WITH, '', 'custom_metric', 'By/{custom}', 'gauge', 'custom_metric_bytes', 'bytes'],
  [WITH, '', 'requests_total', '', 'monotonic_counter', 'requests_total', ''],
  [WITH, '', 'cpu_usage_ratio', '1', 'gauge', 'cpu_usage_ratio', ''],
  [WITH, '', 'response_time_seconds', 's', 'gauge', 'response_time_seconds', 'seconds'],
  [WITH, 'app', 'requests', '1/s', 'monotonic_counter', 'app_requests_per_second_total', 'per_second'],
  [WITH, 'app', '123_requests', '', 'monotonic_counter', 'app_123_requests_total', ''],
  [
    WITH,
    '',
    'metric__with__multiple__underscores',
    'unit__multiple__underscores',
    'gauge',
    'metric_with_multiple_underscores_unit_multiple_underscores',
    'unit_multiple_underscores',
  ],
  [
    WITH,
    '',
    'custom_metric',
    'unit@with#special/chars',
    'gauge',
    'custom_metric_unit_with_special_per_chars',
    'unit_with_special_per_chars',
  ],
  [WITH, '', '@#$%', '', 'gauge', '', ''],
  [WITH, '', 'request_duration', 's', 'histogram', 'request_duration_seconds', 'seconds'],
  [WITH, '', 'request_size', 'By', 'exponential_histogram', 'request_size_bytes', 'bytes'],
  [WITH, '', 'response_time', 'ms', 'summary', 'response_time_milliseconds', 'milliseconds'],
  [WITH, '', 'active_connections', '', 'non_monotonic_counter', 'active_connections', ''],
  [WITH, '', 'uptime', 'd', 'gauge', 'uptime_days', 'days'],
  [WITH, '', 'duration', 'h', 'gauge', 'duration_hours', 'hours'],
  // translation-rules.md examples (otlptranslator README).
  [WITH, '', 'system.filesystem.usage', 'By', 'gauge', 'system_filesystem_usage_bytes', 'bytes'],
  [WITH, '', 'http.server.duration', 's', 'histogram', 'http_server_duration_seconds', 'seconds'],
  [WITH, '', 'speed', 'm/s', 'gauge', 'speed_meters_per_second', 'meters_per_second'],
];

// [attribute key, label name] — '' means "no valid name" (otlptranslator returns an error).
const LABEL_TABLE: [string, string][] = [
  ['label:with:colons', 'label_with_colons'],
  ['LabelWithCapitalLetters', 'LabelWithCapitalLetters'],
  ['label!with&special$chars)', 'label_with_special_chars_'],
  ['label_with_foreign_characters_字符', 'label_with_foreign_characters___'],
  ['label.with.dots', 'label_with_dots'],
  ['123label', 'key_123label'],
  ['_label_starting_with_underscore', 'key_label_starting_with_underscore'],
  ['__label_starting_with_2underscores', '__label_starting_with_2underscores'],
  ['ようこそ', ''],
  ['', ''],
  ['__', ''],
  ['regular label', 'regular_label'],
  ['label.name__with&&special##chars', 'label_name__with__special__chars'],
  ['.foo', 'key_foo'],
  ['2 cents', 'key_2_cents'],
  ['_name', 'key_name'],
  ['__name', '__name'],
  ['__reserved__', '__reserved__'],
];

// [name, offset, counts, {scaleDown: [spans as [offset, length], deltas]}]
const LAYOUT_TABLE: [string, number, number[], Record<number, [[number, number][], number[]]>][] = [
  [
    'zero offset',
    0,
    [4, 3, 2, 1],
    { 0: [[[1, 4]], [4, -1, -1, -1]], 1: [[[1, 2]], [7, -4]], 2: [[[1, 1]], [10]] },
  ],
  [
    'offset 1',
    1,
    [4, 3, 2, 1],
    { 0: [[[2, 4]], [4, -1, -1, -1]], 1: [[[1, 3]], [4, 1, -4]], 2: [[[1, 2]], [9, -8]] },
  ],
  [
    'positive offset',
    4,
    [4, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    {
      0: [
        [
          [5, 4],
          [12, 1],
        ],
        [4, -2, -2, 2, -1],
      ],
      1: [
        [
          [3, 2],
          [6, 1],
        ],
        [6, -4, -1],
      ],
      2: [
        [
          [2, 1],
          [3, 1],
        ],
        [8, -7],
      ],
    },
  ],
  [
    'scaledown merges spans',
    4,
    [4, 2, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1],
    {
      0: [
        [
          [5, 4],
          [8, 1],
        ],
        [4, -2, -2, 2, -1],
      ],
      1: [
        [
          [3, 2],
          [4, 1],
        ],
        [6, -4, -1],
      ],
      2: [[[2, 4]], [8, -8, 0, 1]],
    },
  ],
  [
    'negative offset',
    -2,
    [3, 1, 0, 0, 0, 1],
    {
      0: [
        [
          [-1, 2],
          [3, 1],
        ],
        [3, -2, 0],
      ],
      1: [[[0, 3]], [4, -4, 1]],
      2: [[[0, 2]], [4, -3]],
    },
  ],
  [
    'buckets with gaps of size 1',
    -2,
    [3, 1, 0, 1, 0, 1],
    { 0: [[[-1, 6]], [3, -2, -1, 1, -1, 1]], 1: [[[0, 3]], [4, -3, 0]], 2: [[[0, 2]], [4, -2]] },
  ],
  [
    'buckets with gaps of size 2',
    -2,
    [3, 0, 0, 1, 0, 0, 1],
    { 0: [[[-1, 7]], [3, -3, 0, 1, -1, 0, 1]], 1: [[[0, 4]], [3, -2, -1, 1]], 2: [[[0, 3]], [3, -2, 0]] },
  ],
  ['zero buckets', 0, [], { 0: [[], []], 1: [[], []], 2: [[], []] }],
];

describe('reference test tables', () => {
  it('builds metric and unit names as otlptranslator metric_namer_test', () => {
    for (const [strategy, namespace, name, unit, kind, expected, expectedUnit] of NAME_TABLE) {
      assert.equal(
        metricName({ strategy, namespace }, name, unit, kind),
        expected,
        `${name} ${unit} ${kind}`,
      );
      assert.equal(prometheusUnit(unit), expectedUnit, `unit ${unit}`);
    }
  });

  it('sanitises label names as otlptranslator label_namer_test with Prometheus defaults', () => {
    for (const [key, expected] of LABEL_TABLE) assert.equal(labelName(key), expected, key);
  });

  it('lays out exponential buckets as TestConvertBucketsLayout', () => {
    for (const [name, offset, counts, byScaleDown] of LAYOUT_TABLE) {
      for (const [scaleDown, [spans, deltas]] of Object.entries(byScaleDown)) {
        const got = convertBucketsLayout(counts, offset, Number(scaleDown));
        assert.deepEqual(
          got.spans.map((s) => [s.offset, s.length]),
          spans,
          `${name} scale-down ${scaleDown}`,
        );
        assert.deepEqual(got.deltas, deltas, `${name} scale-down ${scaleDown}`);
      }
    }
  });

  it('formats le and quantile like strconv.FormatFloat(v, f, -1, 64)', () => {
    const table: [number, string][] = [
      [1, '1'],
      [0.005, '0.005'],
      [1e6, '1000000'],
      [1e21, '1000000000000000000000'],
      [1e-7, '0.0000001'],
      [-2.5, '-2.5'],
      [Infinity, '+Inf'],
      [-Infinity, '-Inf'],
      [-0, '-0'],
    ];
    for (const [v, s] of table) assert.equal(formatFloatGo(v), s, String(v));
  });

  it('renders attribute values as pdata Value.AsString', () => {
    const table: [Parameters<typeof anyValueToString>[0], string][] = [
      [{ stringValue: 'x' }, 'x'],
      [{ boolValue: false }, 'false'],
      [{ intValue: 7 }, '7'],
      [{ doubleValue: 1e21 }, '1e+21'],
      [{ doubleValue: 1e-7 }, '1e-7'],
      [{ doubleValue: 0.000001 }, '0.000001'],
      [{ doubleValue: NaN }, 'json: unsupported value: NaN'],
      [{ doubleValue: -Infinity }, 'json: unsupported value: -Inf'],
      [{ bytesValue: Buffer.from('hi') }, 'aGk='],
      [{ arrayValue: { values: [{ stringValue: 'a' }, { doubleValue: 2 }] } }, '["a",2]'],
      [
        {
          kvlistValue: {
            values: [
              { key: 'b', value: { intValue: 1 } },
              { key: 'a', value: {} },
            ],
          },
        },
        '{"a":null,"b":1}',
      ],
      [{ arrayValue: { values: [{ doubleValue: NaN }] } }, ''],
      [{}, ''],
    ];
    for (const [value, s] of table) assert.equal(anyValueToString(value), s, JSON.stringify(value));
  });
});
