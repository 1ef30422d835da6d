/**
 * Assembles translated points into TimeSeries: one series per distinct label set, samples in timestamp
 * order, as the Collector merges points of the same series from different resources and requests.
 *
 * A destination stores one sample per series and millisecond: given two, Prometheus keeps one and says
 * nothing. So every point is added as a unit ({@link SeriesSet.beginPoint} / {@link SeriesSet.endPoint}):
 * when any of its samples meets a sample already there for the same series and millisecond, none of the
 * point's samples is kept and the caller counts the point as rejected. Nothing is lost silently.
 *
 * What a request may grow to is bounded here, where it is allocated: series, samples (a native histogram
 * costs one per bucket, an exemplar one) and label characters, each sized from the function's memory.
 */
import { PayloadTooLargeError } from '../errors.js';
import type { PrwExemplar, PrwHistogram, PrwSample, PrwTimeSeries } from '../remote-write/types.js';
import { hashLabels, type HashedLabel, type Label } from './label-table.js';
import { insertLabels, seriesLabels, type BaseLabels } from './labels.js';

/** A remote-write series as the pipeline builds it: every list present. */
export interface TimeSeries extends PrwTimeSeries {
  labels: Label[];
  samples: PrwSample[];
  exemplars: PrwExemplar[];
  histograms: PrwHistogram[];
  /**
   * For each sample, then each histogram: the id of the OTLP data point it came from (-1 for
   * target_info), so delivery can count in points what a destination did not write. Always set by
   * SeriesSet; optional for series built elsewhere (tests).
   */
  points?: number[];
}

/**
 * What became of a point's samples: all new (`written`), all exact copies of samples already there
 * (`duplicate`), or at least one with another value for the same series and millisecond (`collision`).
 */
export type PointOutcome = 'written' | 'duplicate' | 'collision';

/** The no-point id, for samples outside beginPoint()/endPoint() (target_info). */
export const NO_POINT = -1;

/** What SeriesSet may hold; beyond any of them it throws PayloadTooLargeError. */
export interface SeriesLimits {
  readonly maxSeries: number;
  /** Float samples, native histogram buckets (each histogram at least one) and exemplars. */
  readonly maxSamples: number;
  /** Characters of label names and values over all series (what their encoding costs). */
  readonly maxLabelChars: number;
}

const NO_LIMITS: SeriesLimits = { maxSeries: Infinity, maxSamples: Infinity, maxLabelChars: Infinity };

/**
 * A series with what finds a timestamp in it quickly. Most series get one sample a request, so the
 * per-series state is kept small: the index is built only on the first out-of-order add, and the
 * histogram side only when a histogram arrives.
 */
interface Entry {
  readonly series: TimeSeries;
  /** Every sample timestamp is at most this (an upper bound: a rollback does not lower it). */
  maxTs: number;
  /** Timestamp -> position in `series.samples`. */
  index: Map<number, number> | undefined;
  hist: TimedHistograms | undefined;
}

interface TimedHistograms {
  maxTs: number;
  index: Map<number, number> | undefined;
  readonly points: number[];
}

/** A bucket of the hash map: one entry, a few, or (when a client sends colliding hashes) a Map by key. */
type Bucket = Entry | Entry[] | Map<string, Entry>;
/** Past this many entries in one bucket, lookups switch from scanning to a Map keyed by the labels. */
const MAX_BUCKET_SCAN = 8;

/** Collects series keyed by their (sorted) label set. */
export class SeriesSet {
  // Keyed by a hash of the labels, so that looking a series up allocates nothing; equal hashes of
  // different label sets share a bucket and are told apart by comparing the labels.
  private readonly byHash = new Map<number, Bucket>();
  private readonly all: Entry[] = [];
  /** The point being added: its id, what it pushed (for a rollback), and what it met. */
  private point = NO_POINT;
  // What the current point pushed, for a rollback: the entries, and the cost of each (negative for a
  // histogram). Two flat arrays reused from point to point: no object per sample.
  private readonly pushedEntries: Entry[] = [];
  private readonly pushedCosts: number[] = [];
  private added = 0;
  private copies = 0;
  private clashes = 0;
  private nextPoint = 0;
  private cost = 0;
  private labelChars = 0;

  constructor(private readonly limits: SeriesLimits = NO_LIMITS) {}

  /** Starts a point: samples added until {@link endPoint} are kept or dropped together. */
  beginPoint(): void {
    this.point = this.nextPoint++;
    this.pushedEntries.length = 0;
    this.pushedCosts.length = 0;
    this.added = 0;
    this.copies = 0;
    this.clashes = 0;
  }

