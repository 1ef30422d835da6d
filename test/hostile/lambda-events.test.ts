/**
 * The Lambda handler given events API Gateway would never send, or would send with a malformed body: it
 * answers every one, never throws (a throw becomes API Gateway's own 500, which OTLP clients do not retry).
 * A malformed body is the client's 400; what cannot be an API Gateway event at all is a 502 (a
 * misconfigured trigger), logged as an error. Error bodies are a google.rpc.Status, as everywhere.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ApiGatewayResult } from '../../lambda/edges/lambda/api-gateway.js';
import { createLambdaHandler, type LambdaHandler } from '../../lambda/edges/lambda/lambda-handler.js';
import { jsonLogger } from '../../lambda/log.js';
import { google } from '../../proto/generated/protos.js';
import { httpApiV2Event, lambdaContext, restApiV1Event } from '../lambda/api-gateway-events.js';
import { gaugeJson, gaugeProtobuf } from '../support/otlp-sample.js';
import { startRemoteWriteReceiver, type RemoteWriteReceiver } from '../support/remote-write-receiver.js';

const PROTOBUF = { 'content-type': 'application/x-protobuf' };

/** A valid v2 event as a plain object, to break one field at a time. */
function v2(name = 'valid.v2'): Record<string, unknown> {
  return structuredClone(
    httpApiV2Event({ headers: PROTOBUF, body: gaugeProtobuf({ name, value: 1, timeMs: Date.now() }) }),
  ) as unknown as Record<string, unknown>;
}

function v1(name = 'valid.v1'): Record<string, unknown> {
  return structuredClone(
    restApiV1Event({ headers: PROTOBUF, body: gaugeProtobuf({ name, value: 1, timeMs: Date.now() }) }),
  ) as unknown as Record<string, unknown>;
}

function withBody(event: Record<string, unknown>, body: unknown, isBase64Encoded: boolean) {
  return { ...event, body, isBase64Encoded };
}

const requestContextOf = (event: Record<string, unknown>) => event.requestContext as Record<string, unknown>;

/** The google.rpc.Status in a result, in the content type it declares. */
function statusOf(result: ApiGatewayResult): { code: number; message: string } {
  const bytes = Buffer.from(result.body, 'base64');
  if (result.headers?.['content-type'] === 'application/x-protobuf') return google.rpc.Status.decode(bytes);
  return JSON.parse(bytes.toString('utf8')) as { code: number; message: string };
}

