/**
 * Assembles translated points into TimeSeries: one series per distinct label set, samples in timestamp
 * order, as the Collector merges points of the same series from different resources and requests.
 *
 * A destination stores one sample per series and millisecond: given two, Prometheus keeps one and says
 * nothing. So every point is added as a unit ({@link SeriesSet.beginPoint} / {@link SeriesSet.endPoint}):
 * when any of its samples meets a sample already there for the same series and millisecond, none of the
 * point's samples is kept and the caller counts the point as rejected. Nothing is lost silently.
 */
import { PayloadTooLargeError } from '../errors.js';
import type { PrwExemplar, PrwHistogram, PrwSample, PrwTimeSeries } from '../otlp/types.js';
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

/** One list of a series (samples or histograms) with what finds a timestamp in it quickly. */
class TimedList<T extends { timestamp?: unknown }> {
  /** Every timestamp in `items` is at most this (an upper bound: a rollback does not lower it). */
  private maxTs = -Infinity;
  /** Timestamp -> position, built on the first out-of-order add (most series get one item). */
  private index: Map<number, number> | undefined;

  constructor(
    readonly items: T[],
    readonly points: number[],
  ) {
    for (const item of items) this.maxTs = Math.max(this.maxTs, item.timestamp as number);
  }

  /** The item at timestamp `ts`, if any. O(1) amortised. */
  at(ts: number): T | undefined {
    if (ts > this.maxTs || this.items.length === 0) return undefined;
    if (this.index === undefined) {
      this.index = new Map();
      for (let i = 0; i < this.items.length; i++) this.index.set(this.items[i]?.timestamp as number, i);
    }
    const i = this.index.get(ts);
    return i === undefined ? undefined : this.items[i];
  }

  push(item: T, point: number): void {
    const ts = item.timestamp as number;
    this.index?.set(ts, this.items.length);
    this.items.push(item);
    this.points.push(point);
    if (ts > this.maxTs) this.maxTs = ts;
  }

  /** Removes the last item (a rolled-back point's). */
  pop(): void {
    const item = this.items.pop();
    this.points.pop();
    if (item !== undefined) this.index?.delete(item.timestamp as number);
  }
}

/** A series and its two timed lists. */
interface Entry {
  readonly series: TimeSeries;
  readonly samples: TimedList<PrwSample>;
  readonly histograms: TimedList<PrwHistogram>;
}

/** Collects series keyed by their (sorted) label set. */
export class SeriesSet {
  // Keyed by a hash of the labels, so that looking a series up allocates nothing; equal hashes of
  // different label sets (rare) share a bucket and are told apart by comparing the labels.
  private readonly byHash = new Map<number, Entry | Entry[]>();
  private readonly all: Entry[] = [];
  /** The point being added: its id, the lists it pushed to (for a rollback), and what it met. */
  private point = NO_POINT;
  private readonly pushed: TimedList<PrwSample | PrwHistogram>[] = [];
  private added = 0;
  private copies = 0;
  private clashes = 0;
  private nextPoint = 0;
  private sampleCount = 0;

  /**
   * @param maxSeries more series than this throws (see TranslateOptions.maxSeries)
   * @param maxSamples more samples than this throws
   */
  constructor(
    private readonly maxSeries = Infinity,
    private readonly maxSamples = Infinity,
  ) {}

