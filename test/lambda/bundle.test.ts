import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { gaugeProtobuf } from '../support/otlp-sample.js';
import { startRemoteWriteReceiver, type RemoteWriteReceiver } from '../support/remote-write-receiver.js';
import { httpApiV2Event } from './api-gateway-events.js';

/** The handler bundled by scripts/bundle.mjs (`npm run build`), with the stack's settings, snappy left out. */
describe('the bundled Lambda handler', () => {
  // Outside the repository, with snappy in node_modules beside the bundle as in the function's asset: the
  // external package resolves from there and from nowhere else.
  const dir = mkdtempSync(join(tmpdir(), 'bundle-test-'));
  const file = join(dir, 'index.mjs');
  let receiver: RemoteWriteReceiver;

  before(async () => {
    receiver = await startRemoteWriteReceiver();
    await promisify(execFile)(process.execPath, ['scripts/bundle.mjs', dir]);
    mkdirSync(join(dir, 'node_modules'));
    // A link, not a copy: snappy finds its native binary package from its real path, in the repository.
    symlinkSync(join(process.cwd(), 'node_modules', 'snappy'), join(dir, 'node_modules', 'snappy'), 'dir');
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await receiver.close();
  });

  it('stays at or under 300 KiB of JavaScript without the snappy native module (cold start)', () => {
    const bytes = statSync(file).size;
    console.log(`bundled handler: ${bytes} bytes`);
    assert.ok(bytes <= 300 * 1024, `${bytes} bytes`);
  });

  it('carries no protobufjs, generated protobuf code or AWS SDK: the hand-written codecs and clients only', () => {
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
    const foreign = map.sources.filter((s) => /node_modules|proto\/generated/.test(s));
    assert.deepEqual(foreign, []);
    // Not the names (package.json, inlined for the version, lists them): the code's own marks.
    assert.doesNotMatch(
      readFileSync(file, 'utf8'),
      /\$protobuf|Long\.fromBits|class SignatureV4|SecretsManagerClient/,
    );
  });

  it('initialises from the environment at module scope and forwards an HTTP API event', async () => {
    const event = httpApiV2Event({
      headers: { 'content-type': 'application/x-protobuf' },
      body: gaugeProtobuf({ name: 'bundle.check', value: 9, timeMs: Date.now() }),
    });
    const script = `import(${JSON.stringify(file)}).then((m) => m.handler(JSON.parse(process.env.EVENT), { getRemainingTimeInMillis: () => 10000, awsRequestId: 'x' })
      .then((r) => process.stdout.write('RESULT ' + JSON.stringify(r) + '\\n')))`;
    // Asynchronously: the receiver answering the child lives in this process.
    const child = await promisify(execFile)(process.execPath, ['-e', script], {
      env: {
        PATH: process.env.PATH,
        REMOTE_WRITE_URL: receiver.url,
        ENDPOINT_AUTH: 'none',
        AWS_LAMBDA_FUNCTION_NAME: 'bundle-test',
        EVENT: JSON.stringify(event),
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const lines = child.stdout.trim().split('\n');
    const result = JSON.parse(lines.find((l) => l.startsWith('RESULT '))!.slice(7)) as { statusCode: number };
    assert.equal(result.statusCode, 200);
    assert.ok(
      lines.some((l) => l.includes('"msg":"request"')),
      'one request log line',
    );
    assert.ok(
      lines.some((l) => l.includes('"_aws"')),
      'one EMF line',
    );
    const names = receiver.requests
      .flatMap((r) => r.series ?? [])
      .map((s) => s.labels!.find((l) => l.name === '__name__')?.value);
    assert.deepEqual(names, ['bundle_check']);
  });
});
