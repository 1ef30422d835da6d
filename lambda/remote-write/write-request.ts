/* eslint-disable @typescript-eslint/no-non-null-assertion -- loops over bounds-checked indices */
/**
 * A hand-written encoder for the remote-write 1.0 WriteRequest (proto/prometheus/remote.proto); its
 * labels are written by write-labels.ts, native histograms by write-histogram.ts.
 *
 * protobufjs's generated encoder forks a sub-writer per message and copies it on ldelim; for a request of
 * ~25,000 series and ~350,000 labels that was a third of the pipeline's time and most of its peak memory.
 * Here every byte is written once, front to back, into one buffer: a series reserves room from an upper
 * bound of its size (cheap: string lengths, not their bytes), and each length prefix is filled in after
 * its payload (WireWriter.beginDelimited). Computing exact sizes first instead read every label string
 * twice more, which measured slower than the writes themselves. Field rules follow protobufjs's generated code
 * (zero scalars and empty strings left out, oneof members written when set, repeated scalars packed), so
 * the bytes are the same; the tests hold protobufjs up as the oracle. The one difference: a lone UTF-16
 * surrogate is written as U+FFFD, valid UTF-8 that Prometheus accepts, where protobufjs writes invalid
 * bytes that would get the whole request rejected (utf8.ts).
 */
import { isPositiveZero, isZeroInt64, nonEmpty } from './field-presence.js';
import {
  EXEMPLAR_LABELS,
  EXEMPLAR_TIMESTAMP,
  EXEMPLAR_VALUE,
  METRIC_METADATA_FAMILY_NAME,
  METRIC_METADATA_HELP,
  METRIC_METADATA_TYPE,
  METRIC_METADATA_UNIT,
  SAMPLE_TIMESTAMP,
  SAMPLE_VALUE,
  TIME_SERIES_EXEMPLARS,
  TIME_SERIES_HISTOGRAMS,
  TIME_SERIES_LABELS,
  TIME_SERIES_SAMPLES,
  WRITE_REQUEST_METADATA,
  WRITE_REQUEST_TIMESERIES,
} from './remote-proto.js';
import type { PrwExemplar, PrwMetricMetadata, PrwSample, PrwTimeSeries } from './types.js';
import { utf8Size } from './utf8.js';
import { delimitedBound, delimitedSize, int32Size, int64Size } from './wire-sizes.js';
import { WireWriter } from './wire-writer.js';
import { histogramSize, writeHistogram } from './write-histogram.js';
import { labelsBound, SeriesLabelWriter, writeLabel } from './write-labels.js';

/**
 * The protobuf bytes of a WriteRequest with these series and metadata (uncompressed; see compress() in
 * encode.ts).
 * @example const raw = encodeWriteRequest(series, metadata);
 */
export function encodeWriteRequest(
  series: readonly PrwTimeSeries[],
  metadata: readonly PrwMetricMetadata[] = [],
): Uint8Array {
  // A small start; when it fills up, the bytes per series so far predict the total (+10%).
  const w = new WireWriter(Math.min(series.length, 64) * 512 + metadata.length * 64);
  const labels = new SeriesLabelWriter();
  for (let i = 0; i < series.length; i++) {
    writeSeriesEntry(w, series[i]!, labels, i === 0 ? 0 : Math.ceil((w.pos / i) * series.length * 1.1));
  }
  for (const m of metadata) {
    const size = metadataSize(m);
    w.ensure(1 + delimitedSize(size));
    w.uint32(WRITE_REQUEST_METADATA);
    w.uint32(size);
    writeMetadata(w, m);
  }
  return w.finish();
}

/**
 * Each series' `timeseries` entry (tag, length, TimeSeries) of a WriteRequest, as views into one buffer
 * written in one pass: a WriteRequest is the concatenation of its entries, so any run of consecutive
 * entries is a WriteRequest and batches need no copying (see delivery/batches.ts).
 * @example const entries = encodeEntries(series); // Buffer.concat(entries) equals encodeWriteRequest(series)
 */
export function encodeEntries(series: readonly PrwTimeSeries[]): Uint8Array[] {
  const w = new WireWriter(Math.min(series.length, 64) * 512);
  const labels = new SeriesLabelWriter();
  const ends = new Int32Array(series.length);
  for (let i = 0; i < series.length; i++) {
    writeSeriesEntry(w, series[i]!, labels, i === 0 ? 0 : Math.ceil((w.pos / i) * series.length * 1.1));
    ends[i] = w.pos;
  }
  // Views are taken once the buffer has stopped growing (ensure may replace it).
  const out = new Array<Uint8Array>(series.length);
  for (let i = 0; i < series.length; i++) out[i] = w.buf.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);
  return out;
}

