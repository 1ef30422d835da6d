import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { closeServer, listen } from '../../lambda/local/listen.js';
import { parseRetryAfter, sendWriteRequest } from '../../lambda/remote-write/send.js';
import { VERSION } from '../../lambda/version.js';
import { freePort } from '../support/free-port.js';

interface Seen {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

describe('sendWriteRequest against a local HTTP server', () => {
  let server: Server;
  let url: string;
  const seen: Seen[] = [];
  let answer: { status: number; headers?: Record<string, string>; body?: string; stallMs?: number } = {
    status: 204,
  };

  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body: Buffer.concat(chunks) });
        const reply = (): void => {
          res.writeHead(answer.status, answer.headers).end(answer.body ?? '');
        };
        if (answer.stallMs) setTimeout(reply, answer.stallMs);
        else reply();
      });
    });
    await listen(server);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/write`;
  });
  after(() => closeServer(server));

  it('sends the remote-write 1.0 headers and the exact body', async () => {
    answer = { status: 204 };
    const body = Buffer.from([1, 2, 3]);
    const result = await sendWriteRequest(body, {
      url,
      timeoutMs: 2000,
      headers: { 'X-Scope-OrgID': 'team-a' },
    });
    assert.deepEqual(result, { status: 'success', httpStatus: 204 });
    const { headers, body: received } = seen.at(-1)!;
    assert.equal(headers['content-type'], 'application/x-protobuf');
    assert.equal(headers['content-encoding'], 'snappy');
    assert.equal(headers['x-prometheus-remote-write-version'], '0.1.0');
    assert.equal(headers['user-agent'], `otlp-prom-forwarder/${VERSION}`);
    assert.equal(headers['x-scope-orgid'], 'team-a');
    assert.deepEqual(received, body);
  });

  it('does not let extra headers replace the protocol headers', async () => {
    answer = { status: 200 };
    await sendWriteRequest(Buffer.from([1]), {
      url,
      timeoutMs: 2000,
      headers: { 'content-encoding': 'gzip' },
    });
    assert.equal(seen.at(-1)!.headers['content-encoding'], 'snappy');
  });

  it('reports 5xx and 429 as retryable with Retry-After, and quotes the destination', async () => {
    answer = { status: 503, headers: { 'retry-after': '7' }, body: 'overloaded' };
    const result = await sendWriteRequest(Buffer.from([1]), { url, timeoutMs: 2000 });
    assert.ok(result.status === 'retryable');
    assert.equal(result.retryAfterMs, 7000);
    assert.match(result.error.message, /answered 503: overloaded/);

    answer = { status: 429 };
    const throttled = await sendWriteRequest(Buffer.from([1]), { url, timeoutMs: 2000 });
    assert.ok(throttled.status === 'retryable');
    assert.equal(throttled.httpStatus, 429);
  });

  it('does not follow a redirect: a 302 is a failure, not the 200 of the page it points to', async () => {
    answer = { status: 302, headers: { location: '/elsewhere' } };
    const before = seen.length;
    const result = await sendWriteRequest(Buffer.from([1]), { url, timeoutMs: 2000 });
    assert.ok(result.status === 'failure');
    assert.equal(result.httpStatus, 302);
    assert.equal(seen.length, before + 1, 'the redirect target was not requested');
  });

  it('quotes at most 1 KiB of an error body', async () => {
    answer = { status: 400, body: `${'x'.repeat(5000)}TAIL` };
    const result = await sendWriteRequest(Buffer.from([1]), { url, timeoutMs: 2000 });
    assert.ok(result.status === 'failure');
    assert.ok(!result.error.message.includes('TAIL'));
    assert.ok(result.error.message.length < 1200, `${result.error.message.length} characters`);
  });

  it('removes our credentials from an error body that echoes the request', async () => {
    const token = 'sekrit-token-0123456789';
    answer = { status: 400, body: `bad request; you sent Authorization: Bearer ${token} and x=${token}` };
    const result = await sendWriteRequest(Buffer.from([1]), {
      url,
      timeoutMs: 2000,
      headers: { authorization: `Bearer ${token}` },
    });
    assert.ok(result.status === 'failure');
    assert.ok(!result.error.message.includes(token), result.error.message);
    assert.match(result.error.message, /\[redacted\]/);
  });

  it('reports other 4xx as failures', async () => {
    answer = { status: 400, body: 'out of order sample' };
    const result = await sendWriteRequest(Buffer.from([1]), { url, timeoutMs: 2000 });
    assert.ok(result.status === 'failure');
    assert.equal(result.httpStatus, 400);
  });

  it('reports a timeout and a refused connection as retryable', async () => {
    answer = { status: 204, stallMs: 500 };
    const slow = await sendWriteRequest(Buffer.from([1]), { url, timeoutMs: 50 });
    assert.ok(slow.status === 'retryable');
    assert.match(slow.error.message, /timed out after 50 ms/);

    const refused = await sendWriteRequest(Buffer.from([1]), {
      url: `http://127.0.0.1:${await freePort()}/api/v1/write`,
      timeoutMs: 2000,
    });
    assert.ok(refused.status === 'retryable');
    assert.match(refused.error.message, /ECONNREFUSED/);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delay-seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now), undefined);
  });
  it('ignores absent and unparseable values', () => {
    assert.equal(parseRetryAfter(null, now), undefined);
    assert.equal(parseRetryAfter('soon', now), undefined);
  });
});
