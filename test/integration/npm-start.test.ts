/**
 * `npm start` as a new user runs it: a separate process with the embedded default destination, fed by the
 * real SDK, its page and JSON checked, then stopped with SIGTERM.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { sdkClient } from '../support/otel-sdk.js';

interface Started {
  child: ChildProcess;
  lines: string[];
  url: string;
}

async function startProcess(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lambda/edges/local/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let buffered = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const match = /"msg":"listening".*"otlpEndpoint":"(http:\/\/[^"]+)\/v1\/metrics"/.exec(line);
        if (match?.[1]) resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${lines.join('\n')}`)));
  });
  const url = await listening;
  return { child, lines, url };
}

describe('npm start with the embedded destination', () => {
  let started: Started | undefined;

  before(async () => {
    // PORT=0: the server picks a free port and logs the address it got (no race for a probed port).
    started = await startProcess({ PORT: '0', HOST: '127.0.0.1', REMOTE_WRITE_URL: '' });
    assert.match(started.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });
  after(() => {
    if (started?.child.exitCode === null) started.child.kill('SIGKILL');
  });
  const running = (): Started => {
    assert.ok(started, 'the server did not start');
    return started;
  };

  it('receives SDK metrics and shows them as JSON and on the page', async () => {
    const client = sdkClient('json', `${running().url}/v1/metrics`, {
      'service.name': 'cart',
      'service.instance.id': 'i-1',
    });
    try {
      client.meter.createCounter('orders.placed').add(3, { region: 'eu<west>' });
      assert.equal((await client.exportOnce()).code, 0);
    } finally {
      await client.shutdown();
    }

    const json = (await (await fetch(`${running().url}/api/v1/series`)).json()) as {
      data: { name: string; labels: Record<string, string>; value: number }[];
    };
    assert.deepEqual(
      json.data.map(({ name, labels, value }) => ({ name, labels, value })),
      [
        {
          name: 'orders_placed_total',
          labels: {
            instance: 'i-1',
            job: 'cart',
            otel_scope_name: 'test-scope',
            otel_scope_version: '1.2.3',
            region: 'eu<west>',
          },
          value: 3,
        },
      ],
    );

    const page = await fetch(`${running().url}/`);
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await page.text();
    assert.match(html, /orders_placed_total/);
    assert.match(html, /region="eu&lt;west&gt;"/, 'label values are HTML-escaped');
    assert.match(html, /http-equiv="refresh"/);
  });

  it('logs one line per request with points, series, status and duration', () => {
    const entries = running()
      .lines.filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const request = entries.find((e) => e.msg === 'request' && e.path === '/v1/metrics');
    assert.ok(request, running().lines.join('\n'));
    assert.equal(request.status, 200);
    assert.equal(request.pointsIn, 1);
    assert.equal(request.seriesOut, 1);
    assert.equal(typeof request.ms, 'number');
  });

  it('stops cleanly on SIGTERM', async () => {
    running().child.kill('SIGTERM');
    const [code] = (await once(running().child, 'exit')) as [number | null];
    assert.equal(code, 0);
    assert.ok(running().lines.some((l) => l.includes('"msg":"stopped"')));
  });
});

describe('npm start with a bad configuration', () => {
  it('exits 1 naming the variable', async () => {
    await assert.rejects(startProcess({ PORT: 'seventy' }), /PORT must be an integer/);
  });
});
