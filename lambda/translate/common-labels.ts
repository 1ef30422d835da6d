/**
 * The labels every point of one resource and scope gets besides its own attributes, in the Collector's
 * order of precedence (createAttributes): promoted resource attributes where absent, `job`/`instance`
 * overriding, external labels where absent, scope labels overriding. Computed once per resource and scope.
 */
import type { InstrumentationScope, KeyValue } from '../otlp/types.js';
import { byKey } from './attribute-labels.js';
import { labelName } from './label-name.js';
import type { HashedLabel, LabelTable } from './label-table.js';
import { anyValueToString } from './values.js';

/** A label that every point of a resource and scope gets: where absent, or overriding the point's. */
export interface CommonLabel {
  readonly name: string;
  readonly hashed: HashedLabel;
  readonly override: boolean;
}

/** What the common labels are made of; names already sanitised. */
export interface CommonParts {
  readonly promoted: readonly (readonly [string, string])[];
  readonly job: string | undefined;
  readonly instance: string | undefined;
  readonly external: readonly (readonly [string, string])[];
  readonly scope: readonly (readonly [string, string])[];
}

/** Scope attributes with these keys are dropped: they would clash with otel_scope_name/version/schema_url. */
const RESERVED_SCOPE_ATTRIBUTES = new Set(['name', 'version', 'schema_url']);

/** Prometheus's promote_resource_attributes: sorted by original key, first one wins a name. */
export function promotedLabels(
  attributes: readonly KeyValue[],
  keys: ReadonlySet<string>,
): [string, string][] {
  const chosen = attributes.filter((kv) => keys.has(kv.key ?? '')).sort(byKey);
  const promoted: [string, string][] = [];
  const seen = new Set<string>();
  for (const kv of chosen) {
    const name = labelName(kv.key ?? '');
    if (name === '' || name === '__name__' || seen.has(name)) continue;
    seen.add(name);
    promoted.push([name, anyValueToString(kv.value)]);
  }
  return promoted;
}

/** The scope labels (the Collector adds them unless `disable_scope_info`). */
export function scopeLabels(scope: InstrumentationScope | null | undefined): [string, string][] {
  const labels: [string, string][] = [];
  if (!scope) return labels;
  for (const kv of scope.attributes ?? []) {
    const key = kv.key ?? '';
    if (RESERVED_SCOPE_ATTRIBUTES.has(key)) continue;
    // The prefix is added before sanitising (Prometheus's translator does the same).
    labels.push([labelName(`otel_scope_${key}`), anyValueToString(kv.value)]);
  }
  // Name and version are set after the attributes so that they win any clash.
  if (scope.name) labels.push(['otel_scope_name', scope.name]);
  if (scope.version) labels.push(['otel_scope_version', scope.version]);
  return labels;
}

/**
 * The common labels sorted by name, interned in `table`. Whether a label overrides the point's is all
 * that matters once they are merged with a point's: the last overriding value wins, else the point's
 * value, else the first value given where absent.
 */
export function commonLabels(parts: CommonParts, table: LabelTable): CommonLabel[] {
  const byName = new Map<string, { value: string; override: boolean }>();
  const whereAbsent = (name: string, value: string): void => {
    if (!byName.has(name)) byName.set(name, { value, override: false });
  };
  const overriding = (name: string, value: string): void => {
    byName.set(name, { value, override: true });
  };
  for (const [name, value] of parts.promoted) whereAbsent(name, value);
  if (parts.job !== undefined) overriding('job', parts.job);
  if (parts.instance !== undefined) overriding('instance', parts.instance);
  for (const [name, value] of parts.external) whereAbsent(name, value);
  for (const [name, value] of parts.scope) overriding(name, value);
  // A series' own __name__ always wins.
  byName.delete('__name__');
  return [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, { value, override }]) => ({ name, hashed: table.get(name, value), override }));
}
