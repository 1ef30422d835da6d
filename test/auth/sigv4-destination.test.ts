import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { jsonLogger } from '../../lambda/log.js';
import { startFakeSts, type FakeService } from '../support/fake-aws.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { gaugeJson } from '../support/otlp-sample.js';
import { startAmpReceiver, type RemoteWriteReceiver } from '../support/remote-write-receiver.js';

// Known test credentials, read by the AWS SDK's default chain from the environment like on any host.
const KEYS = {
  accessKeyId: 'AKIDTESTFORWARDER1',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYFORWARDERKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN+/=',
};
process.env.AWS_ACCESS_KEY_ID = KEYS.accessKeyId;
process.env.AWS_SECRET_ACCESS_KEY = KEYS.secretAccessKey;
process.env.AWS_SESSION_TOKEN = KEYS.sessionToken;
delete process.env.AWS_PROFILE;
// The function's region: STS is called there; the AMP receivers below use the same.
process.env.AWS_REGION = 'us-west-2';

function exportOnce(forwarder: RunningForwarder, name: string, value: number): Promise<Response> {
  return fetch(forwarder.metricsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(gaugeJson({ name, value, timeMs: Date.now() })),
  });
}

describe('SigV4 to an AMP-shaped receiver that recomputes the signature', () => {
  let amp: RemoteWriteReceiver;
  let forwarder: RunningForwarder;
  const lines: string[] = [];

  before(async () => {
    amp = await startAmpReceiver({ ...KEYS, region: 'us-west-2', service: 'aps' });
    forwarder = await startForwarder(
      { REMOTE_WRITE_URL: amp.url, REMOTE_WRITE_AUTH: 'sigv4', REMOTE_WRITE_SIGV4_REGION: 'us-west-2' },
      jsonLogger((line) => lines.push(line)),
    );
  });
  after(async () => {
    await forwarder.stop();
    await amp.close();
  });

  it('signs requests the receiver accepts, and answers 200 once it has', async () => {
    const res = await exportOnce(forwarder, 'queue.depth', 7);
    assert.equal(res.status, 200, await res.text());
    const last = amp.requests.at(-1)!;
    assert.equal(last.status, 200);
    assert.equal(last.header('x-amz-security-token'), KEYS.sessionToken);
    assert.match(
      last.header('authorization')!,
      /^AWS4-HMAC-SHA256 Credential=AKIDTESTFORWARDER1\/\d{8}\/us-west-2\/aps\/aws4_request, /,
    );
    const names = last.series!.map((s) => s.labels!.find((l) => l.name === '__name__')?.value);
    assert.deepEqual(names, ['queue_depth']);
    assert.equal(last.series![0]!.samples![0]!.value, 7);
  });

  it('the receiver refuses the same signed request with one body byte changed (403)', async () => {
    const signed = amp.requests.find((r) => r.status === 200)!;
    const headers = Object.fromEntries(
      signed.headers.filter(([n]) => !['host', 'content-length', 'connection'].includes(n.toLowerCase())),
    );
    const replay = await fetch(amp.url, { method: 'POST', headers, body: signed.body });
    assert.equal(replay.status, 200, 'an untouched replay still verifies');

    const tampered = Buffer.from(signed.body);
    tampered[tampered.length - 1]! ^= 0x01;
    const refused = await fetch(amp.url, { method: 'POST', headers, body: tampered });
    assert.equal(refused.status, 403);
    // The body hash header no longer matches, and without it the signature would not either.
    assert.match(await refused.text(), /x-amz-content-sha256 does not match the body/);

    const withoutHashHeader = Object.fromEntries(
      Object.entries(headers).filter(([n]) => n.toLowerCase() !== 'x-amz-content-sha256'),
    );
    const refusedAgain = await fetch(amp.url, { method: 'POST', headers: withoutHashHeader, body: tampered });
    assert.equal(refusedAgain.status, 403);
    assert.match(await refusedAgain.text(), /SignatureDoesNotMatch/);
  });

  it('never logs the secret key, the session token or the signature', () => {
    const log = lines.join('');
    assert.ok(lines.length > 0);
    for (const secret of [KEYS.secretAccessKey, KEYS.sessionToken, 'AWS4-HMAC-SHA256', 'Signature=']) {
      assert.ok(!log.includes(secret), `log contains ${secret}`);
    }
  });
});

