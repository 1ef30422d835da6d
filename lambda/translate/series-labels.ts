/**
 * A series' labels from a point's base labels: `__name__` and, for a bucket or quantile series, `le` or
 * `quantile` inserted at their sorted places. Bases are sorted and hashed once per point (point-labeler.ts);
 * a histogram point makes ~10 series from one base, so each series costs two binary searches and a copy.
 */
import { hashLabels, type HashedLabel, type Label } from './label-table.js';

/** A point's labels without `__name__`, sorted, and what SeriesSet needs to key its series. */
export interface BaseLabels {
  readonly labels: Label[];
  /** The sum of the labels' hashes (label-table.ts). */
  readonly hash: number;
  /** Whether a label is named `le` or `quantile`, which a bucket or quantile series replaces. */
  readonly replaceable: boolean;
}

/**
 * Sorted, uniquely named labels with `name` and optionally `extra` inserted at their sorted places, each
 * replacing a label of its name (an attribute `le` gives way to the bucket's own). Stays sorted without
 * re-sorting; the result has the exact length.
 */
export function insertLabels(base: readonly Label[], name: Label, extra?: Label): Label[] {
  let first = name;
  let second = extra;
  if (extra !== undefined && extra.name < name.name) {
    first = extra;
    second = name;
  }
  const firstAt = insertionIndex(base, first.name);
  const afterFirst = base[firstAt]?.name === first.name ? firstAt + 1 : firstAt;
  let secondAt = base.length;
  let afterSecond = base.length;
  if (second !== undefined) {
    secondAt = insertionIndex(base, second.name);
    afterSecond = base[secondAt]?.name === second.name ? secondAt + 1 : secondAt;
  }
  const kept = base.length - (afterFirst - firstAt) - (afterSecond - secondAt);
  const out = new Array<Label>(kept + (second === undefined ? 1 : 2));
  let k = 0;
  let i = 0;
  for (; i < firstAt; i++) out[k++] = base[i] as Label;
  out[k++] = first;
  for (i = afterFirst; i < secondAt; i++) out[k++] = base[i] as Label;
  if (second !== undefined) out[k++] = second;
  for (i = afterSecond; i < base.length; i++) out[k++] = base[i] as Label;
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

/** A point series' labels (a base never has `__name__`; it may have a label `extra` replaces). */
export function pointSeriesLabels(
  base: BaseLabels,
  name: HashedLabel,
  extra: HashedLabel | undefined,
): Label[] {
  return insertLabels(base.labels, name.label, extra?.label);
}

/**
 * A point series' hash: the base's plus the added labels' (label-table.ts), or computed afresh when the
 * base has a label that `extra` replaces.
 */
export function pointSeriesHash(
  base: BaseLabels,
  name: HashedLabel,
  extra: HashedLabel | undefined,
  labels: readonly Label[],
): number {
  if (extra === undefined) return (base.hash + name.hash) | 0;
  return base.replaceable ? hashLabels(labels) : (base.hash + name.hash + extra.hash) | 0;
}
