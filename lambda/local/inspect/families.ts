/**
 * Stored series grouped as Prometheus metric families: a classic histogram's `_bucket`, `_sum` and
 * `_count` series under one family, a summary's quantile series and its `_sum` and `_count` under one,
 * each family with its type in words. The type comes from the remote-write metadata when the forwarder
 * sent it (SEND_METADATA=true), else from the series' names and labels, as Prometheus' own naming
 * conventions lay them out (https://prometheus.io/docs/concepts/metric_types/).
 */
import type { ReadMetadata } from '../read-write-request.js';
import type { StoredSeries } from '../series-store.js';

export type FamilyType =
  | 'counter'
  | 'gauge'
  | 'histogram'
  | 'native histogram'
  | 'gauge histogram'
  | 'summary'
  | 'info'
  | 'stateset'
  | 'unknown';

/** MetricMetadata.MetricType -> the word for it. */
const METADATA_TYPES: readonly FamilyType[] = [
  'unknown',
  'counter',
  'gauge',
  'histogram',
  'gauge histogram',
  'summary',
  'info',
  'stateset',
];

export interface FamilyView {
  readonly name: string;
  readonly type: FamilyType;
  /** Whether the type was sent as metadata or inferred from names. */
  readonly typeFrom: 'metadata' | 'name';
  readonly help?: string;
  readonly unit?: string;
  /** Series in the family. */
  readonly series: number;
  /** Of them, those the filter matched (all without a filter). */
  readonly matched: number;
}

export interface SeriesView extends StoredSeries {
  readonly family: string;
  readonly type: FamilyType;
}

export interface Grouped {
  readonly families: FamilyView[];
  /** The series of the families, family by family; in a family by labels, then `le` or quantile. */
  readonly series: SeriesView[];
}

const SUFFIXES = ['_bucket', '_sum', '_count'] as const;

/**
 * Groups series into families; with `match`, only series whose name or a label value contains it
 * (case-insensitive), and only the families of those.
 */
export function groupFamilies(
  all: readonly StoredSeries[],
  metadata: ReadonlyMap<string, ReadMetadata>,
  match = '',
): Grouped {
  const shapes = shapesOf(all);
  const byFamily = new Map<
    string,
    { type: FamilyType; typeFrom: 'metadata' | 'name'; series: StoredSeries[] }
  >();
  for (const s of all) {
    const { family, type, typeFrom } = familyOf(s, shapes, metadata);
    let group = byFamily.get(family);
    if (group === undefined) {
      group = { type, typeFrom, series: [] };
      byFamily.set(family, group);
    }
    group.series.push(s);
  }
  const needle = match.toLowerCase();
  const families: FamilyView[] = [];
  const series: SeriesView[] = [];
  for (const name of [...byFamily.keys()].sort()) {
    const group = byFamily.get(name);
    if (group === undefined) continue;
    const matched = needle === '' ? group.series : group.series.filter((s) => matches(s, needle));
    if (matched.length === 0) continue;
    const meta = metadata.get(name);
    families.push({
      name,
      type: group.type,
      typeFrom: group.typeFrom,
      ...(meta?.help ? { help: meta.help } : {}),
      ...(meta?.unit ? { unit: meta.unit } : {}),
      series: group.series.length,
      matched: matched.length,
    });
    for (const s of matched.sort(inFamilyOrder(name))) series.push({ ...s, family: name, type: group.type });
  }
  return { families, series };
}

/** The names present, and which have `le` or `quantile` series: a `_sum` or `_count` belongs with them. */
interface Shapes {
  readonly present: ReadonlySet<string>;
  readonly buckets: ReadonlySet<string>;
  readonly quantiles: ReadonlySet<string>;
}

function shapesOf(all: readonly StoredSeries[]): Shapes {
  const present = new Set<string>();
  const buckets = new Set<string>();
  const quantiles = new Set<string>();
  for (const s of all) {
    present.add(s.name);
    if (s.kind !== 'sample') continue;
    if (s.name.endsWith('_bucket') && 'le' in s.labels) buckets.add(s.name.slice(0, -'_bucket'.length));
    if ('quantile' in s.labels) quantiles.add(s.name);
  }
  return { present, buckets, quantiles };
}

