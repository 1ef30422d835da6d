/**
 * Endpoint auth on the local server (`npm start`): ENDPOINT_TOKEN or ENDPOINT_TOKEN_SECRET_ARN makes it
 * check `Authorization: Bearer <token>` as the Lambda does, before the body is read; without a token it is
 * open, and says so on start when it listens beyond loopback. The token never reaches a log line.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { isLoopbackHost, loadEndpointAuthConfig } from '../../lambda/auth/endpoint-auth-config.js';
import { ConfigError } from '../../lambda/env.js';
import { createLambdaHandler } from '../../lambda/edges/lambda/lambda-handler.js';
import { jsonLogger } from '../../lambda/log.js';
import { httpApiV2Event, lambdaContext } from '../lambda/api-gateway-events.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { gaugeProtobuf } from '../support/otlp-sample.js';
import { upload } from './upload-client.js';

const TOKEN = 'local-endpoint-token-7f3a9c2e5b1d';
const TOKEN_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:otlp-endpoint-token-QwErTy';
const PROTOBUF = { 'content-type': 'application/x-protobuf' };

function post(url: string, name: string, authorization?: string): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { ...PROTOBUF, ...(authorization === undefined ? {} : { authorization }) },
    body: gaugeProtobuf({ name, value: 5, timeMs: Date.now() }),
  });
}

function names(forwarder: RunningForwarder): string[] {
  return forwarder.receiver!.store.list().map((s) => s.name);
}

/** Starts a forwarder whose log lines are kept. */
async function logged(
  env: Record<string, string>,
  options?: Parameters<typeof startForwarder>[2],
): Promise<{ forwarder: RunningForwarder; lines: string[] }> {
  const lines: string[] = [];
  const forwarder = await startForwarder(
    env,
    jsonLogger((line) => lines.push(line)),
    options,
  );
  return { forwarder, lines };
}

/** Warnings other than request lines (a refused request is logged at warn too). */
const warnings = (lines: readonly string[]): string[] =>
  lines.filter((l) => l.includes('"level":"warn"') && !l.includes('"msg":"request"'));

describe('the local server with ENDPOINT_TOKEN', () => {
  let forwarder: RunningForwarder;
  let lines: string[];

  before(async () => {
    ({ forwarder, lines } = await logged({ ENDPOINT_TOKEN: TOKEN }));
  });
  after(async () => {
    await forwarder.stop();
  });

  it('answers 401 with WWW-Authenticate: Bearer to a request without a token', async () => {
    const res = await post(forwarder.metricsUrl, 'no_token');
    assert.equal(res.status, 401);
    assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    assert.equal(res.headers.get('content-type'), 'application/x-protobuf');
  });

  it('answers 401 to a wrong token and to another scheme', async () => {
    assert.equal((await post(forwarder.metricsUrl, 'wrong_token', `Bearer ${TOKEN}x`)).status, 401);
    assert.equal((await post(forwarder.metricsUrl, 'wrong_scheme', `Basic ${TOKEN}`)).status, 401);
  });

  it('admits the right token, and the series lands in the embedded receiver', async () => {
    const res = await post(forwarder.metricsUrl, 'right.token', `Bearer ${TOKEN}`);
    assert.equal(res.status, 200);
    assert.deepEqual(names(forwarder), ['right_token']);
  });

  it('refuses a 21 MiB upload without a token with a readable 401, and never asks for its body', async () => {
    const refused = await upload(forwarder.metricsUrl, {
      headers: PROTOBUF,
      size: 21 * 1024 * 1024,
      contentLength: true,
    });
    assert.deepEqual(refused.errors, []);
    assert.equal(refused.status, 401);
    const waiting = await upload(forwarder.metricsUrl, {
      headers: PROTOBUF,
      size: 1024,
      contentLength: true,
      expectContinue: true,
    });
    assert.equal(waiting.continued, false);
    assert.equal(waiting.status, 401);
  });

  it('never writes the token to a log line', () => {
    assert.ok(lines.some((l) => l.includes('"status":401')));
    for (const line of lines) assert.ok(!line.includes(TOKEN), line);
  });
});

describe('the local server with ENDPOINT_TOKEN_SECRET_ARN', () => {
  let forwarder: RunningForwarder;
  const reads: string[] = [];

  before(async () => {
    ({ forwarder } = await logged(
      { ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN },
      {
        overrides: {
          fetchSecret: (arn) => {
            reads.push(arn);
            return Promise.resolve(`${TOKEN}\n`);
          },
        },
      },
    ));
  });
  after(async () => {
    await forwarder.stop();
  });

  it('checks the token against the secret, as the Lambda does', async () => {
    assert.equal((await post(forwarder.metricsUrl, 'arn_missing')).status, 401);
    assert.equal((await post(forwarder.metricsUrl, 'arn_wrong', 'Bearer nope')).status, 401);
    assert.equal((await post(forwarder.metricsUrl, 'arn.right', `Bearer ${TOKEN}`)).status, 200);
    assert.deepEqual(names(forwarder), ['arn_right']);
    assert.ok(reads.length >= 1 && reads.every((arn) => arn === TOKEN_ARN));
  });
});

