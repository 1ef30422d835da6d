/**
 * Label sets for data points: point attributes, then resource and scope labels, in the Collector's order
 * of precedence (createAttributes in the prometheusremotewrite translator).
 */
import type { KeyValue, Resource } from '../otlp/types.js';
import { labelName } from './label-name.js';
import type { Label } from './series-set.js';
import { anyValueToString } from './values.js';

/** Labels derived once per resource (and scope) and applied to every point under it. */
export interface CommonLabels {
  /** `job` and `instance`: override point attributes of the same name. */
  readonly overriding: readonly (readonly [string, string])[];
  /** External labels: added only where the point has no such label. */
  readonly fallback: readonly (readonly [string, string])[];
}

/** `job` from service.namespace/service.name and `instance` from service.instance.id. */
export function resourceIdentity(resource: Resource | null | undefined): { job?: string; instance?: string } {
  let name: string | undefined;
  let namespace: string | undefined;
  let instance: string | undefined;
  for (const kv of resource?.attributes ?? []) {
    if (kv.key === 'service.name') name = anyValueToString(kv.value);
    else if (kv.key === 'service.namespace') namespace = anyValueToString(kv.value);
    else if (kv.key === 'service.instance.id') instance = anyValueToString(kv.value);
  }
  const job = name === undefined ? undefined : namespace === undefined ? name : `${namespace}/${name}`;
  return { ...(job === undefined ? {} : { job }), ...(instance === undefined ? {} : { instance }) };
}

/** The labels every point of a resource gets. */
export function commonLabels(
  resource: Resource | null | undefined,
  externalLabels: Readonly<Record<string, string>>,
): CommonLabels {
  const { job, instance } = resourceIdentity(resource);
  const overriding: [string, string][] = [];
  if (job !== undefined) overriding.push(['job', job]);
  if (instance !== undefined) overriding.push(['instance', instance]);
  return { overriding, fallback: Object.entries(externalLabels) };
}

const byKey = (a: KeyValue, b: KeyValue): number => {
  const x = a.key ?? '';
  const y = b.key ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The sorted label set of one point. Attributes whose names collide after sanitising are joined with ';'
 * in the order of their original keys, only when the values differ (the Collector's rule). `__name__`
 * always comes from the metric, never from an attribute. Empty values are dropped: in Prometheus an empty
 * label is the same as no label.
 */
export function pointLabels(
  attributes: readonly KeyValue[] | null | undefined,
  common: CommonLabels,
  name: string,
  extra?: readonly (readonly [string, string])[],
): Label[] {
  const map = new Map<string, string>();
  if (attributes && attributes.length > 0) {
    const sorted = attributes.length > 1 ? [...attributes].sort(byKey) : attributes;
    for (const kv of sorted) {
      const key = labelName(kv.key ?? '');
      if (key === '' || key === '__name__') continue;
      const value = anyValueToString(kv.value);
      const existing = map.get(key);
      map.set(key, existing === undefined || existing === value ? value : `${existing};${value}`);
    }
  }
  for (const [key, value] of common.overriding) map.set(key, value);
  for (const [key, value] of common.fallback) if (!map.has(key)) map.set(key, value);
  if (extra) for (const [key, value] of extra) map.set(key, value);
  map.set('__name__', name);

  const labels: Label[] = [];
  for (const [key, value] of map) if (value !== '') labels.push({ name: key, value });
  return labels.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
