/**
 * The embedded destination's memory: the recent points of every series it received, and the metadata
 * that came with them, bounded by series count and by bytes.
 *
 * It appends as a fresh Prometheus 2.42 head does (tsdb/head_append.go, remote write 1.0): a request
 * is written whole or not at all, refused on its first sample that is older than the series' latest
 * ("out of order sample"), at the latest's time with another value ("duplicate sample for timestamp"), or
 * older than the head's newest sample minus an hour, half the default block range ("out of bounds"). Points of
 * one request that are out of order with each other are not refused: the later ones are dropped.
 * Measured against Prometheus 2.42 in test/local/append-rules.test.ts. A series evicted for room is
 * forgotten, so its next point is taken whatever its time.
 */
import { AppendError, APPENDABLE_WINDOW_MS } from './append-error.js';
import { MetadataStore } from './metadata-store.js';
import { sameHistogram, type NativeHistogram } from './native-histogram.js';
import {
  decodeLabels,
  readWriteRequest,
  type ReadMetadata,
  type ReadPoint,
  type ReadSeries,
} from './read-write-request.js';

export interface StoredSeries {
  readonly name: string;
  /** All labels but `__name__`, sorted by name. */
  readonly labels: Readonly<Record<string, string>>;
  /** Last float value; for a native histogram its count. */
  readonly value: number;
  /** Milliseconds since the epoch of the last sample. */
  readonly timestamp: number;
  readonly kind: 'sample' | 'histogram';
  /** Samples (and histograms) stored for this series in all. */
  readonly received: number;
  /** The most recent points, oldest first, as [milliseconds, value]; a native histogram's count. */
  readonly points: readonly (readonly [number, number])[];
  /** The latest native histogram, bucket by bucket. */
  readonly histogram?: NativeHistogram;
}

/** Bytes a series costs besides its key, its points and its histogram (estimated). */
const ENTRY_BYTES = 160;
const POINT_BYTES = 16;
const BUCKET_BYTES = 48;

interface Entry {
  kind: 'sample' | 'histogram';
  received: number;
  /** Strictly increasing: only newer points are appended. */
  readonly times: number[];
  readonly values: number[];
  /** The latest value's bits when it is a NaN. */
  nanBits: string | undefined;
  histogram: NativeHistogram | undefined;
  /** What the entry counts against the byte budget. */
  bytes: number;
}

export interface StoreStats {
  readonly series: number;
  /** Points stored since the start (or the last clear). */
  readonly samples: number;
  /** Remote-write requests received, refused ones included. */
  readonly requests: number;
  /** Requests refused for out-of-order, duplicate or out-of-bounds samples. */
  readonly refused: number;
}

/**
 * Keeps the last `pointsPerSeries` points per series, at most `maxSeries` series and about `maxBytes`
 * bytes of them (label keys included: a few series with megabyte labels must not grow the process
 * either); the least recently updated are evicted first.
 */
export class SeriesStore {
  private readonly series = new Map<string, Entry>();
  private readonly meta = new MetadataStore();
  /** Listed series' entries, for recentPoints. */
  private readonly listed = new WeakMap<object, Entry>();
  private bytes = 0;
  /** Walks `series` in insertion order: its next key is the least recently updated (see put). */
  private oldest: Iterator<string> | undefined;
  /** The newest sample's time; undefined until the first sample (a fresh head). */
  private headMaxTime: number | undefined;
  private samplesReceived = 0;
  private requestsReceived = 0;
  private requestsRefused = 0;

  constructor(
    private readonly maxSeries = 10_000,
    private readonly maxBytes = 32 * 1024 * 1024,
    private readonly pointsPerSeries = 60,
  ) {}

  /**
   * Stores every series and metadata entry of an encoded (decompressed) WriteRequest, or none.
   * @throws WireError when the bytes are not a WriteRequest; AppendError when Prometheus would refuse it.
   */
  addEncoded(bytes: Uint8Array): void {
    this.requestsReceived++;
    const request = readWriteRequest(bytes);
    try {
      this.check(request.series);
    } catch (err) {
      this.requestsRefused++;
      throw err;
    }
    for (const series of request.series) this.append(series);
    for (const m of request.metadata) this.meta.add(m);
  }

  /** Forgets everything, as a new head would. */
  clear(): void {
    this.series.clear();
    this.meta.clear();
    this.oldest = undefined;
    this.bytes = 0;
    this.headMaxTime = undefined;
    this.samplesReceived = 0;
    this.requestsReceived = 0;
    this.requestsRefused = 0;
  }

  /**
   * Every stored series sorted by name, then labels; with `points: false` without their recent points
   * (600,000 of them at full store, most of which an answer leaves out): see {@link recentPoints}.
   */
  list(options: { points?: boolean } = {}): StoredSeries[] {
    const out: StoredSeries[] = [];
    const withPoints = options.points ?? true;
    for (const [key, entry] of this.series) {
      const stored = toStored(key, entry, withPoints);
      // Keyed by the labels object, which copies of the listed series share.
      this.listed.set(stored.labels, entry);
      out.push(stored);
    }
    // Each series' labels as JSON once, not once per comparison.
    const json = new Map(out.map((s) => [s, JSON.stringify(s.labels)]));
    // Plain code-unit order: localeCompare costs ~10x as much, at every page refresh of a full store.
    const order = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
    return out.sort((a, b) =>
      a.name === b.name ? order(json.get(a) ?? '', json.get(b) ?? '') : order(a.name, b.name),
    );
  }

