/**
 * Assembles translated points into TimeSeries: one series per distinct label set, samples in timestamp
 * order, as the Collector merges points of the same series from different resources and requests.
 */
import type { PrwExemplar, PrwHistogram, PrwSample, PrwTimeSeries } from '../otlp/types.js';

/** A label with both fields present. */
export interface Label {
  name: string;
  value: string;
}

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
    const found = this.byHash.get(hash);
    if (found === undefined) {
      const s = this.create(labels);
      this.byHash.set(hash, s);
      return s;
    }
    if (!Array.isArray(found)) {
      if (sameLabels(found.labels, labels)) return found;
      const s = this.create(labels);
      this.byHash.set(hash, [found, s]);
      return s;
    }
    for (const candidate of found) if (sameLabels(candidate.labels, labels)) return candidate;
    const s = this.create(labels);
    found.push(s);
    return s;
  }

  private create(labels: Label[]): TimeSeries {
    const s: TimeSeries = { labels, samples: [], exemplars: [], histograms: [] };
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

/** FNV-1a over names and values with a separator that cannot occur in a label name. */
function hashLabels(labels: readonly Label[]): number {
  let h = 0x811c9dc5;
  for (const l of labels) {
    const { name, value } = l;
    for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  return h >>> 0;
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined || y === undefined || x.name !== y.name || x.value !== y.value) return false;
  }
  return true;
}
