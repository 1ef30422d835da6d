import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { ApiGatewayResult } from '../../lambda/edges/lambda/api-gateway.js';
import { createLambdaHandler, type LambdaHandler } from '../../lambda/edges/lambda/lambda-handler.js';
import { jsonLogger } from '../../lambda/log.js';
import { google, opentelemetry } from '../../proto/generated/protos.js';
import { startFakeSecretsManager, type FakeSecretsManager } from '../support/fake-aws.js';
import { gaugeJson, gaugeProtobuf, gaugeProtobufGzip } from '../support/otlp-sample.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';
import { httpApiV2Event, lambdaContext, restApiV1Event } from './api-gateway-events.js';

// The function's role, as the Lambda runtime exposes it: the SDK's default chain reads these.
const KEYS = {
  accessKeyId: 'ASIALAMBDAROLE0001',
  secretAccessKey: 'lambda-role-secret-access-key',
  sessionToken: 'lambda-role-session-token',
};
process.env.AWS_ACCESS_KEY_ID = KEYS.accessKeyId;
process.env.AWS_SECRET_ACCESS_KEY = KEYS.secretAccessKey;
process.env.AWS_SESSION_TOKEN = KEYS.sessionToken;
delete process.env.AWS_PROFILE;

const TOKEN_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:otlp-endpoint-token-AbCdEf';
const TOKEN = 'otlp-endpoint-token-4f1c9e2b7a';

const body = (result: ApiGatewayResult): Buffer => {
  assert.equal(result.isBase64Encoded, true);
  return Buffer.from(result.body, 'base64');
};