describe('the local default, and the warning when open to the network', () => {
  for (const [name, env, warned] of [
    ['without a token on 127.0.0.1: open, no warning', { HOST: '127.0.0.1' }, false],
    [
      'ENDPOINT_AUTH=none on 127.0.0.1: open, no warning',
      { HOST: '127.0.0.1', ENDPOINT_AUTH: 'none' },
      false,
    ],
    ['without a token on 0.0.0.0: open, with a warning', { HOST: '0.0.0.0' }, true],
    ['ENDPOINT_AUTH=none on 0.0.0.0: open, with a warning', { HOST: '0.0.0.0', ENDPOINT_AUTH: 'none' }, true],
  ] as const) {
    it(name, async () => {
      const { forwarder, lines } = await logged(env);
      try {
        assert.equal((await post(forwarder.metricsUrl, 'open')).status, 200);
        const found = warnings(lines);
        if (!warned) {
          assert.deepEqual(found, []);
          return;
        }
        assert.equal(found.length, 1, lines.join('\n'));
        const warning = JSON.parse(found[0]!) as { msg: string; host: string; fix: string };
        assert.match(warning.msg, /open to the network/);
        assert.equal(warning.host, '0.0.0.0');
        assert.match(warning.fix, /ENDPOINT_TOKEN/);
      } finally {
        await forwarder.stop();
      }
    });
  }

  it('with a token on 0.0.0.0: closed, no warning, the token not logged', async () => {
    const { forwarder, lines } = await logged({ HOST: '0.0.0.0', ENDPOINT_TOKEN: TOKEN });
    try {
      assert.equal((await post(forwarder.metricsUrl, 'closed')).status, 401);
      assert.deepEqual(warnings(lines), []);
      for (const line of lines) assert.ok(!line.includes(TOKEN), line);
    } finally {
      await forwarder.stop();
    }
  });

  it('counts 127.0.0.0/8, ::1 and localhost as loopback, and nothing else', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '[::1]',
      'localhost',
      'LOCALHOST',
      '::ffff:127.0.0.1',
    ])
      assert.equal(isLoopbackHost(host), true, host);
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      '10.0.0.1',
      '128.0.0.1',
      '127.example.com',
      'example',
    ])
      assert.equal(isLoopbackHost(host), false, host);
  });
});

describe('endpoint auth settings', () => {
  it('ENDPOINT_AUTH=token without a token is an error naming both variables', () => {
    assert.throws(
      () => loadEndpointAuthConfig({ ENDPOINT_AUTH: 'token' }, 'local'),
      (err: unknown) =>
        err instanceof ConfigError &&
        err.message.includes('ENDPOINT_TOKEN ') &&
        err.message.includes('ENDPOINT_TOKEN_SECRET_ARN'),
    );
  });

  it('refuses a token with ENDPOINT_AUTH=none, and both token sources at once', () => {
    assert.throws(
      () => loadEndpointAuthConfig({ ENDPOINT_AUTH: 'none', ENDPOINT_TOKEN: TOKEN }, 'local'),
      /ENDPOINT_TOKEN is set but ENDPOINT_AUTH is none/,
    );
    assert.throws(
      () => loadEndpointAuthConfig({ ENDPOINT_TOKEN: TOKEN, ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN }, 'local'),
      /either ENDPOINT_TOKEN or ENDPOINT_TOKEN_SECRET_ARN/,
    );
  });

  it('refuses a token that no Authorization header could carry, without quoting it', () => {
    assert.throws(
      () => loadEndpointAuthConfig({ ENDPOINT_TOKEN: 'two words' }, 'local'),
      (err: unknown) => err instanceof ConfigError && !err.message.includes('two words'),
    );
  });

  it('refuses ENDPOINT_TOKEN wherever AWS_LAMBDA_FUNCTION_NAME is set', () => {
    assert.throws(
      () => loadEndpointAuthConfig({ ENDPOINT_TOKEN: TOKEN, AWS_LAMBDA_FUNCTION_NAME: 'fn' }, 'local'),
      /ENDPOINT_TOKEN_SECRET_ARN/,
    );
  });

  it('the Lambda refuses ENDPOINT_TOKEN: it answers 502 and logs why, never the token', async () => {
    const lines: string[] = [];
    const handler = createLambdaHandler({
      env: {
        REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write',
        ENDPOINT_TOKEN: TOKEN,
        AWS_LAMBDA_FUNCTION_NAME: 'otlp-forwarder-fn',
      },
      logger: jsonLogger((line) => lines.push(line)),
      writeMetrics: () => {},
    });
    const result = await handler(
      httpApiV2Event({
        headers: { ...PROTOBUF, authorization: `Bearer ${TOKEN}` },
        body: gaugeProtobuf({ name: 'lambda_env_token', value: 1, timeMs: Date.now() }),
      }),
      lambdaContext(),
    );
    assert.equal(result.statusCode, 502);
    assert.ok(
      lines.some((l) => l.includes('invalid configuration') && l.includes('ENDPOINT_TOKEN_SECRET_ARN')),
      lines.join('\n'),
    );
    for (const line of lines) assert.ok(!line.includes(TOKEN), line);
  });

  it('the Lambda still defaults to token and needs the ARN', () => {
    assert.throws(() => loadEndpointAuthConfig({}, 'lambda'), /ENDPOINT_TOKEN_SECRET_ARN/);
    assert.equal(loadEndpointAuthConfig({ ENDPOINT_TOKEN_SECRET_ARN: TOKEN_ARN }, 'lambda').kind, 'token');
  });
});

describe('npm start with ENDPOINT_TOKEN', () => {
  it('checks the token and never prints it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'lambda/edges/local/main.ts'], {
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', REMOTE_WRITE_URL: '', ENDPOINT_TOKEN: TOKEN },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          output += d.toString();
          const match = /"otlpEndpoint":"(http:\/\/[^"]+)"/.exec(output);
          if (match?.[1]) resolve(match[1]);
        });
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
      });
      assert.equal((await post(url, 'npm_start_denied')).status, 401);
      assert.equal((await post(url, 'npm_start_admitted', `Bearer ${TOKEN}`)).status, 200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    assert.match(output, /"status":401/);
    assert.ok(!output.includes(TOKEN), output);
  });
});
