import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoizeCredentials } from '../../lambda/auth/credentials.js';
import { bearerTokenAuth } from '../../lambda/auth/endpoint-auth.js';
import { SecretCache } from '../../lambda/auth/secret-cache.js';
import { SecretUnavailableError, toErrorResponse, UnauthorizedError } from '../../lambda/errors.js';
import { jsonLogger } from '../../lambda/log.js';
import type { AwsCredentials } from '../../lambda/remote-write/sign.js';

const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:t-AbCdEf';

/** A secret store we can rotate and break, and a clock we move by hand. */
function fixture(ttlMs = 300_000) {
  const state = { value: 'v1', fail: false, reads: 0, clock: 1_000_000 };
  const logs: string[] = [];
  const cache = new SecretCache(
    (arn) => {
      assert.equal(arn, ARN);
      state.reads++;
      return state.fail
        ? Promise.reject(new Error('ThrottlingException: Rate exceeded'))
        : Promise.resolve(state.value);
    },
    { ttlMs, logger: jsonLogger((l) => logs.push(l)), now: () => state.clock },
  );
  return { state, cache, logs };
}

describe('SecretCache', () => {
  it('serves the cached value within the TTL and reads again after it', async () => {
    const { state, cache } = fixture();
    assert.equal((await cache.get(ARN)).reveal(), 'v1');
    state.value = 'v2';
    state.clock += 299_000;
    assert.equal((await cache.get(ARN)).reveal(), 'v1');
    state.clock += 2_000;
    assert.equal((await cache.get(ARN)).reveal(), 'v2');
    assert.equal(state.reads, 2);
  });

  it('shares one read between concurrent callers', async () => {
    const { state, cache } = fixture();
    await Promise.all([cache.get(ARN), cache.get(ARN), cache.get(ARN)]);
    assert.equal(state.reads, 1);
  });

  it('keeps serving the last value when a refresh fails, and logs that without the value', async () => {
    const { state, cache, logs } = fixture();
    await cache.get(ARN);
    state.fail = true;
    state.clock += 400_000;
    assert.equal((await cache.get(ARN)).reveal(), 'v1');
    assert.match(logs.join(''), /secret refresh failed; using the cached value.*Rate exceeded/);
    assert.ok(!logs.join('').includes('"v1"'));
  });

  it('throws SecretUnavailableError (503) when nothing was ever read', async () => {
    const { state, cache } = fixture();
    state.fail = true;
    await assert.rejects(
      cache.get(ARN),
      (err: unknown) => err instanceof SecretUnavailableError && toErrorResponse(err).status === 503,
    );
  });

  it('reads again after invalidate()', async () => {
    const { state, cache } = fixture();
    await cache.get(ARN);
    state.value = 'v2';
    cache.invalidate(ARN);
    assert.equal((await cache.get(ARN)).reveal(), 'v2');
  });
});

describe('bearerTokenAuth', () => {
  const request = (authorization?: string) => ({
    method: 'POST',
    path: '/v1/metrics',
    headers: authorization === undefined ? {} : { authorization },
    body: new Uint8Array(),
    arrivedAt: 0,
    deadline: 0,
  });

  it('admits the right token, with any case of the scheme and a trailing newline in the secret', async () => {
    const { state, cache } = fixture();
    state.value = 's3cret-token\n';
    const authenticate = bearerTokenAuth(cache, ARN);
    await authenticate(request('Bearer s3cret-token'));
    await authenticate(request('bearer s3cret-token'));
  });

  it('refuses a missing, malformed or wrong token with UnauthorizedError', async () => {
    const { cache } = fixture();
    const authenticate = bearerTokenAuth(cache, ARN);
    for (const header of [undefined, 'Basic djE=', 'Bearer', 'Bearer v1 extra', 'Bearer v2', 'Bearer v']) {
      await assert.rejects(
        authenticate(request(header)),
        (err: unknown) => err instanceof UnauthorizedError,
        String(header),
      );
    }
  });

  it('admits a freshly rotated token without waiting for the TTL, but re-reads at most every 30 s', async () => {
    const { state, cache } = fixture();
    const authenticate = bearerTokenAuth(cache, ARN);
    await authenticate(request('Bearer v1'));
    state.value = 'v2';
    state.clock += 10_000;
    // Cached value only 10 s old: no extra read, so a flood of wrong tokens cannot hammer Secrets Manager.
    await assert.rejects(authenticate(request('Bearer v2')), UnauthorizedError);
    assert.equal(state.reads, 1);
    state.clock += 25_000;
    await authenticate(request('Bearer v2'));
    assert.equal(state.reads, 2);
    await assert.rejects(authenticate(request('Bearer v1')), UnauthorizedError);
  });

  it('treats an empty secret as unavailable, never as "any empty token"', async () => {
    const { state, cache } = fixture();
    state.value = '  ';
    await assert.rejects(bearerTokenAuth(cache, ARN)(request('Bearer x')), SecretUnavailableError);
  });
});

describe('memoizeCredentials', () => {
  function provider(clock: { now: number }) {
    let issued = 0;
    const calls = { count: 0, fail: false };
    const get = (): Promise<AwsCredentials> => {
      calls.count++;
      if (calls.fail) return Promise.reject(new Error('sts down'));
      issued++;
      return Promise.resolve({
        accessKeyId: `ASIA${issued}`,
        secretAccessKey: 's',
        sessionToken: 't',
        expiration: new Date(clock.now + 3600_000),
      });
    };
    return { get, calls };
  }

  it('reuses credentials until five minutes before they expire, then refreshes', async () => {
    const clock = { now: 0 };
    const { get, calls } = provider(clock);
    const credentials = memoizeCredentials(get, { now: () => clock.now });
    assert.equal((await credentials()).accessKeyId, 'ASIA1');
    clock.now = 3600_000 - 300_001;
    assert.equal((await credentials()).accessKeyId, 'ASIA1');
    clock.now = 3600_000 - 299_000;
    assert.equal((await credentials()).accessKeyId, 'ASIA2');
    assert.equal(calls.count, 2);
  });

  it('keeps using still-valid credentials when a refresh fails, and fails once they have expired', async () => {
    const clock = { now: 0 };
    const { get, calls } = provider(clock);
    const credentials = memoizeCredentials(get, { now: () => clock.now });
    await credentials();
    calls.fail = true;
    clock.now = 3600_000 - 60_000;
    assert.equal((await credentials()).accessKeyId, 'ASIA1');
    clock.now = 3600_000 + 1;
    await assert.rejects(credentials(), /sts down/);
  });

  it('caches long-term keys (no expiration) for good', async () => {
    let calls = 0;
    const credentials = memoizeCredentials(() =>
      Promise.resolve({ accessKeyId: `AKID${++calls}`, secretAccessKey: 's' }),
    );
    await credentials();
    await credentials();
    assert.equal(calls, 1);
  });
});
