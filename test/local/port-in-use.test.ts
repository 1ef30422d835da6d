/** `npm start` on a port that is taken exits 1 with a log line naming the fix: PORT=, or what holds it. */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

describe('npm start when the port is already in use', () => {
  let first: RunningForwarder;
  before(async () => {
    first = await startForwarder();
  });
  after(() => first.stop());

  it('exits 1 saying the port is taken, by perhaps a Collector, and to set PORT=', async () => {
    const port = new URL(first.url).port;
    const child = spawn(process.execPath, ['--import', 'tsx', 'lambda/edges/local/main.ts'], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: port, REMOTE_WRITE_URL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];

    assert.equal(code, 1);
    const line = JSON.parse(out.trim().split('\n').at(-1) ?? '') as Record<string, string>;
    assert.equal(line.level, 'error');
    assert.equal(line.msg, 'failed to start');
    assert.match(line.error ?? '', /EADDRINUSE/);
    assert.match(line.fix ?? '', new RegExp(`port ${port} is already in use`));
    assert.match(line.fix ?? '', /OpenTelemetry Collector/);
    assert.match(line.fix ?? '', /set PORT= to another port/);
  });
});
