/**
 * A client trickling its body used to hold the request past its budget: the budget was only checked once
 * the upload ended (20 bytes over 3 s got its 503 at 3 s with a 1 s budget). The local server now answers
 * when the budget ends, while the client is still sending.
 */
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

describe('a slow upload', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({ REQUEST_TIMEOUT_MS: '500' });
  });
  after(() => forwarder.stop());

  it('is answered 503 when the budget ends, before the client has sent its body', async () => {
    const total = 40;
    let sent = 0;
    const answer = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
      const req = request(forwarder.metricsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(total) },
      });
      req.on('response', (res) => {
        const sentWhenAnswered = sent;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sentWhenAnswered });
        clearInterval(timer);
        req.destroy();
      });
      req.on('error', (err) => {
        clearInterval(timer);
        reject(err);
      });
      // One byte every 100 ms: 4 s for the whole body.
      const timer = setInterval(() => {
        if (sent >= total) return;
        req.write(' ');
        sent++;
      }, 100);
    });
    assert.equal(answer.status, 503);
    assert.ok(answer.sentWhenAnswered < total, `answered after ${answer.sentWhenAnswered} of ${total} bytes`);
  });
});
