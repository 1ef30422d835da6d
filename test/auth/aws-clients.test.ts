import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { awsCredentialProvider, environmentCredentials } from '../../lambda/auth/credentials.js';
import { secretsManagerFetcher } from '../../lambda/auth/secrets-manager.js';
import { assumeRoleProvider } from '../../lambda/auth/sts.js';
import {
  startFakeSecretsManager,
  startFakeSts,
  type FakeSecretsManager,
  type FakeService,
} from '../support/fake-aws.js';

const KEYS = {
  accessKeyId: 'AKIDFUNCTIONROLE001',
  secretAccessKey: 'function-role-secret-access-key',
  sessionToken: 'function-role-session-token',
};
const keys = () => Promise.resolve(KEYS);
const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:endpoint-token-AbCdEf';
const SECRET = 'the-endpoint-token-9d8c7b';

describe('GetSecretValue signed by our own SigV4, against a fake that verifies it', () => {
  let sm: FakeSecretsManager;
  before(async () => {
    sm = await startFakeSecretsManager({ ...KEYS, region: 'eu-west-1' });
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = sm.url;
  });
  after(async () => {
    delete process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER;
    await sm.close();
  });

  it('reads the string value, signed for the region in the ARN', async () => {
    sm.set(ARN, SECRET);
    assert.equal(await secretsManagerFetcher(keys, process.env)(ARN), SECRET);
    assert.deepEqual(sm.refused, []);
    assert.ok(sm.calls.includes('GetSecretValue'));
  });

  it('is refused when signed with other keys, and says why without any value', async () => {
    const wrong = () => Promise.resolve({ ...KEYS, secretAccessKey: 'not-the-key' });
    const err = await secretsManagerFetcher(
      wrong,
      process.env,
    )(ARN).then(
      () => assert.fail('should reject'),
      (e: unknown) => e as Error,
    );
    assert.equal(err.name, 'InvalidSignatureException');
    assert.ok(sm.refused.length > 0);
    assert.ok(!err.message.includes(SECRET) && !err.message.includes('not-the-key'));
  });

  it('names the service error for a missing secret', async () => {
    await assert.rejects(secretsManagerFetcher(keys, process.env)(`${ARN}-missing`), {
      name: 'ResourceNotFoundException',
      message: /GetSecretValue failed \(HTTP 400\): Secrets Manager can't find/,
    });
  });

  it('tries once more after a 5xx, then gives up (two attempts, as the SDK client was set)', async () => {
    sm.failing(true);
    const before = sm.calls.length;
    try {
      await assert.rejects(secretsManagerFetcher(keys, process.env)(ARN), { name: 'InternalServiceError' });
    } finally {
      sm.failing(false);
    }
    assert.equal(sm.calls.length - before, 2);
  });

  it('fails as a network error, not a hang, when nothing listens', async () => {
    process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = 'http://127.0.0.1:9';
    try {
      await assert.rejects(secretsManagerFetcher(keys, process.env)(ARN), /ECONNREFUSED/);
    } finally {
      process.env.AWS_ENDPOINT_URL_SECRETS_MANAGER = sm.url;
    }
  });
});

describe('AssumeRole signed by our own SigV4, against a fake STS that verifies it', () => {
  let sts: FakeService;
  const expiration = new Date(Date.now() + 3_600_000);
  before(async () => {
    sts = await startFakeSts({ ...KEYS, region: 'us-west-2' }, (roleArn, session) => ({
      accessKeyId: 'ASIAROLE0001',
      secretAccessKey: `role-secret-for-${session}`,
      sessionToken: `role-token&${roleArn.split('/')[1]}`,
      expiration,
    }));
    process.env.AWS_ENDPOINT_URL_STS = sts.url;
  });
  after(async () => {
    delete process.env.AWS_ENDPOINT_URL_STS;
    await sts.close();
  });

  it("returns the role's temporary credentials, XML entities decoded", async () => {
    const role = assumeRoleProvider({
      env: process.env,
      roleArn: 'arn:aws:iam::210987654321:role/amp-writer',
      sessionName: 'fwd',
      region: 'us-west-2',
      credentials: keys,
    });
    assert.deepEqual(await role(), {
      accessKeyId: 'ASIAROLE0001',
      secretAccessKey: 'role-secret-for-fwd',
      // The fake writes the raw `&`: decoding must leave a lone ampersand alone.
      sessionToken: 'role-token&amp-writer',
      expiration,
    });
    assert.deepEqual(sts.calls, ['AssumeRole arn:aws:iam::210987654321:role/amp-writer fwd']);
    assert.deepEqual(sts.refused, []);
  });

  it('assumes the role once for many signatures (cached until near expiry)', async () => {
    const before = sts.calls.length;
    const provider = awsCredentialProvider({
      env: process.env,
      roleArn: 'arn:aws:iam::210987654321:role/amp-writer',
      stsRegion: 'us-west-2',
      base: keys,
    });
    await Promise.all([provider(), provider(), provider()]);
    await provider();
    assert.equal(sts.calls.length - before, 1);
  });

  it('reports a refused AssumeRole by its code', async () => {
    const role = assumeRoleProvider({
      env: process.env,
      roleArn: 'arn:aws:iam::210987654321:role/amp-writer',
      sessionName: 'fwd',
      region: 'us-west-2',
      credentials: () => Promise.resolve({ ...KEYS, secretAccessKey: 'wrong' }),
    });
    await assert.rejects(role(), { name: 'SignatureDoesNotMatch' });
  });
});

describe("Lambda's environment credentials", () => {
  it('reads the keys the runtime sets, and names the variables when they are missing', async () => {
    const saved = { ...process.env };
    try {
      process.env.AWS_ACCESS_KEY_ID = 'AKIDENV';
      process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';
      process.env.AWS_SESSION_TOKEN = 'env-token';
      assert.deepEqual(await environmentCredentials(process.env)(), {
        accessKeyId: 'AKIDENV',
        secretAccessKey: 'env-secret',
        sessionToken: 'env-token',
      });
      delete process.env.AWS_SECRET_ACCESS_KEY;
      await assert.rejects(environmentCredentials(process.env)(), (err: Error) => {
        assert.match(err.message, /AWS_SECRET_ACCESS_KEY/);
        assert.ok(!err.message.includes('AKIDENV'));
        return true;
      });
    } finally {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) {
        if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
        else process.env[name] = saved[name];
      }
    }
  });
});
