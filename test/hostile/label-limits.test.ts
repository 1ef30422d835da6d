/**
 * Labels a hostile client controls: thousands of attributes in reverse order (the insertion sort was
 * quadratic: 20,000 stalled the event loop for 7.7 s), more labels than the destination's quota, and many
 * distinct huge attribute keys (the label-name cache was bounded by entries, not size: 300 keys of 1 MiB
 * took RSS from 95 MiB to 1.6 GiB, and kept it).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SeriesStore } from '../../lambda/local/series-store.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import { cachedLabelNameChars, labelName } from '../../lambda/translate/label-name.js';
import type { HashedLabel } from '../../lambda/translate/label-table.js';
import { sortUnique } from '../../lambda/translate/point-labeler.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';

/** Labels whose names count how often they are read: a measure of the sort's work, not of time. */
function countingLabels(names: readonly string[]): { labels: HashedLabel[]; reads: () => number } {
  let reads = 0;
  const labels = names.map((name, i) => ({
    label: {
      get name() {
        reads++;
        return name;
      },
      value: 'v',
    },
    hash: i,
  }));
  return { labels, reads: () => reads };
}

describe('label counts and sizes a client controls', () => {
  it('sorts 20,000 attributes in reverse order in O(n log n) comparisons', () => {
    const n = 20_000;
    const names = Array.from({ length: n }, (_, i) => `k${String(n - i).padStart(6, '0')}`);
    const { labels, reads } = countingLabels(names);
    assert.equal(sortUnique(labels), true);
    assert.deepEqual(
      labels.map((l) => l.label.name),
      [...names].sort(),
    );
    // Insertion sort reads names ~n²/2 = 2e8 times here; a merge sort a few times n·log2(n) ≈ 2.9e5.
    assert.ok(reads() < 20 * n * Math.log2(n), `${reads()} name reads`);
  });

  it('still finds two attributes that sanitise to one name among thousands', () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `k${i}`);
    names.push('k17');
    assert.equal(sortUnique(countingLabels(names).labels), false);
  });

  it('keeps the label-name cache within its character budget for 300 distinct 1 MiB keys', () => {
    const big = 'x'.repeat(1 << 20);
    for (let i = 0; i < 300; i++)
      assert.equal(labelName(`${i}${big}`).length, (1 << 20) + String(i).length + 4);
    for (let i = 0; i < 50_000; i++) labelName(`key.${i}.${'y'.repeat(200)}`);
    assert.ok(cachedLabelNameChars() <= 1 << 20, `${cachedLabelNameChars()} characters cached`);
  });
});

describe('MAX_LABELS_PER_SERIES', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({ MAX_LABELS_PER_SERIES: '6' });
  });
  after(() => forwarder.stop());

  it('refuses a point whose series would carry more labels than the limit, and writes the rest', async () => {
    const many = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`a${i}`, 'v']));
    const body = exportRequest(
      resourceMetrics([
        // __name__, job, instance and five attributes: eight labels.
        gauge('too.wide', [{ time: nanos(BASE_S), value: 1, attrs: many }]),
        // __name__, job, instance and three: six.
        gauge('wide.enough', [{ time: nanos(BASE_S), value: 1, attrs: { a: 'v', b: 'v', c: 'v' } }]),
      ]),
    );
    const answer = await postJson(forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    assert.match(answer.message, /MAX_LABELS_PER_SERIES.*"too\.wide"/);
    const names = forwarder.receiver?.store.list().map((s) => s.name);
    assert.deepEqual(
      names?.filter((n) => n !== 'target_info'),
      ['wide_enough'],
    );
  });
});

describe('the embedded receiver under huge labels', () => {
  it('keeps its stored label keys within its character budget', () => {
    const store = new SeriesStore(10_000, 4 * 1024 * 1024);
    const big = 'v'.repeat(1 << 20);
    for (let i = 0; i < 40; i++) {
      const series = [
        {
          labels: [
            { name: '__name__', value: 'huge' },
            { name: 'k', value: `${i}${big}` },
          ],
          samples: [{ value: i, timestamp: 1_700_000_000_000 + i }],
        },
      ];
      store.addEncoded(encodeWriteRequest(series));
    }
    const kept = store.list();
    assert.ok(kept.length >= 1 && kept.length <= 4, `${kept.length} series kept`);
    // The most recent are kept.
    assert.ok(kept.some((s) => s.labels.k?.startsWith('39')));
  });
});

describe('MAX_LABELS_PER_SERIES at its edges', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({ MAX_LABELS_PER_SERIES: '6' });
  });
  after(() => forwarder.stop());

  it('counts an le attribute once: the bucket label replaces it', async () => {
    // __name__, job, instance, a, b and le (the attribute's, replaced): six labels on every series.
    const metric = {
      name: 'le.attr',
      histogram: {
        aggregationTemporality: 2,
        dataPoints: [
          {
            timeUnixNano: nanos(BASE_S),
            count: '1',
            sum: 1,
            explicitBounds: [1],
            bucketCounts: ['1', '0'],
            attributes: [
              { key: 'le', value: { stringValue: 'x' } },
              { key: 'a', value: { stringValue: 'v' } },
              { key: 'b', value: { stringValue: 'v' } },
            ],
          },
        ],
      },
    };
    const answer = await postJson(forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 0, answer.message);
  });

  it('leaves out a target_info that would carry more labels, and writes the points', async () => {
    const resourceAttrs = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`r${i}`, 'v']));
    const body = exportRequest(
      resourceMetrics([gauge('narrow', [{ time: nanos(BASE_S), value: 1 }])], 'svc', 'i-1', resourceAttrs),
    );
    const answer = await postJson(forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 0);
    const names = forwarder.receiver?.store.list().map((s) => s.name);
    assert.ok(names?.includes('narrow'));
    assert.ok(!names?.includes('target_info'));
  });
});

describe('the answer stays small', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({});
  });
  after(() => forwarder.stop());

  it('cuts metric names in partial_success to 200 characters', async () => {
    const name = `delta.${'x'.repeat(100_000)}`;
    const metric = {
      name,
      sum: {
        aggregationTemporality: 1,
        isMonotonic: true,
        dataPoints: [{ timeUnixNano: nanos(BASE_S), asDouble: 1 }],
      },
    };
    const answer = await postJson(forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.rejected, 1);
    assert.ok(answer.message.length < 1000, `${answer.message.length} characters`);
  });
});
