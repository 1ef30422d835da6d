/**
 * The point labeler's merge (interned labels, one sorted merge with the resource and scope labels) against
 * a plain reference written from the Collector's rules (createAttributes: a map filled in order of
 * precedence, then sorted), for random attributes with collisions, unsorted and invalid keys, empty values
 * and names that the resource, scope and external labels also set. Also the series set's hashing: equal
 * label sets must land in one series however they were built; and the insertion of a series' own labels
 * into a base, against a filter-and-sort reference.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KeyValue, Resource } from '../../lambda/otlp/types.js';
import { labelName } from '../../lambda/translate/label-name.js';
import { hashLabels, labelHash } from '../../lambda/translate/label-table.js';
import { PointLabeler, type LabelSettings } from '../../lambda/translate/point-labeler.js';
import { insertLabels } from '../../lambda/translate/series-labels.js';
import { SeriesSet } from '../../lambda/translate/series-set.js';
import { anyValueToString, compareBytes } from '../../lambda/translate/values.js';
import { prng } from '../../bench/workload.js';

const KEYS = ['a', 'b.c', 'b_c', 'b/c', 'job', 'instance', 'le', 'quantile', '__name__', '_x', '9lives'];
const MORE_KEYS = ['zz', 'cluster', 'otel_scope_name', 'service.name', '', '__', 'Upper', 'host.name'];
const VALUES = ['', 'v1', 'v2', 'x;y'];

const kv = (key: string, value: string): KeyValue => ({ key, value: { stringValue: value } });

/** The Collector's order of precedence on a map, then sorted, empty values left out. */
function reference(
  settings: LabelSettings,
  resource: Resource,
  scope: { name: string; version: string; attributes: KeyValue[] } | undefined,
  attributes: KeyValue[],
): [string, string][] | undefined {
  const resourceAttrs = resource.attributes ?? [];
  let attrs = attributes;
  if (settings.resourceToTelemetryConversion) {
    const keys = new Set(resourceAttrs.map((a) => a.key));
    attrs = [...attributes.filter((a) => !keys.has(a.key)), ...resourceAttrs];
  }
  const map = new Map<string, string>();
  for (const a of [...attrs].sort((x, y) => compareBytes(x.key ?? '', y.key ?? ''))) {
    const name = labelName(a.key ?? '');
    if (name === '') return undefined;
    if (name === '__name__') continue;
    const value = anyValueToString(a.value);
    const existing = map.get(name);
    map.set(name, existing === undefined || existing === value ? value : `${existing};${value}`);
  }
  const promoted = resourceAttrs
    .filter((a) => settings.promoteResourceAttributes.includes(a.key ?? ''))
    .sort((x, y) => compareBytes(x.key ?? '', y.key ?? ''));
  const seen = new Set<string>();
  for (const a of promoted) {
    const name = labelName(a.key ?? '');
    if (name === '' || name === '__name__' || seen.has(name)) continue;
    seen.add(name);
    if (!map.has(name)) map.set(name, anyValueToString(a.value));
  }
  const attr = (key: string): string | undefined => {
    const found = resourceAttrs.findLast((a) => a.key === key); // the last one wins, as in a loop
    return found ? anyValueToString(found.value) : undefined;
  };
  const service = attr('service.name');
  const namespace = attr('service.namespace');
  if (service !== undefined) map.set('job', namespace === undefined ? service : `${namespace}/${service}`);
  const instance = attr('service.instance.id');
  if (instance !== undefined) map.set('instance', instance);
  for (const [name, value] of Object.entries(settings.externalLabels))
    if (!map.has(name)) map.set(name, value);
  if (settings.scopeLabels && scope) {
    for (const a of scope.attributes) {
      if (['name', 'version', 'schema_url'].includes(a.key ?? '')) continue;
      map.set(labelName(`otel_scope_${a.key ?? ''}`), anyValueToString(a.value));
    }
    if (scope.name) map.set('otel_scope_name', scope.name);
    if (scope.version) map.set('otel_scope_version', scope.version);
  }
  map.delete('__name__');
  return [...map].filter(([, v]) => v !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('point labels', () => {
  it('match the Collector-order reference for 3,000 random points', () => {
    const random = prng(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const attrs = (n: number, keys: readonly string[]): KeyValue[] =>
      Array.from({ length: Math.floor(random() * n) }, () => kv(pick(keys), pick(VALUES)));
    for (let round = 0; round < 100; round++) {
      const settings: LabelSettings = {
        externalLabels: random() < 0.5 ? {} : { cluster: 'c1', zz: pick(VALUES), job: 'ext' },
        promoteResourceAttributes: random() < 0.5 ? [] : ['host.name', 'a', 'b.c', 'service.name'],
        resourceToTelemetryConversion: random() < 0.2,
        scopeLabels: random() < 0.7,
      };
      const resource: Resource = {
        attributes: [
          ...(random() < 0.8 ? [kv('service.name', pick(['svc', '']))] : []),
          ...(random() < 0.5 ? [kv('service.namespace', 'ns')] : []),
          ...(random() < 0.8 ? [kv('service.instance.id', pick(['i-1', '']))] : []),
          ...attrs(4, [...KEYS, ...MORE_KEYS]),
        ],
      };
      const scope =
        random() < 0.8
          ? { name: pick(['', 'lib']), version: pick(['', '1.0']), attributes: attrs(3, ['a', 'name', 'zz']) }
          : undefined;
      const labeler = new PointLabeler(settings);
      labeler.setResource(resource);
      labeler.setScope(scope);
      for (let point = 0; point < 30; point++) {
        const attributes = attrs(7, random() < 0.8 ? KEYS : [...KEYS, ...MORE_KEYS]);
        const expected = reference(settings, resource, scope, attributes);
        const base = labeler.base(attributes);
        const context = JSON.stringify({ settings, resource, scope, attributes });
        assert.deepEqual(
          base?.labels.map((l) => [l.name, l.value]),
          expected,
          context,
        );
        if (base === undefined) continue;
        assert.equal(base.hash, hashLabels(base.labels), `hash is the sum of the label hashes: ${context}`);
        assert.equal(
          base.replaceable,
          base.labels.some((l) => l.name === 'le' || l.name === 'quantile'),
          context,
        );
      }
    }
  });
});

describe('series set', () => {
  const settings: LabelSettings = {
    externalLabels: {},
    promoteResourceAttributes: [],
    resourceToTelemetryConversion: false,
    scopeLabels: false,
  };

  it('puts equal label sets in one series, whether built from a point or given whole', () => {
    const labeler = new PointLabeler(settings);
    labeler.setResource({ attributes: [] });
    labeler.setScope(undefined);
    const set = new SeriesSet();
    const name = labeler.table.get('__name__', 'm_bucket');
    const le = labeler.table.get('le', '1');
    // A point whose own `le` attribute the bucket label replaces, and one without it.
    const withLe = labeler.base([kv('le', '7'), kv('a', 'x')]);
    const withoutLe = labeler.base([kv('a', 'x')]);
    assert.ok(withLe && withoutLe);
    const first = set.addSample(withLe, name, { value: 1, timestamp: 1 }, le);
    const second = set.addSample(withoutLe, name, { value: 2, timestamp: 2 }, le);
    const third = set.series([
      { name: '__name__', value: 'm_bucket' },
      { name: 'a', value: 'x' },
      { name: 'le', value: '1' },
    ]);
    assert.equal(second, first);
    assert.equal(third, first);
    assert.deepEqual(
      first.labels.map((l) => `${l.name}=${l.value}`),
      ['__name__=m_bucket', 'a=x', 'le=1'],
    );
    assert.deepEqual(
      first.samples.map((s) => s.value),
      [1, 2],
    );
    assert.equal(set.size, 1);
  });

  it('keeps label sets apart when their hashes collide', () => {
    // Found by search: these two labels have the same 32-bit hash.
    assert.equal(labelHash('a', 'v129599'), labelHash('a', 'v732382'));
    const set = new SeriesSet();
    const one = [{ name: 'a', value: 'v129599' }];
    const other = [{ name: 'a', value: 'v732382' }];
    const x = set.series(one);
    const y = set.series(other);
    const z = set.series([{ name: 'a', value: 'v129599' }]);
    assert.notEqual(x, y);
    assert.equal(z, x);
    assert.equal(set.series([{ name: 'a', value: 'v732382' }]), y);
    assert.equal(set.size, 2);
  });
});

describe('series labels', () => {
  // Sorted as label names sort (UTF-16 code units: 'U' < '_' < 'a').
  const NAMES = ['Upper', '__name__', '_x', 'a', 'job', 'le', 'quantile', 'zz'];
  const byName = (a: { name: string }, b: { name: string }): number =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

  it('inserts __name__ and le or quantile at their sorted places, replacing labels of those names', () => {
    const random = prng(42);
    for (let run = 0; run < 2000; run++) {
      const base = NAMES.filter(() => random() < 0.5).map((name) => ({ name, value: 'base' }));
      const before = JSON.stringify(base);
      const name = { name: '__name__', value: 'series' };
      const extra = random() < 0.5 ? undefined : { name: random() < 0.5 ? 'le' : 'quantile', value: '1' };
      const expected = [
        ...base.filter((l) => l.name !== name.name && l.name !== extra?.name),
        name,
        ...(extra === undefined ? [] : [extra]),
      ].sort(byName);
      const context = JSON.stringify({ base, extra });
      assert.deepEqual(insertLabels(base, name, extra), expected, context);
      assert.equal(JSON.stringify(base), before, 'the base is left as it was');
    }
  });
});
