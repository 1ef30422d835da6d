import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { jsonLogger } from '../../lambda/log.js';
import { startFakeSecretsManager, type FakeSecretsManager } from '../support/fake-aws.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { gaugeJson } from '../support/otlp-sample.js';
import { startRemoteWriteReceiver, type RemoteWriteReceiver } from '../support/remote-write-receiver.js';
import type { ReceivedRequest } from '../support/sigv4-verifier.js';

process.env.AWS_ACCESS_KEY_ID = 'AKIDLOCALDEVELOPER1';
process.env.AWS_SECRET_ACCESS_KEY = 'local-developer-secret-access-key';
delete process.env.AWS_SESSION_TOKEN;
delete process.env.AWS_PROFILE;

const TOKEN = 'mimir-write-token-9d8c7b6a';
const PASSWORD = 'cortex-basic-password-5e4d';

/** A Mimir-like receiver: 401 unless Authorization is exactly `expected()`. */
function requireAuthorization(
  expected: () => string,
): (request: ReceivedRequest) => { status: number; message: string } | undefined {
  return (request) => {
    const got = request.headers.find(([n]) => n.toLowerCase() === 'authorization')?.[1];
    return got === expected() ? undefined : { status: 401, message: 'no org id or bad credentials' };
  };
}

function post(forwarder: RunningForwarder, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(forwarder.metricsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(gaugeJson({ name: 'tenant.test', value: 1, timeMs: Date.now() })),
  });
}