/** One `timeseries` entry; `expectedTotal` sizes the buffer when it has to grow. */
function writeSeriesEntry(
  w: WireWriter,
  s: PrwTimeSeries,
  labels: SeriesLabelWriter,
  expectedTotal: number,
): void {
  const bound = timeSeriesBound(s);
  w.ensure(1 + delimitedBound(bound), expectedTotal);
  w.uint32(WRITE_REQUEST_TIMESERIES);
  const start = w.beginDelimited(bound);
  writeTimeSeries(w, s, labels, start);
  const moved = w.endDelimited(start, bound);
  if (moved !== start) labels.seriesMoved(moved);
}

// ---- TimeSeries

/** At least the bytes the series takes; exact for everything but strings. */
function timeSeriesBound(s: PrwTimeSeries): number {
  let bound = 0;
  if (s.labels) bound += labelsBound(s.labels);
  const samples = s.samples;
  if (samples) for (let i = 0; i < samples.length; i++) bound += 1 + delimitedSize(sampleSize(samples[i]!));
  const exemplars = s.exemplars;
  if (exemplars) for (const e of exemplars) bound += 1 + delimitedBound(exemplarBound(e));
  const histograms = s.histograms;
  if (histograms) for (const h of histograms) bound += 1 + delimitedSize(histogramSize(h));
  return bound;
}

function writeTimeSeries(w: WireWriter, s: PrwTimeSeries, labels: SeriesLabelWriter, start: number): void {
  if (s.labels) labels.write(w, TIME_SERIES_LABELS, s.labels, start);
  const samples = s.samples;
  if (samples) {
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      w.uint32(TIME_SERIES_SAMPLES);
      w.uint32(sampleSize(sample));
      writeSample(w, sample);
    }
  }
  const exemplars = s.exemplars;
  if (exemplars) {
    for (const e of exemplars) {
      w.uint32(TIME_SERIES_EXEMPLARS);
      const bound = exemplarBound(e);
      const start = w.beginDelimited(bound);
      writeExemplar(w, e);
      w.endDelimited(start, bound);
    }
  }
  const histograms = s.histograms;
  if (histograms) {
    for (const h of histograms) {
      w.uint32(TIME_SERIES_HISTOGRAMS);
      w.uint32(histogramSize(h));
      writeHistogram(w, h);
    }
  }
}

// ---- Sample

function sampleSize(s: PrwSample): number {
  return (isPositiveZero(s.value) ? 0 : 9) + (isZeroInt64(s.timestamp) ? 0 : 1 + int64Size(s.timestamp));
}

function writeSample(w: WireWriter, s: PrwSample): void {
  if (!isPositiveZero(s.value)) {
    w.uint32(SAMPLE_VALUE);
    w.double(s.value);
  }
  if (!isZeroInt64(s.timestamp)) {
    w.uint32(SAMPLE_TIMESTAMP);
    w.int64(s.timestamp);
  }
}

// ---- Exemplar

function exemplarBound(e: PrwExemplar): number {
  let bound = 0;
  if (e.labels) bound += labelsBound(e.labels);
  if (!isPositiveZero(e.value)) bound += 9;
  if (!isZeroInt64(e.timestamp)) bound += 1 + int64Size(e.timestamp);
  return bound;
}

function writeExemplar(w: WireWriter, e: PrwExemplar): void {
  for (const l of e.labels ?? []) writeLabel(w, EXEMPLAR_LABELS, l);
  if (!isPositiveZero(e.value)) {
    w.uint32(EXEMPLAR_VALUE);
    w.double(e.value);
  }
  if (!isZeroInt64(e.timestamp)) {
    w.uint32(EXEMPLAR_TIMESTAMP);
    w.int64(e.timestamp);
  }
}

// ---- MetricMetadata

function metadataSize(m: PrwMetricMetadata): number {
  let size = 0;
  if (m.type) size += 1 + int32Size(m.type);
  if (nonEmpty(m.metricFamilyName)) size += 1 + delimitedSize(utf8Size(m.metricFamilyName));
  if (nonEmpty(m.help)) size += 1 + delimitedSize(utf8Size(m.help));
  if (nonEmpty(m.unit)) size += 1 + delimitedSize(utf8Size(m.unit));
  return size;
}

function writeMetadata(w: WireWriter, m: PrwMetricMetadata): void {
  if (m.type) {
    w.uint32(METRIC_METADATA_TYPE);
    w.int32(m.type);
  }
  writeStringField(w, METRIC_METADATA_FAMILY_NAME, m.metricFamilyName);
  writeStringField(w, METRIC_METADATA_HELP, m.help);
  writeStringField(w, METRIC_METADATA_UNIT, m.unit);
}

function writeStringField(w: WireWriter, tag: number, s: string | null | undefined): void {
  if (!nonEmpty(s)) return;
  w.uint32(tag);
  w.uint32(utf8Size(s));
  w.string(s);
}
