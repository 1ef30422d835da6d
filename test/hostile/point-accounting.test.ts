/**
 * partial_success counts points, exactly: rejected + written = received, however the points' samples
 * were spread over series and batches (a histogram point spans several series), and whichever of them
 * the destination refused.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { deliver } from '../delivery/deliver-helpers.js';
import { halve, planLanes } from '../../lambda/delivery/batches.js';
import { forward } from '../../lambda/forward.js';
import { loadConfig } from '../../lambda/config.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../../lambda/translate/options.js';
import { Rejections } from '../../lambda/translate/rejections.js';
import type { TimeSeries } from '../../lambda/translate/series-set.js';
import { opentelemetry } from '../../proto/generated/protos.js';
import {
  startScriptedDestination,
  type ReceivedWrite,
  type Reply,
  type ScriptedDestination,
} from '../delivery/scripted-destination.js';
import { makeSeries } from '../delivery/series.js';
import { gauges, histogramPoint, nameOf, pointSeries, targetInfo } from './point-series.js';

const started: ScriptedDestination[] = [];
after(async () => {
  await Promise.all(started.map((d) => d.close()));
});

/** Refuses, with `reply`, every request holding a series `refuse` picks. */
async function refusing(
  refuse: (name: string) => boolean,
  reply: Reply = { status: 400, body: 'invalid histogram' },
): Promise<ScriptedDestination> {
  const d = await startScriptedDestination((w) =>
    w.request.timeseries.some((ts) => refuse(nameOf(ts))) ? reply : { status: 204 },
  );
  started.push(d);
  return d;
}

/** Points all of whose samples the destination stored, from the values the point series carry. */
function writtenPoints(series: readonly TimeSeries[], accepted: readonly ReceivedWrite[]): number {
  const stored = new Set<string>();
  for (const w of accepted) {
    for (const ts of w.request.timeseries) {
      for (const s of ts.samples ?? []) stored.add(`${JSON.stringify(ts.labels)}@${String(s.timestamp)}`);
    }
  }
  const missing = new Set<number>();
  const all = new Set<number>();
  for (const ts of series) {
    ts.samples.forEach((s, j) => {
      const p = ts.points?.[j] ?? -1;
      if (p < 0) return;
      all.add(p);
      if (!stored.has(`${JSON.stringify(ts.labels)}@${String(Number(s.timestamp))}`)) missing.add(p);
    });
  }
  return all.size - missing.size;
}

/** A request that arrives now with the local server's budget. */
const budget = () => ({ arrivedAt: Date.now(), deadline: Date.now() + 4000 });

describe('point accounting', () => {
  it('counts a histogram point refused by the destination once, not once per sample or series', async () => {
    // 40 gauges and one histogram point (five series), in batches small enough to mix them.
    const series = [...gauges(40), ...histogramPoint(40), targetInfo()];
    const dest = await refusing((name) => name.startsWith('bad_hist'));
    const report = await deliver(series, dest.send, {
      deadline: Date.now() + 5000,
      maxBatchSizeBytes: 400,
    });
    assert.equal(report.pointsNotWritten, 1);
    assert.equal(report.rejected?.samples, 5);
    assert.equal(writtenPoints(series, dest.accepted), 40);
  });

  it('counts a point rejected when only one of its series was refused and the others written', async () => {
    const series = [...gauges(10), ...histogramPoint(10)];
    const dest = await refusing((name) => name === 'bad_hist_count');
    const report = await deliver(series, dest.send, { deadline: Date.now() + 5000 });
    assert.equal(report.pointsNotWritten, 1);
    assert.equal(writtenPoints(series, dest.accepted), 10);
    assert.equal(report.pointsNotWritten + writtenPoints(series, dest.accepted), 11);
  });

  it('answers the client rejected + written = received, in points, for 41 points with one bad histogram point', async () => {
    const series = [...gauges(40), ...histogramPoint(40), targetInfo()];
    const dest = await refusing((name) => name.startsWith('bad_hist'));
    const result = await forward(
      {
        body: new Uint8Array(0),
        contentType: 'application/x-protobuf',
        contentEncoding: undefined,
        ...budget(),
      },
      {
        config: { ...loadConfig({}), translate: DEFAULT_TRANSLATE_OPTIONS, maxBatchSizeBytes: 400 },
        send: dest.send,
        translate: () => ({ series, metadata: [], pointsIn: 41, rejections: new Rejections() }),
      },
    );
    assert.ok(result.ok);
    const response = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.decode(
      result.body,
    );
    const rejected = Number(response.partialSuccess?.rejectedDataPoints);
    assert.equal(rejected, 1);
    assert.equal(rejected + writtenPoints(series, dest.accepted), 41);
    assert.match(
      response.partialSuccess?.errorMessage ?? '',
      /^1 point rejected by the destination in \d+ of \d+ remote-write requests:/,
    );
  });

  it('adds translation rejections to the points the destination did not write, the two sets apart', async () => {
    const series = [...gauges(20), ...histogramPoint(20)];
    const rejections = new Rejections();
    rejections.add('delta_temporality', 'delta_metric', 3);
    const dest = await refusing((name) => name.startsWith('bad_hist'));
    const result = await forward(
      { body: new Uint8Array(0), contentType: 'application/json', contentEncoding: undefined, ...budget() },
      {
        config: { ...loadConfig({}), translate: DEFAULT_TRANSLATE_OPTIONS },
        send: dest.send,
        translate: () => ({ series, metadata: [], pointsIn: 24, rejections }),
      },
    );
    assert.equal(result.figures.pointsRejected, 3 + 1);
    assert.equal(result.figures.pointsRejected + writtenPoints(series, dest.accepted), 24);
    assert.equal(result.figures.pointsWritten, writtenPoints(series, dest.accepted));
    assert.deepEqual(
      result.figures.rejections.map(({ reason, points }) => [reason, points]),
      [
        ['delta_temporality', 3],
        ['destination_rejected', 1],
      ],
    );
  });

  it('falls back to counting samples for series without points', async () => {
    const dest = await refusing((name) => name === 'bad_metric');
    const series = [...makeSeries(2, 3, 'bad_metric'), ...makeSeries(10, 1)];
    const report = await deliver(series, dest.send, { deadline: Date.now() + 5000 });
    assert.equal(report.pointsNotWritten, 6);
  });

  it('cuts points with the samples they describe when a series is split to fit or halved', () => {
    const big = pointSeries(
      'big',
      {},
      Array.from({ length: 300 }, (_, i) => i),
    );
    const lanes = planLanes([big], 600);
    assert.equal(lanes.length, 1);
    const chunks = lanes[0]!.batches.flatMap((b) => b.series);
    assert.ok(chunks.length > 2, `${chunks.length} chunks`);
    for (const c of chunks) {
      assert.equal(c.points?.length, (c.samples?.length ?? 0) + (c.histograms?.length ?? 0));
      assert.deepEqual(
        c.points,
        (c.samples ?? []).map((s) => s.value),
      );
    }
    assert.deepEqual(
      chunks.flatMap((c) => c.points ?? []),
      Array.from({ length: 300 }, (_, i) => i),
    );
    const halves = halve(lanes[0]!.batches[0]!);
    assert.ok(halves);
    for (const h of halves) {
      for (const s of h.series)
        assert.deepEqual(
          s.points,
          (s.samples ?? []).map((x) => x.value),
        );
    }
  });
});
