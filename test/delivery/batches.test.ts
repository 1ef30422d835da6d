import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { halve, planLanes, writeRequestBytes, type Batch } from '../../lambda/delivery/batches.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import { int64ToNumber } from '../../lambda/translate/values.js';
import { makeSeries, T0 } from './series.js';

/** Every (series, timestamp, value) a list of batches carries, in order. */
function samplesOf(batches: readonly Batch[]): string[] {
  const out: string[] = [];
  for (const b of batches) {
    for (const ts of decodeWriteRequest(writeRequestBytes(b)).timeseries) {
      const key = (ts.labels ?? []).map((l) => l.value).join('/');
      for (const s of ts.samples ?? []) out.push(`${key}@${int64ToNumber(s.timestamp)}=${s.value}`);
    }
  }
  return out;
}

describe('planLanes', () => {
  it('encodes a batch exactly as one WriteRequest of its series', () => {
    const series = makeSeries(20, 3);
    const lanes = planLanes(series, 3_000_000);
    assert.equal(lanes.length, 1);
    const batch = lanes[0]!.batches[0]!;
    assert.deepEqual(Buffer.from(writeRequestBytes(batch)), Buffer.from(encodeWriteRequest(series)));
    assert.equal(batch.bytes, encodeWriteRequest(series).length);
    assert.equal(batch.samples, 60);
  });

  it('keeps every batch within the byte limit and every series whole and once', () => {
    const series = makeSeries(500, 4);
    const lanes = planLanes(series, 4096);
    assert.ok(lanes.length > 10, `expected many batches, got ${lanes.length}`);
    for (const lane of lanes) {
      assert.equal(lane.batches.length, 1);
      assert.ok(lane.batches[0]!.bytes <= 4096);
      assert.equal(writeRequestBytes(lane.batches[0]!).length, lane.batches[0]!.bytes);
    }
    const sent = samplesOf(lanes.flatMap((l) => l.batches));
    assert.deepEqual(sent, samplesOf(planLanes(series, 1e9).flatMap((l) => l.batches)));
    assert.equal(new Set(sent).size, 2000);
  });

  it('cuts a series larger than the limit into time-ordered chunks of one lane', () => {
    const [big] = makeSeries(1, 5000);
    const small = makeSeries(3, 1, 'other');
    const lanes = planLanes([...small, big!], 10_000);
    const bigLane = lanes.find((l) => l.batches.length > 1);
    assert.ok(bigLane, 'the large series gets a lane of several batches');
    for (const b of bigLane.batches) {
      assert.ok(b.bytes <= 10_000, `chunk of ${b.bytes} bytes`);
      assert.equal(b.series.length, 1);
    }
    const timestamps = samplesOf(bigLane.batches).map((s) => Number(s.split('@')[1]!.split('=')[0]));
    assert.equal(timestamps.length, 5000);
    assert.deepEqual(
      timestamps,
      Array.from({ length: 5000 }, (_, j) => T0 + j * 1000),
    );
    // Small series are not mixed into the large series' lane.
    assert.equal(lanes.filter((l) => l !== bigLane).flatMap((l) => l.batches).length, 1);
  });

  it('sends an empty request as no batch at all', () => {
    assert.deepEqual(planLanes([], 1000), []);
  });
});

describe('halve', () => {
  it('splits several series into two batches holding the same samples in the same order', () => {
    const [batch] = planLanes(makeSeries(9, 2), 1e9)[0]!.batches;
    const halves = halve(batch!);
    assert.ok(halves);
    assert.ok(halves[0].series.length > 0 && halves[1].series.length > 0);
    assert.equal(halves[0].bytes + halves[1].bytes, batch!.bytes);
    assert.deepEqual(samplesOf(halves), samplesOf([batch!]));
  });

  it('splits one series by time, the older half first', () => {
    const [batch] = planLanes(makeSeries(1, 7), 1e9)[0]!.batches;
    const halves = halve(batch!);
    assert.ok(halves);
    const [first, second] = halves.map((h) => samplesOf([h]));
    assert.equal(first!.length + second!.length, 7);
    assert.deepEqual([...first!, ...second!], samplesOf([batch!]));
  });

  it('cannot halve a single sample', () => {
    const [batch] = planLanes(makeSeries(1, 1), 1e9)[0]!.batches;
    assert.equal(halve(batch!), undefined);
  });
});
