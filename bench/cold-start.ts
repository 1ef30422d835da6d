/**
 * The bundled Lambda handler: its size, and the cold init of a fresh `node` process that loads the bundle
 * and serves a first API Gateway (HTTP API v2) request to a local discarding receiver.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeServer, listen } from '../lambda/local/listen.js';
import { summarize, type Summary } from './stats.js';

export interface ColdStartFigures {
  readonly bundleBytes: number;
  /** Process start → first response, as `performance.now()` in the child reads it. */
  readonly processToFirstResponse: Summary;
  /** `import()` of the bundle plus the first request. */
  readonly importAndFirstRequest: Summary;
  /** An empty `node` process start, for comparison. */
  readonly emptyNode: Summary;
  readonly status: number;
}

const BUNDLE = resolve('dist/lambda/index.mjs');

/**
 * Cold init of the bundled handler, `runs` times. `env` adds to the function's environment (destination
 * auth: the default sends without auth).
 */
export async function measureColdStart(
  body: Uint8Array,
  runs: number,
  env: Readonly<Record<string, string>> = {},
): Promise<ColdStartFigures | string> {
  if (!existsSync('lambda/handler.ts')) return 'lambda/handler.ts does not exist yet';
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'ignore' });
  if (!existsSync(BUNDLE)) return `bundle ${BUNDLE} was not built`;

  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await listen(sink);
  const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/api/v1/write`;
  const dir = mkdtempSync(join(tmpdir(), 'cold-'));
  try {
    const event = {
      version: '2.0',
      routeKey: 'POST /v1/metrics',
      rawPath: '/v1/metrics',
      rawQueryString: '',
      headers: { 'content-type': 'application/x-protobuf', 'content-length': String(body.length) },
      requestContext: {
        http: { method: 'POST', path: '/v1/metrics' },
        requestId: 'bench',
        stage: '$default',
      },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
    };
    const script = join(dir, 'invoke.mjs');
    writeFileSync(
      script,
      `const t0 = performance.now();
const { handler } = await import(${JSON.stringify(BUNDLE)});
const event = ${JSON.stringify(event)};
const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 10000 };
const res = await handler(event, context);
const t1 = performance.now();
process.stdout.write('\\nBENCH ' + JSON.stringify({ t1, importAndFirst: t1 - t0, status: res.statusCode }) + '\\n');
`,
    );
    const childEnv = {
      ...process.env,
      REMOTE_WRITE_URL: sinkUrl,
      REMOTE_WRITE_AUTH: 'none',
      ENDPOINT_AUTH: 'none',
      ...env,
    };
    const total: number[] = [];
    const importAndFirst: number[] = [];
    const empty: number[] = [];
    let status = 0;
    for (let i = 0; i < runs; i++) {
      // The sink lives in this process, so children run asynchronously.
      const out = await runChild([script], childEnv);
      // The handler logs to stdout too; our figures are on the line marked BENCH.
      const line = out.split('\n').find((l) => l.startsWith('BENCH ')) ?? '';
      const parsed = JSON.parse(line.slice('BENCH '.length)) as {
        t1: number;
        importAndFirst: number;
        status: number;
      };
      total.push(parsed.t1);
      importAndFirst.push(parsed.importAndFirst);
      status = parsed.status;
      const e = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(performance.now()))']);
      empty.push(Number(e.stdout.toString()));
    }
    return {
      bundleBytes: statSync(BUNDLE).size,
      processToFirstResponse: summarize(total),
      importAndFirstRequest: summarize(importAndFirst),
      emptyNode: summarize(empty),
      status,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await closeServer(sink);
  }
}

async function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { spawn } = await import('node:child_process');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolvePromise(out) : reject(new Error(`cold start child exited ${code}: ${err}`)),
    );
  });
}
