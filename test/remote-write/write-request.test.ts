/**
 * Our WriteRequest encoder against protobufjs's generated one (the oracle): the same series and metadata
 * must give the same bytes, for random messages covering every field and edge (zero, -0, NaN and the stale
 * NaN, negative and 64-bit integers, unicode, native histograms, exemplars, metadata) and for the
 * translation of a realistic request.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { prometheus } from '../../proto/generated/protos.js';
import { encodeEntries, encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import type { PrwMetricMetadata, PrwTimeSeries } from '../../lambda/remote-write/types.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../../lambda/translate/options.js';
import { translate } from '../../lambda/translate/translate.js';
import { STALE_NAN, STALE_NAN_COUNT } from '../../lambda/translate/values.js';
import { makeRequest, prng } from '../../bench/workload.js';
import { opentelemetry } from '../../proto/generated/protos.js';

const { UNKNOWN, COUNTER, GAUGE, HISTOGRAM, SUMMARY, STATESET } = prometheus.MetricMetadata.MetricType;

// protobufjs writes any { low, high } object as a 64-bit integer; its typings name only number or Long.
const oracle = (series: PrwTimeSeries[], metadata: PrwMetricMetadata[] = []): Buffer =>
  Buffer.from(
    prometheus.WriteRequest.encode({
      timeseries: series as prometheus.ITimeSeries[],
      ...(metadata.length > 0 ? { metadata } : {}),
    }).finish(),
  );

const ours = (series: PrwTimeSeries[], metadata: PrwMetricMetadata[] = []): Buffer =>
  Buffer.from(encodeWriteRequest(series, metadata));

const long = (low: number, high: number, unsigned: boolean) => ({
  low: low | 0,
  high: high | 0,
  unsigned,
  toString: () => 'unused',
});

/** Random remote-write messages; every value is drawn from a list of edges. */
function randomMessages(random: () => number): { series: PrwTimeSeries[]; metadata: PrwMetricMetadata[] } {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const many = <T>(max: number, make: () => T): T[] =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, make);
  const str = (): string =>
    pick([
      '',
      'a',
      '__name__',
      'http_server_duration_seconds',
      'ünïcødé ✓',
      'x'.repeat(200),
      '😀 emoji',
      '\u0000',
      'ÿ',
      '\u07ff\u0800\uffff',
    ]);
  const dbl = (): number =>
    pick([0, -0, 1, 0.5, -2.25e-300, 1e308, NaN, STALE_NAN, Infinity, -Infinity, 5e-324, 123456.789]);
  const timestamp = () =>
    pick<number | ReturnType<typeof long>>([
      0,
      1,
      127,
      128,
      1764000000000,
      -1,
      -1764000000000,
      2 ** 53 - 1,
      long(-1, 0x7fffffff, false),
      long(0, -1, false),
    ]);
  const u64 = () =>
    pick<number | ReturnType<typeof long>>([
      0,
      1,
      300,
      2 ** 32,
      2 ** 40 + 7,
      2 ** 53 - 1,
      STALE_NAN_COUNT,
      long(-1, -1, true),
    ]);
  const delta = (): number =>
    pick([0, 1, -1, 63, -64, 64, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 2 ** 40, -(2 ** 52)]);
  const label = () => ({ name: str(), value: str() });
  const span = () => ({ offset: pick([0, 1, -1, -9, 1000, -(2 ** 31)]), length: pick([0, 1, 20, 2 ** 31]) });
  const histogram = (): Record<string, unknown> => {
    const h: Record<string, unknown> = {
      sum: dbl(),
      schema: pick([0, 3, -4, 8, -53]),
      zeroThreshold: pick([0, 1e-128, 0.001]),
      negativeSpans: many(2, span),
      negativeDeltas: many(4, delta),
      negativeCounts: many(3, dbl),
      positiveSpans: many(2, span),
      positiveDeltas: many(4, delta),
      positiveCounts: many(3, dbl),
      resetHint: pick([0, 1, 2, 3]),
      timestamp: timestamp(),
      customValues: many(3, dbl),
    };
    if (random() < 0.5) h.countInt = u64();
    else h.countFloat = dbl();
    if (random() < 0.5) h.zeroCountInt = u64();
    else h.zeroCountFloat = dbl();
    return h;
  };
  const series = many(12, () => ({
    labels: many(6, label),
    samples: many(4, () => ({ value: dbl(), timestamp: timestamp() })),
    exemplars: many(2, () => ({ labels: many(3, label), value: dbl(), timestamp: timestamp() })),
    histograms: many(2, histogram),
  })) as PrwTimeSeries[];
  const metadata = many(3, () => ({
    type: pick([UNKNOWN, COUNTER, GAUGE, HISTOGRAM, SUMMARY, STATESET]),
    metricFamilyName: str(),
    help: str(),
    unit: str(),
  }));
  return { series, metadata };
}

