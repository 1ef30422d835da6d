/** What every point translator writes to: the series being built, the labeler, the rejections. */
import type { PointLabeler } from './labels.js';
import type { Rejections } from './rejections.js';
import type { SeriesSet } from './series-set.js';

/** Per-request state shared by the point translators (one object, not a closure per point). */
export interface Emit {
  readonly set: SeriesSet;
  readonly labeler: PointLabeler;
  readonly rejections: Rejections;
}
