/**
 * Label sets for data points, built in the Collector's order of precedence (createAttributes in the
 * prometheusremotewrite translator): point attributes, then promoted resource attributes where absent,
 * `job`/`instance` overriding, external labels where absent, scope labels overriding, and last the
 * series' own `__name__` (plus `le` or `quantile`).
 *
 * Everything that depends only on the resource or the scope is computed once in setResource/setScope.
 */
import type { InstrumentationScope, KeyValue, Resource } from '../otlp/types.js';
import { labelName } from './label-name.js';
import type { Label } from './series-set.js';
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
export function seriesLabels(
  base: readonly Label[],
  name: string,
  extraName?: string,
  extraValue = '',
): Label[] {
  // The one or two labels to insert, in order; `first` sorts before `second`.
  let first: Label | undefined = { name: '__name__', value: name };
  let second: Label | undefined;
  if (extraName !== undefined) {
    const extra = { name: extraName, value: extraValue };
    if (extraName < '__name__') {
      second = first;
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

/** Builds base label sets for the points of one resource and scope. */
export class PointLabeler {
  private job: string | undefined;
  private instance: string | undefined;
  private promoted: readonly (readonly [string, string])[] = [];
  private resourceAttributes: readonly KeyValue[] = [];
  private resourceKeys: ReadonlySet<string> = new Set();
  private scope: readonly (readonly [string, string])[] = [];
  private readonly external: readonly (readonly [string, string])[];
  private readonly promoteKeys: ReadonlySet<string>;
  private readonly map = new Map<string, string>();

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
  }

  /** Computes the scope labels (the Collector adds them unless `disable_scope_info`). */
  setScope(scope: InstrumentationScope | null | undefined): void {
    if (!this.settings.scopeLabels || !scope) {
      this.scope = [];
      return;
    }
    const labels: [string, string][] = [];
    for (const kv of scope.attributes ?? []) {
      const key = kv.key ?? '';
      if (RESERVED_SCOPE_ATTRIBUTES.has(key)) continue;
      // The prefix is added before sanitising (Prometheus's translator does the same).
      labels.push([labelName(`otel_scope_${key}`), anyValueToString(kv.value)]);
    }
    // Name and version are set after the attributes so that they win any clash.
    if (scope.name) labels.push(['otel_scope_name', scope.name]);
    if (scope.version) labels.push(['otel_scope_version', scope.version]);
    this.scope = labels;
  }

  /**
   * The sorted labels of a point without `__name__`; undefined when an attribute key has no valid label
   * name (the caller rejects the point).
   */
  base(attributes: readonly KeyValue[] | null | undefined): Label[] | undefined {
    const map = this.map;
    map.clear();
    let attrs = attributes ?? [];
    if (this.resourceAttributes.length > 0) {
      // resource_to_telemetry_conversion copies resource attributes over the point's (resource wins).
      const merged = attrs.filter((kv) => !this.resourceKeys.has(kv.key ?? ''));
      for (const kv of this.resourceAttributes) merged.push(kv);
      attrs = merged;
    }
    if (attrs.length > 0 && !mergeAttributes(map, attrs)) return undefined;
    for (const [name, value] of this.promoted) if (!map.has(name)) map.set(name, value);
    if (this.job !== undefined) map.set('job', this.job);
    if (this.instance !== undefined) map.set('instance', this.instance);
    for (const [name, value] of this.external) if (!map.has(name)) map.set(name, value);
    for (const [name, value] of this.scope) map.set(name, value);
    return toSortedLabels(map);
  }
}
