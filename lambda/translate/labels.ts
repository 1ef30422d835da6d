/**
 * Label sets for data points, built in the Collector's order of precedence (createAttributes in the
 * prometheusremotewrite translator): point attributes, then promoted resource attributes where absent,
 * `job`/`instance` overriding, external labels where absent, scope labels overriding, and last the
 * series' own `__name__` (plus `le` or `quantile`).
 *
 * Everything that depends only on the resource or the scope is computed once per resource and scope, as
 * one sorted list that each point's sorted attributes are merged with; labels are interned (label-table.ts).
 */
import type { InstrumentationScope, KeyValue, Resource } from '../otlp/types.js';
import { labelName } from './label-name.js';
import { LabelTable, valueOf, type HashedLabel, type Label } from './label-table.js';
import { anyValueToString, compareBytes } from './values.js';

/** The settings the label builder needs (a subset of TranslateOptions, already validated). */
export interface LabelSettings {
  /** Sanitised names; added only where a point has no such label. */
  readonly externalLabels: Readonly<Record<string, string>>;
  /** Resource attribute keys copied to every point's labels where absent (Prometheus's option). */
  readonly promoteResourceAttributes: readonly string[];
  /** Copy every resource attribute into every point's attributes (the Collector's option). */
  readonly resourceToTelemetryConversion: boolean;
  /** Add `otel_scope_name`, `otel_scope_version` and `otel_scope_<attr>` labels. */
  readonly scopeLabels: boolean;
}

export const SERVICE_NAME = 'service.name';
export const SERVICE_NAMESPACE = 'service.namespace';
export const SERVICE_INSTANCE_ID = 'service.instance.id';

/** Scope attributes with these keys are dropped: they would clash with otel_scope_name/version/schema_url. */
const RESERVED_SCOPE_ATTRIBUTES = new Set(['name', 'version', 'schema_url']);

const byKey = (a: KeyValue, b: KeyValue): number => compareBytes(a.key ?? '', b.key ?? '');
const byName = (a: Label, b: Label): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** `job` (service.namespace/service.name, or service.name) and `instance` (service.instance.id). */
export function resourceIdentity(resource: Resource | null | undefined): { job?: string; instance?: string } {
  let name: string | undefined;
  let namespace: string | undefined;
  let instance: string | undefined;
  for (const kv of resource?.attributes ?? []) {
    if (kv.key === SERVICE_NAME) name = anyValueToString(kv.value);
    else if (kv.key === SERVICE_NAMESPACE) namespace = anyValueToString(kv.value);
    else if (kv.key === SERVICE_INSTANCE_ID) instance = anyValueToString(kv.value);
  }
  const job = name === undefined ? undefined : namespace === undefined ? name : `${namespace}/${name}`;
  return { ...(job === undefined ? {} : { job }), ...(instance === undefined ? {} : { instance }) };
}

/**
 * Adds attributes to a label map in the order of their original keys; names that collide after
 * sanitising get their values joined with ';', and only when the value differs from what is there
 * (the Collector's rule since contrib#36928). `__name__` is never taken from an attribute.
 * @returns false when a key has no valid label name (the Collector drops such a point).
 */
export function mergeAttributes(map: Map<string, string>, attributes: readonly KeyValue[]): boolean {
  const sorted = isSortedByKey(attributes) ? attributes : [...attributes].sort(byKey);
  for (const kv of sorted) {
    const name = labelName(kv.key ?? '');
    if (name === '') return false;
    if (name === '__name__') continue;
    const value = anyValueToString(kv.value);
    const existing = map.get(name);
    map.set(name, existing === undefined || existing === value ? value : `${existing};${value}`);
  }
  return true;
}

function isSortedByKey(attributes: readonly KeyValue[]): boolean {
  let previous: KeyValue | undefined;
  for (const kv of attributes) {
    if (previous !== undefined && byKey(previous, kv) > 0) return false;
    previous = kv;
  }
  return true;
}

/**
 * A label map as a sorted label list. Empty values are left out: Prometheus treats an empty label as an
 * absent one, and remote-write 1.0 forbids sending them.
 */
