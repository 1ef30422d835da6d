import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  createRequestSigner,
  createSigV4Signer,
  type AwsCredentials,
} from '../../lambda/remote-write/sign.js';
import { verifySigV4, type ReceivedRequest } from '../support/sigv4-verifier.js';

interface SuiteCase {
  name: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  sessionToken?: string;
  signedHeaders: string;
  signature: string;
}
const suite = JSON.parse(
  readFileSync(new URL('../fixtures/sigv4/aws-suite.json', import.meta.url), 'utf8'),
) as {
  credentials: AwsCredentials;
  region: string;
  service: string;
  date: string;
  amzDate: string;
  cases: SuiteCase[];
};
const signingDate = new Date(suite.date);
const scope = `${suite.credentials.accessKeyId}/20150830/${suite.region}/${suite.service}/aws4_request`;

function credentialsFor(c: SuiteCase): () => Promise<AwsCredentials> {
  return () =>
    Promise.resolve({ ...suite.credentials, ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}) });
}

/** The request as a receiver would see it: target from the URL, the headers we would send. */
function received(c: SuiteCase, headers: Record<string, string>): ReceivedRequest {
  const url = new URL(c.url);
  return {
    method: c.method,
    target: `${url.pathname}${url.search}`,
    headers: Object.entries(headers),
    body: Buffer.from(c.body ?? ''),
  };
}

