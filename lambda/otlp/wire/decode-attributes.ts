/* eslint-disable @typescript-eslint/no-non-null-assertion -- hot loops over bounds-checked indices */
/**
 * Attributes and their holders on the wire: AnyValue, KeyValue, Resource, InstrumentationScope.
 */
import type { AnyValue, InstrumentationScope, KeyValue, Resource } from '../types.js';
import type { Reader } from './reader.js';
import { WireError } from './reader.js';
import { LEN, VARINT, FIXED64, sub, string, bytesField, done } from './fields.js';
import { MAX_ANY_VALUE_DEPTH } from '../limits.js';

// Tags are (field number << 3) | wire type. Each function spends one decoded value (limits.ts) per object
// it makes, before making it.

export function resourceOf(r: Reader, end: number): Resource {
  r.spend(1);
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

export function scopeOf(r: Reader, end: number): InstrumentationScope {
  r.spend(1);
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

/** A KeyValue; `depth` is the number of AnyValue levels around it (0 for an attribute). */
export function keyValueOf(r: Reader, end: number, depth: number): KeyValue {
  r.spend(1);
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

/** An AnyValue at level `depth` (1 for an attribute's value). */
function anyValueOf(r: Reader, end: number, depth: number): AnyValue {
  if (depth > MAX_ANY_VALUE_DEPTH) {
    throw new WireError(`nests attribute values (AnyValue) deeper than ${MAX_ANY_VALUE_DEPTH} levels`, r.pos);
  }
  // The member present is the only one set (the last one wins). Nearly every attribute value is a string,
  // and a one-field object for it is a third of the size of the seven-field shape the others share.
  // Spent even when empty (then shared): it keeps the count a single step.
  r.spend(1);
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

function anyValuesOf(r: Reader, end: number, depth: number): AnyValue[] {
  r.spend(1); // the ArrayValue around the list
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
  r.spend(1); // the KeyValueList around the list
  const values: KeyValue[] = [];
  while (r.pos < end) {
    const tag = r.tag();
    if (tag === LEN(1)) values.push(keyValueOf(r, sub(r), depth));
    else r.skipField(tag);
  }
  done(r, end, 'KeyValueList');
  return values;
}
