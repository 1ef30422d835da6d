/**
 * The largest request accepted must fit the function's memory. A 2.95 MB gzip body inflating to 20.9 MB
 * of protobuf (222,000 points) peaked at ~780 MiB RSS in a 512 MB function. The limits now come from the
 * function's memory (lambda/config.ts memoryLimits; peak figures in `npm run bench`): above them the
 * client gets a permanent 413 saying what to change, and nothing is sent.
 */
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';

const points = (n: number, distinct: boolean) =>
  Array.from({ length: n }, (_, i) => ({
    time: nanos(BASE_S, distinct ? 0 : i * 1_000_000),
    value: i,
    attrs: { k: distinct ? String(i) : 'same' },
  }));

describe('requests larger than the function can hold', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({ MAX_SERIES_PER_REQUEST: '1000', MAX_SAMPLES_PER_REQUEST: '5000' });
  });
  after(() => forwarder.stop());

  it('answers 413 naming MAX_SERIES_PER_REQUEST and sends nothing', async () => {
    const answer = await postJson(
      forwarder.metricsUrl,
      exportRequest(resourceMetrics([gauge('wide', points(1500, true))])),
    );
    assert.equal(answer.status, 413);
    assert.match(answer.message, /more than 1000 series \(MAX_SERIES_PER_REQUEST/);
    assert.equal(forwarder.receiver?.store.list().length, 0);
  });

  it('answers 413 naming MAX_SAMPLES_PER_REQUEST for many samples of few series', async () => {
    const answer = await postJson(
      forwarder.metricsUrl,
      exportRequest(resourceMetrics([gauge('long', points(6000, false))])),
    );
    assert.equal(answer.status, 413);
    assert.match(answer.message, /more than 5000 samples \(MAX_SAMPLES_PER_REQUEST/);
    assert.equal(forwarder.receiver?.store.list().length, 0);
  });

  it('writes a request just within both limits', async () => {
    const answer = await postJson(
      forwarder.metricsUrl,
      exportRequest(resourceMetrics([gauge('fits', points(900, true))])),
    );
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 0);
  });
});

describe('the default limits for a 512 MiB function', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({});
  });
  after(() => forwarder.stop());

  it('refuses a gzip body that inflates past 8 MiB with 413, before decoding it', async () => {
    // 9 MiB of JSON whitespace inside a valid request compresses to a few KiB.
    const body = `{"resourceMetrics":[]${' '.repeat(9 * 1024 * 1024)}}`;
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(body),
    });
    assert.equal(res.status, 413);
    assert.match(await res.text(), /exceeds the limit of 8388608 bytes/);
  });
});

describe('what a few bytes expand to', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({ MAX_SAMPLES_PER_REQUEST: '5000' });
  });
  after(() => forwarder.stop());

  it('counts exemplars against MAX_SAMPLES_PER_REQUEST (one point with 6,000 exemplars)', async () => {
    const exemplar = { timeUnixNano: nanos(BASE_S), asDouble: 1 };
    const metric = {
      name: 'exemplar.bomb',
      sum: {
        aggregationTemporality: 2,
        isMonotonic: true,
        dataPoints: [{ timeUnixNano: nanos(BASE_S), asDouble: 1, exemplars: Array(6000).fill(exemplar) }],
      },
    };
    const answer = await postJson(forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.status, 413);
    assert.match(answer.message, /MAX_SAMPLES_PER_REQUEST/);
  });

  it('counts a native histogram by its buckets (one point with 6,000)', async () => {
    const metric = {
      name: 'bucket.bomb',
      exponentialHistogram: {
        aggregationTemporality: 2,
        dataPoints: [
          {
            timeUnixNano: nanos(BASE_S),
            count: '6000',
            sum: 1,
            scale: 0,
            positive: { offset: 0, bucketCounts: Array(6000).fill('1') },
          },
        ],
      },
    };
    const answer = await postJson(forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.status, 413);
    assert.match(answer.message, /MAX_SAMPLES_PER_REQUEST/);
  });
});

describe('label bytes', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({});
  });
  after(() => forwarder.stop());

  it('refuses a 300 KB service.name on 1,000 points (300 MB of labels to encode) with 413', async () => {
    const body = exportRequest(
      resourceMetrics([gauge('wide.labels', points(1000, true))], 'x'.repeat(300_000)),
    );
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      body: gzipSync(body),
    });
    assert.equal(res.status, 413);
    assert.match(await res.text(), /MAX_LABEL_BYTES_PER_REQUEST/);
    assert.equal(forwarder.receiver?.store.list().length, 0);
  });
});