export function toSortedLabels(map: ReadonlyMap<string, string>): Label[] {
  const labels: Label[] = [];
  for (const [name, value] of map) if (value !== '') labels.push({ name, value });
  return labels.length > 1 ? labels.sort(byName) : labels;
}

/**
 * A series' labels: the point's sorted base labels plus `__name__` and, optionally, one more label
 * (`le`, `quantile`) that replaces a base label of the same name. Stays sorted without re-sorting.
 */
export function seriesLabels(base: readonly Label[], name: Label, extra?: Label): Label[] {
  // The one or two labels to insert, in order; `first` sorts before `second`.
  let first: Label | undefined = name;
  let second: Label | undefined;
  const extraName = extra?.name;
  if (extra !== undefined) {
    if (extra.name < name.name) {
      second = name;
      first = extra;
    } else {
      second = extra;
    }
  }
  const out: Label[] = [];
  for (const label of base) {
    const n = label.name;
    if (n === '__name__' || n === extraName) continue;
    if (first !== undefined && first.name < n) {
      out.push(first);
      first = second;
      second = undefined;
      if (first !== undefined && first.name < n) {
        out.push(first);
        first = undefined;
      }
    }
    out.push(label);
  }
  if (first !== undefined) out.push(first);
  if (second !== undefined) out.push(second);
  return out;
}

/**
 * A point series' labels when no base label has the name of an added one (`replaceable` false): the base
 * labels with `name` and `extra` inserted at their sorted places, found by binary search, in an array of
 * the exact length. This is {@link seriesLabels} without a string comparison per label, for the
 * ~10 series a histogram point makes.
 */
export function insertLabels(base: readonly Label[], name: Label, extra?: Label): Label[] {
  let first = name;
  let second = extra;
  if (extra !== undefined && extra.name < name.name) {
    first = extra;
    second = name;
  }
  const out = new Array<Label>(base.length + (second === undefined ? 1 : 2));
  const firstAt = insertionIndex(base, first.name);
  const secondAt = second === undefined ? base.length : insertionIndex(base, second.name);
  let k = 0;
  let i = 0;
  for (; i < firstAt; i++) out[k++] = base[i] as Label;
  out[k++] = first;
  for (; i < secondAt; i++) out[k++] = base[i] as Label;
  if (second !== undefined) out[k++] = second;
  for (; i < base.length; i++) out[k++] = base[i] as Label;
  return out;
}

