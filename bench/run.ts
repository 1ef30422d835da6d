/**
 * `npm run bench`: speed, memory and cold start of the forwarder on fixed-seed workloads, beside the floor
 * (the same libraries doing only decode + encode + snappy) and the npm peer `prometheus-remote-write`.
 * Prints medians (min, max) over repeated runs. Not part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { measureColdStart } from './cold-start.js';
import { measureHttpLoad } from './http-load.js';
import {
  measureLargeRequests,
  STACK_MEMORY_MIB,
  STACK_NODE_OPTIONS,
  type LargeRequest,
} from './largest-request.js';
import { measurePipeline, type PipelineFigures } from './pipeline.js';
import { fmtBytes, fmtMs } from './stats.js';
import {
  distinctSeriesRequest,
  exemplarBombRequest,
  makeRequestOfSize,
  makeWorkload,
  wideLabelRequest,
} from './workload.js';

const SEED = 20261125;
/** Inside the repository, so that the bundle finds the external snappy package. */
const W2_BUNDLE = 'dist/bench/w2-child.mjs';
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
/** Memory of the function for the cost estimate (the construct's default). */
const LAMBDA_MEMORY_MB = 512;
/** arm64 Lambda price per GB-second and per request (us-east-1, 2026 list prices). */
const PRICE_PER_GB_S = 0.0000133334;
const PRICE_PER_REQUEST = 0.2 / 1e6;

const log = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

function printPipeline(title: string, points: number, f: PipelineFigures): void {
  log(
    `${title}: ${points} points, ${f.series} series, ${f.samples} samples; ${fmtBytes(f.bytesIn)} in, ${fmtBytes(f.bytesOut)} out (snappy)`,
  );
  log(`  decode     ${fmtMs(f.decode)}`);
  log(`  translate  ${fmtMs(f.translate)}`);
  log(`  encode     ${fmtMs(f.encode)}`);
  log(`  snappy     ${fmtMs(f.snappy)}`);
  log(
    `  total      ${fmtMs(f.total)}  -> ${Math.round((points / f.total.median) * 1000).toLocaleString('en')} points/s on one core`,
  );
  log(`  floor      ${fmtMs(f.floor)}  (decode + encode + snappy, no translation)`);
  log(`  total / floor: ${ratio(f.total.median, f.floor.median)}`);
  if (f.peerEncode) {
    log(`  peer prometheus-remote-write encode (float series only): ${fmtMs(f.peerEncode)}`);
    log(`  ours encode+snappy of the same float series:            ${fmtMs(f.oursEncodeFloatOnly)}`);
    log(
      `  peer / ours (same series): ${ratio(f.peerEncode.median, f.oursEncodeFloatOnly.median)}; peer / our whole pipeline: ${ratio(f.peerEncode.median, f.total.median)}`,
    );
  }
}

