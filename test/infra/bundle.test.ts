/**
 * The function asset exactly as `cdk synth` bundles it: snappy's native binary is for the function's
 * architecture, and the x86_64 bundle, run in a fresh `node` with the template's environment, answers an
 * API Gateway v2 event and its series arrive in a real Prometheus.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ELF_MACHINE, elfMachine } from '../../infra/bundling/snappy-binary.js';
import { httpApiV2Event } from '../lambda/api-gateway-events.js';
import { startFakeSecretsManager } from '../support/fake-aws.js';
import { gaugeProtobuf } from '../support/otlp-sample.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';
import { functionEnvironment, synth, type Synthesized } from './synth.js';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN_SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:endpoint-token-AbCdEf';
const TOKEN = 'k9XbT2wq7LmR4vZp8sNd3hYc6fJg1aQe5uWi0oPt2rEy7BnV';
/** The temporary credentials Lambda hands the function (example values from the SigV4 docs). */
const CREDENTIALS = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'session-token-example',
};

/** The asset directory holding the function's bundle. */
function assetDir(t: Synthesized): string {
  const fn = Object.values(t.template.findResources('AWS::Lambda::Function'))[0]!;
  const key = (fn.Properties as { Code: { S3Key: string } }).Code.S3Key;
  return join(t.outdir, `asset.${key.replace(/\.zip$/, '')}`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function nativeBinaries(dir: string): string[] {
  return files(dir).filter((f) => f.endsWith('.node'));
}

function sizeKiB(paths: string[]): number {
  return Math.round(paths.reduce((sum, f) => sum + statSync(f).size, 0) / 1024);
}

/** What the child process reports back: each result, and its own figures. */
interface Invocation {
  readonly results: { statusCode: number; headers: Record<string, string> }[];
  readonly initMs: number;
  readonly maxRssKiB: number;
}

// Runs in the fresh process: load index.mjs like the Node.js runtime loads an ES module handler, then invoke
// it once per event.
const INVOKER = `
const { pathToFileURL } = await import('node:url');
const started = performance.now();
const { handler } = await import(pathToFileURL(process.cwd() + '/index.mjs').href);
const initMs = performance.now() - started;
const results = [];
for (const event of JSON.parse(process.env.TEST_EVENTS)) {
  results.push(await handler(event, { awsRequestId: event.requestContext.requestId, getRemainingTimeInMillis: () => 9000 }));
}
process.stdout.write('\\nINVOCATION ' + JSON.stringify({ results, initMs, maxRssKiB: process.resourceUsage().maxRSS }) + '\\n');
`;

/**
 * Invokes the bundle in `dir` with only the environment Lambda would give it: the template's variables
 * plus the runtime's own (region, function name, temporary credentials).
 */
async function invoke(
  dir: string,
  environment: Record<string, string>,
  events: unknown[],
): Promise<Invocation> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', INVOKER], {
    cwd: dir,
    env: {
      ...environment,
      AWS_REGION: 'us-east-1',
      AWS_DEFAULT_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'OtlpPromForwarder-ForwarderFunction',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
      LAMBDA_TASK_ROOT: dir,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_SESSION_TOKEN: CREDENTIALS.sessionToken,
      TEST_EVENTS: JSON.stringify(events),
    },
  });
  const line = stdout.split('\n').find((l) => l.startsWith('INVOCATION '));
  assert.ok(line, `the handler printed no result:\n${stdout}`);
  const invocation = JSON.parse(line.slice('INVOCATION '.length)) as Invocation;
  assert.ok(!stdout.includes(TOKEN), 'the endpoint token must never be logged');
  return invocation;
}

