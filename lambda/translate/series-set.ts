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

const SEPARATOR = '\xff';

/** Collects series keyed by their (sorted) label set. */
export class SeriesSet {
  private readonly byKey = new Map<string, TimeSeries>();

  /** The series for a sorted label set, created on first use. */
  series(labels: Label[]): TimeSeries {
    let key = '';
    for (const l of labels) key += `${l.name}${SEPARATOR}${l.value}${SEPARATOR}`;
    let s = this.byKey.get(key);
    if (s === undefined) {
      s = { labels, samples: [], exemplars: [], histograms: [] };
      this.byKey.set(key, s);
    }
    return s;
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * All series in creation order, each with samples, histograms and exemplars sorted by timestamp.
   * Samples repeated exactly (same timestamp and value, e.g. the target_info of a resource sent twice in
   * one request) are kept once; Prometheus would drop the copy anyway.
   */
  toArray(): TimeSeries[] {
    const out: TimeSeries[] = [];
    for (const s of this.byKey.values()) {
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
