/**
 * The local views (inspect page, its JSON and reset, /metrics) show every series received and can empty
 * the store: a page on another site (DNS rebinding, cross-origin POST) or a network client without the
 * endpoint's token must get neither. Reproduces a review finding: all of them answered 200.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { after, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** A request with the exact Host and Origin given (fetch will not send a Host of our choosing). */
function send(
  url: string,
  options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? target.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const started: RunningForwarder[] = [];
after(async () => {
  await Promise.all(started.map((f) => f.stop()));
});

async function forwarderWithData(env: Record<string, string> = {}): Promise<RunningForwarder> {
  const forwarder = await startForwarder(env);
  started.push(forwarder);
  return forwarder;
}

async function write(forwarder: RunningForwarder, headers: Record<string, string> = {}): Promise<void> {
  const body = exportRequest(
    resourceMetrics([gauge('private_metric', [{ time: nanos(BASE_S), value: 42 }])]),
  );
  if (Object.keys(headers).length === 0) {
    assert.equal((await postJson(forwarder.metricsUrl, body)).status, 200);
    return;
  }
  const res = await fetch(forwarder.metricsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  assert.equal(res.status, 200);
}

const seriesCount = (forwarder: RunningForwarder): number => forwarder.receiver?.store.list().length ?? 0;

describe('the local views', () => {
  it('answer this machine by a loopback name, and refuse a foreign Host (DNS rebinding) with 403', async () => {
    const forwarder = await forwarderWithData();
    await write(forwarder);
    const port = new URL(forwarder.url).port;
    for (const path of ['/', '/api/v1/series', '/api/v1/requests', '/metrics']) {
      assert.equal((await send(`${forwarder.url}${path}`)).status, 200, path);
      assert.equal((await send(`${forwarder.url}${path}`, { host: `localhost:${port}` })).status, 200, path);
      const foreign = await send(`${forwarder.url}${path}`, { host: `attacker.example:${port}` });
      assert.equal(foreign.status, 403, path);
      assert.ok(!foreign.body.includes('private_metric'), path);
    }
    const reset = await send(`${forwarder.url}/api/v1/reset`, {
      method: 'POST',
      host: `attacker.example:${port}`,
      headers: { 'content-type': 'application/json', origin: `http://attacker.example:${port}` },
      body: '{}',
    });
    assert.equal(reset.status, 403);
    assert.equal(seriesCount(forwarder), 1, 'the store was not emptied');
  });

  it('refuse a reset from another origin, and take one from the page itself', async () => {
    const forwarder = await forwarderWithData();
    await write(forwarder);
    const host = new URL(forwarder.url).host;
    const json = { 'content-type': 'application/json' };
    const foreign = await send(`${forwarder.url}/api/v1/reset`, {
      method: 'POST',
      headers: { ...json, origin: 'http://evil.example' },
      body: '{}',
    });
    assert.equal(foreign.status, 403);
    assert.equal(seriesCount(forwarder), 1);
    const own = await send(`${forwarder.url}/api/v1/reset`, {
      method: 'POST',
      headers: { ...json, origin: `http://${host}` },
      body: '{}',
    });
    assert.equal(own.status, 200);
    assert.equal(seriesCount(forwarder), 0);
  });

  it('need the endpoint token from another machine when endpoint auth is on', async (t) => {
    const address = Object.values(networkInterfaces())
      .flat()
      .find((a) => a?.family === 'IPv4' && !a.internal)?.address;
    if (address === undefined) {
      t.skip('no non-loopback IPv4 address on this machine');
      return;
    }
    const forwarder = await forwarderWithData({ HOST: '0.0.0.0', ENDPOINT_TOKEN: 'view-token-0123456789' });
    const port = new URL(forwarder.url).port;
    const auth = { authorization: 'Bearer view-token-0123456789' };
    await write(forwarder, auth);
    const remote = `http://${address}:${port}`;
    const without = await send(`${remote}/api/v1/series`);
    assert.equal(without.status, 401);
    assert.ok(!without.body.includes('private_metric'));
    assert.equal((await send(`${remote}/metrics`)).status, 401);
    const withToken = await send(`${remote}/api/v1/series`, { headers: auth });
    assert.equal(withToken.status, 200);
    assert.match(withToken.body, /private_metric/);
  });
});
