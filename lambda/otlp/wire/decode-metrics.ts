/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over bounds-checked indices */
/**
 * OTLP ExportMetricsServiceRequest protobuf bytes straight to plain objects of fixed shape.
 *
 * protobufjs's generated decoder is correct but allocation-heavy (Long objects, `delete` on oneof
 * members, which turns objects into dictionaries); this decoder reads the same wire contract
 * (proto/opentelemetry/**) into objects whose fields are all initialised in one order, so V8 keeps them
 * monomorphic. Unknown fields and fields with an unexpected wire type are skipped, as protobufjs does.
 * protobufjs remains the decoder for JSON and the oracle in tests.
 */
import type {
  AnyValue,
  ExponentialHistogramDataPoint,
  ExportMetricsServiceRequest,
  HistogramDataPoint,
  InstrumentationScope,
  KeyValue,
  Metric,
  NumberDataPoint,
  OtlpExemplar,
  Resource,
  ResourceMetrics,
  ScopeMetrics,
  SummaryDataPoint,
} from '../types.js';
import { Reader, WireError, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT } from './reader.js';
import { readString } from './strings.js';

/** Deepest AnyValue nesting accepted (a KeyValue and its AnyValue are a level each); JSON uses it too. */
export const MAX_ATTRIBUTE_DEPTH = 32;

// Tags are (field number << 3) | wire type.
const LEN = (field: number): number => (field << 3) | WIRE_LEN;
const VARINT = (field: number): number => (field << 3) | WIRE_VARINT;
const FIXED64 = (field: number): number => (field << 3) | WIRE_FIXED64;

/**
 * Decodes an OTLP metrics export request.
 * @throws WireError when the bytes are not a valid message.
 */
export function decodeMetricsRequest(bytes: Uint8Array): ExportMetricsServiceRequest {
  const r = new Reader(bytes);
  const resourceMetrics: ResourceMetrics[] = [];
  const end = bytes.length;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) resourceMetrics.push(resourceMetricsOf(r, sub(r)));
    else r.skipField(tag);
  }
  return { resourceMetrics };
}

/** The end offset of a length-delimited field starting at the reader's position. */
function sub(r: Reader): number {
  const n = r.length();
  return r.pos + n;
}

function string(r: Reader): string {
  const end = sub(r);
  const s = readString(r.buf, r.pos, end);
  r.pos = end;
  return s;
}

function bytesField(r: Reader): Uint8Array {
  const end = sub(r);
  const b = r.buf.slice(r.pos, end);
  r.pos = end;
  return b;
}

function done(r: Reader, end: number, what: string): void {
  if (r.pos !== end) throw new WireError(`${what} overruns its enclosing message at offset ${r.pos}`);
}

function resourceMetricsOf(r: Reader, end: number): ResourceMetrics {
  const m: ResourceMetrics = { resource: null, scopeMetrics: [], schemaUrl: '' };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.resource = resourceOf(r, sub(r));
    else if (tag === LEN(2)) m.scopeMetrics!.push(scopeMetricsOf(r, sub(r)));
    else if (tag === LEN(3)) m.schemaUrl = string(r);
    else r.skipField(tag);
  }
  done(r, end, 'ResourceMetrics');
  return m;
}

function resourceOf(r: Reader, end: number): Resource {
  const m: Resource = { attributes: [], droppedAttributesCount: 0 };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.attributes!.push(keyValueOf(r, sub(r), 0));
    else if (tag === VARINT(2)) m.droppedAttributesCount = r.uint32();
    else r.skipField(tag);
  }
  done(r, end, 'Resource');
  return m;
}

function scopeMetricsOf(r: Reader, end: number): ScopeMetrics {
  const m: ScopeMetrics = { scope: null, metrics: [], schemaUrl: '' };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.scope = scopeOf(r, sub(r));
    else if (tag === LEN(2)) m.metrics!.push(metricOf(r, sub(r)));
    else if (tag === LEN(3)) m.schemaUrl = string(r);
    else r.skipField(tag);
  }
  done(r, end, 'ScopeMetrics');
  return m;
}

function scopeOf(r: Reader, end: number): InstrumentationScope {
  const m: InstrumentationScope = { name: '', version: '', attributes: [], droppedAttributesCount: 0 };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.name = string(r);
    else if (tag === LEN(2)) m.version = string(r);
    else if (tag === LEN(3)) m.attributes!.push(keyValueOf(r, sub(r), 0));
    else if (tag === VARINT(4)) m.droppedAttributesCount = r.uint32();
    else r.skipField(tag);
  }
  done(r, end, 'InstrumentationScope');
  return m;
}

