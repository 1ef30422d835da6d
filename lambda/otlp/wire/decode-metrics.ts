/* eslint-disable @typescript-eslint/no-non-null-assertion -- lists created just above, never null */
/**
 * OTLP ExportMetricsServiceRequest protobuf bytes straight to plain objects of fixed shape.
 *
 * protobufjs's generated decoder is correct but allocation-heavy (Long objects, `delete` on oneof
 * members, which turns objects into dictionaries); this decoder reads the same wire contract
 * (proto/opentelemetry/**) into objects whose fields are all initialised in one order, so V8 keeps them
 * monomorphic. Unknown fields and fields with an unexpected wire type are skipped, as protobufjs does.
 * protobufjs remains the decoder for JSON and the oracle in tests.
 *
 * This file holds the request, resource/scope and metric levels; decode-attributes.ts the attribute
 * messages, decode-points.ts the data points, fields.ts the field helpers they share.
 *
 * Every object made spends one decoded value from the request's budget first (Reader.spend, limits.ts):
 * a 2-byte empty message is ~100 bytes of heap, so the body cap alone does not bound a request's memory.
 */
import type {
  ExponentialHistogramDataPoint,
  ExportMetricsServiceRequest,
  HistogramDataPoint,
  Metric,
  NumberDataPoint,
  ResourceMetrics,
  ScopeMetrics,
  SummaryDataPoint,
} from '../types.js';
import type { DecodeLimits } from '../limits.js';
import { Reader, WireError } from './reader.js';
import { fieldPathAt } from './field-path.js';
import { LEN, VARINT, sub, string, done } from './fields.js';
import { resourceOf, scopeOf, keyValueOf } from './decode-attributes.js';
import { numberPointOf, histogramPointOf, exponentialPointOf, summaryPointOf } from './decode-points.js';

/**
 * Decodes an OTLP metrics export request.
 * @throws WireError when the bytes are not a valid message; one about a field's content (invalid UTF-8,
 *   nesting too deep) names the field's path.
 * @throws PayloadTooLargeError when the request makes more than `limits.maxDecodedValues` values.
 */
export function decodeMetricsRequest(
  bytes: Uint8Array,
  limits: DecodeLimits = {},
): ExportMetricsServiceRequest {
  try {
    return requestOf(new Reader(bytes, limits.maxDecodedValues));
  } catch (err) {
    if (!(err instanceof WireError) || err.offset === undefined) throw err;
    throw new WireError(`${fieldPathAt(bytes, err.offset)} ${err.message}`);
  }
}

function requestOf(r: Reader): ExportMetricsServiceRequest {
  const resourceMetrics: ResourceMetrics[] = [];
  const end = r.buf.length;
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) resourceMetrics.push(resourceMetricsOf(r, sub(r)));
    else r.skipField(tag);
  }
  return { resourceMetrics };
}

function resourceMetricsOf(r: Reader, end: number): ResourceMetrics {
  r.spend(1);
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

function scopeMetricsOf(r: Reader, end: number): ScopeMetrics {
  r.spend(1);
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

function metricOf(r: Reader, end: number): Metric {
  r.spend(1);
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
  r.spend(1);
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
  r.spend(1);
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
  r.spend(1);
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
  r.spend(1);
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
  r.spend(1);
  const points: SummaryDataPoint[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) points.push(summaryPointOf(r, sub(r)));
    else r.skipField(tag);
  }
  done(r, end, 'Summary');
  return points;
}
