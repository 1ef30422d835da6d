/**
 * Label sets for data points, built in the Collector's order of precedence (createAttributes in the
 * prometheusremotewrite translator): point attributes, then promoted resource attributes where absent,
 * `job`/`instance` overriding, external labels where absent, scope labels overriding, and last the
 * series' own `__name__` (plus `le` or `quantile`, series-labels.ts).
 *
 * Everything that depends only on the resource or the scope is computed once per resource and scope, as
 * one sorted list that each point's sorted attributes are merged with (common-labels.ts); labels are
 * interned (label-table.ts).
 */
import type { InstrumentationScope, KeyValue, Resource } from '../otlp/types.js';
import { mergeAttributes } from './attribute-labels.js';
import { commonLabels, promotedLabels, scopeLabels, type CommonLabel } from './common-labels.js';
import { labelName } from './label-name.js';
import { LabelTable, valueOf, type HashedLabel, type Label } from './label-table.js';
import { resourceIdentity } from './resource-identity.js';
import type { BaseLabels } from './series-labels.js';
import { anyValueToString } from './values.js';

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
 * Sorts a point's labels by name in place, in O(n log n). Returns false when two labels share a name.
 * SDKs send a handful of attributes, mostly close to sorted: insertion sort then, bounded by
 * INSERTION_SORT_MAX. A hostile client may send thousands in reverse order, where insertion sort is
 * quadratic (20,000 took 7.7 s): Array.prototype.sort above a few.
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
    if (this.promoteKeys.size > 0) this.promoted = promotedLabels(attributes, this.promoteKeys);
    if (this.settings.resourceToTelemetryConversion) {
      this.resourceAttributes = attributes;
      this.resourceKeys = new Set(attributes.map((kv) => kv.key ?? ''));
    }
    this.scope = [];
    this.refreshCommon();
  }

  /** Computes the scope labels (the Collector adds them unless `disable_scope_info`). */
  setScope(scope: InstrumentationScope | null | undefined): void {
    this.scope = this.settings.scopeLabels ? scopeLabels(scope) : [];
    this.refreshCommon();
  }

  private refreshCommon(): void {
    const { promoted, job, instance, external, scope } = this;
    this.common = commonLabels({ promoted, job, instance, external, scope }, this.table);
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
    if (!sorted && !sortUnique(point)) return this.collidingBase(attrs);
    return this.merge(point);
  }

  /**
   * Keys that collide after sanitising: the Collector's map-based merge, whose values are joined in the
   * order of the original keys' bytes (which the sorted labels no longer carry), then the same merge
   * with `common`.
   */
  private collidingBase(attrs: readonly KeyValue[]): BaseLabels | undefined {
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
