/**
 * Cold start of the bundled Lambda handler as the stack runs it: Node 24 (the function's runtime, from
 * the npm package, cached by node24.ts), the stack's NODE_OPTIONS, bearer-token endpoint auth read from
 * a local fake Secrets Manager (which verifies our SigV4) and SigV4 to a local discarding receiver. Each
 * run is a fresh process; figures: process start -> first response, import alone (init, the secret read
 * included), first and second invoke, and whole processes side by side, A B A B: `node -e 0` against
 * `node` importing the bundle, paired so that a drifting machine does not skew the ratio.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closeServer, listen } from '../lambda/local/listen.js';
import { startFakeSecretsManager } from '../test/support/fake-aws.js';
import { STACK_NODE_OPTIONS } from './largest-request.js';
import { node24 } from './node24.js';
import { summarize, type Summary } from './stats.js';

export interface ColdStartFigures {
  readonly node: string;
  readonly bundleBytes: number;
  /** Process start -> first response (`process.uptime()` in the child). */
  readonly processToFirstResponse: Summary;
  /** `await import()` of the bundle: module evaluation and init, the secret read included. */
  readonly importOnly: Summary;
  readonly firstInvoke: Summary;
  readonly secondInvoke: Summary;
  /** Whole processes, spawn to exit: `node -e 0`, and `node` importing the bundle then exiting. */
  readonly emptyProcess: Summary;
  readonly importProcess: Summary;
  /** importProcess / emptyProcess, pair by pair. */
  readonly ratio: Summary;
  /** `node` importing the bundle with no configuration and no NODE_OPTIONS (it logs one error and serves 502). */
  readonly bareImportProcess: Summary;
  /** bareImportProcess / emptyProcess, pair by pair. */
  readonly bareRatio: Summary;
  readonly statuses: readonly number[];
}

const BUNDLE = resolve('dist/lambda/index.mjs');
const KEYS = {
  accessKeyId: 'AKIDBENCHCOLD0001',
  secretAccessKey: 'bench-not-a-secret',
  sessionToken: 'bench',
};
const TOKEN_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:bench-token-AbCdEf';
const TOKEN = 'bench-endpoint-token-0a1b2c';

/** Cold starts of the bundled handler, `runs` times each; `body` is the first and second request's. */
export async function measureColdStart(body: Uint8Array, runs: number): Promise<ColdStartFigures | string> {
  if (!existsSync('lambda/handler.ts')) return 'lambda/handler.ts does not exist yet';
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'ignore' });
  if (!existsSync(BUNDLE)) return `bundle ${BUNDLE} was not built`;
  const node = node24();
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await listen(sink);
  const secrets = await startFakeSecretsManager({ ...KEYS, region: 'us-east-1' });
  secrets.set(TOKEN_ARN, TOKEN);
  const dir = mkdtempSync(join(tmpdir(), 'cold-'));
  try {
    const event = {
      version: '2.0',
      routeKey: 'POST /v1/metrics',
      rawPath: '/v1/metrics',
      rawQueryString: '',
      headers: {
        'content-type': 'application/x-protobuf',
        'content-length': String(body.length),
        authorization: `Bearer ${TOKEN}`,
      },
      requestContext: {
        http: { method: 'POST', path: '/v1/metrics' },
        requestId: 'bench',
        stage: '$default',
      },
      body: Buffer.from(body).toString('base64'),
      isBase64Encoded: true,
    };
    const invoke = join(dir, 'invoke.mjs');
    writeFileSync(
      invoke,
      // process.uptime(), not performance.now(): the performance global loads perf_hooks on first use
      // (~2 ms), which the Lambda runtime does not, and which would then be missing from the first invoke.
      `const now = () => process.uptime() * 1000;
const t0 = now();
const { handler } = await import(${JSON.stringify(BUNDLE)});
const t1 = now();
const event = ${JSON.stringify(event)};
const context = { awsRequestId: 'bench', functionName: 'bench', getRemainingTimeInMillis: () => 10000 };
const first = await handler(event, context);
const t2 = now();
const second = await handler(event, context);
const t3 = now();
process.stdout.write('\\nBENCH ' + JSON.stringify({ t0, t1, t2, t3, statuses: [first.statusCode, second.statusCode] }) + '\\n');
`,
    );
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      NODE_OPTIONS: STACK_NODE_OPTIONS,
      AWS_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'bench',
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      AWS_SESSION_TOKEN: KEYS.sessionToken,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      REMOTE_WRITE_URL: `http://127.0.0.1:${(sink.address() as AddressInfo).port}/api/v1/write`,
      REMOTE_WRITE_AUTH: 'sigv4',
      REMOTE_WRITE_SIGV4_REGION: 'us-east-1',
      ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN,
    };
    const f = { total: [] as number[], imp: [] as number[], first: [] as number[], second: [] as number[] };
    const empty: number[] = [];
    const importing: number[] = [];
    const ratio: number[] = [];
    const bare: number[] = [];
    const bareRatio: number[] = [];
    let statuses: number[] = [];
    for (let i = 0; i < runs; i++) {
      // The fakes live in this process, so children run asynchronously.
      const { out } = await runChild(node.path, [invoke], env);
      const line = out.split('\n').find((l) => l.startsWith('BENCH ')) ?? '';
      const r = JSON.parse(line.slice('BENCH '.length)) as Record<'t0' | 't1' | 't2' | 't3', number> & {
        statuses: number[];
      };
      f.total.push(r.t2);
      f.imp.push(r.t1 - r.t0);
      f.first.push(r.t2 - r.t1);
      f.second.push(r.t3 - r.t2);
      statuses = r.statuses;
      const b = await runChild(node.path, ['-e', '0'], { PATH: process.env.PATH });
      const a = await runChild(node.path, ['-e', `await import(${JSON.stringify(BUNDLE)})`], env);
      const c = await runChild(node.path, ['-e', `await import(${JSON.stringify(BUNDLE)})`], {
        PATH: process.env.PATH,
      });
      empty.push(b.ms);
      importing.push(a.ms);
      ratio.push(a.ms / b.ms);
      bare.push(c.ms);
      bareRatio.push(c.ms / b.ms);
    }
    return {
      node: node.version,
      bundleBytes: statSync(BUNDLE).size,
      processToFirstResponse: summarize(f.total),
      importOnly: summarize(f.imp),
      firstInvoke: summarize(f.first),
      secondInvoke: summarize(f.second),
      emptyProcess: summarize(empty),
      importProcess: summarize(importing),
      ratio: summarize(ratio),
      bareImportProcess: summarize(bare),
      bareRatio: summarize(bareRatio),
      statuses,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await Promise.all([closeServer(sink), secrets.close()]);
  }
}

/** Runs a child to its exit: its output, and the wall time from spawn to exit. */
function runChild(
  file: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ out: string; ms: number }> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.once('exit', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolvePromise({ out, ms });
      else reject(new Error(`cold start child exited ${code}: ${err}`));
    });
  });
}