  /** Ends the point; unless `written`, every sample it added is taken out again. */
  endPoint(): PointOutcome {
    const outcome: PointOutcome =
      this.clashes > 0 || (this.copies > 0 && this.added > 0)
        ? 'collision'
        : this.copies > 0
          ? 'duplicate'
          : 'written';
    if (outcome !== 'written') {
      for (let i = this.pushedEntries.length - 1; i >= 0; i--) {
        const cost = this.pushedCosts[i] as number;
        rollback(this.pushedEntries[i] as Entry, cost < 0);
        this.cost -= Math.abs(cost);
      }
    }
    this.point = NO_POINT;
    return outcome;
  }

  /** The series for a sorted label set, created on first use. */
  series(labels: Label[]): TimeSeries {
    const hash = hashLabels(labels);
    return (this.find(labels, hash) ?? this.insert(labels, hash)).series;
  }

  /**
   * Adds a sample outside any point (target_info). A copy of a sample already there, or a clash with
   * one, adds nothing: there is no point to reject, and the first sample wins as at the destination.
   */
  addLooseSample(labels: Label[], sample: PrwSample): void {
    const hash = hashLabels(labels);
    const entry = this.find(labels, hash) ?? this.insert(labels, hash);
    if (sampleAt(entry, sample.timestamp as number) >= 0) return;
    this.charge(1);
    pushSample(entry, sample, NO_POINT);
  }

  /**
   * Adds a sample to the series of a point's base labels plus `__name__` and optionally `le` or
   * `quantile`, created on first use.
   * @returns the series, for the caller's exemplars.
   */
  addSample(base: BaseLabels, name: HashedLabel, sample: PrwSample, extra?: HashedLabel): TimeSeries {
    const labels = pointSeriesLabels(base, name, extra);
    const hash = pointSeriesHash(base, name, extra, labels);
    const entry = this.find(labels, hash) ?? this.insert(labels, hash);
    const at = sampleAt(entry, sample.timestamp as number);
    if (at < 0) {
      this.charge(1);
      pushSample(entry, sample, this.point);
      this.track(entry, 1);
    } else if (this.point !== NO_POINT && entry.series.points?.[at] === this.point) {
      // The same point repeats itself (a quantile listed twice): a copy is harmless, another value not.
      if (!sameFloat(entry.series.samples[at]?.value, sample.value)) this.clashes++;
    } else if (sameFloat(entry.series.samples[at]?.value, sample.value)) this.copies++;
    else this.clashes++;
    return entry.series;
  }

  /** Adds a native histogram to the series of a point's base labels plus `__name__`. */
  addHistogram(base: BaseLabels, name: HashedLabel, histogram: PrwHistogram): TimeSeries {
    const labels = pointSeriesLabels(base, name, undefined);
    const hash = pointSeriesHash(base, name, undefined, labels);
    const entry = this.find(labels, hash) ?? this.insert(labels, hash);
    const at = histogramAt(entry, histogram.timestamp as number);
    if (at < 0) {
      // A histogram costs what its buckets do: one with a million buckets is not one sample.
      const cost = 1 + (histogram.positiveDeltas?.length ?? 0) + (histogram.negativeDeltas?.length ?? 0);
      this.charge(cost);
      pushHistogram(entry, histogram, this.point);
      this.track(entry, -cost);
    } else if (sameHistogram(entry.series.histograms[at], histogram)) this.copies++;
    else this.clashes++;
    return entry.series;
  }

  /** Adds an exemplar to a series (after its point was written), within the sample budget. */
  addExemplar(series: TimeSeries, exemplar: PrwExemplar): void {
    this.charge(1);
    series.exemplars.push(exemplar);
  }

  get size(): number {
    return this.all.length;
  }

  /**
   * All series that hold something, in creation order, each with samples, histograms and exemplars
   * sorted by timestamp and `points` in step with samples then histograms.
   */
  toArray(): TimeSeries[] {
    const out: TimeSeries[] = [];
    for (const { series, hist } of this.all) {
      if (series.samples.length === 0 && series.histograms.length === 0) continue; // rolled back
      const samplePoints = series.points ?? [];
      sortTogether(series.samples, samplePoints);
      if (hist !== undefined && hist.points.length > 0) {
        sortTogether(series.histograms, hist.points);
        series.points = samplePoints.length === 0 ? hist.points : samplePoints.concat(hist.points);
      }
      if (series.exemplars.length > 1) series.exemplars.sort(byTimestamp);
      out.push(series);
    }
    return out;
  }

  /** Records a push of the current point; `cost` is negative for a histogram. */
  private track(entry: Entry, cost: number): void {
    if (this.point === NO_POINT) return;
    this.pushedEntries.push(entry);
    this.pushedCosts.push(cost);
    this.added++;
  }

