/**
 * Assembles translated points into TimeSeries: one series per distinct label set, samples in timestamp
 * order, as the Collector merges points of the same series from different resources and requests.
 *
 * Every point is added as a unit ({@link SeriesSet.beginPoint} / {@link SeriesSet.endPoint}): when any of
 * its samples meets a sample already there for the same series and millisecond, none of the point's
 * samples is kept (point-journal.ts). What a request may grow to is bounded here, where it is allocated
 * (series-limits.ts).
 */
import type { PrwExemplar, PrwHistogram, PrwSample, PrwTimeSeries } from '../remote-write/types.js';
import { hashLabels, type HashedLabel, type Label } from './label-table.js';
import { NO_POINT, PointJournal, type PointOutcome } from './point-journal.js';
import { sameFloat, sameHistogram } from './sample-equality.js';
import { SeriesIndex } from './series-index.js';
import { pointSeriesHash, pointSeriesLabels, type BaseLabels } from './series-labels.js';
import { NO_LIMITS, SeriesBudget, type SeriesLimits } from './series-limits.js';

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

/** Collects series keyed by their (sorted) label set. */
export class SeriesSet {
  private readonly index = new SeriesIndex<Entry>();
  private readonly all: Entry[] = [];
  private readonly journal = new PointJournal<Entry>();
  private readonly budget: SeriesBudget;
  /** Takes a push of a rejected point out again; one function for the set, not one per point. */
  private readonly undo = (entry: Entry, cost: number): void => {
    rollback(entry, cost < 0);
    this.budget.removeSamples(Math.abs(cost));
  };

  constructor(limits: SeriesLimits = NO_LIMITS) {
    this.budget = new SeriesBudget(limits);
  }

  /** Starts a point: samples added until {@link endPoint} are kept or dropped together. */
  beginPoint(): void {
    this.journal.begin();
  }

  /** Ends the point; unless `written`, every sample it added is taken out again. */
  endPoint(): PointOutcome {
    return this.journal.end(this.undo);
  }

  /** The series for a sorted label set, created on first use. */
  series(labels: Label[]): TimeSeries {
    const hash = hashLabels(labels);
    return (this.index.find(labels, hash) ?? this.insert(labels, hash)).series;
  }

  /**
   * Adds a sample outside any point (target_info). A copy of a sample already there, or a clash with
   * one, adds nothing: there is no point to reject, and the first sample wins as at the destination.
   */
  addLooseSample(labels: Label[], sample: PrwSample): void {
    const hash = hashLabels(labels);
    const entry = this.index.find(labels, hash) ?? this.insert(labels, hash);
    if (sampleAt(entry, sample.timestamp as number) >= 0) return;
    this.budget.addSamples(1);
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
    const entry = this.index.find(labels, hash) ?? this.insert(labels, hash);
    const at = sampleAt(entry, sample.timestamp as number);
    const point = this.journal.point;
    if (at < 0) {
      this.budget.addSamples(1);
      pushSample(entry, sample, point);
      this.journal.pushed(entry, 1);
    } else if (point !== NO_POINT && entry.series.points?.[at] === point) {
      // The same point repeats itself (a quantile listed twice): a copy is harmless, another value not.
      if (!sameFloat(entry.series.samples[at]?.value, sample.value)) this.journal.clash();
    } else if (sameFloat(entry.series.samples[at]?.value, sample.value)) this.journal.copy();
    else this.journal.clash();
    return entry.series;
  }

  /** Adds a native histogram to the series of a point's base labels plus `__name__`. */
  addHistogram(base: BaseLabels, name: HashedLabel, histogram: PrwHistogram): TimeSeries {
    const labels = pointSeriesLabels(base, name, undefined);
    const hash = pointSeriesHash(base, name, undefined, labels);
    const entry = this.index.find(labels, hash) ?? this.insert(labels, hash);
    const at = histogramAt(entry, histogram.timestamp as number);
    if (at < 0) {
      // A histogram costs what its buckets do: one with a million buckets is not one sample.
      const cost = 1 + (histogram.positiveDeltas?.length ?? 0) + (histogram.negativeDeltas?.length ?? 0);
      this.budget.addSamples(cost);
      pushHistogram(entry, histogram, this.journal.point);
      this.journal.pushed(entry, -cost);
    } else if (sameHistogram(entry.series.histograms[at], histogram)) this.journal.copy();
    else this.journal.clash();
    return entry.series;
  }

  /** Adds an exemplar to a series (after its point was written), within the sample budget. */
  addExemplar(series: TimeSeries, exemplar: PrwExemplar): void {
    this.budget.addSamples(1);
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

  /**
   * A new entry for labels not in the set yet (within the limits). Kept apart from the lookup on
   * purpose: one method doing both made the bench's W1 translation take ~15% more instructions
   * (cachegrind), V8 inlining the hot path differently.
   */
  private insert(labels: Label[], hash: number): Entry {
    this.budget.addSeries(this.all.length, labels);
    // One object shape for every series; the sample lists get their first item in place (an array
    // grown by push from empty reserves room for 17).
    const series: TimeSeries = { labels, samples: EMPTY, exemplars: [], histograms: EMPTY, points: EMPTY };
    const entry: Entry = { series, maxTs: -Infinity, index: undefined, hist: undefined };
    this.index.add(labels, hash, entry);
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
