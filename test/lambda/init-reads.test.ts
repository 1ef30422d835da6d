import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createLambdaHandler } from '../../lambda/edges/lambda/lambda-handler.js';
import { jsonLogger } from '../../lambda/log.js';
import { startFakeSecretsManager, type FakeSecretsManager } from '../support/fake-aws.js';
import { gaugeProtobuf } from '../support/otlp-sample.js';
import { startRemoteWriteReceiver, type RemoteWriteReceiver } from '../support/remote-write-receiver.js';
import { httpApiV2Event } from './api-gateway-events.js';

const KEYS = { accessKeyId: 'AKIDINITREADS01', secretAccessKey: 'init-reads-secret', sessionToken: 'tok' };
const TOKEN_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:otlp-endpoint-token-AbCdEf';
const TOKEN = 'init-read-token-5e6f';

describe('the Lambda edge reads its secrets during init, so the first request does not wait for them', () => {
  let sm: FakeSecretsManager;
  let receiver: RemoteWriteReceiver;
  const saved = { ...process.env };
  before(async () => {
    [sm, receiver] = await Promise.all([
      startFakeSecretsManager({ ...KEYS, region: 'us-east-1' }),
      startRemoteWriteReceiver(),
    ]);
    sm.set(TOKEN_ARN, TOKEN);
    Object.assign(process.env, {
      AWS_ACCESS_KEY_ID: KEYS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      AWS_SESSION_TOKEN: KEYS.sessionToken,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: sm.url,
    });
  });
  after(async () => {
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_ENDPOINT_URL_SECRETS_MANAGER',
    ]) {
      if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = saved[name];
    }
    await Promise.all([sm.close(), receiver.close()]);
  });

  const env = () => ({
    REMOTE_WRITE_URL: receiver.url,
    ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN,
    AWS_REGION: 'us-east-1',
    AWS_LAMBDA_FUNCTION_NAME: 'fn',
  });

  it('has the endpoint token once `ready` settles; the first request reads nothing more', async () => {
    const logs: string[] = [];
    const before = sm.calls.length;
    const handler = createLambdaHandler({
      env: env(),
      logger: jsonLogger((l) => logs.push(l)),
      writeMetrics: () => {},
    });
    await handler.ready;
    assert.equal(sm.calls.length - before, 1);
    const event = httpApiV2Event({
      headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${TOKEN}` },
      body: gaugeProtobuf({ name: 'init.read', value: 1, timeMs: Date.now() }),
    });
    const result = await handler(event, { getRemainingTimeInMillis: () => 10_000, awsRequestId: 'r1' });
    assert.equal(result.statusCode, 200);
    assert.equal(sm.calls.length - before, 1);
    assert.ok(!logs.join('').includes(TOKEN), 'the token is never logged');
  });

  it('settles, without failing init, when the read fails; the request then reads again', async () => {
    sm.failing(true);
    const handler = createLambdaHandler({ env: env(), logger: jsonLogger(() => {}), writeMetrics: () => {} });
    try {
      await handler.ready;
    } finally {
      sm.failing(false);
    }
    const before = sm.calls.length;
    const event = httpApiV2Event({
      headers: { 'content-type': 'application/x-protobuf', authorization: `Bearer ${TOKEN}` },
      body: gaugeProtobuf({ name: 'init.read', value: 2, timeMs: Date.now() }),
    });
    const result = await handler(event, { getRemainingTimeInMillis: () => 10_000, awsRequestId: 'r2' });
    assert.equal(result.statusCode, 200);
    assert.equal(sm.calls.length - before, 1);
  });
});