describe('SigV4 misconfiguration', () => {
  it('answers 502 (retryable, operator must fix) when the destination rejects the signature', async () => {
    const amp = await startAmpReceiver({
      ...KEYS,
      secretAccessKey: 'a-different-secret',
      region: 'us-west-2',
      service: 'aps',
    });
    const lines: string[] = [];
    const forwarder = await startForwarder(
      { REMOTE_WRITE_URL: amp.url, REMOTE_WRITE_AUTH: 'sigv4', REMOTE_WRITE_SIGV4_REGION: 'us-west-2' },
      jsonLogger((line) => lines.push(line)),
    );
    try {
      const res = await exportOnce(forwarder, 'x', 1);
      assert.equal(res.status, 502);
      const status = (await res.json()) as { code: number; message: string };
      assert.equal(status.code, 14);
      assert.match(status.message, /answered 403: .*SignatureDoesNotMatch/);
      const errorLine = lines
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.level === 'error');
      assert.ok(errorLine, 'a 502 is logged as an error');
      assert.ok(!lines.join('').includes(KEYS.secretAccessKey));
    } finally {
      await forwarder.stop();
      await amp.close();
    }
  });

  it('signs for the region and service it is configured with', async () => {
    const amp = await startAmpReceiver({ ...KEYS, region: 'eu-central-1', service: 'custom-aps' });
    const forwarder = await startForwarder({
      REMOTE_WRITE_URL: amp.url,
      REMOTE_WRITE_AUTH: 'sigv4',
      REMOTE_WRITE_SIGV4_REGION: 'eu-central-1',
      REMOTE_WRITE_SIGV4_SERVICE: 'custom-aps',
    });
    try {
      const res = await exportOnce(forwarder, 'x', 1);
      assert.equal(res.status, 200, await res.text());
    } finally {
      await forwarder.stop();
      await amp.close();
    }
  });
});

describe('SigV4 with a role assumed through STS (cross-account)', () => {
  let sts: FakeService;
  let amp: RemoteWriteReceiver;
  const ROLE = 'arn:aws:iam::210987654321:role/amp-writer';
  const ASSUMED = {
    accessKeyId: 'ASIAASSUMEDROLE1',
    secretAccessKey: 'assumed-role-secret-key',
    sessionToken: 'assumed-session-token',
  };

  before(async () => {
    // STS is called with the chain's credentials; AMP must then see the assumed role's.
    sts = await startFakeSts({ ...KEYS, region: 'us-west-2' }, () => ({
      ...ASSUMED,
      expiration: new Date(Date.now() + 3600_000),
    }));
    amp = await startAmpReceiver({ ...ASSUMED, region: 'us-west-2', service: 'aps' });
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
  });
  after(async () => {
    delete process.env.AWS_ENDPOINT_URL_STS;
    await sts.close();
    await amp.close();
  });

  it('assumes the role once and signs with its credentials', async () => {
    const forwarder = await startForwarder({
      REMOTE_WRITE_URL: amp.url,
      REMOTE_WRITE_AUTH: 'sigv4',
      REMOTE_WRITE_SIGV4_REGION: 'us-west-2',
      REMOTE_WRITE_ROLE_ARN: ROLE,
    });
    try {
      for (let i = 0; i < 3; i++) {
        const res = await exportOnce(forwarder, 'x', i);
        assert.equal(res.status, 200, await res.text());
      }
      assert.deepEqual(sts.refused, []);
      assert.deepEqual(sts.calls, [`AssumeRole ${ROLE} otlp-prom-forwarder`]);
      assert.ok(amp.requests.every((r) => r.header('x-amz-security-token') === ASSUMED.sessionToken));
    } finally {
      await forwarder.stop();
    }
  });
});