function keyValueOf(r: Reader, end: number, depth: number): KeyValue {
  const m: KeyValue = { key: '', value: null };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.key = string(r);
    else if (tag === LEN(2)) m.value = anyValueOf(r, sub(r), depth + 1);
    else r.skipField(tag);
  }
  done(r, end, 'KeyValue');
  return m;
}

function anyValueOf(r: Reader, end: number, depth: number): AnyValue {
  if (depth > MAX_ATTRIBUTE_DEPTH) {
    throw new WireError(`attribute values nested deeper than ${MAX_ATTRIBUTE_DEPTH} levels`);
  }
  // The member present is the only one set (the last one wins). Nearly every attribute value is a string,
  // and a one-field object for it is a third of the size of the seven-field shape the others share.
  let m: AnyValue = EMPTY_VALUE;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m = { stringValue: string(r) };
    else if (tag === VARINT(2)) m = otherValue('boolValue', r.varintNumber() !== 0);
    else if (tag === VARINT(3)) m = otherValue('intValue', r.int64(false));
    else if (tag === FIXED64(4)) m = otherValue('doubleValue', r.double());
    else if (tag === LEN(5)) m = otherValue('arrayValue', { values: anyValuesOf(r, sub(r), depth) });
    else if (tag === LEN(6)) m = otherValue('kvlistValue', { values: keyValuesOf(r, sub(r), depth) });
    else if (tag === LEN(7)) m = otherValue('bytesValue', bytesField(r));
    else r.skipField(tag);
  }
  done(r, end, 'AnyValue');
  return m;
}

/** A non-string AnyValue: one shape for all of them, with only `field` set. */
function otherValue<K extends keyof AnyValue>(field: K, value: AnyValue[K]): AnyValue {
  const m: AnyValue = {
    stringValue: null,
    boolValue: null,
    intValue: null,
    doubleValue: null,
    arrayValue: null,
    kvlistValue: null,
    bytesValue: null,
  };
  m[field] = value;
  return m;
}

/** An AnyValue with no member (shared; nothing mutates decoded messages). */
const EMPTY_VALUE: AnyValue = Object.freeze({});

/** The empty list of absent repeated fields, shared. */
const NONE: never[] = Object.freeze([]) as never[];

/** A list collected while decoding, copied to its exact length (a pushed-to array keeps room for 16). */
const exact = <T>(list: T[]): T[] => (list.length === 0 ? NONE : list.slice());

function anyValuesOf(r: Reader, end: number, depth: number): AnyValue[] {
  const values: AnyValue[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) values.push(anyValueOf(r, sub(r), depth + 1));
    else r.skipField(tag);
  }
  done(r, end, 'ArrayValue');
  return values;
}

function keyValuesOf(r: Reader, end: number, depth: number): KeyValue[] {
  const values: KeyValue[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) values.push(keyValueOf(r, sub(r), depth + 1));
    else r.skipField(tag);
  }
  done(r, end, 'KeyValueList');
  return values;
}

function metricOf(r: Reader, end: number): Metric {
  const m: Metric = {
    name: '',
    description: '',
    unit: '',
    gauge: null,
    sum: null,
    histogram: null,
    exponentialHistogram: null,
    summary: null,
    metadata: [],
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case LEN(1):
        m.name = string(r);
        break;
      case LEN(2):
        m.description = string(r);
        break;
      case LEN(3):
        m.unit = string(r);
        break;
      case LEN(5): {
        const data = { dataPoints: numberPointsOf(r, sub(r)) };
        clearData(m);
        m.gauge = data;
        break;
      }
      case LEN(7): {
        const data = sumOf(r, sub(r));
        clearData(m);
        m.sum = data;
        break;
      }
      case LEN(9): {
        const data = histogramOf(r, sub(r));
        clearData(m);
        m.histogram = data;
        break;
      }
      case LEN(10): {
        const data = exponentialHistogramOf(r, sub(r));
        clearData(m);
        m.exponentialHistogram = data;
        break;
      }
      case LEN(11): {
        const data = { dataPoints: summaryPointsOf(r, sub(r)) };
        clearData(m);
        m.summary = data;
        break;
      }
      case LEN(12):
        m.metadata!.push(keyValueOf(r, sub(r), 0));
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'Metric');
  return m;
}

function clearData(m: Metric): void {
  m.gauge = null;
  m.sum = null;
  m.histogram = null;
  m.exponentialHistogram = null;
  m.summary = null;
}

function numberPointsOf(r: Reader, end: number): NumberDataPoint[] {
  const points: NumberDataPoint[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) points.push(numberPointOf(r, sub(r)));
    else r.skipField(tag);
  }
  done(r, end, 'Gauge');
  return points;
}

