import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { ampRegionOf, loadDestinationConfig } from '../../lambda/auth/auth-config.js';
import { loadEndpointAuthConfig } from '../../lambda/auth/endpoint-auth-config.js';
import { loadConfig } from '../../lambda/config.js';
import { ConfigError } from '../../lambda/env.js';

const AMP = 'https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/ws-1234/api/v1/remote_write';
const MIMIR = 'https://mimir.example.com/api/v1/push';
const ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rw-AbCdEf';

describe('destination auth configuration', () => {
  it('defaults to sigv4 for an AMP host, signing for the region in the host name, service aps', () => {
    const { auth } = loadDestinationConfig({ AWS_REGION: 'us-east-1' }, AMP);
    assert.deepEqual(auth, { kind: 'sigv4', region: 'eu-west-1', service: 'aps', roleArn: undefined });
  });

  it('defaults to none for any other host, and without a URL', () => {
    assert.equal(loadDestinationConfig({}, MIMIR).auth.kind, 'none');
    assert.equal(loadDestinationConfig({}, undefined).auth.kind, 'none');
  });

  it('recognises AMP hosts in every partition and endpoint form', () => {
    assert.equal(ampRegionOf('aps-workspaces.us-east-1.amazonaws.com'), 'us-east-1');
    assert.equal(ampRegionOf('aps-workspaces-fips.us-gov-west-1.amazonaws.com'), 'us-gov-west-1');
    assert.equal(ampRegionOf('aps-workspaces.cn-north-1.amazonaws.com.cn'), 'cn-north-1');
    assert.equal(
      ampRegionOf('vpce-0a1b2c3d4e5f-abcdefgh.aps-workspaces.ap-southeast-2.vpce.amazonaws.com'),
      'ap-southeast-2',
    );
    assert.equal(ampRegionOf('aps-workspaces.us-east-1.amazonaws.com.evil.example'), undefined);
    assert.equal(ampRegionOf('mimir.example.com'), undefined);
  });

  it('takes REMOTE_WRITE_SIGV4_REGION / _SERVICE / _ROLE_ARN over the defaults', () => {
    const { auth } = loadDestinationConfig(
      {
        REMOTE_WRITE_SIGV4_REGION: 'us-west-2',
        REMOTE_WRITE_SIGV4_SERVICE: 'execute-api',
        REMOTE_WRITE_ROLE_ARN: 'arn:aws:iam::210987654321:role/amp-writer',
      },
      AMP,
    );
    assert.deepEqual(auth, {
      kind: 'sigv4',
      region: 'us-west-2',
      service: 'execute-api',
      roleArn: 'arn:aws:iam::210987654321:role/amp-writer',
    });
  });

  it('uses AWS_REGION for sigv4 to a host that names no region, and refuses when there is none', () => {
    assert.equal(
      (
        loadDestinationConfig({ REMOTE_WRITE_AUTH: 'sigv4', AWS_REGION: 'ap-south-1' }, MIMIR).auth as {
          region: string;
        }
      ).region,
      'ap-south-1',
    );
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_AUTH: 'sigv4' }, MIMIR),
      /REMOTE_WRITE_SIGV4_REGION or AWS_REGION/,
    );
  });

  it('reads bearer and basic credentials from the environment or a secret ARN, never both', () => {
    const bearer = loadDestinationConfig(
      { REMOTE_WRITE_AUTH: 'bearer', REMOTE_WRITE_BEARER_TOKEN: 't0k3n' },
      MIMIR,
    ).auth;
    assert.equal(
      bearer.kind === 'bearer' && bearer.token.from === 'env' && bearer.token.value.reveal(),
      't0k3n',
    );
    const fromSecret = loadDestinationConfig(
      { REMOTE_WRITE_AUTH: 'basic', REMOTE_WRITE_SECRET_ARN: ARN },
      MIMIR,
    ).auth;
    assert.deepEqual(fromSecret, {
      kind: 'basic',
      username: undefined,
      password: { from: 'secrets-manager', arn: ARN },
    });
    assert.throws(
      () =>
        loadDestinationConfig(
          { REMOTE_WRITE_AUTH: 'bearer', REMOTE_WRITE_BEARER_TOKEN: 't', REMOTE_WRITE_SECRET_ARN: ARN },
          MIMIR,
        ),
      /either REMOTE_WRITE_BEARER_TOKEN or REMOTE_WRITE_SECRET_ARN/,
    );
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_AUTH: 'basic', REMOTE_WRITE_BASIC_PASSWORD: 'p' }, MIMIR),
      /USERNAME/,
    );
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_AUTH: 'bearer' }, MIMIR),
      /needs REMOTE_WRITE_BEARER_TOKEN/,
    );
  });

  it('refuses a credential the chosen mode would silently ignore', () => {
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_BEARER_TOKEN: 'zzz-secret' }, MIMIR),
      (err: unknown) => {
        assert.ok(err instanceof ConfigError);
        assert.match(err.message, /REMOTE_WRITE_BEARER_TOKEN is set but REMOTE_WRITE_AUTH is none/);
        assert.ok(!err.message.includes('zzz-secret'));
        return true;
      },
    );
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_ROLE_ARN: 'arn:aws:iam::1:role/x' }, MIMIR),
      /REMOTE_WRITE_AUTH=sigv4/,
    );
  });

  it('validates REMOTE_WRITE_HEADERS without quoting values', () => {
    assert.deepEqual(
      loadDestinationConfig({ REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a,X-Api-Key=k%3Dv' }, MIMIR).headers,
      {
        'x-scope-orgid': 'team-a',
        'x-api-key': 'k=v',
      },
    );
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_HEADERS: 'Content-Encoding=gzip' }, MIMIR),
      /cannot be overridden/,
    );
    assert.throws(
      () => loadDestinationConfig({ REMOTE_WRITE_HEADERS: 'X-Key=abc%0D%0Ainjected' }, MIMIR),
      (err: unknown) => {
        assert.match((err as Error).message, /control characters/);
        assert.ok(!(err as Error).message.includes('injected'));
        return true;
      },
    );
    assert.throws(
      () =>
        loadDestinationConfig(
          {
            REMOTE_WRITE_AUTH: 'bearer',
            REMOTE_WRITE_BEARER_TOKEN: 't',
            REMOTE_WRITE_HEADERS: 'Authorization=Bearer x',
          },
          MIMIR,
        ),
      /sets Authorization/,
    );
  });

  it('parses PASS_THROUGH_TENANT_HEADER and SECRET_CACHE_TTL_SECONDS', () => {
    const config = loadDestinationConfig(
      { PASS_THROUGH_TENANT_HEADER: 'true', SECRET_CACHE_TTL_SECONDS: '60' },
      MIMIR,
    );
    assert.equal(config.passThroughTenantHeader, true);
    assert.equal(config.secretCacheTtlMs, 60_000);
    assert.equal(loadDestinationConfig({}, MIMIR).passThroughTenantHeader, false);
    assert.equal(loadDestinationConfig({}, MIMIR).secretCacheTtlMs, 300_000);
    assert.throws(() => loadDestinationConfig({ PASS_THROUGH_TENANT_HEADER: 'yes' }, MIMIR), /true or false/);
  });

  it('a loaded configuration prints no secret, however it is printed', () => {
    const config = loadConfig({
      REMOTE_WRITE_URL: MIMIR,
      REMOTE_WRITE_AUTH: 'basic',
      REMOTE_WRITE_BASIC_USERNAME: 'u',
      REMOTE_WRITE_BASIC_PASSWORD: 'pa55-w0rd-secret',
    });
    for (const text of [
      JSON.stringify(config),
      inspect(config, { depth: 10 }),
      String((config.destination.auth as { password: { value: unknown } }).password.value),
    ]) {
      assert.ok(!text.includes('pa55-w0rd-secret'), text);
    }
  });
});

describe('endpoint auth configuration', () => {
  it('defaults to token, which needs ENDPOINT_TOKEN_SECRET_ARN', () => {
    assert.throws(() => loadEndpointAuthConfig({}), /ENDPOINT_AUTH=token needs ENDPOINT_TOKEN_SECRET_ARN/);
    assert.deepEqual(loadEndpointAuthConfig({ ENDPOINT_TOKEN_SECRET_ARN: ARN }), {
      kind: 'token',
      token: { from: 'secrets-manager', arn: ARN },
      secretCacheTtlMs: 300_000,
    });
  });

  it('accepts none (IAM auth at API Gateway) and refuses anything else', () => {
    assert.deepEqual(loadEndpointAuthConfig({ ENDPOINT_AUTH: 'none' }), { kind: 'none' });
    assert.throws(() => loadEndpointAuthConfig({ ENDPOINT_AUTH: 'iam' }), /one of token, none/);
    assert.throws(
      () => loadEndpointAuthConfig({ ENDPOINT_TOKEN_SECRET_ARN: 'my-secret' }),
      /Secrets Manager secret ARN/,
    );
  });
});
