/**
 * The embedded receiver's store, which reads encoded requests, against a reference written on requests
 * decoded by protobufjs: the same series, recent points, counts and refusals, for random request sequences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { APPENDABLE_WINDOW_MS, AppendError, type AppendFailure } from '../../lambda/local/append-error.js';
import { SeriesStore } from '../../lambda/local/series-store.js';
import type { PrwTimeSeries } from '../../lambda/remote-write/types.js';
import type { prometheus } from '../../proto/generated/protos.js';
import { int64ToNumber } from '../../lambda/translate/values.js';
import { WireError } from '../../lambda/otlp/wire/reader.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import { prng } from '../../bench/workload.js';
import { METRIC_TYPE } from '../../lambda/translate/metadata.js';

interface RefSeries {
  name: string;
  labels: Record<string, string>;
  points: [number, number][];
  kind: 'sample' | 'histogram';
  received: number;
}

/** Prometheus' rules written plainly on decoded requests: check every point, then append the newer ones. */
class ReferenceStore {
  private readonly series = new Map<string, RefSeries>();
  private head: number | undefined;
  samples = 0;
  requests = 0;
  refused = 0;
  constructor(
    private readonly maxSeries: number,
    private readonly keep: number,
  ) {}

  add(request: prometheus.IWriteRequest): AppendFailure | undefined {
    this.requests++;
    const decoded = (request.timeseries ?? []).map((ts) => {
      let name = '';
      const labels: Record<string, string> = {};
      for (const l of ts.labels ?? []) {
        if (l.name === '__name__') name = l.value ?? '';
        else labels[l.name ?? ''] = l.value ?? '';
      }
      const points = [
        ...(ts.samples ?? []).map((s) => ({ t: int64ToNumber(s.timestamp), v: s.value ?? 0, h: false })),
        ...(ts.histograms ?? []).map((h) => ({
          t: int64ToNumber(h.timestamp),
          v: h.countFloat != null ? h.countFloat : int64ToNumber(h.countInt),
          h: true,
        })),
      ];
      return { key: JSON.stringify([name, labels]), name, labels, points };
    });
    let minValid = this.head === undefined ? -Infinity : this.head - APPENDABLE_WINDOW_MS;
    for (const { key, points } of decoded) {
      const stored = this.series.get(key);
      const last = stored?.points.at(-1);
      for (const p of points) {
        if (this.head === undefined) {
          this.head = p.t;
          minValid = p.t - APPENDABLE_WINDOW_MS;
        }
        let failure: AppendFailure | undefined;
        if (p.t < minValid) failure = 'out_of_bounds';
        else if (last !== undefined && p.t < last[0]) failure = 'out_of_order';
        else if (
          last !== undefined &&
          p.t === last[0] &&
          !(Object.is(p.v, last[1]) && (stored?.kind === 'histogram') === p.h)
        )
          failure = 'duplicate';
        if (failure) {
          this.refused++;
          return failure;
        }
      }
    }
    for (const { key, name, labels, points } of decoded) {
      const stored = this.series.get(key);
      const series = stored ?? { name, labels, points: [], kind: 'sample' as const, received: 0 };
      let appended = 0;
      for (const p of points) {
        this.head = Math.max(this.head ?? -Infinity, p.t);
        const last = series.points.at(-1);
        if (last !== undefined && p.t <= last[0]) continue;
        series.points.push([p.t, p.v]);
        series.kind = p.h ? 'histogram' : 'sample';
        appended++;
      }
      if (appended === 0) continue;
      series.points = series.points.slice(-this.keep);
      series.received += appended;
      this.samples += appended;
      this.series.delete(key);
      this.series.set(key, series);
      if (this.series.size > this.maxSeries) this.series.delete(this.series.keys().next().value!);
    }
    return undefined;
  }

  list(): unknown[] {
    return [...this.series.values()]
      .sort((a, b) =>
        a.name === b.name
          ? JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels))
          : a.name < b.name
            ? -1
            : 1,
      )
      .map(({ name, labels, points, kind, received }) => ({ name, labels, points, kind, received }));
  }
}

/** Histograms whose equality the reference can judge by count alone: one bucket holding everything. */
const histogram = (count: number, timestamp: number): prometheus.IHistogram => ({
  countInt: count,
  schema: 0,
  positiveSpans: [{ offset: 0, length: 1 }],
  positiveDeltas: [count],
  timestamp,
});