function sumOf(r: Reader, end: number): NonNullable<Metric['sum']> {
  const m = { dataPoints: [] as NumberDataPoint[], aggregationTemporality: 0, isMonotonic: false };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.dataPoints.push(numberPointOf(r, sub(r)));
    else if (tag === VARINT(2)) m.aggregationTemporality = r.uint32() | 0;
    else if (tag === VARINT(3)) m.isMonotonic = r.varintNumber() !== 0;
    else r.skipField(tag);
  }
  done(r, end, 'Sum');
  return m;
}

function histogramOf(r: Reader, end: number): NonNullable<Metric['histogram']> {
  const m = { dataPoints: [] as HistogramDataPoint[], aggregationTemporality: 0 };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.dataPoints.push(histogramPointOf(r, sub(r)));
    else if (tag === VARINT(2)) m.aggregationTemporality = r.uint32() | 0;
    else r.skipField(tag);
  }
  done(r, end, 'Histogram');
  return m;
}

function exponentialHistogramOf(r: Reader, end: number): NonNullable<Metric['exponentialHistogram']> {
  const m = { dataPoints: [] as ExponentialHistogramDataPoint[], aggregationTemporality: 0 };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) m.dataPoints.push(exponentialPointOf(r, sub(r)));
    else if (tag === VARINT(2)) m.aggregationTemporality = r.uint32() | 0;
    else r.skipField(tag);
  }
  done(r, end, 'ExponentialHistogram');
  return m;
}

function summaryPointsOf(r: Reader, end: number): SummaryDataPoint[] {
  const points: SummaryDataPoint[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) points.push(summaryPointOf(r, sub(r)));
    else r.skipField(tag);
  }
  done(r, end, 'Summary');
  return points;
}

function numberPointOf(r: Reader, end: number): NumberDataPoint {
  const attributes: KeyValue[] = [];
  const exemplars: OtlpExemplar[] = [];
  const m: NumberDataPoint = {
    attributes: NONE,
    startTimeUnixNano: null,
    timeUnixNano: null,
    asDouble: null,
    asInt: null,
    exemplars: NONE,
    flags: 0,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case LEN(7):
        attributes.push(keyValueOf(r, sub(r), 0));
        break;
      case FIXED64(2):
        m.startTimeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(3):
        m.timeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(4):
        m.asDouble = r.double();
        m.asInt = null;
        break;
      case FIXED64(6):
        m.asInt = r.fixed64Number(true);
        m.asDouble = null;
        break;
      case LEN(5):
        exemplars.push(exemplarOf(r, sub(r)));
        break;
      case VARINT(8):
        m.flags = r.uint32();
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'NumberDataPoint');
  m.attributes = exact(attributes);
  m.exemplars = exact(exemplars);
  return m;
}

function histogramPointOf(r: Reader, end: number): HistogramDataPoint {
  const attributes: KeyValue[] = [];
  const exemplars: OtlpExemplar[] = [];
  const m: HistogramDataPoint = {
    attributes: NONE,
    startTimeUnixNano: null,
    timeUnixNano: null,
    count: 0,
    sum: null,
    bucketCounts: [],
    explicitBounds: [],
    exemplars: NONE,
    flags: 0,
    min: null,
    max: null,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case LEN(9):
        attributes.push(keyValueOf(r, sub(r), 0));
        break;
      case FIXED64(2):
        m.startTimeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(3):
        m.timeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(4):
        m.count = r.fixed64Number(false);
        break;
      case FIXED64(5):
        m.sum = r.double();
        break;
      case LEN(6): // packed fixed64
        packedFixed64(r, sub(r), m.bucketCounts as number[]);
        break;
      case FIXED64(6):
        (m.bucketCounts as number[]).push(r.fixed64Number(false));
        break;
      case LEN(7): // packed double
        packedDouble(r, sub(r), m.explicitBounds!);
        break;
      case FIXED64(7):
        m.explicitBounds!.push(r.double());
        break;
      case LEN(8):
        exemplars.push(exemplarOf(r, sub(r)));
        break;
      case VARINT(10):
        m.flags = r.uint32();
        break;
      case FIXED64(11):
        m.min = r.double();
        break;
      case FIXED64(12):
        m.max = r.double();
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'HistogramDataPoint');
  m.attributes = exact(attributes);
  m.exemplars = exact(exemplars);
  return m;
}