describe('the Lambda handler with hostile events', () => {
  let receiver: RemoteWriteReceiver;
  let handler: LambdaHandler;
  const logs: string[] = [];
  const metrics: string[] = [];

  before(async () => {
    receiver = await startRemoteWriteReceiver();
    handler = createLambdaHandler({
      env: { REMOTE_WRITE_URL: receiver.url, ENDPOINT_AUTH: 'none', AWS_LAMBDA_FUNCTION_NAME: 'fn' },
      logger: jsonLogger((line) => logs.push(line)),
      writeMetrics: (line) => metrics.push(line),
    });
  });
  after(async () => {
    await receiver.close();
  });

  const notAnEvent: [string, unknown][] = [
    ['{}', {}],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'string'],
    ['a number', 42],
    ['an array', []],
    ['true', true],
    ['v2 without requestContext', { ...v2(), requestContext: undefined }],
    ['v2 with requestContext null', { ...v2(), requestContext: null }],
    ['v2 without http', { ...v2(), requestContext: { ...requestContextOf(v2()), http: undefined } }],
    [
      'v2 without http.method',
      {
        ...v2(),
        requestContext: {
          ...requestContextOf(v2()),
          http: { ...(requestContextOf(v2()).http as object), method: undefined },
        },
      },
    ],
    ['v2 without rawPath', { ...v2(), rawPath: undefined }],
    ['v2 with a number for rawPath', { ...v2(), rawPath: 7 }],
    ['v1 without httpMethod', { ...v1(), httpMethod: undefined }],
    ['v1 with an empty httpMethod', { ...v1(), httpMethod: '' }],
    ['v1 without path', { ...v1(), path: undefined }],
  ];
  for (const [name, event] of notAnEvent) {
    it(`answers 502 with a google.rpc.Status to ${name}, not an API Gateway event`, async () => {
      const before = logs.length;
      const result = await handler(event, lambdaContext());
      assert.equal(result.statusCode, 502);
      assert.equal(result.isBase64Encoded, true);
      const status = statusOf(result);
      assert.equal(status.code, 14); // UNAVAILABLE
      assert.match(status.message, /not an API Gateway proxy event/);
      const logged = logs.slice(before).map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.ok(
        logged.some((l) => l.level === 'error' && l.status === 502),
        JSON.stringify(logged),
      );
    });
  }

  const malformedBody: [string, Record<string, unknown>][] = [
    ['v2 with a number for body', withBody(v2(), 12345, false)],
    ['v2 with an object for body', withBody(v2(), { resourceMetrics: [] }, false)],
    ['v1 with a number for body', withBody(v1(), 12345, true)],
    ["base64 '@@@'", withBody(v2(), '@@@', true)],
    ["base64 'abc' (length not a multiple of 4)", withBody(v2(), 'abc', true)],
    ['base64 with embedded spaces', withBody(v2(), 'AAAA AAAA', true)],
    ['base64 with a newline', withBody(v2(), 'AAAA\nAAAA', true)],
    ["base64 with padding inside ('AA==AAAA')", withBody(v2(), 'AA==AAAA', true)],
    ["base64 with three padding characters ('A===')", withBody(v2(), 'A===', true)],
    ['base64url characters', withBody(v2(), 'ab-_', true)],
    [
      'base64 of garbage protobuf',
      withBody(v2(), Buffer.from([0xff, 0xff, 0xff, 0x0f]).toString('base64'), true),
    ],
    [
      'v1 base64 of garbage protobuf',
      withBody(v1(), Buffer.from('\x0a\xff\xff\xff').toString('base64'), true),
    ],
  ];
  for (const [name, event] of malformedBody) {
    it(`answers 400 with a google.rpc.Status to ${name}`, async () => {
      const result = await handler(event, lambdaContext());
      assert.equal(result.statusCode, 400, statusOf(result).message);
      assert.equal(statusOf(result).code, 3); // INVALID_ARGUMENT
    });
  }

  it('answers a base64 body that is valid only to a lenient decoder with 400, not with 200', async () => {
    // Buffer.from(…, 'base64') drops the '*' and decodes the rest: a valid (empty) request.
    const result = await handler(withBody(v2(), '**', true), lambdaContext());
    assert.equal(result.statusCode, 400);
    assert.match(statusOf(result).message, /base64/);
  });

  it('treats headers null or missing as no headers (API Gateway sends null when there are none): 415', async () => {
    for (const event of [
      { ...v2(), headers: null },
      { ...v2(), headers: undefined },
      { ...v1(), headers: null, multiValueHeaders: null },
      { ...v1(), headers: undefined, multiValueHeaders: undefined },
    ]) {
      const result = await handler(event, lambdaContext());
      assert.equal(result.statusCode, 415, statusOf(result).message);
      assert.match(statusOf(result).message, /content-type/i);
    }
  });

  it('ignores header values that are not strings', async () => {
    const event = { ...v2('odd.headers'), headers: { ...PROTOBUF, 'x-number': 5, 'x-object': {} } };
    const result = await handler(event, lambdaContext());
    assert.equal(result.statusCode, 200);
  });

  it('answers valid v2 and v1 events with 200, base64 and plain JSON alike', async () => {
    const json = JSON.stringify(gaugeJson({ name: 'valid.json', value: 3, timeMs: Date.now() }));
    for (const event of [
      v2(),
      v1(),
      httpApiV2Event({ headers: { 'content-type': 'application/json' }, body: json, base64: false }),
      httpApiV2Event({ headers: { 'content-type': 'application/json' }, body: json, base64: true }),
    ]) {
      const result = await handler(event, lambdaContext());
      assert.equal(result.statusCode, 200, statusOf(result).message);
    }
    const names = receiver.requests
      .flatMap((r) => r.series ?? [])
      .map((s) => s.labels!.find((l) => l.name === '__name__')?.value);
    for (const name of ['valid_v2', 'valid_v1', 'valid_json']) assert.ok(names.includes(name), name);
  });

  it('answers without a usable context: none, {}, or a getRemainingTimeInMillis that throws', async () => {
    const contexts: unknown[] = [
      undefined,
      null,
      {},
      { getRemainingTimeInMillis: 'soon' },
      { getRemainingTimeInMillis: () => Number.NaN },
      {
        getRemainingTimeInMillis: () => {
          throw new Error('no clock');
        },
      },
    ];
    for (const context of contexts) {
      const result = await handler(v2('no.context'), context as Parameters<LambdaHandler>[1]);
      assert.equal(result.statusCode, 200, String(context));
    }
  });

  it('counts the refused events in the embedded metrics', () => {
    const documents = metrics.map((m) => JSON.parse(m) as { ServerErrors: number; ClientErrors: number });
    assert.ok(documents.filter((d) => d.ServerErrors === 1).length >= notAnEvent.length);
    assert.ok(documents.filter((d) => d.ClientErrors === 1).length >= malformedBody.length);
  });
});
