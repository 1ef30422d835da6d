/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over bounds-checked indices */
/**
 * The five data point messages on the wire, as fixed-shape plain objects (their parts: decode-point-parts.ts). Each spends one
 * decoded value (limits.ts) per object it makes and NUMBER_VALUE per list element, before making them.
 */
import type {
  ExponentialHistogramDataPoint,
  HistogramDataPoint,
  KeyValue,
  NumberDataPoint,
  OtlpExemplar,
  SummaryDataPoint,
} from '../types.js';
import type { Reader } from './reader.js';
import { LEN, VARINT, FIXED64, sub, done, NONE, exact, packedFixed64, packedDouble } from './fields.js';
import { keyValueOf } from './decode-attributes.js';
import { bucketsOf, exemplarOf } from './decode-point-parts.js';
import { NUMBER_VALUE } from '../limits.js';

export function numberPointOf(r: Reader, end: number): NumberDataPoint {
  r.spend(1);
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

export function histogramPointOf(r: Reader, end: number): HistogramDataPoint {
  r.spend(1);
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
        r.spend(NUMBER_VALUE);
        (m.bucketCounts as number[]).push(r.fixed64Number(false));
        break;
      case LEN(7): // packed double
        packedDouble(r, sub(r), m.explicitBounds!);
        break;
      case FIXED64(7):
        r.spend(NUMBER_VALUE);
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

export function exponentialPointOf(r: Reader, end: number): ExponentialHistogramDataPoint {
  r.spend(1);
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

export function summaryPointOf(r: Reader, end: number): SummaryDataPoint {
  r.spend(1);
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
        r.spend(1);
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