/** How many of the sorted labels have a name below `name`. */
function insertionIndex(labels: readonly Label[], name: string): number {
  let lo = 0;
  let hi = labels.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((labels[mid] as Label).name < name) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A point's labels without `__name__`, sorted, and what SeriesSet needs to key its series. */
export interface BaseLabels {
  readonly labels: Label[];
  /** The sum of the labels' hashes (label-table.ts). */
  readonly hash: number;
  /** Whether a label is named `le` or `quantile`, which a bucket or quantile series replaces. */
  readonly replaceable: boolean;
}

/** A label that every point of a resource and scope gets: where absent, or overriding the point's. */
interface CommonLabel {
  readonly name: string;
  readonly hashed: HashedLabel;
  readonly override: boolean;
}

/** An attribute key's label name and the interned labels of that name. */
interface KeyEntry {
  readonly name: string;
  readonly values: Map<string, HashedLabel>;
}

/** Up to this many labels, insertion sort beats Array.prototype.sort (no comparator calls, no allocation). */
const INSERTION_SORT_MAX = 16;

const byLabelName = (a: HashedLabel, b: HashedLabel): number =>
  a.label.name < b.label.name ? -1 : a.label.name > b.label.name ? 1 : 0;

/**
 * Sorts a point's labels by name in place. Returns false when two labels share a name. SDKs send a
 * handful of attributes, mostly close to sorted: insertion sort then. A hostile client may send thousands
 * in reverse order, where insertion sort is quadratic (20,000 took 7.7 s): O(n log n) above a few.
 */
export function sortUnique(labels: HashedLabel[]): boolean {
  if (labels.length > INSERTION_SORT_MAX) {
    labels.sort(byLabelName);
    for (let i = 1; i < labels.length; i++) {
      if ((labels[i] as HashedLabel).label.name === (labels[i - 1] as HashedLabel).label.name) return false;
    }
    return true;
  }
  for (let i = 1; i < labels.length; i++) {
    const current = labels[i];
    if (current === undefined) break;
    const name = current.label.name;
    let j = i - 1;
    for (let prev = labels[j]; prev !== undefined && prev.label.name >= name; prev = labels[--j]) {
      if (prev.label.name === name) return false;
      labels[j + 1] = prev;
    }
    labels[j + 1] = current;
  }
  return true;
}

/** Builds base label sets for the points of one resource and scope. */
export class PointLabeler {
  /** Interned labels of this translation; point translators intern `__name__` and `le` here too. */
  readonly table = new LabelTable();
  private job: string | undefined;
  private instance: string | undefined;
  private promoted: readonly (readonly [string, string])[] = [];
  private resourceAttributes: readonly KeyValue[] = [];
  private resourceKeys: ReadonlySet<string> = new Set();
  private scope: readonly (readonly [string, string])[] = [];
  /** What promoted, job/instance, external and scope labels make together, sorted by name. */
  private common: readonly CommonLabel[] = [];
  private readonly external: readonly (readonly [string, string])[];
  private readonly promoteKeys: ReadonlySet<string>;
  private readonly keys = new Map<string, KeyEntry>();
  /** The current point's attribute labels (reused from point to point). */
  private readonly point: HashedLabel[] = [];

  constructor(private readonly settings: LabelSettings) {
    this.external = Object.entries(settings.externalLabels);
    this.promoteKeys = new Set(settings.promoteResourceAttributes);
  }

  /** Computes what every point of this resource shares. */
  setResource(resource: Resource | null | undefined): void {
    const { job, instance } = resourceIdentity(resource);
    this.job = job;
    this.instance = instance;
    const attributes = resource?.attributes ?? [];

    if (this.promoteKeys.size > 0) {
      // Prometheus's promote_resource_attributes: sorted by original key, first one wins a name.
      const chosen = attributes.filter((kv) => this.promoteKeys.has(kv.key ?? '')).sort(byKey);
      const promoted: [string, string][] = [];
      const seen = new Set<string>();
      for (const kv of chosen) {
        const name = labelName(kv.key ?? '');
        if (name === '' || name === '__name__' || seen.has(name)) continue;
        seen.add(name);
        promoted.push([name, anyValueToString(kv.value)]);
      }
      this.promoted = promoted;
    }

    if (this.settings.resourceToTelemetryConversion) {
      this.resourceAttributes = attributes;
      this.resourceKeys = new Set(attributes.map((kv) => kv.key ?? ''));
    }
    this.scope = [];
    this.common = this.commonLabels();
  }

  /** Computes the scope labels (the Collector adds them unless `disable_scope_info`). */
  setScope(scope: InstrumentationScope | null | undefined): void {
    const labels: [string, string][] = [];
    if (this.settings.scopeLabels && scope) {
      for (const kv of scope.attributes ?? []) {
        const key = kv.key ?? '';
        if (RESERVED_SCOPE_ATTRIBUTES.has(key)) continue;
        // The prefix is added before sanitising (Prometheus's translator does the same).
        labels.push([labelName(`otel_scope_${key}`), anyValueToString(kv.value)]);
      }
      // Name and version are set after the attributes so that they win any clash.
      if (scope.name) labels.push(['otel_scope_name', scope.name]);
      if (scope.version) labels.push(['otel_scope_version', scope.version]);
    }
    this.scope = labels;
    this.common = this.commonLabels();
  }

  /**
   * The labels that do not come from the point, in the Collector's order of precedence: promoted
   * resource attributes where absent, `job`/`instance` overriding, external labels where absent, scope
   * labels overriding. Whether a label overrides the point's is all that matters once they are merged:
   * the last overriding value wins, else the point's value, else the first value given where absent.
   */
  private commonLabels(): CommonLabel[] {
    const byName = new Map<string, { value: string; override: boolean }>();
    const whereAbsent = (name: string, value: string): void => {
      if (!byName.has(name)) byName.set(name, { value, override: false });
    };
    const overriding = (name: string, value: string): void => {
      byName.set(name, { value, override: true });
    };
    for (const [name, value] of this.promoted) whereAbsent(name, value);
    if (this.job !== undefined) overriding('job', this.job);
    if (this.instance !== undefined) overriding('instance', this.instance);
    for (const [name, value] of this.external) whereAbsent(name, value);
    for (const [name, value] of this.scope) overriding(name, value);
    // A series' own __name__ always wins.
    byName.delete('__name__');
    return [...byName]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, { value, override }]) => ({ name, hashed: this.table.get(name, value), override }));
  }

  /**
   * The sorted labels of a point without `__name__`; undefined when an attribute key has no valid label
   * name (the caller rejects the point).
   */
  base(attributes: readonly KeyValue[] | null | undefined): BaseLabels | undefined {
    let attrs = attributes ?? [];
    if (this.resourceAttributes.length > 0) {
      // resource_to_telemetry_conversion copies resource attributes over the point's (resource wins).
      const merged = attrs.filter((kv) => !this.resourceKeys.has(kv.key ?? ''));
      for (const kv of this.resourceAttributes) merged.push(kv);
      attrs = merged;
    }

    // Each key is sanitised and each label interned once per translation (keyEntry, valueOf).
    const point = this.point;
    point.length = 0;
    let sorted = true;
    for (const kv of attrs) {
      const key = this.keyEntry(kv.key ?? '');
      if (key.name === '') return undefined;
      if (key.name === '__name__') continue;
      const last = point[point.length - 1];
      if (last !== undefined && !(last.label.name < key.name)) sorted = false;
      point.push(valueOf(key.values, key.name, anyValueToString(kv.value)));
    }
    if (!sorted && !sortUnique(point)) return this.baseSlow(attrs);
    return this.merge(point);
  }

  /**
   * Keys that collide after sanitising: the Collector's map-based merge (values joined in key order), then
   * the same merge with `common`.
   */
  private baseSlow(attrs: readonly KeyValue[]): BaseLabels | undefined {
    const map = new Map<string, string>();
    if (!mergeAttributes(map, attrs)) return undefined;
    const point: HashedLabel[] = [];
    for (const [name, value] of map) point.push(this.table.get(name, value));
    return this.merge(point.sort(byLabelName));
  }

  /** Merges the point's sorted labels with the common ones; empty values are left out (as absent). */
  private merge(point: readonly HashedLabel[]): BaseLabels {
    const common = this.common;
    const labels: Label[] = [];
    let hash = 0;
    let replaceable = false;
    let i = 0;
    let j = 0;
    while (i < point.length || j < common.length) {
      let chosen: HashedLabel;
      const p = point[i];
      const c = common[j];
      if (p !== undefined && (c === undefined || p.label.name < c.name)) {
        chosen = p;
        i++;
      } else if (c !== undefined && (p === undefined || c.name < p.label.name)) {
        chosen = c.hashed;
        j++;
      } else if (p !== undefined && c !== undefined) {
        chosen = c.override ? c.hashed : p;
        i++;
        j++;
      } else {
        break;
      }
      const label = chosen.label;
      if (label.value === '') continue;
      labels.push(label);
      hash = (hash + chosen.hash) | 0;
      if (label.name === 'le' || label.name === 'quantile') replaceable = true;
    }
    return { labels, hash, replaceable };
  }

  /** An attribute key's label name and labels, sanitised once per key. */
  private keyEntry(key: string): KeyEntry {
    let entry = this.keys.get(key);
    if (entry === undefined) {
      const name = labelName(key);
      entry = { name, values: this.table.values(name) };
      this.keys.set(key, entry);
    }
    return entry;
  }
}
