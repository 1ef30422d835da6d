/**
 * The largest requests the function accepts, run as the stack runs them: the bundle `npm run build`
 * makes, Node 24, the stack's NODE_OPTIONS and a 512 MiB function's limits (AWS_LAMBDA_FUNCTION_MEMORY_SIZE),
 * one fresh process per run so that the peak RSS (VmHWM) is the request's own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeServer, listen } from '../lambda/local/listen.js';
import { node24 } from './node24.js';
import { summarize, type Summary } from './stats.js';

/** The stack's settings (infra/otlp-prometheus-forwarder.ts). */
export const STACK_NODE_OPTIONS = '--enable-source-maps --max-semi-space-size=2';
export const STACK_MEMORY_MIB = 512;

export interface LargeRequest {
  readonly label: string;
  readonly body: Uint8Array;
  readonly contentType: string;
  readonly gzip: boolean;
}

export interface LargeRequestFigures {
  readonly label: string;
  readonly bodyBytes: number;
  readonly status: number;
  readonly peakRssMiB: Summary;
  readonly ms: Summary;
}

const BUNDLE = resolve('dist/lambda/index.mjs');

/** Runs each request `runs` times through the bundled handler; returns figures per request. */
export async function measureLargeRequests(
  requests: readonly LargeRequest[],
  runs: number,
): Promise<{ node: string; figures: LargeRequestFigures[] }> {
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'ignore' });
  const node = node24();
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await listen(sink);
  const dir = mkdtempSync(join(tmpdir(), 'largest-'));
  try {
    const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/api/v1/write`;
    const script = join(dir, 'invoke.mjs');
    writeFileSync(script, CHILD);
    const figures: LargeRequestFigures[] = [];
    for (const request of requests) {
      const file = join(dir, 'event.json');
      writeFileSync(file, JSON.stringify(eventOf(request)));
      const rss: number[] = [];
      const ms: number[] = [];
      let status = 0;
      for (let i = 0; i < runs; i++) {
        const out = await run(node.path, [script, BUNDLE, file], {
          ...process.env,
          NODE_OPTIONS: STACK_NODE_OPTIONS,
          AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(STACK_MEMORY_MIB),
          REMOTE_WRITE_URL: sinkUrl,
          REMOTE_WRITE_AUTH: 'none',
          ENDPOINT_AUTH: 'none',
        });
        const line = out.split('\n').find((l) => l.startsWith('BENCH ')) ?? '';
        const parsed = JSON.parse(line.slice('BENCH '.length)) as {
          status: number;
          ms: number;
          peakKiB: number;
        };
        rss.push(parsed.peakKiB / 1024);
        ms.push(parsed.ms);
        status = parsed.status;
      }
      figures.push({
        label: request.label,
        bodyBytes: request.body.length,
        status,
        peakRssMiB: summarize(rss),
        ms: summarize(ms),
      });
    }
    return { node: node.note ?? node.version, figures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await closeServer(sink);
  }
}

function eventOf(request: LargeRequest): Record<string, unknown> {
  const headers: Record<string, string> = { 'content-type': request.contentType };
  if (request.gzip) headers['content-encoding'] = 'gzip';
  return {
    version: '2.0',
    routeKey: 'POST /v1/metrics',
    rawPath: '/v1/metrics',
    rawQueryString: '',
    headers,
    requestContext: { http: { method: 'POST', path: '/v1/metrics' }, requestId: 'bench', stage: '$default' },
    body: Buffer.from(request.body).toString('base64'),
    isBase64Encoded: true,
  };
}

// The event is read before the timer starts: the time is the handler's, from the event to the answer.
const CHILD = `import { readFileSync } from 'node:fs';
const [bundle, eventFile] = process.argv.slice(2);
const { handler } = await import(bundle);
const event = JSON.parse(readFileSync(eventFile, 'utf8'));
const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 10000 };
const t0 = performance.now();
const res = await handler(event, context);
const ms = performance.now() - t0;
const peakKiB = Number(/VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
process.stdout.write('\\nBENCH ' + JSON.stringify({ status: res.statusCode, ms, peakKiB }) + '\\n');
`;

function run(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolvePromise(out) : reject(new Error(`largest-request child exited ${code}: ${err}`)),
    );
  });
}