  private charge(cost: number): void {
    this.cost += cost;
    if (this.cost > this.limits.maxSamples) {
      throw tooLarge(`${this.limits.maxSamples} samples`, 'MAX_SAMPLES_PER_REQUEST');
    }
  }

  private find(labels: Label[], hash: number): Entry | undefined {
    const found = this.byHash.get(hash);
    if (found === undefined) return undefined;
    if (found instanceof Map) return found.get(labelsKey(labels));
    if (!Array.isArray(found)) return sameLabels(found.series.labels, labels) ? found : undefined;
    for (const candidate of found) if (sameLabels(candidate.series.labels, labels)) return candidate;
    return undefined;
  }

  private insert(labels: Label[], hash: number): Entry {
    if (this.all.length >= this.limits.maxSeries) {
      throw tooLarge(`${this.limits.maxSeries} series`, 'MAX_SERIES_PER_REQUEST');
    }
    for (const l of labels) this.labelChars += l.name.length + l.value.length;
    if (this.labelChars > this.limits.maxLabelChars) {
      throw tooLarge(`${this.limits.maxLabelChars} characters of labels`, 'MAX_LABEL_BYTES_PER_REQUEST');
    }
    // One object shape for every series; the sample lists get their first item in place (an array
    // grown by push from empty reserves room for 17).
    const series: TimeSeries = { labels, samples: EMPTY, exemplars: [], histograms: EMPTY, points: EMPTY };
    const entry: Entry = { series, maxTs: -Infinity, index: undefined, hist: undefined };
    const found = this.byHash.get(hash);
    if (found === undefined) this.byHash.set(hash, entry);
    else if (found instanceof Map) found.set(labelsKey(labels), entry);
    else if (!Array.isArray(found)) this.byHash.set(hash, [found, entry]);
    else if (found.length < MAX_BUCKET_SCAN) found.push(entry);
    else {
      // Many label sets with one hash: a client chose them. Scanning would make each add O(n).
      const byKey = new Map<string, Entry>();
      for (const e of found) byKey.set(labelsKey(e.series.labels), e);
      byKey.set(labelsKey(labels), entry);
      this.byHash.set(hash, byKey);
    }
    this.all.push(entry);
    return entry;
  }
}

/** Shared by new series until their first push replaces it; frozen, so a stray push fails loudly. */
const EMPTY = Object.freeze([]) as unknown as never[];

/** Position of the sample at `ts`, or -1. O(1) amortised. */
function sampleAt(entry: Entry, ts: number): number {
  const samples = entry.series.samples;
  if (ts > entry.maxTs || samples.length === 0) return -1;
  if (entry.index === undefined) {
    entry.index = new Map();
    for (let i = 0; i < samples.length; i++) entry.index.set(samples[i]?.timestamp as number, i);
  }
  return entry.index.get(ts) ?? -1;
}

function pushSample(entry: Entry, sample: PrwSample, point: number): void {
  const series = entry.series;
  const ts = sample.timestamp as number;
  if (series.samples.length === 0) {
    series.samples = [sample];
    series.points = [point];
  } else {
    entry.index?.set(ts, series.samples.length);
    series.samples.push(sample);
    (series.points as number[]).push(point);
  }
  if (ts > entry.maxTs) entry.maxTs = ts;
}

function histogramAt(entry: Entry, ts: number): number {
  const hist = entry.hist;
  const histograms = entry.series.histograms;
  if (hist === undefined || ts > hist.maxTs || histograms.length === 0) return -1;
  if (hist.index === undefined) {
    hist.index = new Map();
    for (let i = 0; i < histograms.length; i++) hist.index.set(histograms[i]?.timestamp as number, i);
  }
  return hist.index.get(ts) ?? -1;
}

function pushHistogram(entry: Entry, histogram: PrwHistogram, point: number): void {
  const series = entry.series;
  const ts = histogram.timestamp as number;
  entry.hist ??= { maxTs: -Infinity, index: undefined, points: [] };
  if (series.histograms.length === 0) series.histograms = [histogram];
  else {
    entry.hist.index?.set(ts, series.histograms.length);
    series.histograms.push(histogram);
  }
  entry.hist.points.push(point);
  if (ts > entry.hist.maxTs) entry.hist.maxTs = ts;
}

/** Removes the last sample (or histogram) of a rolled-back point. */
function rollback(entry: Entry, histogram: boolean): void {
  const series = entry.series;
  if (histogram) {
    const h = series.histograms.pop();
    entry.hist?.points.pop();
    if (h !== undefined) entry.hist?.index?.delete(h.timestamp as number);
    return;
  }
  const s = series.samples.pop();
  series.points?.pop();
  if (s !== undefined) entry.index?.delete(s.timestamp as number);
}

/**
 * A request that would not fit the function's memory once translated.
 * @returns the error to throw
 */
