/**
 * Native histograms for the WriteRequest encoder: a Histogram message's exact size, then its fields, in
 * the order and with the rules of protobufjs's generated encoder (see write-request.ts): oneof members
 * written when set, zero scalars left out, repeated scalars packed.
 */
import { isPositiveZero, isZeroInt64 } from './field-presence.js';
import {
  BUCKET_SPAN_LENGTH,
  BUCKET_SPAN_OFFSET,
  HISTOGRAM_COUNT_FLOAT,
  HISTOGRAM_COUNT_INT,
  HISTOGRAM_CUSTOM_VALUES,
  HISTOGRAM_NEGATIVE_COUNTS,
  HISTOGRAM_NEGATIVE_DELTAS,
  HISTOGRAM_NEGATIVE_SPANS,
  HISTOGRAM_POSITIVE_COUNTS,
  HISTOGRAM_POSITIVE_DELTAS,
  HISTOGRAM_POSITIVE_SPANS,
  HISTOGRAM_RESET_HINT,
  HISTOGRAM_SCHEMA,
  HISTOGRAM_SUM,
  HISTOGRAM_TIMESTAMP,
  HISTOGRAM_ZERO_COUNT_FLOAT,
  HISTOGRAM_ZERO_COUNT_INT,
  HISTOGRAM_ZERO_THRESHOLD,
} from './remote-proto.js';
import type { PrwBucketSpan, PrwHistogram } from './types.js';
import {
  delimitedSize,
  int32Size,
  int64Size,
  sint32Size,
  sint64Size,
  varint32Size,
  type Int64Like,
} from './wire-sizes.js';
import type { WireWriter } from './wire-writer.js';

function spanSize(s: PrwBucketSpan): number {
  return (s.offset ? 1 + sint32Size(s.offset) : 0) + (s.length ? 1 + varint32Size(s.length >>> 0) : 0);
}

function spansSize(spans: readonly PrwBucketSpan[] | null | undefined): number {
  let size = 0;
  for (const s of spans ?? []) size += 1 + delimitedSize(spanSize(s));
  return size;
}

function writeSpans(w: WireWriter, tag: number, spans: readonly PrwBucketSpan[] | null | undefined): void {
  for (const s of spans ?? []) {
    w.uint32(tag);
    w.uint32(spanSize(s));
    if (s.offset) {
      w.uint32(BUCKET_SPAN_OFFSET);
      w.sint32(s.offset);
    }
    if (s.length) {
      w.uint32(BUCKET_SPAN_LENGTH);
      w.uint32(s.length >>> 0);
    }
  }
}

function deltasPayload(deltas: readonly Int64Like[]): number {
  let size = 0;
  for (const d of deltas) size += sint64Size(d);
  return size;
}

/** A packed repeated field's size with its tag (`tagBytes`) and length prefix; 0 when empty. */
const packedSize = (tagBytes: number, payload: number, count: number): number =>
  count === 0 ? 0 : tagBytes + delimitedSize(payload);

/** The bytes of a Histogram message's payload. */
export function histogramSize(h: PrwHistogram): number {
  let size = 0;
  if (h.countInt != null) size += 1 + int64Size(h.countInt);
  if (h.countFloat != null) size += 9;
  if (!isPositiveZero(h.sum)) size += 9;
  if (h.schema) size += 1 + sint32Size(h.schema);
  if (!isPositiveZero(h.zeroThreshold)) size += 9;
  if (h.zeroCountInt != null) size += 1 + int64Size(h.zeroCountInt);
  if (h.zeroCountFloat != null) size += 9;
  size += spansSize(h.negativeSpans);
  const nd = h.negativeDeltas ?? [];
  size += packedSize(1, deltasPayload(nd), nd.length);
  const nc = h.negativeCounts ?? [];
  size += packedSize(1, nc.length * 8, nc.length);
  size += spansSize(h.positiveSpans);
  const pd = h.positiveDeltas ?? [];
  size += packedSize(1, deltasPayload(pd), pd.length);
  const pc = h.positiveCounts ?? [];
  size += packedSize(1, pc.length * 8, pc.length);
  if (h.resetHint) size += 1 + int32Size(h.resetHint);
  if (!isZeroInt64(h.timestamp)) size += 1 + int64Size(h.timestamp);
  const cv = h.customValues ?? [];
  size += packedSize(2, cv.length * 8, cv.length); // HISTOGRAM_CUSTOM_VALUES takes two bytes
  return size;
}

/** A Histogram message's fields (the caller wrote its tag and {@link histogramSize}). */
export function writeHistogram(w: WireWriter, h: PrwHistogram): void {
  if (h.countInt != null) {
    w.uint32(HISTOGRAM_COUNT_INT);
    w.int64(h.countInt);
  }
  if (h.countFloat != null) {
    w.uint32(HISTOGRAM_COUNT_FLOAT);
    w.double(h.countFloat);
  }
  if (!isPositiveZero(h.sum)) {
    w.uint32(HISTOGRAM_SUM);
    w.double(h.sum);
  }
  if (h.schema) {
    w.uint32(HISTOGRAM_SCHEMA);
    w.sint32(h.schema);
  }
  if (!isPositiveZero(h.zeroThreshold)) {
    w.uint32(HISTOGRAM_ZERO_THRESHOLD);
    w.double(h.zeroThreshold);
  }
  if (h.zeroCountInt != null) {
    w.uint32(HISTOGRAM_ZERO_COUNT_INT);
    w.int64(h.zeroCountInt);
  }
  if (h.zeroCountFloat != null) {
    w.uint32(HISTOGRAM_ZERO_COUNT_FLOAT);
    w.double(h.zeroCountFloat);
  }
  writeSpans(w, HISTOGRAM_NEGATIVE_SPANS, h.negativeSpans);
  writeDeltas(w, HISTOGRAM_NEGATIVE_DELTAS, h.negativeDeltas ?? []);
  writeDoubles(w, HISTOGRAM_NEGATIVE_COUNTS, h.negativeCounts ?? []);
  writeSpans(w, HISTOGRAM_POSITIVE_SPANS, h.positiveSpans);
  writeDeltas(w, HISTOGRAM_POSITIVE_DELTAS, h.positiveDeltas ?? []);
  writeDoubles(w, HISTOGRAM_POSITIVE_COUNTS, h.positiveCounts ?? []);
  if (h.resetHint) {
    w.uint32(HISTOGRAM_RESET_HINT);
    w.int32(h.resetHint);
  }
  if (!isZeroInt64(h.timestamp)) {
    w.uint32(HISTOGRAM_TIMESTAMP);
    w.int64(h.timestamp);
  }
  writeDoubles(w, HISTOGRAM_CUSTOM_VALUES, h.customValues ?? []);
}

function writeDeltas(w: WireWriter, tag: number, deltas: readonly Int64Like[]): void {
  if (deltas.length === 0) return;
  w.uint32(tag);
  w.uint32(deltasPayload(deltas));
  for (const d of deltas) w.sint64(d);
}

function writeDoubles(w: WireWriter, tag: number, values: readonly number[]): void {
  if (values.length === 0) return;
  w.uint32(tag);
  w.uint32(values.length * 8);
  for (const v of values) w.double(v);
}
