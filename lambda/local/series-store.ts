/** The embedded destination's memory: the latest sample of every series it received. */
import type { prometheus } from '../../proto/generated/protos.js';
import { int64ToNumber } from '../translate/values.js';

export interface StoredSeries {
  readonly name: string;
  /** All labels but `__name__`, sorted by name. */
  readonly labels: Readonly<Record<string, string>>;
  /** Last float value; for a native histogram its count. */
  readonly value: number;
  /** Milliseconds since the epoch of the last sample. */
  readonly timestamp: number;
  readonly kind: 'sample' | 'histogram';
  /** Samples (and histograms) received for this series in all. */
  readonly received: number;
}

/** Keeps the latest point per series, at most `maxSeries` of them (older series are evicted first). */
export class SeriesStore {
  private readonly series = new Map<string, StoredSeries>();
  private samplesReceived = 0;
  private requestsReceived = 0;

  constructor(private readonly maxSeries = 10_000) {}

  /** Records every series of a decoded WriteRequest. */
  add(request: prometheus.IWriteRequest): void {
    this.requestsReceived++;
    for (const ts of request.timeseries ?? []) {
      let name = '';
      const labels: Record<string, string> = {};
      for (const l of ts.labels ?? []) {
        if (l.name === '__name__') name = l.value ?? '';
        else labels[l.name ?? ''] = l.value ?? '';
      }
      const key = JSON.stringify([name, labels]);
      const previous = this.series.get(key);
      let received = previous?.received ?? 0;
      let latest: StoredSeries | undefined = previous;
      for (const s of ts.samples ?? []) {
        received++;
        const timestamp = int64ToNumber(s.timestamp);
        if (!latest || timestamp >= latest.timestamp) {
          latest = { name, labels, value: s.value ?? 0, timestamp, kind: 'sample', received };
        }
      }
      for (const h of ts.histograms ?? []) {
        received++;
        const timestamp = int64ToNumber(h.timestamp);
        if (!latest || timestamp >= latest.timestamp) {
          const count = h.countFloat != null && h.countFloat !== 0 ? h.countFloat : int64ToNumber(h.countInt);
          latest = { name, labels, value: count, timestamp, kind: 'histogram', received };
        }
      }
      this.samplesReceived += received - (previous?.received ?? 0);
      if (!latest) continue;
      this.series.delete(key); // re-insert so Map order is least recently updated first
      this.series.set(key, { ...latest, received });
      if (this.series.size > this.maxSeries) {
        const oldest = this.series.keys().next().value;
        if (oldest !== undefined) this.series.delete(oldest);
      }
    }
  }

  /** Every stored series sorted by name, then labels. */
  list(): StoredSeries[] {
    return [...this.series.values()].sort((a, b) =>
      a.name === b.name
        ? JSON.stringify(a.labels).localeCompare(JSON.stringify(b.labels))
        : a.name < b.name
          ? -1
          : 1,
    );
  }

  get stats(): { series: number; samples: number; requests: number } {
    return { series: this.series.size, samples: this.samplesReceived, requests: this.requestsReceived };
  }
}
