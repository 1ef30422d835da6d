/** Limits on what an OTLP request may hold, the same for protobuf and JSON (README, "The endpoint"). */
import { PayloadTooLargeError } from '../errors.js';

/**
 * How deep attribute values (AnyValue) may nest: an attribute's value is level 1, and an array or kvlist
 * puts the values inside it one level deeper, so 100 levels are 99 arrays or kvlists one inside another
 * around a scalar. A KeyValue is not a level of its own.
 *
 * The Collector accepts far deeper values (Go protobuf stops at 10,000 messages); 100 is beyond any
 * realistic attribute and keeps every recursion over a value (both decoders, the label rendering) a few
 * hundred frames deep at most.
 */
export const MAX_ANY_VALUE_DEPTH = 100;

/** What one request may decode to; an absent member is no limit. */
export interface DecodeLimits {
  /**
   * Most decoded values one request may make (MAX_DECODED_VALUES_PER_REQUEST): a message counts 1, a
   * bytes field {@link BYTES_VALUE}, an element of a numeric list {@link NUMBER_VALUE} (JSON is counted on
   * its bytes, json-budget.ts). An empty message is 2 bytes on the wire and ~100 on the heap (more once
   * translated), so the body cap alone does not bound the memory a request takes.
   */
  readonly maxDecodedValues?: number;
}

/**
 * An element of a numeric list (bucket counts, bounds) in decoded values: 8 bytes in its array, ~25 with
 * the array's growth and what translation makes of it, against ~100 for a message.
 */
export const NUMBER_VALUE = 0.25;

/**
 * A bytes field (trace and span ids, bytes attribute values) in decoded values: its copy is a typed array
 * of ~150 bytes of heap, and translation makes a hex or base64 string of it.
 */
export const BYTES_VALUE = 2;

/**
 * The refusal of a request that decodes to more than `limit` values.
 * @throws never; returns the error to throw
 */
export function tooManyValues(limit: number): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `the request holds more than ${limit} decoded values (MAX_DECODED_VALUES_PER_REQUEST, set from ` +
      "the function's memory: messages, attributes and list elements); send smaller requests (export " +
      'more often or fewer points, attributes or exemplars per export) or give the function more memory',
  );
}
