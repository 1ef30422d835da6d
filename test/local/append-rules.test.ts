/**
 * The embedded receiver refuses what Prometheus refuses: the same remote-write requests, in the same order,
 * to a real Prometheus 2.42 (native histograms on) and to the embedded receiver get the same status and
 * message, and leave the same samples stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startEmbeddedReceiver, type EmbeddedReceiver } from '../../lambda/local/receiver.js';
import { compress } from '../../lambda/remote-write/encode.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import type { PrwTimeSeries } from '../../lambda/remote-write/types.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';

const HOUR = 3_600_000;
// Fixed, on a minute, and recent enough for Prometheus' head (which takes any time on a fresh start).
const T = Math.floor((Date.now() - 10 * 60_000) / 60_000) * 60_000;

const floats = (name: string, points: readonly [number, number][]): PrwTimeSeries => ({
  labels: [{ name: '__name__', value: name }],
  samples: points.map(([timestamp, value]) => ({ timestamp, value })),
});
const native = (name: string, points: readonly [number, number][]): PrwTimeSeries => ({
  labels: [{ name: '__name__', value: name }],
  histograms: points.map(([timestamp, count]) => ({
    timestamp,
    countInt: count,
    sum: count * 1.5,
    schema: 0,
    zeroThreshold: 1e-128,
    zeroCountInt: 0,
    positiveSpans: [{ offset: 1, length: 1 }],
    positiveDeltas: [count],
  })),
});

/** Each step: what is sent; every step is sent to both, in this order. */
const STEPS: readonly { readonly what: string; readonly series: PrwTimeSeries[] }[] = [
  {
    what: 'a fresh head, then a sample 2 h before the first',
    series: [floats('x', [[T, 1]]), floats('y', [[T - 2 * HOUR, 1]])],
  },
  {
    what: 'the failed request set the head time',
    series: [floats('y', [[T - 2 * HOUR, 1]]), floats('x', [[T, 1]])],
  },
  { what: 'a new series', series: [floats('a', [[T, 1]])] },
  { what: 'older than the latest', series: [floats('a', [[T - 1000, 1]])] },
  { what: 'same time, other value', series: [floats('a', [[T, 2]])] },
  { what: 'same time, same value', series: [floats('a', [[T, 1]])] },
  { what: 'a new series 50 min before the head', series: [floats('b', [[T - 50 * 60_000, 1]])] },
  { what: 'a new series 70 min before the head', series: [floats('c', [[T - 70 * 60_000, 1]])] },
  {
    what: 'a good series, then an old sample: nothing written',
    series: [floats('d', [[T + 1, 1]]), floats('a', [[T - 5000, 1]])],
  },
  {
    what: 'out of order within one request',
    series: [
      floats('e', [
        [T + 10, 1],
        [T + 5, 2],
        [T + 10, 3],
        [T + 20, 4],
      ]),
    ],
  },
  { what: 'the first of two refusals answers', series: [floats('a', [[T, 5]]), floats('a', [[T - 9, 1]])] },
  { what: 'a native histogram', series: [native('h', [[T, 3]])] },
  { what: 'an older native histogram', series: [native('h', [[T - 1, 3]])] },
  { what: 'another native histogram at the same time', series: [native('h', [[T, 4]])] },
  { what: 'the same native histogram again', series: [native('h', [[T, 3]])] },
  { what: 'a native histogram 2 h old', series: [native('h2', [[T - 2 * HOUR, 3]])] },
  { what: 'NaN where 1 was', series: [floats('a', [[T, NaN]])] },
  { what: 'newer samples', series: [floats('a', [[T + 60_000, 7]]), native('h', [[T + 60_000, 9]])] },
  { what: 'an hour ahead moves the head', series: [floats('f', [[T + HOUR + 60_000, 1]])] },
  { what: 'now out of bounds', series: [floats('a', [[T + 90_000, 8]])] },
];

const NAMES = ['x', 'y', 'a', 'b', 'c', 'd', 'e', 'f', 'h', 'h2'];

describe('embedded receiver append rules', () => {
  let prometheus: Prometheus;
  let receiver: EmbeddedReceiver;
  before(async () => {
    [prometheus, receiver] = await Promise.all([
      startPrometheus({ features: ['native-histograms'] }),
      startEmbeddedReceiver(),
    ]);
  });
  after(() => Promise.all([prometheus.stop(), receiver.close()]));

  const post = async (url: string, body: Buffer): Promise<string> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-encoding': 'snappy', 'content-type': 'application/x-protobuf' },
      body,
    });
    return `${res.status} ${JSON.stringify(await res.text())}`;
  };

  it('answers every request as Prometheus 2.42 does', async () => {
    const answers: { what: string; prometheus: string; embedded: string }[] = [];
    for (const { what, series } of STEPS) {
      const body = compress(encodeWriteRequest(series));
      answers.push({
        what,
        prometheus: await post(prometheus.remoteWriteUrl, body),
        embedded: await post(receiver.url, body),
      });
    }
    assert.deepEqual(
      answers.map(({ what, embedded }) => ({ what, answer: embedded })),
      answers.map(({ what, prometheus: answer }) => ({ what, answer })),
    );
    // The steps cover every refusal, not only acceptances.
    const seen = new Set(answers.map((a) => a.prometheus));
    for (const expected of [
      '204 ""',
      '400 "out of order sample\\n"',
      '400 "duplicate sample for timestamp\\n"',
      '400 "out of bounds\\n"',
    ]) {
      assert.ok(seen.has(expected), `no step answered ${expected}`);
    }
  });

  it('stores the samples Prometheus stores', async () => {
    const stored = new Map(receiver.store.list().map((s) => [s.name, s.points.map(([t]) => t)]));
    for (const name of NAMES) {
      // A range selector answers the raw samples: floats in `values`, native histograms in `histograms`.
      const { result } = await prometheus.api<{
        result: { values?: [number, unknown][]; histograms?: [number, unknown][] }[];
      }>('/api/v1/query', { query: `${name}[3h]`, time: String((T + 2 * HOUR) / 1000) });
      const times = (result[0]?.values ?? [])
        .concat(result[0]?.histograms ?? [])
        .map(([t]) => Math.round(t * 1000));
      assert.deepEqual(
        stored.get(name) ?? [],
        times.sort((p, q) => p - q),
        `${name}: samples stored`,
      );
    }
    // Within one request, the later out-of-order points are dropped, not the earlier ones.
    assert.deepEqual(stored.get('e'), [T + 10, T + 20]);
  });
});