describe('SigV4 signing against the AWS test suite', () => {
  for (const c of suite.cases) {
    it(`produces AWS's published signature for ${c.name}`, async () => {
      // The suite predates x-amz-content-sha256 on every request, so the checksum header is off here.
      const sign = createRequestSigner({
        region: suite.region,
        service: suite.service,
        credentials: credentialsFor(c),
        applyChecksum: false,
      });
      const headers = await sign(
        { method: c.method, url: new URL(c.url), headers: c.headers ?? {}, body: c.body ?? '' },
        signingDate,
      );
      assert.equal(
        headers.authorization,
        `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=${c.signedHeaders}, Signature=${c.signature}`,
      );
      assert.equal(headers['x-amz-date'], suite.amzDate);
      assert.equal(headers.host, 'example.amazonaws.com');
      assert.equal(headers['x-amz-security-token'], c.sessionToken);
    });

    it(`the test verifier accepts AWS's published request for ${c.name}`, () => {
      // Anchors the independent verifier to the suite itself, not to our signer.
      const headers: Record<string, string> = {
        ...c.headers,
        Host: 'example.amazonaws.com',
        'X-Amz-Date': suite.amzDate,
        ...(c.sessionToken ? { 'X-Amz-Security-Token': c.sessionToken } : {}),
        Authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=${c.signedHeaders}, Signature=${c.signature}`,
      };
      const verdict = verifySigV4(received(c, headers), {
        ...suite.credentials,
        ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
        region: suite.region,
        service: suite.service,
        now: () => signingDate.getTime(),
      });
      assert.deepEqual(verdict, { ok: true });
    });
  }

  it('the test verifier rejects the published request when one body byte changes', () => {
    const c = suite.cases.find((x) => x.name === 'post-x-www-form-urlencoded')!;
    const headers = {
      ...c.headers,
      Host: 'example.amazonaws.com',
      'X-Amz-Date': suite.amzDate,
      Authorization: `AWS4-HMAC-SHA256 Credential=${scope}, SignedHeaders=${c.signedHeaders}, Signature=${c.signature}`,
    };
    const verdict = verifySigV4(
      { ...received(c, headers), body: Buffer.from('Param1=value2') },
      {
        ...suite.credentials,
        region: suite.region,
        service: suite.service,
        now: () => signingDate.getTime(),
      },
    );
    assert.deepEqual(verdict, { ok: false, reason: 'SignatureDoesNotMatch' });
  });
});

describe('createSigV4Signer (the remote-write hook)', () => {
  const url = new URL('https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-abc/api/v1/remote_write');
  const body = Buffer.from([0xff, 0x06, 0x00, 0x00, 0x73, 0x4e, 0x61, 0x50, 0x70, 0x59]);

  it('returns only the headers signing adds, with the payload hash of the exact body bytes', async () => {
    const sign = createSigV4Signer({
      region: 'eu-west-1',
      service: 'aps',
      credentials: () =>
        Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'tok' }),
    });
    const added = await sign({ url, headers: { 'content-encoding': 'snappy', 'user-agent': 'x/1' }, body });
    assert.deepEqual(Object.keys(added).sort(), [
      'authorization',
      'x-amz-content-sha256',
      'x-amz-date',
      'x-amz-security-token',
    ]);
    assert.equal(added['x-amz-content-sha256'], createHash('sha256').update(body).digest('hex'));
    assert.equal(added['x-amz-security-token'], 'tok');
    assert.match(added.authorization!, /Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/aps\/aws4_request, /);
    // user-agent is never signed (proxies rewrite it); the protocol headers are.
    assert.match(
      added.authorization!,
      /SignedHeaders=content-encoding;host;x-amz-content-sha256;x-amz-date;x-amz-security-token,/,
    );
  });

  it('asks the credential provider on every request, so refreshed credentials are used', async () => {
    let calls = 0;
    const sign = createSigV4Signer({
      region: 'eu-west-1',
      service: 'aps',
      credentials: () => Promise.resolve({ accessKeyId: `AKID${++calls}`, secretAccessKey: 'secret' }),
    });
    const first = await sign({ url, headers: {}, body });
    const second = await sign({ url, headers: {}, body });
    assert.match(first.authorization!, /Credential=AKID1\//);
    assert.match(second.authorization!, /Credential=AKID2\//);
  });

  it('rejects when the credential provider fails', async () => {
    const sign = createSigV4Signer({
      region: 'eu-west-1',
      service: 'aps',
      credentials: () => Promise.reject(new Error('Could not load credentials from any providers')),
    });
    await assert.rejects(sign({ url, headers: {}, body }), /Could not load credentials/);
  });
});

describe('our SigV4 against the SDK signer (@smithy/signature-v4) as an oracle', () => {
  const credentials = { accessKeyId: 'AKIDORACLE', secretAccessKey: 'oracle-secret', sessionToken: 'tok' };
  const cases: { url: string; headers: Record<string, string>; body: string | Uint8Array }[] = [
    {
      url: 'https://aps-workspaces.us-east-1.amazonaws.com/workspaces/ws-1/api/v1/remote_write',
      headers: {},
      body: new Uint8Array([1, 2, 3]),
    },
    { url: 'https://h.example:8443/a/./b/../c//d/', headers: { 'X-Scope-OrgID': ' team  a ' }, body: '' },
    {
      url: 'https://h.example/p%20q/r*s?b=2&a=1&a=0&c=%2F&x-amz-signature=z',
      headers: { 'user-agent': 'u', connection: 'keep-alive', 'proxy-x': 'p' },
      body: 'x',
    },
    {
      url: 'https://secretsmanager.eu-west-1.amazonaws.com/',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'secretsmanager.GetSecretValue',
      },
      body: '{"SecretId":"arn"}',
    },
  ];
  for (const c of cases) {
    it(`signs ${c.url} as the SDK does`, async () => {
      const [{ SignatureV4 }, { Sha256 }] = await Promise.all([
        import('@smithy/signature-v4'),
        import('@smithy/core/checksum'),
      ]);
      const date = new Date('2026-03-04T05:06:07Z');
      const url = new URL(c.url);
      const ours = await createRequestSigner({
        region: 'eu-west-1',
        service: 'aps',
        credentials: () => Promise.resolve(credentials),
      })({ method: 'POST', url, headers: c.headers, body: c.body }, date);
      const query: Record<string, string | string[]> = {};
      for (const [k, v] of url.searchParams) {
        const e = query[k];
        query[k] = e === undefined ? v : Array.isArray(e) ? [...e, v] : [e, v];
      }
      const headers: Record<string, string> = { host: url.host };
      for (const [k, v] of Object.entries(c.headers)) headers[k.toLowerCase()] = v;
      const sdk = await new SignatureV4({
        service: 'aps',
        region: 'eu-west-1',
        credentials,
        sha256: Sha256,
      }).sign(
        {
          method: 'POST',
          protocol: url.protocol,
          hostname: url.hostname,
          path: url.pathname,
          query,
          headers,
          body: c.body,
          ...(url.port === '' ? {} : { port: Number(url.port) }),
        },
        { signingDate: date },
      );
      assert.equal(ours.authorization, sdk.headers.authorization);
      assert.equal(ours['x-amz-content-sha256'], sdk.headers['x-amz-content-sha256']);
    });
  }
});
