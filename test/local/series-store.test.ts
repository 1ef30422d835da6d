/**
 * The embedded receiver's store, which reads encoded requests, against a reference written on requests
 * decoded by protobufjs (the store as it first was): the same series, latest values and counts, for random
 * request sequences. The order of list() is checked on its own, against an order written out.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SeriesStore, type StoredSeries } from '../../lambda/local/series-store.js';
import type { PrwTimeSeries } from '../../lambda/remote-write/types.js';
import type { prometheus } from '../../proto/generated/protos.js';
import { int64ToNumber } from '../../lambda/translate/values.js';
import { WireError } from '../../lambda/otlp/wire/reader.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import { prng } from '../../bench/workload.js';

/** Latest point per series by decoded labels, least recently updated evicted first. */
class ReferenceStore {
  private readonly series = new Map<string, StoredSeries>();
  private samples = 0;
  private requests = 0;
  constructor(private readonly maxSeries: number) {}

  add(request: prometheus.IWriteRequest): void {
    this.requests++;
    for (const ts of request.timeseries ?? []) {
      let name = '';
      const labels: Record<string, string> = {};
      for (const l of ts.labels ?? []) {
        if (l.name === '__name__') name = l.value ?? '';
        else labels[l.name ?? ''] = l.value ?? '';
      }
      const key = JSON.stringify([name, labels]);
      const previous = this.series.get(key);
      let received = previous?.received ?? 0;
      let latest = previous;
      for (const s of ts.samples ?? []) {
        received++;
        const timestamp = int64ToNumber(s.timestamp);
        if (!latest || timestamp >= latest.timestamp) {
          latest = { name, labels, value: s.value ?? 0, timestamp, kind: 'sample', received };
        }
      }
      for (const h of ts.histograms ?? []) {
        received++;
        const timestamp = int64ToNumber(h.timestamp);
        if (!latest || timestamp >= latest.timestamp) {
          const count = h.countFloat != null && h.countFloat !== 0 ? h.countFloat : int64ToNumber(h.countInt);
          latest = { name, labels, value: count, timestamp, kind: 'histogram', received };
        }
      }
      this.samples += received - (previous?.received ?? 0);
      if (!latest) continue;
      this.series.delete(key);
      this.series.set(key, { ...latest, received });
      if (this.series.size > this.maxSeries) this.series.delete(this.series.keys().next().value!);
    }
  }

  /** The stored series, in no particular order. */
  list(): StoredSeries[] {
    return [...this.series.values()];
  }

  get stats(): { series: number; samples: number; requests: number } {
    return { series: this.series.size, samples: this.samples, requests: this.requests };
  }
}

/** Series in one order of the test's own (by name and labels as JSON), to compare contents whatever the listing order. */
const canonical = (series: readonly StoredSeries[]): StoredSeries[] => {
  const key = (s: StoredSeries): string => JSON.stringify([s.name, s.labels]);
  return [...series].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

/** A series with one sample, `__name__` first and the other labels as given. */
const seriesOf = (name: string, labels: [string, string][]): PrwTimeSeries => ({
  labels: [{ name: '__name__', value: name }, ...labels.map(([n, v]) => ({ name: n, value: v }))],
  samples: [{ value: 1, timestamp: 1000 }],
});

describe('series store', () => {
  it('keeps the latest point of the most recently updated series, as the reference does', () => {
    const random = prng(5);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const viaBytes = new SeriesStore(10);
    const reference = new ReferenceStore(10);
    for (let request = 0; request < 200; request++) {
      const series: PrwTimeSeries[] = Array.from({ length: Math.floor(random() * 8) }, () => {
        const labels = [
          { name: '__name__', value: pick(['up', 'rpc_seconds', 'ünï']) },
          { name: 'job', value: pick(['a', 'b']) },
          ...(random() < 0.5 ? [{ name: 'le', value: pick(['1', '+Inf']) }] : []),
        ];
        const timestamp = (): number => pick([1000, 2000, 2000, 3000, -5]);
        return {
          labels,
          samples: Array.from({ length: Math.floor(random() * 3) }, () => ({
            value: pick([0, 1.5, -2, NaN]),
            timestamp: timestamp(),
          })),
          histograms: Array.from({ length: Math.floor(random() * 2) }, () =>
            random() < 0.5
              ? { countInt: pick([0, 7, 2 ** 40]), timestamp: timestamp() }
              : { countFloat: pick([0, 2.5]), countInt: null, timestamp: timestamp() },
          ),
        };
      });
      const bytes = encodeWriteRequest(series);
      viaBytes.addEncoded(bytes);
      reference.add(decodeWriteRequest(bytes));
      assert.deepEqual(canonical(viaBytes.list()), canonical(reference.list()), `after request ${request}`);
      assert.deepEqual(viaBytes.stats, reference.stats);
    }
    assert.equal(viaBytes.stats.series, 10, 'the store is full and evicts');
  });

  it('lists series by name (in UTF-16 code unit order), then by labels, each with its labels in the order written', () => {
    const store = new SeriesStore();
    store.addEncoded(
      encodeWriteRequest([
        seriesOf('b_total', [['job', 'a']]),
        seriesOf('a_total', [['job', 'b']]),
        seriesOf('B_total', [['job', 'a']]),
        seriesOf('a_total', [['job', 'a']]),
        seriesOf('a_total', [
          ['instance', 'x'],
          ['job', 'a'],
        ]),
      ]),
    );
    const listed = store.list();
    assert.deepEqual(
      listed.map((s) => [s.name, Object.entries(s.labels)]),
      [
        ['B_total', [['job', 'a']]],
        [
          'a_total',
          [
            ['instance', 'x'],
            ['job', 'a'],
          ],
        ],
        ['a_total', [['job', 'a']]],
        ['a_total', [['job', 'b']]],
        ['b_total', [['job', 'a']]],
      ],
    );
  });

  it('refuses bytes that are not a WriteRequest', () => {
    const store = new SeriesStore();
    assert.throws(() => store.addEncoded(Uint8Array.from([0x0a, 0x05, 0x0a, 0x09])), WireError);
  });
});
