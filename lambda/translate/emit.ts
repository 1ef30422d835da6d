/** What every point translator writes to: the series being built, the labeler, the rejections. */
import type { Int64, KeyValue } from '../otlp/types.js';
import type { BaseLabels, PointLabeler } from './labels.js';
import type { Rejections } from './rejections.js';
import type { SeriesSet } from './series-set.js';
import { isZero64 } from './values.js';

/** Per-request state shared by the point translators (one object, not a closure per point). */
export interface Emit {
  readonly set: SeriesSet;
  readonly labeler: PointLabeler;
  readonly rejections: Rejections;
}

/**
 * The label base of a point, or undefined once the reason it is refused is recorded: it has no timestamp,
 * or an attribute key with nothing valid in it. Every point translator starts with this, so the rules
 * apply in one order.
 */
export function pointBase(
  point: { readonly timeUnixNano?: Int64; readonly attributes?: readonly KeyValue[] | null },
  metric: string,
  emit: Emit,
): BaseLabels | undefined {
  if (isZero64(point.timeUnixNano)) {
    emit.rejections.add('missing_timestamp', metric, 1);
    return undefined;
  }
  const base = emit.labeler.base(point.attributes);
  if (base === undefined) emit.rejections.add('invalid_label_name', metric, 1);
  return base;
}
