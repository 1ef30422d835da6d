/**
 * The embedded destination's memory: the latest sample of every series it received.
 *
 * It reads the encoded WriteRequest directly rather than decoding it whole (protobufjs took several times
 * as long as the forwarder's own work on the same request): a series is keyed by the bytes of its label
 * fields (the forwarder writes a label set always the same way: sorted, canonical protobuf), only its latest
 * point is read, and its labels are decoded when listed.
 */
import { Reader, WireError, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from '../otlp/wire/reader.js';
import { readString } from '../otlp/wire/strings.js';
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

// WriteRequest, TimeSeries, Label, Sample and Histogram field tags (proto/prometheus/remote.proto).
const TIMESERIES = (1 << 3) | WIRE_LEN;
const SERIES_LABEL = (1 << 3) | WIRE_LEN;
const SERIES_SAMPLE = (2 << 3) | WIRE_LEN;
const SERIES_HISTOGRAM = (4 << 3) | WIRE_LEN;
const LABEL_NAME = (1 << 3) | WIRE_LEN;
const LABEL_VALUE = (2 << 3) | WIRE_LEN;
const SAMPLE_VALUE = (1 << 3) | WIRE_FIXED64;
const SAMPLE_TIMESTAMP = (2 << 3) | WIRE_VARINT;
const HISTOGRAM_COUNT_INT = (1 << 3) | WIRE_VARINT;
const HISTOGRAM_COUNT_FLOAT = (2 << 3) | WIRE_FIXED64;
const HISTOGRAM_TIMESTAMP = (15 << 3) | WIRE_VARINT;

/** A stored series: its latest point, keyed by its label fields' bytes (as latin1). */
interface Entry {
  value: number;
  timestamp: number;
  kind: 'sample' | 'histogram';
  /** Points of this series in the request being read (scratch), then received in all. */
  received: number;
}

/**
 * Keeps the latest point per series, at most `maxSeries` of them and at most `maxKeyChars` characters of
 * label keys (a few series with megabyte labels must not grow the process either); the least recently
 * updated are evicted first.
 */
export class SeriesStore {
  private readonly series = new Map<string, Entry>();
  private keyChars = 0;
  /** Walks `series` in insertion order: its next key is the least recently updated (see put). */
  private oldest: Iterator<string> | undefined;
  private samplesReceived = 0;
  private requestsReceived = 0;

  constructor(
    private readonly maxSeries = 10_000,
    private readonly maxKeyChars = 16 * 1024 * 1024,
  ) {}

  /**
   * Records every series of an encoded (decompressed) WriteRequest.
   * @throws WireError when the bytes are not a WriteRequest.
   */
  addEncoded(bytes: Uint8Array): void {
    this.requestsReceived++;
    const r = new Reader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const latest: Entry = { value: 0, timestamp: 0, kind: 'sample', received: 0 };
    while (r.pos < bytes.length) {
      const tag = r.tag();
      if (tag !== TIMESERIES) {
        r.skipField(tag);
        continue;
      }
      const end = r.length() + r.pos;
      const key = readSeries(r, end, latest);
      const previous = this.series.get(key);
      this.samplesReceived += latest.received;
      if (previous === undefined && latest.received === 0) continue;
      // The request's latest point replaces the stored one unless that one is newer.
      const newer = latest.received > 0 && (previous === undefined || latest.timestamp >= previous.timestamp);
      const { value, timestamp, kind } = newer ? latest : (previous as Entry);
      this.put(key, { value, timestamp, kind, received: (previous?.received ?? 0) + latest.received });
    }
  }

  /** Stores a series as the most recently updated, evicting the least recently updated beyond the limit. */
  private put(key: string, entry: Entry): void {
    // Re-insert so Map order is least recently updated first.
    if (!this.series.delete(key)) this.keyChars += key.length;
    this.series.set(key, entry);
    while (this.series.size > this.maxSeries || (this.keyChars > this.maxKeyChars && this.series.size > 1)) {
      // One live iterator: `keys().next()` afresh would step over every entry deleted so far each time.
      let next = this.oldest?.next();
      if (next === undefined || next.done === true) {
        this.oldest = this.series.keys();
        next = this.oldest.next();
      }
      if (next.done === true) return;
      if (this.series.delete(next.value)) this.keyChars -= next.value.length;
    }
  }

  /** Every stored series sorted by name, then labels. */
  list(): StoredSeries[] {
    const out: StoredSeries[] = [];
    for (const [key, { value, timestamp, kind, received }] of this.series) {
      out.push({ ...decodeLabels(key), value, timestamp, kind, received });
    }
    return out.sort((a, b) =>
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

/**
 * Reads one TimeSeries up to `end`: its latest sample or histogram and its point count into `latest`.
 * @returns its label fields' bytes as a latin1 string (one character per byte): the series' key.
 */
function readSeries(r: Reader, end: number, latest: Entry): string {
  latest.received = 0;
  // The label fields are normally one run of bytes (the forwarder writes them first); others are appended.
  let key = '';
  let runStart = -1;
  let runEnd = -1;
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.tag();
    if (tag === SERIES_LABEL) {
      const length = r.length();
      r.pos += length;
      if (start !== runEnd) {
        if (runStart >= 0) key += latin1(r.buf, runStart, runEnd);
        runStart = start;
      }
      runEnd = r.pos;
    } else if (tag === SERIES_SAMPLE) {
      readPoint(r, r.length() + r.pos, latest, 'sample');
    } else if (tag === SERIES_HISTOGRAM) {
      readPoint(r, r.length() + r.pos, latest, 'histogram');
    } else {
      r.skipField(tag);
    }
  }
  if (r.pos !== end) throw new WireError(`TimeSeries overruns its enclosing message at offset ${r.pos}`);
  return runStart >= 0 ? key + latin1(r.buf, runStart, runEnd) : key;
}

/**
 * A sample's value, or a histogram's count, and its timestamp, kept in `latest` unless an earlier point
 * of the series is newer (the last of the newest points wins).
 */
function readPoint(r: Reader, end: number, latest: Entry, kind: 'sample' | 'histogram'): void {
  let value = 0;
  let countInt = 0;
  let timestamp = 0;
  while (r.pos < end) {
    const tag = r.tag();
    if (kind === 'sample' && tag === SAMPLE_VALUE) value = r.double();
    else if (kind === 'sample' && tag === SAMPLE_TIMESTAMP) timestamp = int64ToNumber(r.int64(false));
    else if (kind === 'histogram' && tag === HISTOGRAM_COUNT_INT) countInt = int64ToNumber(r.int64(true));
    else if (kind === 'histogram' && tag === HISTOGRAM_COUNT_FLOAT) value = r.double();
    else if (kind === 'histogram' && tag === HISTOGRAM_TIMESTAMP) timestamp = int64ToNumber(r.int64(false));
    else r.skipField(tag);
  }
  if (r.pos !== end) throw new WireError(`${kind} overruns its enclosing message at offset ${r.pos}`);
  // A histogram's count is its float count when set, else its integer count.
  if (kind === 'histogram' && value === 0) value = countInt;
  latest.received++;
  if (latest.received === 1 || timestamp >= latest.timestamp) {
    latest.value = value;
    latest.timestamp = timestamp;
    latest.kind = kind;
  }
}

/** The name and other labels of a series from its key. */
function decodeLabels(key: string): { name: string; labels: Record<string, string> } {
  const bytes = Buffer.from(key, 'latin1');
  const r = new Reader(bytes);
  let name = '';
  const labels: Record<string, string> = {};
  while (r.pos < bytes.length) {
    r.tag(); // SERIES_LABEL: readSeries kept only those
    const end = r.length() + r.pos;
    let labelName = '';
    let labelValue = '';
    while (r.pos < end) {
      const tag = r.tag();
      if (tag === LABEL_NAME || tag === LABEL_VALUE) {
        const stop = r.length() + r.pos;
        const text = readString(bytes, r.pos, stop);
        r.pos = stop;
        if (tag === LABEL_NAME) labelName = text;
        else labelValue = text;
      } else {
        r.skipField(tag);
      }
    }
    if (labelName === '__name__') name = labelValue;
    else labels[labelName] = labelValue;
  }
  return { name, labels };
}

/** Bytes as a string of one character per byte. */
const latin1 = (buf: Uint8Array, start: number, end: number): string =>
  (buf as Buffer).toString('latin1', start, end);
