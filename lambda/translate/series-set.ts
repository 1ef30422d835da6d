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

  addSample(labels: Label[], value: number, timestamp: number): void {
    this.series(labels).samples.push({ value, timestamp });
  }

  get size(): number {
    return this.byKey.size;
  }

  /** All series, each with samples, histograms and exemplars sorted by timestamp. */
  toArray(): TimeSeries[] {
    const out: TimeSeries[] = [];
    for (const s of this.byKey.values()) {
      if (s.samples.length > 1) s.samples.sort(byTimestamp);
      if (s.histograms.length > 1) s.histograms.sort(byTimestamp);
      if (s.exemplars.length > 1) s.exemplars.sort(byTimestamp);
      out.push(s);
    }
    return out;
  }
}

const byTimestamp = (a: { timestamp?: unknown }, b: { timestamp?: unknown }): number =>
  (a.timestamp as number) - (b.timestamp as number);
