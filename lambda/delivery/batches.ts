/**
 * Splitting a request's series into remote-write batches no larger than a byte budget (the Collector's
 * `max_batch_size_bytes`, measured on the uncompressed WriteRequest).
 *
 * Each series is encoded once. A WriteRequest is `repeated TimeSeries timeseries = 1` (remote.proto), so
 * the concatenation of length-delimited field-1 entries IS the encoded WriteRequest: a batch's body is
 * its entries joined, and its size is known exactly before anything is sent.
 *
 * Order matters to the destination: Prometheus and AMP refuse a sample older than the newest one already
 * stored for its series. A series that alone exceeds the budget is cut into consecutive chunks that form
 * one {@link Lane}, sent strictly one after another; every other series travels whole in one batch. No
 * series ever appears in two lanes, so lanes can be sent in parallel.
 */
import type { PrwMetricMetadata, PrwTimeSeries } from '../remote-write/types.js';
import { encodeEntries, encodeWriteRequest } from '../remote-write/write-request.js';

/** One remote-write request's worth of series, already encoded. */
export interface Batch {
  readonly series: readonly PrwTimeSeries[];
  /** Encoded `timeseries` entries (tag, length, message), one per series, in order. */
  readonly entries: readonly Uint8Array[];
  /** Size of the uncompressed WriteRequest: the sum of the entries. */
  readonly bytes: number;
  /** Float samples plus native histogram samples. */
  readonly samples: number;
}

/** Batches that must reach the destination in this order, each only after the previous one. */
export interface Lane {
  readonly batches: readonly Batch[];
}

/** Splits series into lanes of batches of at most `maxBytes` (a lone series item may exceed it). */
export function planLanes(series: readonly PrwTimeSeries[], maxBytes: number): Lane[] {
  const lanes: Lane[] = [];
  let pending: Pending | undefined;
  const flush = (): void => {
    if (pending) lanes.push({ batches: [pending] });
    pending = undefined;
  };
  // All entries in one pass (views into one buffer); a series cut to fit is encoded again in pieces.
  const entries = encodeEntries(series);
  for (let i = 0; i < series.length; i++) {
    const ts = series[i];
    const entry = entries[i];
    if (ts === undefined || entry === undefined) break;
    if (entry.length > maxBytes && itemCount(ts) > 1) {
      lanes.push({ batches: splitToFit(ts, entry, maxBytes).map(singleBatch) });
      continue;
    }
    let carried: Pending | undefined;
    if (pending && pending.bytes + entry.length > maxBytes) {
      carried = carryGroup(pending, ts);
      flush();
    }
    pending ??= carried ?? { series: [], entries: [], bytes: 0, samples: 0 };
    pending.series.push(ts);
    pending.entries.push(entry);
    pending.bytes += entry.length;
    pending.samples += sampleCount(ts);
  }
  flush();
  return lanes;
}

interface Pending {
  series: PrwTimeSeries[];
  entries: Uint8Array[];
  bytes: number;
  samples: number;
}

/**
 * The series at the end of `pending` that belong with `next` (their first point is the same: the series
 * one histogram or summary point made together), taken out of `pending` to start the next batch. A
 * point's samples then reach the destination in one request, so a failure of one batch leaves no point
 * half written. Nothing is taken when the whole batch is that group (it is larger than a batch).
 */
function carryGroup(pending: Pending, next: PrwTimeSeries): Pending | undefined {
  const group = next.points?.[0];
  if (group === undefined || group < 0) return undefined;
  let cut = pending.series.length;
  while (cut > 0 && pending.series[cut - 1]?.points?.[0] === group) cut--;
  if (cut === 0 || cut === pending.series.length) return undefined;
  const series = pending.series.splice(cut);
  const entries = pending.entries.splice(cut);
  let bytes = 0;
  let samples = 0;
  for (const e of entries) bytes += e.length;
  for (const ts of series) samples += sampleCount(ts);
  pending.bytes -= bytes;
  pending.samples -= samples;
  return { series, entries, bytes, samples };
}

/**
 * Metadata-only WriteRequests of at most `maxBytes`, one lane each (metadata has no order to keep), as
 * the Collector sends metadata apart from samples.
 */
export function planMetadataLanes(metadata: readonly PrwMetricMetadata[], maxBytes: number): Lane[] {
  const lanes: Lane[] = [];
  let entries: Uint8Array[] = [];
  let bytes = 0;
  for (const m of metadata) {
    const entry = encodeWriteRequest([], [m]);
    if (entries.length > 0 && bytes + entry.length > maxBytes) {
      lanes.push({ batches: [{ series: [], entries, bytes, samples: 0 }] });
      entries = [];
      bytes = 0;
    }
    entries.push(entry);
    bytes += entry.length;
  }
  if (entries.length > 0) lanes.push({ batches: [{ series: [], entries, bytes, samples: 0 }] });
  return lanes;
}

/**
 * Two batches holding the same samples, to send first then second (a destination answered 413).
 * Several series are split by size; a single series is split in time order. Undefined when the batch is
 * one series with a single item and cannot get smaller.
 */