  /** The recent points of a series from {@link list} (or a copy of one), as `points` has them. */
  recentPoints(series: Pick<StoredSeries, 'labels'>): StoredSeries['points'] {
    const entry = this.listed.get(series.labels);
    return entry ? pointsOf(entry) : [];
  }

  /** The metadata received, by metric family name. */
  metadata(): ReadonlyMap<string, ReadMetadata> {
    return this.meta.entries;
  }

  get stats(): StoreStats {
    return {
      series: this.series.size,
      samples: this.samplesReceived,
      requests: this.requestsReceived,
      refused: this.requestsRefused,
    };
  }

  /**
   * Refuses the request on its first point Prometheus would refuse. Points are checked against what is
   * stored, not against earlier points of the same request (Prometheus checks them at commit, silently).
   */
  private check(series: readonly ReadSeries[]): void {
    let minValid = this.headMaxTime === undefined ? -Infinity : this.headMaxTime - APPENDABLE_WINDOW_MS;
    for (const { key, points } of series) {
      const entry = this.series.get(key);
      const last = entry?.times.at(-1);
      for (const p of points) {
        // A fresh head takes its time from the first sample appended, even if the request then fails.
        if (this.headMaxTime === undefined) {
          this.headMaxTime = p.timestamp;
          minValid = p.timestamp - APPENDABLE_WINDOW_MS;
        }
        if (p.timestamp < minValid) throw new AppendError('out_of_bounds');
        if (entry === undefined || last === undefined || p.timestamp > last) continue;
        if (p.timestamp < last) throw new AppendError('out_of_order');
        if (!sameValue(entry, p)) throw new AppendError('duplicate');
      }
    }
  }

  /** Appends the series' points newer than its latest (the others are equal to it or dropped). */
  private append({ key, points }: ReadSeries): void {
    let entry = this.series.get(key);
    let appended = 0;
    for (const p of points) {
      if (this.headMaxTime === undefined || p.timestamp > this.headMaxTime) this.headMaxTime = p.timestamp;
      const last = entry?.times.at(-1);
      if (last !== undefined && p.timestamp <= last) continue;
      entry ??= {
        kind: 'sample',
        received: 0,
        times: [],
        values: [],
        nanBits: undefined,
        histogram: undefined,
        bytes: 0,
      };
      entry.times.push(p.timestamp);
      entry.values.push(p.value);
      entry.kind = p.histogram ? 'histogram' : 'sample';
      entry.histogram = p.histogram;
      entry.nanBits = p.nanBits;
      appended++;
    }
    if (entry === undefined || appended === 0) return;
    const excess = entry.times.length - this.pointsPerSeries;
    if (excess > 0) {
      entry.times.splice(0, excess);
      entry.values.splice(0, excess);
    }
    entry.received += appended;
    this.samplesReceived += appended;
    this.put(key, entry);
  }

  /** Stores a series as the most recently updated, evicting the least recently updated beyond the limits. */
  private put(key: string, entry: Entry): void {
    // Re-insert so Map order is least recently updated first.
    this.series.delete(key);
    this.bytes -= entry.bytes;
    entry.bytes =
      key.length +
      ENTRY_BYTES +
      entry.times.length * POINT_BYTES +
      (entry.histogram ? entry.histogram.buckets.length * BUCKET_BYTES : 0);
    this.bytes += entry.bytes;
    this.series.set(key, entry);
    while (this.series.size > this.maxSeries || (this.bytes > this.maxBytes && this.series.size > 1)) {
      // One live iterator: `keys().next()` afresh would step over every entry deleted so far each time.
      let next = this.oldest?.next();
      if (next === undefined || next.done === true) {
        this.oldest = this.series.keys();
        next = this.oldest.next();
      }
      if (next.done === true) return;
      const evicted = this.series.get(next.value);
      if (evicted !== undefined && this.series.delete(next.value)) this.bytes -= evicted.bytes;
    }
  }
}

/** Whether a point at the latest time repeats the latest value (then Prometheus takes it as a no-op). */
function sameValue(entry: Entry, p: ReadPoint): boolean {
  if (p.histogram !== undefined)
    return entry.histogram !== undefined && sameHistogram(entry.histogram, p.histogram);
  if (entry.kind !== 'sample') return false;
  const latest = entry.values.at(-1);
  return p.nanBits !== undefined ? entry.nanBits === p.nanBits : Object.is(latest, p.value);
}

const pointsOf = (entry: Entry): StoredSeries['points'] =>
  entry.times.map((t, i) => [t, entry.values[i] ?? NaN] as const);

function toStored(key: string, entry: Entry, withPoints: boolean): StoredSeries {
  const n = entry.times.length;
  const points = withPoints ? pointsOf(entry) : [];
  return {
    ...decodeLabels(key),
    value: entry.values[n - 1] ?? NaN,
    timestamp: entry.times[n - 1] ?? 0,
    kind: entry.kind,
    received: entry.received,
    points,
    ...(entry.histogram ? { histogram: entry.histogram } : {}),
  };
}
