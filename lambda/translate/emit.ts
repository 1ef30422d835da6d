/** What every point translator writes to: the series being built, the labeler, the rejections. */
import type { Int64, KeyValue } from '../otlp/types.js';
import type { PointLabeler } from './point-labeler.js';
import type { Rejections } from './rejections.js';
import type { BaseLabels } from './series-labels.js';
import type { SeriesSet } from './series-set.js';
import { isZero64, nanosToMillis } from './values.js';

/** Per-request state shared by the point translators (one object, not a closure per point). */
export interface Emit {
  readonly set: SeriesSet;
  readonly labeler: PointLabeler;
  readonly rejections: Rejections;
  /** Points stamped after this (epoch milliseconds) are refused; Infinity for no limit. */
  readonly latestMs: number;
  /** Labels a series may carry, `__name__` included; Infinity for no limit. */
  readonly maxLabels: number;
}

/**
 * The label base of a point, or undefined once the reason it is refused is recorded: it has no timestamp
 * or one too far ahead, an attribute key with nothing valid in it, or more labels than the destination
 * takes (`added`: the labels its series add to the base, `__name__` and `le`/`quantile`). Every point
 * translator starts with this, so the rules apply in one order.
 */
export function pointBase(
  point: { readonly timeUnixNano?: Int64; readonly attributes?: readonly KeyValue[] | null },
  metric: string,
  emit: Emit,
  added: 1 | 2,
): BaseLabels | undefined {
  if (isZero64(point.timeUnixNano)) {
    emit.rejections.add('missing_timestamp', metric, 1);
    return undefined;
  }
  // One point far ahead would move the destination's head: every other client's samples for the
  // series family would then be refused as out of bounds.
  if (nanosToMillis(point.timeUnixNano) > emit.latestMs) {
    emit.rejections.add('future_timestamp', metric, 1);
    return undefined;
  }
  const base = emit.labeler.base(point.attributes);
  if (base === undefined) {
    emit.rejections.add('invalid_label_name', metric, 1);
    return undefined;
  }
  // An `le` or `quantile` attribute is replaced by the series' own, not added to.
  const extra = added === 2 && base.replaceable ? 1 : added;
  if (base.labels.length + extra > emit.maxLabels) {
    emit.rejections.add('too_many_labels', metric, 1);
    return undefined;
  }
  return base;
}

/**
 * Ends a point begun with `emit.set.beginPoint()`: true when its samples were kept; otherwise the
 * point is counted as rejected (a copy of, or a clash with, a point earlier in the request).
 */
export function endPoint(emit: Emit, metric: string): boolean {
  const outcome = emit.set.endPoint();
  if (outcome === 'written') return true;
  emit.rejections.add(outcome === 'duplicate' ? 'duplicate_point' : 'sample_collision', metric, 1);
  return false;
}
