/**
 * Parts of data points on the wire: exemplars and an exponential histogram's bucket ranges. Each spends
 * one decoded value (limits.ts) per object it makes and NUMBER_VALUE per list element, before making them.
 */
import type { ExponentialHistogramDataPoint, KeyValue, OtlpExemplar } from '../types.js';
import type { Reader } from './reader.js';
import { LEN, VARINT, FIXED64, sub, idField, done, NONE, exact } from './fields.js';
import { keyValueOf } from './decode-attributes.js';
import { NUMBER_VALUE } from '../limits.js';

/** An exponential histogram point's positive or negative buckets. */
export function bucketsOf(r: Reader, end: number): NonNullable<ExponentialHistogramDataPoint['positive']> {
  r.spend(1);
  const m = { offset: 0, bucketCounts: [] as number[] };
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === VARINT(1)) m.offset = r.sint32();
    else if (tag === LEN(2)) {
      const stop = sub(r);
      // Spent by bytes, each element at least one, so that a huge list is refused before it is made;
      // what multi-byte varints over-counted is given back.
      const bytes = stop - r.pos;
      r.spend(bytes * NUMBER_VALUE);
      const before = m.bucketCounts.length;
      while (r.pos < stop) m.bucketCounts.push(r.varintNumber());
      done(r, stop, 'bucket_counts');
      r.refund((bytes - (m.bucketCounts.length - before)) * NUMBER_VALUE);
    } else if (tag === VARINT(2)) {
      r.spend(NUMBER_VALUE);
      m.bucketCounts.push(r.varintNumber());
    } else r.skipField(tag);
  }
  done(r, end, 'Buckets');
  return m;
}

/** An exemplar, its filtered attributes and ids (their lengths checked as pdata does). */
export function exemplarOf(r: Reader, end: number): OtlpExemplar {
  r.spend(1);
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
        m.spanId = idField(r, 8);
        break;
      case LEN(5):
        m.traceId = idField(r, 16);
        break;
      default:
        r.skipField(tag);
    }
  }
  done(r, end, 'Exemplar');
  m.filteredAttributes = exact(filteredAttributes);
  return m;
}