function familyOf(
  s: StoredSeries,
  shapes: Shapes,
  metadata: ReadonlyMap<string, ReadMetadata>,
): { family: string; type: FamilyType; typeFrom: 'metadata' | 'name' } {
  const typed = (family: string, fallback: FamilyType): ReturnType<typeof familyOf> => {
    const meta = metadata.get(family);
    if (meta === undefined) return { family, type: fallback, typeFrom: 'name' };
    const type = METADATA_TYPES[meta.type] ?? 'unknown';
    // Metadata says histogram for both kinds; the series say which.
    const native = type === 'histogram' && s.kind === 'histogram';
    return { family, type: native ? 'native histogram' : type, typeFrom: 'metadata' };
  };
  if (s.kind === 'histogram') return typed(s.name, 'native histogram');
  if (metadata.has(s.name)) return typed(s.name, 'unknown');
  for (const suffix of SUFFIXES) {
    if (!s.name.endsWith(suffix)) continue;
    const base = s.name.slice(0, -suffix.length);
    const meta = metadata.get(base);
    if (meta !== undefined && HISTOGRAM_OR_SUMMARY.has(meta.type)) return typed(base, 'unknown');
    if (shapes.buckets.has(base)) return typed(base, 'histogram');
    // A `_sum` and a `_count` without buckets are a summary's, with or without quantiles.
    const sibling = `${base}${suffix === '_sum' ? '_count' : '_sum'}`;
    if (suffix !== '_bucket' && (shapes.quantiles.has(base) || shapes.present.has(sibling))) {
      return typed(base, 'summary');
    }
  }
  if ('quantile' in s.labels) return typed(s.name, 'summary');
  return typed(s.name, s.name.endsWith('_total') ? 'counter' : 'gauge');
}

/** MetricMetadata types whose family has `_sum` and `_count` series: histogram, gauge histogram, summary. */
const HISTOGRAM_OR_SUMMARY: ReadonlySet<number> = new Set([3, 4, 5]);

/** Sorts by labels (without `le`, `quantile`), then the bare name, _bucket, _sum, _count, then le or quantile numerically. */
function inFamilyOrder(family: string): (a: StoredSeries, b: StoredSeries) => number {
  const rank = (s: StoredSeries): number =>
    s.name === family ? 0 : SUFFIXES.findIndex((x) => s.name === family + x) + 1 || 4;
  // Each series' key once, not once per comparison.
  const keys = new Map<StoredSeries, string>();
  const keyOf = (s: StoredSeries): string => {
    let key = keys.get(s);
    if (key === undefined) keys.set(s, (key = instanceKey(s)));
    return key;
  };
  return (a, b) => {
    const la = keyOf(a);
    const lb = keyOf(b);
    if (la !== lb) return la < lb ? -1 : 1;
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    const ba = bound(a);
    const bb = bound(b);
    // NaN (an unparsable bound) after +Inf.
    if (Number.isNaN(ba) || Number.isNaN(bb)) return Number(Number.isNaN(ba)) - Number(Number.isNaN(bb));
    return ba === bb ? 0 : ba < bb ? -1 : 1;
  };
}

/** The labels that tell one histogram or summary from another (all but `le` and `quantile`). */
export function instanceKey(s: StoredSeries): string {
  return JSON.stringify(Object.entries(s.labels).filter(([k]) => k !== 'le' && k !== 'quantile'));
}

/** `le` or `quantile` as a number, as Go's ParseFloat reads it ("+Inf" too); NaN when unparsable. */
function bound(s: StoredSeries): number {
  const text = (s.labels.le ?? s.labels.quantile)?.trim().toLowerCase();
  if (text === undefined) return 0;
  if (text === '+inf' || text === 'inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return text === '' ? NaN : Number(text);
}

function matches(s: StoredSeries, needle: string): boolean {
  if (s.name.toLowerCase().includes(needle)) return true;
  return Object.values(s.labels).some((v) => v.toLowerCase().includes(needle));
}