  /** Starts a point: samples added until {@link endPoint} are kept or dropped together. */
  beginPoint(): void {
    this.point = this.nextPoint++;
    this.pushed.length = 0;
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
      for (let i = this.pushed.length - 1; i >= 0; i--) this.pushed[i]?.pop();
      this.sampleCount -= this.added;
    }
    this.point = NO_POINT;
    this.pushed.length = 0;
    return outcome;
  }

  /** Float samples and native histograms held, for size limits. */
  get samples(): number {
    return this.sampleCount;
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
    if (entry.samples.at(sample.timestamp as number) !== undefined) return;
    entry.samples.push(sample, NO_POINT);
    if (++this.sampleCount > this.maxSamples)
      throw tooLarge(`${this.maxSamples} samples`, 'MAX_SAMPLES_PER_REQUEST');
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
    const there = entry.samples.at(sample.timestamp as number);
    if (there === undefined) this.push(entry.samples, sample);
    else if (Object.is(there.value, sample.value))
      this.copies++; // NaN is NaN: a repeated stale marker
    else this.clashes++;
    return entry.series;
  }

  /** Adds a native histogram to the series of a point's base labels plus `__name__`. */
  addHistogram(base: BaseLabels, name: HashedLabel, histogram: PrwHistogram): TimeSeries {
    const labels = pointSeriesLabels(base, name, undefined);
    const hash = pointSeriesHash(base, name, undefined, labels);
    const entry = this.find(labels, hash) ?? this.insert(labels, hash);
    const there = entry.histograms.at(histogram.timestamp as number);
    if (there === undefined) this.push(entry.histograms, histogram);
    else if (sameHistogram(there, histogram)) this.copies++;
    else this.clashes++;
    return entry.series;
  }

  private push<T extends PrwSample | PrwHistogram>(list: TimedList<T>, item: T): void {
    list.push(item, this.point);
    if (++this.sampleCount > this.maxSamples)
      throw tooLarge(`${this.maxSamples} samples`, 'MAX_SAMPLES_PER_REQUEST');
    if (this.point !== NO_POINT) {
      this.pushed.push(list);
      this.added++;
    }
  }

  private find(labels: Label[], hash: number): Entry | undefined {
    const found = this.byHash.get(hash);
    if (found === undefined) return undefined;
    if (!Array.isArray(found)) return sameLabels(found.series.labels, labels) ? found : undefined;
    for (const candidate of found) if (sameLabels(candidate.series.labels, labels)) return candidate;
    return undefined;
  }

  private insert(labels: Label[], hash: number): Entry {
    if (this.all.length >= this.maxSeries)
      throw tooLarge(`${this.maxSeries} series`, 'MAX_SERIES_PER_REQUEST');
    // One object shape for every series.
    const series: TimeSeries = { labels, samples: [], exemplars: [], histograms: [], points: [] };
    const entry: Entry = {
      series,
      samples: new TimedList(series.samples, series.points as number[]),
      histograms: new TimedList(series.histograms, []),
    };
    const found = this.byHash.get(hash);
    if (found === undefined) this.byHash.set(hash, entry);
    else if (Array.isArray(found)) found.push(entry);
    else this.byHash.set(hash, [found, entry]);
    this.all.push(entry);
    return entry;
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
    for (const { series, histograms } of this.all) {
      if (series.samples.length === 0 && series.histograms.length === 0) continue; // rolled back
      const samplePoints = series.points ?? [];
      sortTogether(series.samples, samplePoints);
      const histogramPoints = histograms.points;
      sortTogether(series.histograms, histogramPoints);
      if (histogramPoints.length > 0) {
        series.points = samplePoints.length === 0 ? histogramPoints : samplePoints.concat(histogramPoints);
      }
      if (series.exemplars.length > 1) series.exemplars.sort(byTimestamp);
      out.push(series);
    }
    return out;
  }
}

/**
 * A request that would not fit the function's memory once translated.
 * @throws never; returns the error to throw
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

/** Whether two native histograms say the same (rare: only asked when two share a millisecond). */
function sameHistogram(a: PrwHistogram, b: PrwHistogram): boolean {
  return histogramKey(a) === histogramKey(b);
}

function histogramKey(h: PrwHistogram): string {
  // 64-bit counts may be {low, high} objects (the stale marker's bits); their toString() is the value.
  const int = (v: unknown): string =>
    typeof v === 'object' && v !== null ? (v as { toString(): string }).toString() : `${v as number}`;
  return JSON.stringify([
    int(h.countInt),
    `${h.sum ?? 0}`,
    h.schema,
    `${h.zeroThreshold ?? 0}`,
    int(h.zeroCountInt),
    h.positiveSpans,
    h.positiveDeltas,
    h.negativeSpans,
    h.negativeDeltas,
  ]);
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