async function main(): Promise<void> {
  log(
    `otlp-prom-forwarder benchmark: node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, seed ${SEED}, ${RUNS} runs per figure`,
  );
  log();

  const w1 = makeWorkload('W1', 10_000, SEED);
  const f1 = await measurePipeline(w1, 'protobuf', RUNS);
  printPipeline('W1 protobuf', w1.points, f1);
  const f1j = await measurePipeline(w1, 'json', Math.max(5, Math.floor(RUNS / 3)));
  printPipeline('W1j JSON', w1.points, f1j);
  const f1g = await measurePipeline(w1, 'gzip', RUNS);
  printPipeline('W1g protobuf+gzip', w1.points, f1g);
  log();

  // Lambda's 6 MB synchronous payload limit: with this mix (timestamps, histogram buckets) and one
  // attribute a point, 72,000 points fill it; 100,000 would be 8.3 MB.
  const w2 = makeWorkload('W2', 72_000, SEED + 2, 2_000, 1);
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    const file = join(dir, 'w2.pb');
    writeFileSync(file, w2.protobuf);
    // Bundled like the Lambda handler, so the RSS is the deployed code's and not tsx's compiler's.
    await build({
      entryPoints: ['bench/w2-child.ts'],
      outfile: W2_BUNDLE,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      external: ['snappy'],
      mainFields: ['module', 'main'],
      logLevel: 'warning',
    });
    const out = execFileSync(process.execPath, [W2_BUNDLE, file]).toString();
    const w2f = JSON.parse(out) as {
      ms: number;
      bytesIn: number;
      bytesOut: number;
      rssBeforeBytes: number;
      peakRssBytes: number;
    };
    log(
      `W2: ${w2.points} points, ${fmtBytes(w2f.bytesIn)} protobuf in one request -> ${fmtBytes(w2f.bytesOut)}; ${w2f.ms.toFixed(0)} ms; peak RSS ${fmtBytes(w2f.peakRssBytes)} (RSS ${fmtBytes(w2f.rssBeforeBytes)} after loading the body)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log();

  // W1 itself through the same server, one request at a time: the pipeline plus HTTP in and out.
  const w1Http = await measureHttpLoad(
    Array.from({ length: 20 }, () => w1),
    1,
  );
  log(
    `W1 through the local HTTP server to a discarding receiver, 20 sequential requests: p50 ${w1Http.p50.toFixed(1)} ms, max ${w1Http.max.toFixed(1)} ms; statuses ${JSON.stringify(w1Http.statuses)}`,
  );
  const small = Array.from({ length: 1000 }, (_, i) => makeWorkload(`W3-${i}`, 50, SEED + 3 + i, 50));
  const w3 = await measureHttpLoad(small, 20);
  log(
    `W3: ${w3.requests} requests of 50 points, concurrency ${w3.concurrency}, through the local HTTP server to a discarding receiver: p50 ${w3.p50.toFixed(2)} ms, p99 ${w3.p99.toFixed(2)} ms, max ${w3.max.toFixed(1)} ms; ${Math.round((w3.requests / w3.wallMs) * 1000)} requests/s; statuses ${JSON.stringify(w3.statuses)}`,
  );
  log();

  await coldStart();
  log();

  // CPU-bound work on Lambda runs at memory/1769 of a vCPU below 1769 MB.
  const cpuShare = Math.min(1, LAMBDA_MEMORY_MB / 1769);
  const msPerPoint = f1.total.median / w1.points / cpuShare;
  const requestsPerMillion = 1e6 / w1.points;
  const cost =
    msPerPoint * 1e6 * (LAMBDA_MEMORY_MB / 1024) * (PRICE_PER_GB_S / 1000) +
    requestsPerMillion * PRICE_PER_REQUEST;
  log(
    `Estimated Lambda cost per million points (W1-sized requests, ${LAMBDA_MEMORY_MB} MB arm64, CPU share ${cpuShare.toFixed(2)}, compute only + request fee, excluding network wait): $${cost.toFixed(5)}`,
  );
}

/**
 * The largest requests a 512 MiB function accepts, and the issue's 2.95 MB gzip case (which it now
 * refuses with 413): peak RSS against the 60% target.
 */
async function largestRequests(): Promise<void> {
  const limit = 8 * 1024 * 1024; // memoryLimits() at 512 MiB
  const gz = (label: string, body: Uint8Array, contentType = 'application/x-protobuf'): LargeRequest => ({
    label,
    body: gzipSync(body),
    contentType,
    gzip: true,
  });
  const issue = makeWorkload('issue', 222_000, SEED + 4, 2_000, 1);
  const one = makeRequestOfSize(limit, SEED + 5, 1, 'protobuf');
  const eight = makeRequestOfSize(limit, SEED + 6, 8, 'protobuf');
  const json = makeRequestOfSize(limit, SEED + 7, 8, 'json');
  const requests: LargeRequest[] = [
    gz(`issue's request: 222,000 points, ${fmtBytes(issue.protobuf.length)} protobuf`, issue.protobuf),
    gz(`largest accepted, 1 attribute a point: ${one.points} points, ${fmtBytes(one.body.length)}`, one.body),
    gz(
      `largest accepted, 8 attributes a point: ${eight.points} points, ${fmtBytes(eight.body.length)}`,
      eight.body,
    ),
    gz(
      `largest accepted JSON, 8 attributes: ${json.points} points, ${fmtBytes(json.body.length)}`,
      json.body,
      'application/json',
    ),
    gz('125,000 distinct series (under MAX_SERIES_PER_REQUEST)', distinctSeriesRequest(125_000)),
    gz('240,000 distinct series (over it: refused)', distinctSeriesRequest(240_000)),
    gz('one point with 4,000,000 empty exemplars (refused)', exemplarBombRequest(4_000_000)),
    gz('a 300 KB service.name on 1,000 points (refused)', wideLabelRequest(1_000, 300_000)),
  ];
  const { node, figures } = await measureLargeRequests(
    requests,
    Math.max(3, Math.min(5, Math.floor(RUNS / 6))),
  );
  log(
    `Largest requests: ${node}, NODE_OPTIONS="${STACK_NODE_OPTIONS}", ${STACK_MEMORY_MIB} MiB limits, the deployed bundle, gzip bodies`,
  );
  const target = STACK_MEMORY_MIB * 0.6;
  for (const f of figures) {
    log(
      `  ${f.label} (${fmtBytes(f.bodyBytes)} gzip): status ${f.status}, peak RSS ${f.peakRssMiB.median.toFixed(0)} MiB (max ${f.peakRssMiB.max.toFixed(0)}; ${((f.peakRssMiB.max / STACK_MEMORY_MIB) * 100).toFixed(0)}% of ${STACK_MEMORY_MIB}, target <= ${target.toFixed(0)}), ${f.ms.median.toFixed(0)} ms`,
    );
  }
}

/** Cold start as the stack runs it (`BENCH_ONLY=cold` runs this alone). */
async function coldStart(): Promise<void> {
  const coldBody = makeWorkload('cold', 50, SEED + 9, 50).protobuf;
  const cold = await measureColdStart(coldBody, 10);
  if (typeof cold === 'string') {
    log(`Cold start: skipped (${cold})`);
  } else {
    log(`Lambda bundle: ${fmtBytes(cold.bundleBytes)} of JavaScript, minified (without snappy's .node file)`);
    log(
      `Cold start on Node ${cold.node} with the stack's NODE_OPTIONS, bearer token from a fake Secrets Manager and SigV4 (local fakes): process start -> first response ${fmtMs(cold.processToFirstResponse)}; import (init, the secret read included) ${fmtMs(cold.importOnly)}; first invoke ${fmtMs(cold.firstInvoke)}; second invoke ${fmtMs(cold.secondInvoke)}; statuses ${cold.statuses.join(', ')}`,
    );
    log(
      `Whole processes, side by side: node importing the bundle ${fmtMs(cold.importProcess)} against an empty node ${fmtMs(cold.emptyProcess)}; ratio ${cold.ratio.median.toFixed(2)} (median of pairs)`,
    );
    log(
      `  the same import with no configuration and no NODE_OPTIONS: ${fmtMs(cold.bareImportProcess)}; ratio ${cold.bareRatio.median.toFixed(2)} to the empty node (target <= 1.5)`,
    );
  }
}

if (process.env.BENCH_ONLY === 'largest') await largestRequests();
else if (process.env.BENCH_ONLY === 'cold') await coldStart();
else {
  await main();
  log();
  await largestRequests();
}
