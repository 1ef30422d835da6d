/* eslint-disable @typescript-eslint/no-non-null-assertion -- loops over bounds-checked indices */
/**
 * Label fields of the WriteRequest encoder. Labels are most of a request's bytes, and the series built
 * from one data point (a histogram's `_bucket` series, its `_sum` and `_count`) follow one another and
 * share all labels but `__name__` and `le`. {@link SeriesLabelWriter} therefore copies a run of labels
 * equal to the previous series' labels at the same positions from the bytes it just wrote (one memmove)
 * instead of encoding their strings again.
 */
import { LABEL_NAME, LABEL_VALUE } from './remote-proto.js';
import type { PrwLabel } from './types.js';
import { stringBound } from './utf8.js';
import { nonEmpty } from './field-presence.js';
import { delimitedBound } from './wire-sizes.js';
import type { WireWriter } from './wire-writer.js';

/** At least the bytes of a Label message's payload. */
export function labelBound(l: PrwLabel): number {
  let bound = 0;
  if (nonEmpty(l.name)) bound += 1 + delimitedBound(stringBound(l.name));
  if (nonEmpty(l.value)) bound += 1 + delimitedBound(stringBound(l.value));
  return bound;
}

/** At least the bytes of labels written as repeated length-delimited fields. */
export function labelsBound(labels: readonly PrwLabel[]): number {
  let bound = 0;
  for (let i = 0; i < labels.length; i++) bound += 1 + delimitedBound(labelBound(labels[i]!));
  return bound;
}

/** A label as the length-delimited field `tag` (proto3: empty strings left out). */
export function writeLabel(w: WireWriter, tag: number, l: PrwLabel): void {
  w.uint32(tag);
  const bound = labelBound(l);
  const start = w.beginDelimited(bound);
  if (nonEmpty(l.name)) {
    w.uint32(LABEL_NAME);
    w.delimitedString(l.name);
  }
  if (nonEmpty(l.value)) {
    w.uint32(LABEL_VALUE);
    w.delimitedString(l.value);
  }
  w.endDelimited(start, bound);
}

const sameLabel = (a: PrwLabel, b: PrwLabel): boolean =>
  a === b || (a.name === b.name && a.value === b.value);

/**
 * Writes each series' labels, reusing the bytes of the previous series' labels where they are equal. Keeps
 * where each label of the last series starts, relative to that series' payload, which stays put once the
 * series is finished (see {@link seriesMoved}).
 */
export class SeriesLabelWriter {
  private previous: readonly PrwLabel[] = [];
  /** Start of the previous series' payload in the output. */
  private previousBase = 0;
  /** previousStarts[j]: where label j of the previous series starts, from previousBase; one more for the end. */
  private previousStarts = new Int32Array(32);
  private starts = new Int32Array(32);

  /** Writes `labels` as the label fields of the series whose payload starts at `base`. */
  write(w: WireWriter, tag: number, labels: readonly PrwLabel[], base: number): void {
    const n = labels.length;
    if (this.starts.length <= n) this.starts = new Int32Array(2 * (n + 1));
    const starts = this.starts;
    const previous = this.previous;
    const shared = Math.min(n, previous.length);
    let j = 0;
    while (j < n) {
      if (j < shared && sameLabel(labels[j]!, previous[j]!)) {
        let k = j + 1;
        while (k < shared && sameLabel(labels[k]!, previous[k]!)) k++;
        const from = this.previousBase + this.previousStarts[j]!;
        const to = this.previousBase + this.previousStarts[k]!;
        const delta = w.pos - base - this.previousStarts[j]!;
        for (let i = j; i < k; i++) starts[i] = this.previousStarts[i]! + delta;
        w.buf.copyWithin(w.pos, from, to);
        w.pos += to - from;
        j = k;
      } else {
        starts[j] = w.pos - base;
        writeLabel(w, tag, labels[j]!);
        j++;
      }
    }
    starts[n] = w.pos - base;
    this.previous = labels;
    this.previousBase = base;
    this.starts = this.previousStarts;
    this.previousStarts = starts;
  }

  /** The series last written now starts at `base` (its length prefix came out shorter than reserved). */
  seriesMoved(base: number): void {
    this.previousBase = base;
  }
}
