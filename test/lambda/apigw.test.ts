import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  fromApiGatewayEvent,
  toApiGatewayResult,
  type ApiGatewayEvent,
} from '../../lambda/edges/lambda/api-gateway.js';
import { httpApiV2Event, restApiV1Event } from './api-gateway-events.js';

describe('API Gateway events to requests', () => {
  it('REST API (1.0): lower-cases names and keeps every value of a repeated header', async () => {
    const event = restApiV1Event({
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
      base64: false,
    }) as ApiGatewayEvent & {
      multiValueHeaders: Record<string, string[]>;
    };
    event.multiValueHeaders['X-Custom'] = ['a', 'b'];
    const request = fromApiGatewayEvent(event);
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['x-custom'], 'a, b');
    assert.equal(request.method, 'POST');
    assert.equal(request.path, '/v1/metrics');
    assert.equal(Buffer.from(await request.body()).toString(), '{}');
  });

  it('HTTP API with payload format 1.0 is read like REST API', async () => {
    const event = {
      ...restApiV1Event({ headers: { 'content-type': 'application/json' }, body: '{}', base64: true }),
      version: '1.0',
    };
    const request = fromApiGatewayEvent(event);
    assert.equal(Buffer.from(await request.body()).toString(), '{}');
    assert.equal(request.requestId, 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
  });

  it('a missing body is an empty one in both versions', async () => {
    assert.equal((await fromApiGatewayEvent(httpApiV2Event({ headers: {} })).body()).length, 0);
    assert.equal((await fromApiGatewayEvent(restApiV1Event({ headers: {} })).body()).length, 0);
  });

  it('strips only a leading stage segment from HTTP API rawPath', () => {
    assert.equal(fromApiGatewayEvent(httpApiV2Event({ headers: {}, stage: 'prod' })).path, '/v1/metrics');
    assert.equal(
      fromApiGatewayEvent(httpApiV2Event({ headers: {}, stage: 'v1', path: '/v1/metrics' })).path,
      '/v1/metrics',
    );
    assert.equal(
      fromApiGatewayEvent(httpApiV2Event({ headers: {}, path: '/prod/v1/metrics' })).path,
      '/prod/v1/metrics',
    );
  });

  it('answers with a base64 body that survives binary bytes', () => {
    const bytes = Uint8Array.from([0, 255, 10, 13, 128]);
    const result = toApiGatewayResult({
      status: 200,
      headers: { 'content-type': 'application/x-protobuf' },
      body: bytes,
    });
    assert.deepEqual(result, {
      statusCode: 200,
      headers: { 'content-type': 'application/x-protobuf' },
      body: Buffer.from(bytes).toString('base64'),
      isBase64Encoded: true,
    });
  });
});
