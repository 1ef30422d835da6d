/**
 * The decode budget (limits.ts) of an OTLP/JSON body, checked on its bytes before JSON.parse: the parse
 * makes every object, array and element before any walk over its result could count them.
 */
import { NUMBER_VALUE, tooManyValues, type DecodeLimits } from './limits.js';

/**
 * An object or array in decoded values. JSON.parse's tree and the walk's copy (json.ts) are both alive
 * until the walk ends, so one `{}` costs about two protobuf messages.
 */
const JSON_CONTAINER_VALUE = 2;

/**
 * Each byte's weight in quarters of a value (NUMBER_VALUE): one table load and add per byte, twice as
 * fast as comparing (8 ms for 8 MiB), so the scan costs a few percent of the parse.
 */
const QUARTERS = new Uint8Array(256);
QUARTERS[0x7b] = JSON_CONTAINER_VALUE / NUMBER_VALUE; // {
QUARTERS[0x5b] = JSON_CONTAINER_VALUE / NUMBER_VALUE; // [
QUARTERS[0x2c] = 1; // ,

/**
 * Refuses a body whose objects and arrays (each `{` and `[`) and further elements or members (each `,`)
 * exceed the budget. Bytes inside strings count too: an over-count, which costs a request with braces in
 * its strings a little of its budget, for one pass with no parsing.
 * @throws PayloadTooLargeError when the body holds more than `limits.maxDecodedValues` values.
 */
export function checkJsonBudget(bytes: Uint8Array, limits: DecodeLimits): void {
  const max = limits.maxDecodedValues;
  if (max === undefined || max === Infinity) return;
  let quarters = 0;
  const n = bytes.length;
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- i < n
  for (let i = 0; i < n; i++) quarters += QUARTERS[bytes[i]!]!;
  if (quarters * NUMBER_VALUE > max) throw tooManyValues(max);
}
