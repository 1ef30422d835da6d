/**
 * A histogram point is several series (`_sum`, `_count`, buckets). Cut into two remote-write requests, a
 * point could be half written when one of them failed: Prometheus would hold its `_count` and not its
 * buckets. Batches and their halves now keep the series of one point together.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { halve, planLanes } from '../../lambda/delivery/batches.js';
import type { TimeSeries } from '../../lambda/translate/series-set.js';

/** `groups` points of `size` series each; every series of point p carries point id p. */
function pointGroups(groups: number, size: number): TimeSeries[] {
  const out: TimeSeries[] = [];
  for (let p = 0; p < groups; p++) {
    for (let s = 0; s < size; s++) {
      out.push({
        labels: [
          { name: '__name__', value: `h_bucket` },
          { name: 'le', value: String(s) },
          { name: 'p', value: String(p).padStart(4, '0') },
        ],
        samples: [{ value: s, timestamp: 1_700_000_000_000 }],
        exemplars: [],
        histograms: [],
        points: [p],
      });
    }
  }
  return out;
}

const groupsOf = (series: readonly { points?: readonly number[] }[]): number[] => [
  ...new Set(series.map((s) => s.points?.[0] ?? -1)),
];

describe("keeping a point's series in one remote-write request", () => {
  it('never cuts batches inside a point', () => {
    const series = pointGroups(40, 5);
    // About 2.3 points a batch: most cuts would fall inside a point.
    const lanes = planLanes(series, 500);
    assert.ok(lanes.length > 10);
    const seen = new Map<number, number>();
    for (const [i, lane] of lanes.entries()) {
      for (const batch of lane.batches)
        for (const g of groupsOf(batch.series)) {
          assert.ok(!seen.has(g) || seen.get(g) === i, `point ${g} in batches ${seen.get(g)} and ${i}`);
          seen.set(g, i);
        }
    }
    assert.equal(seen.size, 40);
  });

  it('halves a batch between points', () => {
    const [lane] = planLanes(pointGroups(3, 5), 1_000_000);
    const batch = lane?.batches[0];
    assert.ok(batch);
    const halves = halve(batch);
    assert.ok(halves);
    const [first, second] = halves;
    const a = groupsOf(first.series);
    const b = groupsOf(second.series);
    assert.deepEqual(
      a.filter((g) => b.includes(g)),
      [],
    );
  });
});
