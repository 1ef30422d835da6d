/**
 * Hostile Retry-After values from the destination: absurdly large, unparseable as a number, zero,
 * negative or in the past. What the client is told stays a finite, capped integer, and a useless value
 * never cuts the retries short.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { deliver, type TestDeliveryOptions as DeliveryOptions } from '../delivery/deliver-helpers.js';
import { MAX_RETRY_AFTER_SECONDS, ThrottledError, toErrorResponse } from '../../lambda/errors.js';
import { parseRetryAfter } from '../../lambda/remote-write/send.js';
import { startScriptedDestination, type ScriptedDestination } from '../delivery/scripted-destination.js';
import { makeSeries } from '../delivery/series.js';
import { virtualClock } from './virtual-clock.js';

const started: ScriptedDestination[] = [];
after(async () => {
  await Promise.all(started.map((d) => d.close()));
});

async function answering(status: number, retryAfter: string): Promise<ScriptedDestination> {
  const d = await startScriptedDestination(() => ({
    status,
    headers: { 'retry-after': retryAfter },
    body: 'busy',
  }));
  started.push(d);
  return d;
}

describe('Retry-After from the destination', () => {
  it('is capped at 300 s and stays a finite integer however many digits it has', async () => {
    for (const digits of [20, 400]) {
      const dest = await answering(429, '9'.repeat(digits));
      const err = await deliver(makeSeries(1, 1), dest.send, { deadline: Date.now() + 2000 }).catch(
        (e: unknown) => e,
      );
      assert.ok(err instanceof ThrottledError);
      const { retryAfterSeconds } = toErrorResponse(err);
      assert.equal(retryAfterSeconds, MAX_RETRY_AFTER_SECONDS, `${digits} digits`);
      assert.equal(String(retryAfterSeconds), '300');
      // Waiting past the deadline cannot help: given up at once, not waited for.
      assert.equal(dest.received.length, 1);
    }
  });

  it('parses to absent when zero, negative, fractional or in the past, and caps far futures', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    for (const useless of ['0', '-1', '-30', '1.5', 'Wed, 31 Dec 2025 00:00:00 GMT', ' ', '1e3']) {
      assert.equal(parseRetryAfter(useless, now), undefined, JSON.stringify(useless));
    }
    assert.equal(parseRetryAfter('9'.repeat(400), now), MAX_RETRY_AFTER_SECONDS * 1000);
    assert.equal(parseRetryAfter('Fri, 01 Jan 2027 00:00:00 GMT', now), MAX_RETRY_AFTER_SECONDS * 1000);
    assert.equal(parseRetryAfter('7', now), 7000);
  });

  for (const value of ['0', '-5', 'Thu, 01 Jan 1970 00:00:00 GMT']) {
    it(`retries with normal backoff until the budget ends when Retry-After is ${JSON.stringify(value)}`, async () => {
      const dest = await answering(503, value);
      const clock = virtualClock();
      const options: DeliveryOptions = {
        deadline: clock.now() + 4000,
        now: clock.now,
        sleep: clock.sleep,
        // The longest jitter: the backoff that used to run into the deadline first.
        random: () => 0.99,
      };
      const err = await deliver(makeSeries(1, 1), dest.send, options).catch((e: unknown) => e);
      assert.equal(toErrorResponse(err).status, 503);
      // Backoff 150, 300, 600, 1200 ms (+jitter), then shrunk to leave a last attempt before the deadline.
      assert.ok(
        clock.elapsed() >= 3700,
        `gave up after ${clock.elapsed()} ms of a 4000 ms budget, after ${dest.received.length} attempts`,
      );
      assert.ok(dest.received.length >= 6, `${dest.received.length} attempts`);
    });
  }
});