describe('X-Scope-OrgID for Cortex/Mimir', () => {
  let receiver: RemoteWriteReceiver;
  before(async () => {
    receiver = await startRemoteWriteReceiver();
  });
  after(() => receiver.close());

  async function tenantSeen(
    env: Record<string, string>,
    clientHeaders: Record<string, string> = {},
  ): Promise<[number, string | undefined]> {
    const forwarder = await startForwarder({ REMOTE_WRITE_URL: receiver.url, ...env });
    try {
      const res = await post(forwarder, clientHeaders);
      return [
        res.status,
        res.status === 200 ? receiver.requests.at(-1)!.header('x-scope-orgid') : await res.text(),
      ];
    } finally {
      await forwarder.stop();
    }
  }

  it('sends the configured tenant from REMOTE_WRITE_HEADERS', async () => {
    assert.deepEqual(await tenantSeen({ REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a' }), [200, 'team-a']);
  });

  it('ignores the client’s tenant header unless pass-through is on', async () => {
    assert.deepEqual(
      await tenantSeen({ REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a' }, { 'X-Scope-OrgID': 'team-b' }),
      [200, 'team-a'],
    );
    assert.deepEqual(await tenantSeen({}, { 'X-Scope-OrgID': 'team-b' }), [200, undefined]);
  });

  it('with PASS_THROUGH_TENANT_HEADER=true forwards the client’s tenant, the configured one as fallback', async () => {
    const env = { REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a', PASS_THROUGH_TENANT_HEADER: 'true' };
    assert.deepEqual(await tenantSeen(env, { 'X-Scope-OrgID': 'team-b' }), [200, 'team-b']);
    assert.deepEqual(await tenantSeen(env), [200, 'team-a']);
  });

  it('refuses a client tenant that is not a plain ID with 400', async () => {
    const [status, text] = await tenantSeen(
      { PASS_THROUGH_TENANT_HEADER: 'true' },
      { 'X-Scope-OrgID': 'team a' },
    );
    assert.equal(status, 400);
    assert.match(text!, /X-Scope-OrgID must be/);
  });
});

describe('bearer and basic credentials from the environment', () => {
  it('sends Authorization: Bearer <token> and never logs it', async () => {
    const receiver = await startRemoteWriteReceiver({ check: requireAuthorization(() => `Bearer ${TOKEN}`) });
    const lines: string[] = [];
    const forwarder = await startForwarder(
      {
        REMOTE_WRITE_URL: receiver.url,
        REMOTE_WRITE_AUTH: 'bearer',
        REMOTE_WRITE_BEARER_TOKEN: TOKEN,
        REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a',
      },
      jsonLogger((line) => lines.push(line)),
    );
    try {
      const res = await post(forwarder);
      assert.equal(res.status, 200, await res.text());
      assert.equal(receiver.requests.at(-1)!.header('x-scope-orgid'), 'team-a');
      assert.ok(lines.length > 0 && !lines.join('').includes(TOKEN));
    } finally {
      await forwarder.stop();
      await receiver.close();
    }
  });

  it('sends Authorization: Basic base64(user:password) and never logs the password or the header', async () => {
    const basic = `Basic ${Buffer.from(`tenant-1:${PASSWORD}`).toString('base64')}`;
    const receiver = await startRemoteWriteReceiver({ check: requireAuthorization(() => basic) });
    const lines: string[] = [];
    const forwarder = await startForwarder(
      {
        REMOTE_WRITE_URL: receiver.url,
        REMOTE_WRITE_AUTH: 'basic',
        REMOTE_WRITE_BASIC_USERNAME: 'tenant-1',
        REMOTE_WRITE_BASIC_PASSWORD: PASSWORD,
      },
      jsonLogger((line) => lines.push(line)),
    );
    try {
      const res = await post(forwarder);
      assert.equal(res.status, 200, await res.text());
      const log = lines.join('');
      assert.ok(!log.includes(PASSWORD) && !log.includes(basic.slice(6)));
    } finally {
      await forwarder.stop();
      await receiver.close();
    }
  });

  it('a destination that refuses the credentials makes the forwarder answer 502 (retryable)', async () => {
    const receiver = await startRemoteWriteReceiver({
      check: requireAuthorization(() => 'Bearer the-right-one'),
    });
    const lines: string[] = [];
    const forwarder = await startForwarder(
      { REMOTE_WRITE_URL: receiver.url, REMOTE_WRITE_AUTH: 'bearer', REMOTE_WRITE_BEARER_TOKEN: TOKEN },
      jsonLogger((line) => lines.push(line)),
    );
    try {
      const res = await post(forwarder);
      assert.equal(res.status, 502);
      assert.ok(!lines.join('').includes(TOKEN));
      assert.ok(!(await res.text()).includes(TOKEN));
    } finally {
      await forwarder.stop();
      await receiver.close();
    }
  });
});

describe('credentials from Secrets Manager (REMOTE_WRITE_SECRET_ARN)', () => {
  const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:mimir-write-XyZ123';
  let secretsManager: FakeSecretsManager;
  before(async () => {
    secretsManager = await startFakeSecretsManager({
      accessKeyId: 'AKIDLOCALDEVELOPER1',
      secretAccessKey: 'local-developer-secret-access-key',
      region: 'eu-west-1',
    });
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secretsManager.url;
  });
  after(async () => {
    delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    await secretsManager.close();
  });

  it('bearer: reads the token, caches it, and re-reads it after the destination refuses a rotated one', async () => {
    let current = 'token-v1';
    secretsManager.set(ARN, 'token-v1');
    const receiver = await startRemoteWriteReceiver({
      check: requireAuthorization(() => `Bearer ${current}`),
    });
    const lines: string[] = [];
    const forwarder = await startForwarder(
      { REMOTE_WRITE_URL: receiver.url, REMOTE_WRITE_AUTH: 'bearer', REMOTE_WRITE_SECRET_ARN: ARN },
      jsonLogger((line) => lines.push(line)),
    );
    try {
      assert.equal((await post(forwarder)).status, 200);
      assert.equal((await post(forwarder)).status, 200);
      assert.equal(secretsManager.calls.length, 1, 'cached within the TTL');

      // Rotation: the destination now wants v2; the first request fails (502, the client retries)…
      current = 'token-v2';
      secretsManager.set(ARN, 'token-v2');
      assert.equal((await post(forwarder)).status, 502);
      // …and the refusal dropped the cached value, so the retry carries the new token.
      assert.equal((await post(forwarder)).status, 200);
      assert.equal(secretsManager.calls.length, 2);
      assert.deepEqual(secretsManager.refused, []);
      assert.ok(!lines.join('').includes('token-v1') && !lines.join('').includes('token-v2'));
    } finally {
      await forwarder.stop();
      await receiver.close();
    }
  });

  it('basic: the secret is JSON {"username","password"}', async () => {
    const arn = `${ARN}-basic`;
    secretsManager.set(arn, JSON.stringify({ username: 'tenant-2', password: PASSWORD }));
    const receiver = await startRemoteWriteReceiver({
      check: requireAuthorization(() => `Basic ${Buffer.from(`tenant-2:${PASSWORD}`).toString('base64')}`),
    });
    const forwarder = await startForwarder({
      REMOTE_WRITE_URL: receiver.url,
      REMOTE_WRITE_AUTH: 'basic',
      REMOTE_WRITE_SECRET_ARN: arn,
    });
    try {
      const res = await post(forwarder);
      assert.equal(res.status, 200, await res.text());
    } finally {
      await forwarder.stop();
      await receiver.close();
    }
  });

  it('basic: a secret that is not that JSON answers 502 without quoting it', async () => {
    const arn = `${ARN}-broken`;
    secretsManager.set(arn, `just-a-password-${PASSWORD}`);
    const receiver = await startRemoteWriteReceiver();
    const lines: string[] = [];
    const forwarder = await startForwarder(
      { REMOTE_WRITE_URL: receiver.url, REMOTE_WRITE_AUTH: 'basic', REMOTE_WRITE_SECRET_ARN: arn },
      jsonLogger((line) => lines.push(line)),
    );
    try {
      const res = await post(forwarder);
      assert.equal(res.status, 502);
      const text = await res.text();
      assert.match(text, /must be JSON/);
      assert.ok(!text.includes(PASSWORD) && !lines.join('').includes(PASSWORD));
      assert.equal(receiver.requests.length, 0);
    } finally {
      await forwarder.stop();
      await receiver.close();
    }
  });
});