export function halve(batch: Batch): [Batch, Batch] | undefined {
  if (batch.series.length > 1) {
    let bytes = 0;
    let cut = 1;
    for (; cut < batch.series.length - 1; cut++) {
      bytes += batch.entries[cut - 1]?.length ?? 0;
      if (bytes >= batch.bytes / 2) break;
    }
    cut = groupBoundary(batch.series, cut);
    return [
      batchOf(batch.series.slice(0, cut), batch.entries.slice(0, cut)),
      batchOf(batch.series.slice(cut), batch.entries.slice(cut)),
    ];
  }
  const only = batch.series[0];
  if (only === undefined || itemCount(only) < 2) return undefined;
  const [first, second] = sliceSeries(only, 2);
  if (first === undefined || second === undefined) return undefined;
  return [singleBatch(first), singleBatch(second)];
}

/**
 * The cut nearest `cut` (before it, else after it) that does not separate series of one point (see
 * carryGroup); `cut` itself when every series belongs to one group.
 */
function groupBoundary(series: readonly PrwTimeSeries[], cut: number): number {
  const together = (i: number): boolean => {
    const g = series[i]?.points?.[0];
    return g !== undefined && g >= 0 && series[i - 1]?.points?.[0] === g;
  };
  for (let c = cut; c > 0; c--) if (!together(c)) return c;
  for (let c = cut + 1; c < series.length; c++) if (!together(c)) return c;
  return cut;
}

/**
 * The uncompressed WriteRequest of a batch: a view of the entries when they lie one after another in
 * one buffer (consecutive series encoded together), else their concatenation.
 */
export function writeRequestBytes(batch: Batch): Uint8Array {
  const [first] = batch.entries;
  if (first === undefined) return new Uint8Array(0);
  let next = first.byteOffset;
  for (const e of batch.entries) {
    if (e.buffer !== first.buffer || e.byteOffset !== next) return Buffer.concat(batch.entries, batch.bytes);
    next += e.length;
  }
  return new Uint8Array(first.buffer, first.byteOffset, batch.bytes);
}

/** Samples a series carries (floats and native histograms; exemplars ride along and are not counted). */
export function sampleCount(ts: PrwTimeSeries): number {
  return (ts.samples?.length ?? 0) + (ts.histograms?.length ?? 0);
}

function itemCount(ts: PrwTimeSeries): number {
  return sampleCount(ts) + (ts.exemplars?.length ?? 0);
}

function batchOf(series: readonly PrwTimeSeries[], entries: readonly Uint8Array[]): Batch {
  let bytes = 0;
  let samples = 0;
  for (const e of entries) bytes += e.length;
  for (const s of series) samples += sampleCount(s);
  return { series, entries, bytes, samples };
}

function singleBatch(ts: PrwTimeSeries): Batch {
  return batchOf([ts], [encodeEntry(ts)]);
}

/** Consecutive chunks of one series, each within `maxBytes` unless a single item is larger. */
function splitToFit(ts: PrwTimeSeries, entry: Uint8Array, maxBytes: number): PrwTimeSeries[] {
  if (entry.length <= maxBytes || itemCount(ts) < 2) return [ts];
  const parts = Math.min(itemCount(ts), Math.ceil(entry.length / maxBytes) + 1);
  const out: PrwTimeSeries[] = [];
  for (const chunk of sliceSeries(ts, parts)) out.push(...splitToFit(chunk, encodeEntry(chunk), maxBytes));
  return out;
}

/**
 * Cuts a series into `parts` chunks by position in each of its (time-ordered) lists, so chunk i holds
 * only samples older than chunk i+1's. Empty chunks are left out. `points` is cut with the samples and
 * histograms it describes.
 */
function sliceSeries(ts: PrwTimeSeries, parts: number): PrwTimeSeries[] {
  const samples = ts.samples ?? [];
  const histograms = ts.histograms ?? [];
  const exemplars = ts.exemplars ?? [];
  const from = (length: number, i: number): number => Math.floor((i * length) / parts);
  const range = <T>(list: readonly T[], i: number): T[] =>
    list.slice(from(list.length, i), from(list.length, i + 1));
  const out: PrwTimeSeries[] = [];
  for (let i = 0; i < parts; i++) {
    const chunk: PrwTimeSeries = {
      labels: ts.labels ?? [],
      samples: range(samples, i),
      exemplars: range(exemplars, i),
      histograms: range(histograms, i),
    };
    if (ts.points !== undefined) {
      const { points } = ts;
      const at = (start: number, list: readonly unknown[]): readonly number[] =>
        points.slice(start + from(list.length, i), start + from(list.length, i + 1));
      chunk.points = [...at(0, samples), ...at(samples.length, histograms)];
    }
    if ((chunk.samples?.length ?? 0) + (chunk.exemplars?.length ?? 0) + (chunk.histograms?.length ?? 0) > 0)
      out.push(chunk);
  }
  return out;
}

/** One `timeseries` entry of a WriteRequest (tag, varint length, TimeSeries): a WriteRequest of one series. */
function encodeEntry(ts: PrwTimeSeries): Uint8Array {
  return encodeWriteRequest([ts]);
}