function tooLarge(limit: string, variable: string): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `the request translates to more than ${limit} (${variable}, set from the function's memory); ` +
      'send smaller requests (export more often or fewer series per export) or give the function more memory',
  );
}

/** A point series' labels (a base never has `__name__`; it may have a label `extra` replaces). */
function pointSeriesLabels(base: BaseLabels, name: HashedLabel, extra: HashedLabel | undefined): Label[] {
  return base.replaceable
    ? seriesLabels(base.labels, name.label, extra?.label)
    : insertLabels(base.labels, name.label, extra?.label);
}

/**
 * A point series' hash: the base's plus the added labels' (label-table.ts), or computed afresh when the
 * base has a label that `extra` replaces.
 */
function pointSeriesHash(
  base: BaseLabels,
  name: HashedLabel,
  extra: HashedLabel | undefined,
  labels: readonly Label[],
): number {
  if (extra === undefined) return (base.hash + name.hash) | 0;
  return base.replaceable ? hashLabels(labels) : (base.hash + name.hash + extra.hash) | 0;
}

const byTimestamp = (a: { timestamp?: unknown }, b: { timestamp?: unknown }): number =>
  (a.timestamp as number) - (b.timestamp as number);

/** Sorts `items` by timestamp (stable) and permutes `points` the same way; no work when sorted. */
function sortTogether(items: { timestamp?: unknown }[], points: number[]): void {
  let sorted = true;
  for (let i = 1; i < items.length && sorted; i++) {
    sorted = (items[i - 1]?.timestamp as number) <= (items[i]?.timestamp as number);
  }
  if (sorted) return;
  const order = items
    .map((_, i) => i)
    .sort((a, b) => (items[a]?.timestamp as number) - (items[b]?.timestamp as number) || a - b);
  const itemsCopy = items.slice();
  const pointsCopy = points.slice();
  for (let i = 0; i < order.length; i++) {
    const from = order[i] as number;
    items[i] = itemsCopy[from] as { timestamp?: unknown };
    points[i] = pointsCopy[from] as number;
  }
}

const f64 = new Float64Array(2);
const u32 = new Uint32Array(f64.buffer);

/** The same float bit for bit: a plain NaN is not the stale marker, and -0 is not 0. */
function sameFloat(a: number | null | undefined, b: number | null | undefined): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  if (!Number.isNaN(a) || !Number.isNaN(b)) return Object.is(a, b);
  f64[0] = a;
  f64[1] = b;
  return u32[0] === u32[2] && u32[1] === u32[3];
}

/** Whether two native histograms say the same: cheap fields first, then the buckets one by one. */
function sameHistogram(a: PrwHistogram | undefined, b: PrwHistogram): boolean {
  if (a === undefined) return false;
  return (
    a.schema === b.schema &&
    sameInt(a.countInt, b.countInt) &&
    sameFloat(a.sum, b.sum) &&
    sameFloat(a.zeroThreshold, b.zeroThreshold) &&
    sameInt(a.zeroCountInt, b.zeroCountInt) &&
    sameSpans(a.positiveSpans, b.positiveSpans) &&
    sameSpans(a.negativeSpans, b.negativeSpans) &&
    sameNumbers(a.positiveDeltas, b.positiveDeltas) &&
    sameNumbers(a.negativeDeltas, b.negativeDeltas)
  );
}

/** 64-bit counts are numbers or {low, high} objects (the stale marker's bits). */
function sameInt(a: unknown, b: unknown): boolean {
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const x = a as { low: number; high: number };
    const y = b as { low: number; high: number };
    return x.low === y.low && x.high === y.high;
  }
  return a === b;
}

function sameSpans(
  a: readonly { offset?: number | null; length?: number | null }[] | null | undefined,
  b: readonly { offset?: number | null; length?: number | null }[] | null | undefined,
): boolean {
  const p = a ?? [];
  const q = b ?? [];
  if (p.length !== q.length) return false;
  for (let i = 0; i < p.length; i++) {
    if (p[i]?.offset !== q[i]?.offset || p[i]?.length !== q[i]?.length) return false;
  }
  return true;
}

function sameNumbers(
  a: readonly unknown[] | null | undefined,
  b: readonly unknown[] | null | undefined,
): boolean {
  const p = a ?? [];
  const q = b ?? [];
  if (p.length !== q.length) return false;
  for (let i = 0; i < p.length; i++) if (!sameInt(p[i], q[i])) return false;
  return true;
}

/** A label set as a string no other label set has (JSON of the pairs is unambiguous for any strings). */
function labelsKey(labels: readonly Label[]): string {
  return JSON.stringify(labels.map((l) => [l.name, l.value]));
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue; // interned
    if (x === undefined || y === undefined || x.name !== y.name || x.value !== y.value) return false;
  }
  return true;
}