describe('the function asset from cdk synth', () => {
  let prometheus: Prometheus;
  let arm: Synthesized;
  let x86: Synthesized;

  before(async () => {
    prometheus = await startPrometheus();
    arm = synth({}, { bundle: true });
    // The x86_64 variant writes to the test Prometheus and checks a token from "Secrets Manager".
    x86 = synth(
      {
        architecture: 'x86_64',
        remoteWriteUrl: prometheus.remoteWriteUrl,
        endpointTokenSecretArn: TOKEN_SECRET_ARN,
      },
      { bundle: true },
    );
  });
  after(async () => {
    arm.cleanup();
    x86.cleanup();
    await prometheus.stop();
  });

  it("carries snappy's aarch64 binary, and no other, for arm64", (t) => {
    const dir = assetDir(arm);
    const binaries = nativeBinaries(dir);
    assert.deepEqual(
      binaries.map((f) => relative(dir, f)),
      ['node_modules/@napi-rs/snappy-linux-arm64-gnu/snappy.linux-arm64-gnu.node'],
    );
    assert.equal(elfMachine(readFileSync(binaries[0]!)), ELF_MACHINE.arm64);
    assert.equal(ELF_MACHINE.arm64, 0xb7);
    t.diagnostic(`arm64 asset: ${sizeKiB(files(dir))} KiB (bundle ${sizeKiB([join(dir, 'index.mjs')])} KiB)`);
  });

  it("carries snappy's x86-64 binary, and no other, for x86_64", (t) => {
    const dir = assetDir(x86);
    const binaries = nativeBinaries(dir);
    assert.deepEqual(
      binaries.map((f) => relative(dir, f)),
      ['node_modules/@napi-rs/snappy-linux-x64-gnu/snappy.linux-x64-gnu.node'],
    );
    assert.equal(elfMachine(readFileSync(binaries[0]!)), ELF_MACHINE.x64);
    assert.equal(ELF_MACHINE.x64, 0x3e);
    t.diagnostic(
      `x86_64 asset: ${sizeKiB(files(dir))} KiB (bundle ${sizeKiB([join(dir, 'index.mjs')])} KiB)`,
    );
  });

  it('is one minified ES module with a source map, importing nothing but Node built-ins and snappy', () => {
    const dir = assetDir(arm);
    const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
    assert.ok(code.trimEnd().endsWith('//# sourceMappingURL=index.mjs.map'));
    const map = JSON.parse(readFileSync(join(dir, 'index.mjs.map'), 'utf8')) as { sources: string[] };
    assert.ok(map.sources.some((s) => s.endsWith('lambda/handler.ts')));
    // Minified: a few long lines, not one statement per line.
    assert.ok(code.split('\n').length < 200, 'the bundle should be minified');
    // Optional SDK add-ons stay unresolved require()s inside try/catch, as in any SDK bundle.
    const optional = new Set(['@aws-sdk/signature-v4-crt']);
    // snappy is loaded lazily through createRequire(import.meta.url): its binary's package by a computed
    // name, else 'snappy' (see remote-write/encode.ts).
    const required = new Set(
      [
        ...code.matchAll(
          /\brequire\("([^"]+)"\)|\bfrom\s*"([^",]+)"|\bimport\s*\(?\s*"([^"]+)"|\(import\.meta\.url\)\("([^"]+)"\)/g,
        ),
      ].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4])!),
    );
    for (const name of required) {
      assert.ok(
        name === 'snappy' || optional.has(name) || /^(node:)?[a-z0-9_/]+$/.test(name),
        `requires ${name}`,
      );
    }
    assert.match(code, /\("snappy"\)/);
    // No CommonJS inside that calls require(): esbuild's stand-in for it would throw at run time (the
    // bundle has no require() shim; its own modules load what they need with createRequire).
    assert.doesNotMatch(code, /Dynamic require of/);
    // Static ES imports only of built-ins whose module facade is cheap: importing node:fs, http, crypto or
    // zlib builds a facade that reads every export and so loads what they load lazily (node:http pulled
    // undici in, ~35 ms on Node 24); those are required on first use instead.
    const staticImports = new Set([...code.matchAll(/\bfrom\s*"(node:[^"]+)"/g)].map((m) => m[1]));
    for (const name of staticImports)
      assert.ok(['node:module', 'node:events', 'node:buffer'].includes(name ?? ''), `imports ${name}`);
  });

  it('declares itself an ES module, as index.mjs is, wherever it is unpacked', () => {
    for (const t of [arm, x86]) {
      const pkg = JSON.parse(readFileSync(join(assetDir(t), 'package.json'), 'utf8')) as { type?: string };
      assert.equal(pkg.type, 'module');
    }
  });

  it('runs index.handler in a fresh node: a v2 event with the right token reaches Prometheus, a wrong one gets 401', async (t) => {
    // Away from the repository's node_modules (nothing to fall back on but the asset's own), and under
    // a package.json that says "type": "module", as cdk.out/ inside this repository is.
    const parent = mkdtempSync(join(tmpdir(), 'asset-under-esm-package-'));
    writeFileSync(join(parent, 'package.json'), '{"type":"module"}\n');
    const dir = join(parent, 'asset');
    cpSync(assetDir(x86), dir, { recursive: true });
    assert.ok(relative(REPO, dir).startsWith('..'));
    // Secrets Manager as the bundle's own client reaches it: AWS_ENDPOINT_URL_SECRETS_MANAGER, SigV4 checked.
    const secrets = await startFakeSecretsManager({ ...CREDENTIALS, region: 'us-east-1' });
    secrets.set(TOKEN_SECRET_ARN, TOKEN);
    try {
      const environment = functionEnvironment(x86.template);
      for (const [name, value] of Object.entries(environment)) assert.equal(typeof value, 'string', name);
      const event = (name: string, value: number, token: string) =>
        httpApiV2Event({
          headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${token}` },
          body: gaugeProtobuf({ name, value, timeMs: Date.now(), serviceName: 'bundle-test' }),
        });
      const invocation = await invoke(
        dir,
        { ...(environment as Record<string, string>), AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url },
        [event('bundle_probe', 42, TOKEN), event('bundle_probe_denied', 7, 'not-the-token')],
      );
      const [accepted, denied] = invocation.results;
      assert.equal(accepted?.statusCode, 200);
      assert.equal(denied?.statusCode, 401);
      assert.equal(denied.headers['www-authenticate'], 'Bearer');
      assert.deepEqual(secrets.refused, []);
      assert.ok(secrets.calls.length >= 1);

      const series = await prometheus.query('bundle_probe');
      assert.equal(series.length, 1);
      assert.equal(series[0]!.value[1], '42');
      assert.equal(series[0]!.metric.job, 'bundle-test');
      assert.deepEqual(await prometheus.query('bundle_probe_denied'), []);
      t.diagnostic(
        `x86_64 bundle: init ${invocation.initMs.toFixed(0)} ms, max RSS ${Math.round(invocation.maxRssKiB / 1024)} MiB`,
      );
    } finally {
      await secrets.close();
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
