/**
 * snappy is a native module: its `.node` binary can be missing or built for another machine (an asset
 * bundled for the wrong architecture, a hand-copied node_modules). That must not crash the Lambda's init
 * (API Gateway would answer 500, which OTLP clients do not retry): the handler imports, logs one error
 * naming the fix, and answers every request 502 with Retry-After, which clients retry. `npm start` refuses
 * to start instead, saying why.
 *
 * The bundle is built by scripts/bundle.mjs (`npm run build`) into temporary directories outside the
 * repository, each with its own copy of snappy, so nothing is ever written into node_modules.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { snappyBinaryPackage, type LambdaCpu } from '../../infra/bundling/snappy-binary.js';
import { google } from '../../proto/generated/protos.js';
import { httpApiV2Event } from '../lambda/api-gateway-events.js';
import { gaugeProtobuf } from '../support/otlp-sample.js';
import { startRemoteWriteReceiver, type RemoteWriteReceiver } from '../support/remote-write-receiver.js';

const run = promisify(execFile);
const CPU = process.arch as LambdaCpu;
const BINARY_PACKAGE = snappyBinaryPackage(CPU);
const BINARY_FILE = `snappy.linux-${CPU}-gnu.node`;

// In a fresh node, as the Lambda runtime loads an ES module handler: the import must not throw.
const INVOKER = `
const { pathToFileURL } = await import('node:url');
let handler;
try {
  ({ handler } = await import(pathToFileURL(process.cwd() + '/index.mjs').href));
} catch (err) {
  process.stdout.write('\\nIMPORT_FAILED ' + String(err) + '\\n');
  process.exit(0);
}
const result = await handler(JSON.parse(process.env.TEST_EVENT), { awsRequestId: 'r-1', getRemainingTimeInMillis: () => 9000 });
process.stdout.write('\\nRESULT ' + JSON.stringify(result) + '\\n');
`;

interface Invocation {
  readonly result: { statusCode: number; headers: Record<string, string>; body: string } | undefined;
  readonly importError: string | undefined;
  readonly logs: Record<string, unknown>[];
}

describe('the bundled handler when snappy cannot be loaded', () => {
  const root = mkdtempSync(join(tmpdir(), 'snappy-load-'));
  const built = join(root, 'built');
  let receiver: RemoteWriteReceiver;

  before(async () => {
    receiver = await startRemoteWriteReceiver();
    await run(process.execPath, ['scripts/bundle.mjs', built]);
  });
  after(async () => {
    rmSync(root, { recursive: true, force: true });
    await receiver.close();
  });

  /** A copy of the bundle with snappy beside it as the stack ships it, then `damage` applied. */
  function asset(name: string, damage: (modules: string) => void): string {
    const dir = join(root, name);
    cpSync(built, dir, { recursive: true });
    const modules = join(dir, 'node_modules');
    cpSync(join(process.cwd(), 'node_modules/snappy'), join(modules, 'snappy'), { recursive: true });
    cpSync(join(process.cwd(), 'node_modules', BINARY_PACKAGE), join(modules, BINARY_PACKAGE), {
      recursive: true,
    });
    damage(modules);
    return dir;
  }

  async function invoke(dir: string, name: string): Promise<Invocation> {
    const event = httpApiV2Event({
      headers: { 'content-type': 'application/x-protobuf' },
      body: gaugeProtobuf({ name, value: 1, timeMs: Date.now() }),
    });
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', INVOKER], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        REMOTE_WRITE_URL: receiver.url,
        ENDPOINT_AUTH: 'none',
        AWS_LAMBDA_FUNCTION_NAME: 'snappy-load-test',
        AWS_REGION: 'us-east-1',
        TEST_EVENT: JSON.stringify(event),
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const lines = stdout.split('\n');
    const result = lines.find((l) => l.startsWith('RESULT '));
    return {
      result: result === undefined ? undefined : (JSON.parse(result.slice(7)) as Invocation['result']),
      importError: lines.find((l) => l.startsWith('IMPORT_FAILED '))?.slice(14),
      logs: lines
        .filter((l) => l.startsWith('{') && l.includes('"level"'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    };
  }

  it('with snappy intact, answers 200 and the series arrives', async () => {
    const invocation = await invoke(
      asset('intact', () => {}),
      'snappy_intact',
    );
    assert.equal(invocation.importError, undefined);
    assert.equal(invocation.result?.statusCode, 200);
    const names = receiver.requests
      .flatMap((r) => r.series ?? [])
      .map((s) => s.labels!.find((l) => l.name === '__name__')?.value);
    assert.ok(names.includes('snappy_intact'));
  });

  for (const [name, damage, cause] of [
    ['the .node binary removed', (m: string) => rmSync(join(m, BINARY_PACKAGE, BINARY_FILE))],
    [
      'the .node binary replaced by garbage',
      (m: string) => writeFileSync(join(m, BINARY_PACKAGE, BINARY_FILE), Buffer.alloc(4096, 0x5a)),
      // The binary's own load error (what to act on), not the "cannot find" of snappy's loader tried next.
      /invalid ELF header/,
    ],
    ['the binary package missing', (m: string) => rmSync(join(m, BINARY_PACKAGE), { recursive: true })],
    ['snappy missing altogether', (m: string) => rmSync(m, { recursive: true })],
  ] as [string, (m: string) => void, RegExp?][]) {
    it(`with ${name}: imports, logs one error naming the fix, answers 502 with Retry-After`, async () => {
      const dir = asset(name.replace(/\W+/g, '-'), damage);
      const invocation = await invoke(dir, 'snappy_broken');
      assert.equal(invocation.importError, undefined, 'importing the handler must not throw');
      const result = invocation.result;
      assert.ok(result, 'the handler answered');
      assert.equal(result.statusCode, 502);
      assert.equal(result.headers['retry-after'], '60');
      const status = google.rpc.Status.decode(Buffer.from(result.body, 'base64'));
      assert.equal(status.code, 14); // UNAVAILABLE
      const snappyErrors = invocation.logs.filter(
        (l) => l.level === 'error' && /snappy/.test(String(l.error)),
      );
      assert.equal(snappyErrors.length, 1, JSON.stringify(invocation.logs));
      assert.match(String(snappyErrors[0]!.error), new RegExp(BINARY_PACKAGE.replace('/', '\\/')));
      assert.match(String(snappyErrors[0]!.error), /redeploy|npm ci/);
      if (cause) assert.match(String(snappyErrors[0]!.error), cause);
    });
  }
});

describe('npm start when snappy cannot be loaded', () => {
  it('exits 1 with one error naming the fix instead of serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snappy-garbage-'));
    try {
      const garbage = join(dir, BINARY_FILE);
      writeFileSync(garbage, Buffer.alloc(4096, 0x5a));
      // snappy's loader takes the binary from here when set: a wrong binary without touching node_modules.
      const child = run(process.execPath, ['--import', 'tsx', 'lambda/edges/local/main.ts'], {
        env: { ...process.env, PORT: '0', REMOTE_WRITE_URL: '', NAPI_RS_NATIVE_LIBRARY_PATH: garbage },
        encoding: 'utf8',
        timeout: 30_000,
      });
      await assert.rejects(child, (err: { code?: number; stdout?: string }) => {
        assert.equal(err.code, 1);
        const errors = (err.stdout ?? '').split('\n').filter((l) => l.includes('"level":"error"'));
        assert.equal(errors.length, 1, err.stdout);
        assert.match(errors[0]!, /snappy/);
        assert.match(errors[0]!, /npm ci/);
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
