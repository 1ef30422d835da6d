/**
 * Assembles translated points into TimeSeries: one series per distinct label set, samples in timestamp
 * order, as the Collector merges points of the same series from different resources and requests.
 */
import type { PrwExemplar, PrwHistogram, PrwSample, PrwTimeSeries } from '../otlp/types.js';
import { hashLabels, type HashedLabel, type Label } from './label-table.js';
import { insertLabels, seriesLabels, type BaseLabels } from './labels.js';

/** A remote-write series as the pipeline builds it: every list present. */
export interface TimeSeries extends PrwTimeSeries {
  labels: Label[];
  samples: PrwSample[];
  exemplars: PrwExemplar[];
  histograms: PrwHistogram[];
}

/** Collects series keyed by their (sorted) label set. */
export class SeriesSet {
  // Keyed by a hash of the labels, so that looking a series up allocates nothing; equal hashes of
  // different label sets (rare) share a bucket and are told apart by comparing the labels.
  private readonly byHash = new Map<number, TimeSeries | TimeSeries[]>();
  private readonly all: TimeSeries[] = [];

  /** The series for a sorted label set, created on first use. */
  series(labels: Label[]): TimeSeries {
    const hash = hashLabels(labels);
    return this.find(labels, hash) ?? this.insert(newSeries(labels, [], []), hash);
  }

  /**
   * Adds a sample to the series of a point's base labels plus `__name__` and optionally `le` or
   * `quantile`, created on first use.
   * @returns the series, for the caller's exemplars.
   */
  addSample(base: BaseLabels, name: HashedLabel, sample: PrwSample, extra?: HashedLabel): TimeSeries {
    const labels = pointSeriesLabels(base, name, extra);
    const hash = pointSeriesHash(base, name, extra, labels);
    const found = this.find(labels, hash);
    if (found !== undefined) {
      found.samples.push(sample);
      return found;
    }
    // A new series' list holds just its sample: most series get one sample per request, and an array
    // grown by push would reserve room for 17.
    return this.insert(newSeries(labels, [sample], []), hash);
  }

  /** Adds a native histogram to the series of a point's base labels plus `__name__`. */
  addHistogram(base: BaseLabels, name: HashedLabel, histogram: PrwHistogram): TimeSeries {
    const labels = pointSeriesLabels(base, name, undefined);
    const hash = pointSeriesHash(base, name, undefined, labels);
    const found = this.find(labels, hash);
    if (found !== undefined) {
      found.histograms.push(histogram);
      return found;
    }
    return this.insert(newSeries(labels, [], [histogram]), hash);
  }

  private find(labels: Label[], hash: number): TimeSeries | undefined {
    const found = this.byHash.get(hash);
    if (found === undefined) return undefined;
    if (!Array.isArray(found)) return sameLabels(found.labels, labels) ? found : undefined;
    for (const candidate of found) if (sameLabels(candidate.labels, labels)) return candidate;
    return undefined;
  }

  private insert(s: TimeSeries, hash: number): TimeSeries {
    const found = this.byHash.get(hash);
    if (found === undefined) this.byHash.set(hash, s);
    else if (Array.isArray(found)) found.push(s);
    else this.byHash.set(hash, [found, s]);
    this.all.push(s);
    return s;
  }

  get size(): number {
    return this.all.length;
  }

  /**
   * All series in creation order, each with samples, histograms and exemplars sorted by timestamp.
   * Samples repeated exactly (same timestamp and value, e.g. the target_info of a resource sent twice in
   * one request) are kept once; Prometheus would drop the copy anyway.
   */
  toArray(): TimeSeries[] {
    const out: TimeSeries[] = [];
    for (const s of this.all) {
      if (s.samples.length > 1) s.samples = dedupe(s.samples.sort(byTimestamp));
      if (s.histograms.length > 1) s.histograms.sort(byTimestamp);
      if (s.exemplars.length > 1) s.exemplars.sort(byTimestamp);
      out.push(s);
    }
    return out;
  }
}

// One object shape for every series.
const newSeries = (labels: Label[], samples: PrwSample[], histograms: PrwHistogram[]): TimeSeries => ({
  labels,
  samples,
  exemplars: [],
  histograms,
});

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

function dedupe(samples: PrwSample[]): PrwSample[] {
  const kept: PrwSample[] = [];
  let previous: PrwSample | undefined;
  for (const current of samples) {
    if (
      previous !== undefined &&
      current.timestamp === previous.timestamp &&
      Object.is(current.value, previous.value)
    ) {
      continue;
    }
    kept.push(current);
    previous = current;
  }
  return kept;
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