describe('Lambda handler: API Gateway events into a real Prometheus', () => {
  let prometheus: Prometheus;
  let secretsManager: FakeSecretsManager;
  let handler: LambdaHandler;
  const logs: string[] = [];
  const metrics: string[] = [];
  const auth = { authorization: `Bearer ${TOKEN}` };

  before(async () => {
    [prometheus, secretsManager] = await Promise.all([
      startPrometheus(),
      startFakeSecretsManager({ ...KEYS, region: 'us-east-1' }),
    ]);
    secretsManager.set(TOKEN_ARN, `${TOKEN}\n`);
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secretsManager.url;
    handler = createLambdaHandler({
      env: {
        REMOTE_WRITE_URL: prometheus.remoteWriteUrl,
        ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN,
        AWS_REGION: 'us-east-1',
        AWS_LAMBDA_FUNCTION_NAME: 'otlp-forwarder-fn',
      },
      logger: jsonLogger((line) => logs.push(line)),
      writeMetrics: (line) => metrics.push(line),
    });
  });
  after(async () => {
    delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    await Promise.all([prometheus.stop(), secretsManager.close()]);
  });

  async function stored(name: string): Promise<number | undefined> {
    const [first] = await prometheus.query(name);
    return first === undefined ? undefined : Number(first.value[1]);
  }

  it('HTTP API (2.0): base64 protobuf lands in Prometheus and the answer is a protobuf ExportMetricsServiceResponse', async () => {
    const result = await handler(
      httpApiV2Event({
        headers: { 'content-type': 'application/x-protobuf', ...auth },
        body: gaugeProtobuf({ name: 'edge.v2.protobuf', value: 21, timeMs: Date.now() }),
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 200, body(result).toString());
    assert.equal(result.headers!['content-type'], 'application/x-protobuf');
    const response = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.decode(
      body(result),
    );
    assert.equal(response.partialSuccess, null);
    assert.equal(await stored('edge_v2_protobuf'), 21);
  });

  it('HTTP API (2.0): gzip-compressed protobuf', async () => {
    const result = await handler(
      httpApiV2Event({
        headers: { 'content-type': 'application/x-protobuf', 'content-encoding': 'gzip', ...auth },
        body: gaugeProtobufGzip({ name: 'edge.v2.gzip', value: 3.25, timeMs: Date.now() }),
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 200, body(result).toString());
    assert.equal(await stored('edge_v2_gzip'), 3.25);
  });

  it('HTTP API (2.0) on a named stage: the stage prefix of rawPath is not part of the route', async () => {
    const result = await handler(
      httpApiV2Event({
        stage: 'prod',
        headers: { 'content-type': 'application/json', ...auth },
        body: JSON.stringify(gaugeJson({ name: 'edge.v2.stage', value: 5, timeMs: Date.now() })),
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 200, body(result).toString());
    assert.equal(await stored('edge_v2_stage'), 5);
  });

  it('REST API (1.0): a JSON text body with headers in the client’s own case', async () => {
    const result = await handler(
      restApiV1Event({
        headers: { 'Content-Type': 'application/json; charset=utf-8', Authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify(gaugeJson({ name: 'edge.v1.json', value: 42, timeMs: Date.now() })),
        base64: false,
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 200, body(result).toString());
    assert.equal(result.headers!['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(body(result).toString()), {});
    assert.equal(await stored('edge_v1_json'), 42);
  });

  it('REST API (1.0): base64 gzip protobuf (binary media types on)', async () => {
    const result = await handler(
      restApiV1Event({
        headers: {
          'Content-Type': 'application/x-protobuf',
          'Content-Encoding': 'gzip',
          Authorization: `Bearer ${TOKEN}`,
        },
        body: gaugeProtobufGzip({ name: 'edge.v1.gzip', value: 8, timeMs: Date.now() }),
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 200, body(result).toString());
    assert.equal(await stored('edge_v1_gzip'), 8);
  });

  it('answers 401 with WWW-Authenticate: Bearer and a google.rpc.Status when the token is missing', async () => {
    const result = await handler(
      httpApiV2Event({
        headers: { 'content-type': 'application/x-protobuf' },
        body: gaugeProtobuf({ name: 'edge.unauthorized', value: 1, timeMs: Date.now() }),
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 401);
    assert.equal(result.headers!['www-authenticate'], 'Bearer');
    const status = google.rpc.Status.decode(body(result));
    assert.equal(status.code, 16); // UNAUTHENTICATED
    assert.match(status.message, /missing bearer token/);
  });

  it('answers 401 for a wrong token, in JSON for a JSON request, and writes nothing', async () => {
    const result = await handler(
      restApiV1Event({
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer not-the-token' },
        body: JSON.stringify(gaugeJson({ name: 'edge.unauthorized', value: 2, timeMs: Date.now() })),
        base64: false,
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 401);
    assert.equal(result.headers!['www-authenticate'], 'Bearer');
    assert.deepEqual(JSON.parse(body(result).toString()), { code: 16, message: 'invalid bearer token' });
    assert.equal(await stored('edge_unauthorized'), undefined);
  });

  it('reads the token secret once (cached), over a SigV4-verified Secrets Manager call', () => {
    assert.deepEqual(secretsManager.refused, []);
    assert.deepEqual(secretsManager.calls, ['GetSecretValue']);
  });

  it('logs one line per request with its request id and figures, never the token', () => {
    const requests = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.msg === 'request');
    assert.equal(requests.length, 7);
    const first = requests[0]!;
    assert.equal(first.requestId, 'JKJaXmPLvHcESHA=');
    assert.equal(first.status, 200);
    assert.equal(first.pointsIn, 1);
    assert.equal(first.samplesOut, 1);
    assert.equal(first.destinationRequests, 1);
    assert.equal(first.outcome, 'written');
    assert.equal(first.destinationStatus, 204);
    assert.equal(requests[4]!.requestId, 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
    const all = logs.join('') + metrics.join('');
    for (const secret of [TOKEN, 'not-the-token', KEYS.secretAccessKey, KEYS.sessionToken]) {
      assert.ok(!all.includes(secret), `output contains ${secret}`);
    }
  });

  it('writes one CloudWatch EMF document per request', () => {
    assert.equal(metrics.length, 7);
    const docs = metrics.map(
      (m) => JSON.parse(m) as Record<string, unknown> & { _aws: { CloudWatchMetrics: unknown[] } },
    );
    const directive = docs[0]!._aws.CloudWatchMetrics[0] as {
      Namespace: string;
      Dimensions: string[][];
      Metrics: Array<{ Name: string }>;
    };
    assert.equal(directive.Namespace, 'OtlpPromForwarder');
    assert.deepEqual(directive.Dimensions, [['Service']]);
    assert.equal(docs[0]!.Service, 'otlp-forwarder-fn');
    for (const { Name } of directive.Metrics) assert.equal(typeof docs[0]![Name], 'number', Name);
    assert.deepEqual(
      docs.map((d) => [d.Requests, d.DataPointsReceived, d.SamplesSent, d.Unauthorized]),
      [
        [1, 1, 1, 0],
        [1, 1, 1, 0],
        [1, 1, 1, 0],
        [1, 1, 1, 0],
        [1, 1, 1, 0],
        [1, 0, 0, 1],
        [1, 0, 0, 1],
      ],
    );
  });
});

describe('Lambda handler: time budget, failures and configuration', () => {
  it('caps the destination wait by the invocation’s remaining time and answers 503 to retry', async () => {
    // A destination that accepts the connection and never answers.
    const stall = createServer(() => undefined);
    await new Promise<void>((resolve) => stall.listen(0, '127.0.0.1', resolve));
    const { port } = stall.address() as AddressInfo;
    try {
      const handler = createLambdaHandler({
        env: {
          REMOTE_WRITE_URL: `http://127.0.0.1:${port}/api/v1/write`,
          ENDPOINT_AUTH: 'none',
          REMOTE_WRITE_TIMEOUT_MS: '60000',
        },
        logger: jsonLogger(() => undefined),
        writeMetrics: () => undefined,
      });
      const result = await handler(
        httpApiV2Event({
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(gaugeJson({ name: 'x', value: 1, timeMs: Date.now() })),
        }),
        lambdaContext(1_800),
      );
      assert.equal(result.statusCode, 503);
      assert.ok(result.headers!['retry-after']);
      const { message } = JSON.parse(body(result).toString()) as { message: string };
      const waited = Number(/timed out after (\d+) ms/.exec(message)?.[1]);
      // 1.8 s remaining minus the 1 s response margin: the send may not wait the configured 60 s.
      assert.ok(waited > 0 && waited <= 800, message);
    } finally {
      stall.closeAllConnections();
      await new Promise((resolve) => stall.close(resolve));
    }
  });

  it('answers 503 with Retry-After when the token secret cannot be read', async () => {
    const secretsManager = await startFakeSecretsManager({ ...KEYS, region: 'us-east-1' });
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = secretsManager.url;
    const logs: string[] = [];
    try {
      secretsManager.failing(true);
      const handler = createLambdaHandler({
        env: { REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write', ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN },
        logger: jsonLogger((line) => logs.push(line)),
        writeMetrics: () => undefined,
      });
      const result = await handler(
        httpApiV2Event({
          headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
          body: '{}',
        }),
        lambdaContext(),
      );
      assert.equal(result.statusCode, 503);
      assert.equal(result.headers!['retry-after'], '5');
      assert.match(
        logs.join(''),
        /reading arn:aws:secretsmanager:us-east-1:123456789012:secret:otlp-endpoint-token-AbCdEf failed/,
      );
      assert.ok(!logs.join('').includes(TOKEN));
    } finally {
      delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
      await secretsManager.close();
    }
  });

  it('with an invalid configuration logs why once and answers 502 (retryable) instead of crashing', async () => {
    const logs: string[] = [];
    const handler = createLambdaHandler({
      env: { REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write' }, // ENDPOINT_AUTH defaults to token, no ARN
      logger: jsonLogger((line) => logs.push(line)),
      writeMetrics: () => undefined,
    });
    for (let i = 0; i < 2; i++) {
      const result = await handler(
        httpApiV2Event({ headers: { 'content-type': 'application/json' }, body: '{}' }),
        lambdaContext(),
      );
      assert.equal(result.statusCode, 502);
      assert.match((JSON.parse(body(result).toString()) as { message: string }).message, /misconfigured/);
    }
    const invalid = logs.filter((l) => l.includes('invalid configuration'));
    assert.equal(invalid.length, 1);
    assert.match(invalid[0]!, /ENDPOINT_TOKEN_SECRET_ARN/);
  });

  it('answers 502 when a pair is not URL-encoded (EXTERNAL_LABELS, REMOTE_WRITE_HEADERS), never logging the value', async () => {
    const secret = 'h34der-s3cr3t-9d2f';
    const cases = [
      { env: { EXTERNAL_LABELS: 'a=%zz' }, logged: /EXTERNAL_LABELS: item 1 is not URL-encoded/ },
      {
        env: { REMOTE_WRITE_HEADERS: `X-Scope-OrgID=team-a,X-Api-Key=${secret}%E0%A4%A` },
        logged: /REMOTE_WRITE_HEADERS: item 2 is not URL-encoded/,
      },
    ];
    for (const { env, logged } of cases) {
      const logs: string[] = [];
      const metrics: string[] = [];
      // Before the fix, decodeURIComponent's URIError escaped init() and crashed the Lambda init phase.
      const handler = createLambdaHandler({
        env: { REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write', ENDPOINT_AUTH: 'none', ...env },
        logger: jsonLogger((line) => logs.push(line)),
        writeMetrics: (line) => metrics.push(line),
      });
      const result = await handler(
        httpApiV2Event({ headers: { 'content-type': 'application/json' }, body: '{}' }),
        lambdaContext(),
      );
      assert.equal(result.statusCode, 502);
      const invalid = logs.filter((l) => l.includes('invalid configuration'));
      assert.equal(invalid.length, 1);
      assert.match(invalid[0]!, logged);
      const all = logs.join('') + metrics.join('') + body(result).toString();
      assert.ok(!all.includes(secret) && !all.includes('%zz'), all);
    }
  });

  it('answers 502 for any error during initialisation, not only a configuration error, logging its message', async () => {
    const logs: string[] = [];
    const metrics: string[] = [];
    const plain: Record<string, string> = {
      REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write',
      ENDPOINT_AUTH: 'none',
      METRICS_NAMESPACE: 'Team/Forwarder',
    };
    // An environment whose reading fails stands in for any unexpected failure while wiring.
    const env = new Proxy(plain, {
      get(target, name: string) {
        if (name === 'MAX_BODY_BYTES') throw new RangeError('the environment could not be read');
        return target[name];
      },
    });
    const handler = createLambdaHandler({
      env,
      logger: jsonLogger((line) => logs.push(line)),
      writeMetrics: (line) => metrics.push(line),
    });
    const result = await handler(
      httpApiV2Event({ headers: { 'content-type': 'application/json' }, body: '{}' }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 502);
    const failed = logs
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => !String(l.msg).startsWith('request'));
    assert.deepEqual(
      failed.map((l) => [l.msg, l.error, l.errorType]),
      [['initialisation failed', 'the environment could not be read', 'RangeError']],
    );
    // The metrics settings are kept: the refusals count in the function's own namespace.
    const [doc] = metrics.map(
      (m) => JSON.parse(m) as { _aws: { CloudWatchMetrics: [{ Namespace: string }] }; ServerErrors: number },
    );
    assert.equal(doc!._aws.CloudWatchMetrics[0].Namespace, 'Team/Forwarder');
    assert.equal(doc!.ServerErrors, 1);
  });
});
