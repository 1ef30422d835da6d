/** Limits on what an OTLP request may hold, the same for protobuf and JSON (README, "The endpoint"). */

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
