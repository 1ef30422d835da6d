/**
 * A bounded burst from a second process against the local server and a real Prometheus: no error
 * statuses, every sample stored, memory flat afterwards. `npm test` runs 5 s; `npm run test:load`
 * runs 30 s (LOAD_SECONDS). Figures are printed, not asserted: speed belongs to `npm run bench`.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';
import type { LoadSummary } from './load-client.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 5);
const CONNECTIONS = 16;
const SERIES_PER_REQUEST = 20;
/** Heap growth after the burst (and a full GC) that would mean a leak rather than noise. */
const MAX_HEAP_GROWTH_BYTES = 32 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function settledMemory(): NodeJS.MemoryUsage {
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage();
}

function runLoadClient(url: string): Promise<LoadSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'test/load/load-client.ts',
        url,
        String(SECONDS),
        String(CONNECTIONS),
        String(SERIES_PER_REQUEST),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`load client exited with ${code}`));
      else resolve(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as LoadSummary);
    });
  });
}

describe(`load: ${SECONDS} s burst from a second process, ${CONNECTIONS} connections`, () => {
  let prometheus: Prometheus;
  let forwarder: RunningForwarder;

  before(async () => {
    prometheus = await startPrometheus();
    forwarder = await startForwarder({ REMOTE_WRITE_URL: prometheus.remoteWriteUrl });
  });
  after(async () => {
    await forwarder.stop();
    await prometheus.stop();
  });

  it('answers every request 200, stores every sample, and keeps memory flat', async () => {
    // Warm up (JIT, sockets, first allocations) so the baseline is the steady state.
    await fetch(forwarder.metricsUrl, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    const before = settledMemory();

    const summary = await runLoadClient(forwarder.metricsUrl);
    const peakRss = process.memoryUsage().rss;
    const afterLoad = settledMemory();
    const mib = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MiB`;
    console.log(
      `load: ${summary.requests} requests in ${summary.seconds} s = ${summary.requestsPerSecond} req/s, ` +
        `p50 ${summary.p50Ms} ms, p99 ${summary.p99Ms} ms, max ${summary.maxMs} ms; ` +
        `statuses ${JSON.stringify(summary.statuses)}, client errors ${summary.errors}`,
    );
    console.log(
      `load: forwarder process RSS ${mib(before.rss)} before, ${mib(peakRss)} right after, ${mib(afterLoad.rss)} after GC; ` +
        `heap used ${mib(before.heapUsed)} before, ${mib(afterLoad.heapUsed)} after GC`,
    );

    assert.ok(summary.requests > 0);
    assert.equal(summary.errors, 0, 'no connection errors');
    assert.deepEqual(Object.keys(summary.statuses), ['200'], `statuses ${JSON.stringify(summary.statuses)}`);

    const [stored] = await prometheus.query('sum(count_over_time(load_level[1h]))');
    assert.equal(Number(stored?.value[1]), summary.samplesSent, 'every sample sent is stored');
    console.log(`load: samples sent ${summary.samplesSent}, stored ${stored?.value[1]}`);

    assert.ok(
      afterLoad.heapUsed - before.heapUsed < MAX_HEAP_GROWTH_BYTES,
      `heap grew by ${mib(afterLoad.heapUsed - before.heapUsed)}`,
    );
  });
});