describe('series store', () => {
  it('stores and refuses as the reference does, keeping the last points of the latest series', () => {
    const random = prng(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const viaBytes = new SeriesStore(10, 32 * 1024 * 1024, 4);
    const reference = new ReferenceStore(10, 4);
    let clock = 1_700_000_000_000;
    const outcomes = new Set<string>();
    for (let request = 0; request < 400; request++) {
      clock += pick([0, 1000, 1000, 60_000]);
      const timestamp = (): number =>
        clock + pick([0, 0, 1000, -1000, -2000, 5000, -APPENDABLE_WINDOW_MS - 1, -APPENDABLE_WINDOW_MS]);
      const series: PrwTimeSeries[] = Array.from({ length: Math.floor(random() * 4) }, () => {
        const name = pick(['up', 'rpc_seconds', 'ünï', 'h', 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
        const labels = [
          { name: '__name__', value: name },
          { name: 'job', value: pick(['a', 'b']) },
        ];
        return name === 'h'
          ? { labels, histograms: [histogram(pick([3, 4]), timestamp())] }
          : {
              labels,
              samples: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
                value: pick([0, 1.5, -2]),
                timestamp: timestamp(),
              })),
            };
      });
      const bytes = encodeWriteRequest(series);
      let failure: AppendFailure | undefined;
      try {
        viaBytes.addEncoded(bytes);
      } catch (err) {
        assert.ok(err instanceof AppendError, String(err));
        failure = err.failure;
      }
      outcomes.add(failure ?? 'stored');
      assert.equal(failure, reference.add(decodeWriteRequest(bytes)), `request ${request}`);
      const listed = viaBytes.list().map(({ name, labels, points, kind, received }) => ({
        name,
        labels,
        points,
        kind,
        received,
      }));
      assert.deepEqual(listed, reference.list(), `after request ${request}`);
    }
    const { samples, requests, refused } = reference;
    assert.deepEqual(viaBytes.stats, { series: 10, samples, requests, refused });
    assert.deepEqual([...outcomes].sort(), ['duplicate', 'out_of_bounds', 'out_of_order', 'stored']);
  });

  it('keeps metadata by family, and clear() forgets everything', () => {
    const store = new SeriesStore();
    const at = 1_700_000_000_000;
    store.addEncoded(
      encodeWriteRequest(
        [{ labels: [{ name: '__name__', value: 'up' }], samples: [{ value: 1, timestamp: at }] }],
        [{ type: METRIC_TYPE.GAUGE, metricFamilyName: 'up', help: 'Up.', unit: '' }],
      ),
    );
    assert.deepEqual([...store.metadata()], [['up', { family: 'up', type: 2, help: 'Up.', unit: '' }]]);
    store.clear();
    assert.deepEqual(store.list(), []);
    assert.deepEqual(store.stats, { series: 0, samples: 0, requests: 0, refused: 0 });
    assert.equal(store.metadata().size, 0);
    // A fresh head again: a sample far older than the one before is taken.
    store.addEncoded(
      encodeWriteRequest([
        {
          labels: [{ name: '__name__', value: 'up' }],
          samples: [{ value: 1, timestamp: at - 10 * APPENDABLE_WINDOW_MS }],
        },
      ]),
    );
    assert.equal(store.list().length, 1);
  });

  it('stays within its byte budget with many points per series', () => {
    const store = new SeriesStore(10_000, 60_000, 60);
    const at = 1_700_000_000_000;
    for (let i = 0; i < 100; i++) {
      const series = Array.from({ length: 50 }, (_, s) => ({
        labels: [
          { name: '__name__', value: 'm' },
          { name: 's', value: String(s + 50 * Math.floor(i / 60)) },
        ],
        samples: [{ value: i, timestamp: at + i * 1000 }],
      }));
      store.addEncoded(encodeWriteRequest(series));
    }
    const kept = store.list();
    assert.ok(kept.every((s) => s.points.length <= 60));
    const bytes = kept.reduce((n, s) => n + 160 + s.points.length * 16 + 20, 0);
    assert.ok(bytes <= 60_000, `about ${bytes} bytes kept in ${kept.length} series`);
    assert.ok(kept.length < 100, `${kept.length} series kept: the least recently updated were evicted`);
    const newest = kept.filter((s) => Number(s.labels.s) >= 50);
    assert.equal(newest.length, 50, 'the series updated last are all kept');
    assert.ok(newest.every((s) => s.points.length === 40 && s.points.at(-1)?.[1] === 99));
  });

  it('refuses bytes that are not a WriteRequest', () => {
    const store = new SeriesStore();
    assert.throws(() => store.addEncoded(Uint8Array.from([0x0a, 0x05, 0x0a, 0x09])), WireError);
  });
});