function exponentialPointOf(r: Reader, end: number): ExponentialHistogramDataPoint {
  const attributes: KeyValue[] = [];
  const exemplars: OtlpExemplar[] = [];
  const m: ExponentialHistogramDataPoint = {
    attributes: NONE,
    startTimeUnixNano: null,
    timeUnixNano: null,
    count: 0,
    sum: null,
    scale: 0,
    zeroCount: 0,
    positive: null,
    negative: null,
    flags: 0,
    exemplars: NONE,
    min: null,
    max: null,
    zeroThreshold: 0,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case LEN(1):
        attributes.push(keyValueOf(r, sub(r), 0));
        break;
      case FIXED64(2):
        m.startTimeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(3):
        m.timeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(4):
        m.count = r.fixed64Number(false);
        break;
      case FIXED64(5):
        m.sum = r.double();
        break;
      case VARINT(6):
        m.scale = r.sint32();
        break;
      case FIXED64(7):
        m.zeroCount = r.fixed64Number(false);
        break;
      case LEN(8):
        m.positive = bucketsOf(r, sub(r));
        break;
      case LEN(9):
        m.negative = bucketsOf(r, sub(r));
        break;
      case VARINT(10):
        m.flags = r.uint32();
        break;
      case LEN(11):
        exemplars.push(exemplarOf(r, sub(r)));
        break;
      case FIXED64(12):
        m.min = r.double();
        break;
      case FIXED64(13):
        m.max = r.double();
        break;
      case FIXED64(14):
        m.zeroThreshold = r.double();
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'ExponentialHistogramDataPoint');
  m.attributes = exact(attributes);
  m.exemplars = exact(exemplars);
  return m;
}

function bucketsOf(r: Reader, end: number): NonNullable<ExponentialHistogramDataPoint['positive']> {
  const m = { offset: 0, bucketCounts: [] as number[] };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === VARINT(1)) m.offset = r.sint32();
    else if (tag === LEN(2)) {
      const stop = sub(r);
      while (r.pos < stop) m.bucketCounts.push(r.varintNumber());
      done(r, stop, 'bucket_counts');
    } else if (tag === VARINT(2)) m.bucketCounts.push(r.varintNumber());
    else r.skipField(tag);
  }
  done(r, end, 'Buckets');
  return m;
}

function summaryPointOf(r: Reader, end: number): SummaryDataPoint {
  const attributes: KeyValue[] = [];
  const m: SummaryDataPoint = {
    attributes: NONE,
    startTimeUnixNano: null,
    timeUnixNano: null,
    count: 0,
    sum: 0,
    quantileValues: [],
    flags: 0,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case LEN(7):
        attributes.push(keyValueOf(r, sub(r), 0));
        break;
      case FIXED64(2):
        m.startTimeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(3):
        m.timeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(4):
        m.count = r.fixed64Number(false);
        break;
      case FIXED64(5):
        m.sum = r.double();
        break;
      case LEN(6): {
        const stop = sub(r);
        const q = { quantile: 0, value: 0 };
        while (r.pos < stop) {
          const t = r.tag();
          if (t === FIXED64(1)) q.quantile = r.double();
          else if (t === FIXED64(2)) q.value = r.double();
          else r.skipField(t);
        }
        done(r, stop, 'ValueAtQuantile');
        m.quantileValues!.push(q);
        break;
      }
      case VARINT(8):
        m.flags = r.uint32();
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'SummaryDataPoint');
  m.attributes = exact(attributes);
  return m;
}

function exemplarOf(r: Reader, end: number): OtlpExemplar {
  const filteredAttributes: KeyValue[] = [];
  const m: OtlpExemplar = {
    filteredAttributes: NONE,
    timeUnixNano: null,
    asDouble: null,
    asInt: null,
    spanId: null,
    traceId: null,
  };
  while (r.pos < end) {
    const tag = r.tag();
    switch (tag) {
      case LEN(7):
        filteredAttributes.push(keyValueOf(r, sub(r), 0));
        break;
      case FIXED64(2):
        m.timeUnixNano = r.fixed64Parts(true);
        break;
      case FIXED64(3):
        m.asDouble = r.double();
        m.asInt = null;
        break;
      case FIXED64(6):
        m.asInt = r.fixed64Number(true);
        m.asDouble = null;
        break;
      case LEN(4):
        m.spanId = bytesField(r);
        break;
      case LEN(5):
        m.traceId = bytesField(r);
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'Exemplar');
  m.filteredAttributes = exact(filteredAttributes);
  return m;
}

function packedFixed64(r: Reader, end: number, out: number[]): void {
  if ((end - r.pos) % 8 !== 0)
    throw new WireError(`packed fixed64 field of ${end - r.pos} bytes at offset ${r.pos}`);
  while (r.pos < end) out.push(r.fixed64Number(false));
}

function packedDouble(r: Reader, end: number, out: number[]): void {
  if ((end - r.pos) % 8 !== 0)
    throw new WireError(`packed double field of ${end - r.pos} bytes at offset ${r.pos}`);
  while (r.pos < end) out.push(r.double());
}
