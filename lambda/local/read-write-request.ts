/**
 * Reads an encoded (decompressed) remote-write WriteRequest for the embedded receiver, without protobufjs
 * (which took several times as long as the forwarder's own work on the same request): each series is
 * keyed by the bytes of its label fields (the forwarder writes a label set always the same way: sorted,
 * canonical protobuf), and its labels are decoded only when listed (decodeLabels).
 */
import {
  LABEL_NAME,
  LABEL_VALUE,
  METRIC_METADATA_FAMILY_NAME,
  METRIC_METADATA_HELP,
  METRIC_METADATA_TYPE,
  METRIC_METADATA_UNIT,
  SAMPLE_TIMESTAMP,
  SAMPLE_VALUE,
  TIME_SERIES_HISTOGRAMS,
  TIME_SERIES_LABELS,
  TIME_SERIES_SAMPLES,
  WRITE_REQUEST_METADATA,
  WRITE_REQUEST_TIMESERIES,
} from '../remote-write/remote-proto.js';
import { Reader, WireError } from '../otlp/wire/reader.js';
import { readString } from '../otlp/wire/strings.js';
import { int64ToNumber } from '../translate/values.js';
import { readNativeHistogram, type NativeHistogram } from './native-histogram.js';

/** A float sample or a native histogram (then `value` is its count). */
export interface ReadPoint {
  readonly timestamp: number;
  readonly value: number;
  /** A NaN's bits (a stale marker is one NaN, other NaNs are others): Prometheus compares bits. */
  readonly nanBits?: string;
  readonly histogram?: NativeHistogram;
}

export interface ReadSeries {
  /** Its label fields' bytes as a latin1 string (one character per byte). */
  readonly key: string;
  /** Samples, then histograms: the order Prometheus appends them in. */
  readonly points: ReadPoint[];
}

/** A MetricMetadata entry. */
export interface ReadMetadata {
  readonly family: string;
  /** MetricMetadata.MetricType: 0 unknown, 1 counter, 2 gauge, 3 histogram, 5 summary, ... */
  readonly type: number;
  readonly help: string;
  readonly unit: string;
}

export interface ReadRequest {
  readonly series: ReadSeries[];
  readonly metadata: ReadMetadata[];
}

// WriteRequest, TimeSeries, Label, Sample and MetricMetadata field tags (proto/prometheus/remote.proto).

/**
 * Every series and metadata entry of a WriteRequest.
 * @throws WireError when the bytes are not a WriteRequest.
 */
export function readWriteRequest(bytes: Uint8Array): ReadRequest {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const r = new Reader(buf);
  const series: ReadSeries[] = [];
  const metadata: ReadMetadata[] = [];
  while (r.pos < buf.length) {
    const tag = r.tag();
    if (tag === WRITE_REQUEST_TIMESERIES) series.push(readSeries(r, r.length() + r.pos));
    else if (tag === WRITE_REQUEST_METADATA) metadata.push(readMetadata(r, r.length() + r.pos));
    else r.skipField(tag);
  }
  return { series, metadata };
}

function readSeries(r: Reader, end: number): ReadSeries {
  const samples: ReadPoint[] = [];
  const histograms: ReadPoint[] = [];
  // The label fields are normally one run of bytes (the forwarder writes them first); others are appended.
  let key = '';
  let runStart = -1;
  let runEnd = -1;
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.tag();
    if (tag === TIME_SERIES_LABELS) {
      const length = r.length();
      r.pos += length;
      if (start !== runEnd) {
        if (runStart >= 0) key += latin1(r.buf, runStart, runEnd);
        runStart = start;
      }
      runEnd = r.pos;
    } else if (tag === TIME_SERIES_SAMPLES) {
      samples.push(readSample(r, r.length() + r.pos));
    } else if (tag === TIME_SERIES_HISTOGRAMS) {
      const histogram = readNativeHistogram(r, r.length() + r.pos);
      histograms.push({ timestamp: histogram.timestamp, value: histogram.count, histogram });
    } else {
      r.skipField(tag);
    }
  }
  if (r.pos !== end) throw new WireError(`TimeSeries overruns its enclosing message at offset ${r.pos}`);
  if (runStart >= 0) key += latin1(r.buf, runStart, runEnd);
  return { key, points: histograms.length === 0 ? samples : samples.concat(histograms) };
}

function readSample(r: Reader, end: number): ReadPoint {
  let value = 0;
  let timestamp = 0;
  let nanBits: string | undefined;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === SAMPLE_VALUE) {
      const at = r.pos;
      value = r.double();
      nanBits = Number.isNaN(value) ? latin1(r.buf, at, at + 8) : undefined;
    } else if (tag === SAMPLE_TIMESTAMP) timestamp = int64ToNumber(r.int64(false));
    else r.skipField(tag);
  }
  if (r.pos !== end) throw new WireError(`sample overruns its enclosing message at offset ${r.pos}`);
  return nanBits === undefined ? { timestamp, value } : { timestamp, value, nanBits };
}

function readMetadata(r: Reader, end: number): ReadMetadata {
  let type = 0;
  let family = '';
  let help = '';
  let unit = '';
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === METRIC_METADATA_TYPE) type = r.varintNumber();
    else if (
      tag === METRIC_METADATA_FAMILY_NAME ||
      tag === METRIC_METADATA_HELP ||
      tag === METRIC_METADATA_UNIT
    ) {
      const stop = r.length() + r.pos;
      const text = readString(r.buf, r.pos, stop);
      r.pos = stop;
      if (tag === METRIC_METADATA_FAMILY_NAME) family = text;
      else if (tag === METRIC_METADATA_HELP) help = text;
      else unit = text;
    } else r.skipField(tag);
  }
  if (r.pos !== end) throw new WireError(`metadata overruns its enclosing message at offset ${r.pos}`);
  return { family, type, help, unit };
}

/** The name and other labels of a series from its key. */
export function decodeLabels(key: string): { name: string; labels: Record<string, string> } {
  const bytes = Buffer.from(key, 'latin1');
  const r = new Reader(bytes);
  let name = '';
  const labels: Record<string, string> = {};
  while (r.pos < bytes.length) {
    r.tag(); // TIME_SERIES_LABELS: readSeries kept only those
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
    // Defined, not assigned: a label named `__proto__` is a label like any other (assigning it would set
    // the object's prototype and lose the label).
    else
      Object.defineProperty(labels, labelName, {
        value: labelValue,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return { name, labels };
}

/** Bytes as a string of one character per byte. */
const latin1 = (buf: Uint8Array, start: number, end: number): string =>
  (buf as Buffer).toString('latin1', start, end);