describe('WriteRequest encoder (protobufjs as the oracle)', () => {
  it('writes the same bytes as protobufjs for 500 random requests', () => {
    const random = prng(8);
    for (let i = 0; i < 500; i++) {
      const { series, metadata } = randomMessages(random);
      assert.deepEqual(ours(series, metadata), oracle(series, metadata), `request ${i}`);
    }
  });

  it('writes the same bytes as protobufjs for the translation of a realistic request', () => {
    const body = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.encode(
      opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.fromObject(
        makeRequest(1_000, 3, 250),
      ),
    ).finish();
    const { series } = translate(decodeExportRequest(body, 'protobuf'), DEFAULT_TRANSLATE_OPTIONS);
    assert.ok(
      series.some((s) => s.histograms.length > 0),
      'the request has native histograms',
    );
    assert.deepEqual(ours(series), oracle(series));
  });

  it('writes varints of every length like protobufjs (2^k - 1, 2^k, their negatives and zigzags)', () => {
    const values: (number | ReturnType<typeof long>)[] = [];
    for (let k = 0; k < 64; k++) {
      for (const v of [2n ** BigInt(k) - 1n, 2n ** BigInt(k), -(2n ** BigInt(k))]) {
        const bits = BigInt.asUintN(64, v);
        values.push(
          v >= -(2n ** 53n) && v <= 2n ** 53n
            ? Number(v)
            : long(Number(bits & 0xffffffffn), Number(bits >> 32n), false),
        );
      }
    }
    const series = values.map((v, i) => ({
      labels: [{ name: 'x'.repeat(i), value: 'y'.repeat(3 * i) }],
      samples: [{ value: 1, timestamp: v }],
      histograms: [
        { countInt: v, schema: typeof v === 'number' ? v | 0 : 0, positiveDeltas: [v], timestamp: v },
      ],
    })) as PrwTimeSeries[];
    assert.deepEqual(ours(series), oracle(series));
  });

  it('writes labels shared with the previous series like protobufjs, whatever their sizes', () => {
    // Series of growing size share a prefix and a suffix of labels with the one before (as a histogram's
    // bucket series do), so some length prefixes come out shorter than reserved and payloads move.
    const series: PrwTimeSeries[] = [];
    for (let i = 0; i < 300; i++) {
      const point = Math.floor(i / 3);
      series.push({
        labels: [
          { name: '__name__', value: `m${point % 2}` },
          { name: 'job', value: 'j'.repeat(point % 60) },
          { name: 'le', value: String(i) },
          { name: 'z', value: 'ü'.repeat(point % 7) },
        ],
        samples: [{ value: i, timestamp: i }],
      });
    }
    assert.deepEqual(ours(series), oracle(series));
  });

  it('encodes each series as its own timeseries entry, views that concatenate to the request', () => {
    const random = prng(11);
    for (let i = 0; i < 50; i++) {
      const { series } = randomMessages(random);
      const entries = encodeEntries(series);
      assert.equal(entries.length, series.length);
      entries.forEach((entry, j) => {
        assert.deepEqual(Buffer.from(entry), oracle([series[j]!]), `request ${i}, series ${j}`);
      });
      assert.deepEqual(Buffer.concat(entries), oracle(series));
    }
  });

  it('keeps the stale marker NaN bit for bit', () => {
    const raw = ours([{ labels: [], samples: [{ value: STALE_NAN, timestamp: 1 }] }]);
    const decoded = prometheus.WriteRequest.decode(raw);
    const value = decoded.timeseries[0]?.samples?.[0]?.value ?? 0;
    const bits = Buffer.alloc(8);
    bits.writeDoubleBE(value);
    assert.equal(bits.toString('hex'), '7ff0000000000002');
  });

  it('writes a lone surrogate as U+FFFD, so the request stays valid UTF-8', () => {
    const raw = ours([{ labels: [{ name: 'a', value: 'x\ud800y\udc00' }] }]);
    const decoded = prometheus.WriteRequest.decode(raw);
    assert.equal(decoded.timeseries[0]?.labels?.[0]?.value, 'x\ufffdy\ufffd');
  });

  it('encodes an empty request as zero bytes', () => {
    assert.equal(ours([]).length, 0);
  });
});
