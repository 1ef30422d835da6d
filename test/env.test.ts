/** The environment parsing rules every loader shares (lambda/env.ts), and the loaders keeping to them. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDestinationConfig } from '../lambda/auth/auth-config.js';
import { loadConfig } from '../lambda/config.js';
import { boolean, ConfigError, integer, oneOf, optional, pairs } from '../lambda/env.js';

const MIMIR = 'https://mimir.example.com/api/v1/push';
const SECRET = 's3cr3t-h34der-v4lue';

/** Asserts fn throws a ConfigError matching `message` whose text does not contain `secret`. */
function refusesWithout(fn: () => unknown, message: RegExp, secret: string): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof ConfigError, String(err));
    assert.match(err.message, message);
    assert.ok(!err.message.includes(secret), err.message);
    return true;
  });
}

describe('environment parsing rules', () => {
  it('treats blank as unset and trims values', () => {
    assert.equal(optional({ A: '   ' }, 'A'), undefined);
    assert.equal(optional({ A: ' x ' }, 'A'), 'x');
    assert.equal(integer({ N: ' ' }, 'N', 7, 0, 10), 7);
    assert.equal(integer({ N: ' 3 ' }, 'N', 7, 0, 10), 3);
  });

  it('accepts true and false in any case, and nothing else', () => {
    for (const text of ['true', 'TRUE', 'True', ' tRuE '])
      assert.equal(boolean({ B: text }, 'B', false), true);
    for (const text of ['false', 'FALSE', 'False']) assert.equal(boolean({ B: text }, 'B', true), false);
    assert.equal(boolean({}, 'B', true), true);
    for (const text of ['1', 'yes', 'on', 't']) {
      assert.throws(() => boolean({ B: text }, 'B', false), /B must be true or false/);
    }
  });

  it('matches keywords in any case and returns their canonical spelling', () => {
    const values = ['Alpha', 'beta'] as const;
    assert.equal(oneOf({ K: 'ALPHA' }, 'K', values, 'beta'), 'Alpha');
    assert.equal(oneOf({ K: 'Beta' }, 'K', values, 'Alpha'), 'beta');
    assert.equal(oneOf({}, 'K', values, 'beta'), 'beta');
    assert.equal(oneOf({}, 'K', values), undefined);
    assert.throws(() => oneOf({ K: 'gamma' }, 'K', values), /K must be one of Alpha, beta, got "gamma"/);
  });

  it('refuses integers out of range or with a fraction, naming the bounds', () => {
    assert.throws(() => integer({ N: '11' }, 'N', 1, 0, 10), /N must be an integer from 0 to 10, got "11"/);
    assert.throws(() => integer({ N: '1.5' }, 'N', 1, 0, 10), /N must be an integer/);
  });

  it('URL-decodes Name=Value pairs and skips empty items', () => {
    assert.deepEqual(pairs({ P: 'a=1,, b%20c = x%2Cy%3Dz ' }, 'P'), { a: '1', 'b c': 'x,y=z' });
    assert.deepEqual(pairs({}, 'P'), {});
  });

  it('refuses a malformed % escape as a ConfigError naming the item, never quoting it', () => {
    refusesWithout(() => pairs({ P: `a=1,k=${SECRET}%zz` }, 'P'), /^P: item 2 is not URL-encoded/, SECRET);
    refusesWithout(() => pairs({ P: `k=${SECRET}%` }, 'P'), /^P: item 1 is not URL-encoded/, SECRET);
    refusesWithout(() => pairs({ P: `${SECRET}%E0%A4%A=v` }, 'P'), /item 1 is not URL-encoded/, SECRET);
    refusesWithout(() => pairs({ P: `a=1,${SECRET}` }, 'P'), /^P: item 2 is not a Name=Value pair/, SECRET);
  });
});

describe('every loader follows the same rules', () => {
  it('accepts TRUE for a translation switch and for an auth switch alike', () => {
    assert.equal(loadConfig({ SEND_METADATA: 'TRUE' }).translate.sendMetadata, true);
    assert.equal(loadConfig({ DISABLE_SCOPE_INFO: 'True' }).translate.disableScopeInfo, true);
    assert.equal(
      loadDestinationConfig({ PASS_THROUGH_TENANT_HEADER: 'TRUE' }, MIMIR).passThroughTenantHeader,
      true,
    );
    assert.throws(() => loadConfig({ SEND_METADATA: 'yes' }), /SEND_METADATA must be true or false/);
    assert.throws(
      () => loadDestinationConfig({ PASS_THROUGH_TENANT_HEADER: 'yes' }, MIMIR),
      /PASS_THROUGH_TENANT_HEADER must be true or false/,
    );
  });

  it('matches keywords in any case for the auth mode and the translation strategy alike', () => {
    assert.equal(loadDestinationConfig({ REMOTE_WRITE_AUTH: 'NONE' }, MIMIR).auth.kind, 'none');
    assert.equal(
      loadConfig({ TRANSLATION_STRATEGY: 'underscoreescapingwithoutsuffixes' }).translate.namingStrategy,
      'UnderscoreEscapingWithoutSuffixes',
    );
  });

  it('refuses a bad escape in EXTERNAL_LABELS or REMOTE_WRITE_HEADERS as a ConfigError without the value', () => {
    refusesWithout(
      () => loadConfig({ EXTERNAL_LABELS: `a=%zz,team=${SECRET}%` }),
      /^EXTERNAL_LABELS: item 1 is not URL-encoded/,
      SECRET,
    );
    refusesWithout(
      () => loadConfig({ REMOTE_WRITE_URL: MIMIR, REMOTE_WRITE_HEADERS: `X-Api-Key=${SECRET}%zz` }),
      /^REMOTE_WRITE_HEADERS: item 1 is not URL-encoded/,
      SECRET,
    );
  });

  it('does not quote a REMOTE_WRITE_URL it cannot parse: it may carry a password', () => {
    refusesWithout(
      () => loadConfig({ REMOTE_WRITE_URL: `https://user:${SECRET}@[bad/api/v1/push` }),
      /REMOTE_WRITE_URL is not a URL/,
      SECRET,
    );
  });

  it('reads AWS_REGION, METRICS_NAMESPACE and AWS_LAMBDA_FUNCTION_NAME into the typed config', () => {
    const defaults = loadConfig({});
    assert.equal(defaults.aws.region, undefined);
    assert.deepEqual(defaults.metrics, { namespace: 'OtlpPromForwarder', service: 'otlp-prom-forwarder' });
    const set = loadConfig({
      AWS_REGION: 'eu-central-1',
      METRICS_NAMESPACE: 'Team/Forwarder',
      AWS_LAMBDA_FUNCTION_NAME: 'fwd-fn',
      ENDPOINT_AUTH: 'none',
    });
    assert.equal(set.aws.region, 'eu-central-1');
    assert.deepEqual(set.metrics, { namespace: 'Team/Forwarder', service: 'fwd-fn' });
  });
});
