/**
 * Fuzz bodies that stay well-formed: valid requests in forms clients legitimately send (unknown fields from
 * a newer OTLP, snake_case JSON keys), and JSON with one scalar replaced by a value of the wrong shape or an
 * awkward valid one (quoted negatives for unsigned fields, numbers past 2^63, "1e3", "+12", enum names).
 * Syntax mutations rarely reach the value checks; these aim at them.
 */
import type { Rng } from './rng.js';

const SIGNED_64 = [
  '"abc"',
  '"-5"',
  '"+12"',
  '"1.5"',
  '"1e3"',
  '""',
  '"9223372036854775808"',
  '"-9223372036854775808"',
  '1.5',
  '-7',
  'true',
  '{}',
  '"007"',
  '9223372036854775807',
];
const UNSIGNED_64 = [
  '"-5"',
  '"abc"',
  '-5',
  '"+5"',
  '"18446744073709551616"',
  '"1700000000000000000"',
  '1700000000000000000',
  '"1e3"',
  '0.5',
  'null',
  '"00042"',
  '"-0"',
  '1e400',
];
const DOUBLE = ['"abc"', '"NaN"', '"1.5"', '""', 'true', '"-Infinity"', '1e400', '"-0"', '"0x10"', '2.5'];
const VALUES: Record<string, readonly string[]> = {
  asInt: SIGNED_64,
  intValue: SIGNED_64,
  timeUnixNano: UNSIGNED_64,
  startTimeUnixNano: UNSIGNED_64,
  count: UNSIGNED_64,
  zeroCount: UNSIGNED_64,
  asDouble: DOUBLE,
  sum: DOUBLE,
  quantile: DOUBLE,
  flags: ['-1', '"1"', '4294967296', '1.5', '"x"', '0'],
  scale: ['2147483648', '"-3"', '0.5', 'false', '-2147483648'],
  offset: ['2147483648', '"-3"', '0.5', 'false', '-2147483648'],
  aggregationTemporality: ['"BOGUS"', '"AGGREGATION_TEMPORALITY_DELTA"', '"2"', '1.5', '7', '"delta"'],
  isMonotonic: ['"false"', '0', 'true', 'null', '"true"'],
};

/** `"field":value` for the fields above, where value is a string, number, literal, or {}. */
const SCALAR = new RegExp(
  `"(${Object.keys(VALUES).join('|')})":("[^"]*"|[-+0-9.eE]+|true|false|null|\\{\\})`,
  'g',
);

/** One scalar of a JSON request replaced by a value from its field's list (valid or not). */
export function badScalar(r: Rng, text: string): string {
  const matches = [...text.matchAll(SCALAR)];
  const bucket = text.indexOf('"bucketCounts":[');
  if (matches.length === 0 || (bucket >= 0 && r.chance(0.15))) {
    if (bucket < 0) return text;
    // A bucket count: the middle one of three.
    const start = bucket + '"bucketCounts":['.length;
    const end = text.indexOf(']', start);
    return `${text.slice(0, start)}"1",${r.pick(UNSIGNED_64)},"3"${text.slice(end)}`;
  }
  const m = r.pick(matches);
  const at = m.index;
  return `${text.slice(0, at)}"${m[1]!}":${r.pick(VALUES[m[1]!]!)}${text.slice(at + m[0].length)}`;
}

/** The same request with unknown fields added at several levels (the OTLP spec: receivers ignore them). */
export function withUnknownJsonFields(r: Rng, text: string): string {
  const unknown = r.pick(['{"x":[1,"a",null,{"y":true}]}', '"1e3"', '-1', '[]', 'null', '"abc"']);
  return `{"futureTop":${unknown},${text.slice(1)}`
    .replaceAll('"scope":{', `"scope":{"futureScope":${unknown},`)
    .replaceAll('"dataPoints":[{', `"dataPoints":[{"futurePoint":${unknown},`);
}

/** The same request with snake_case keys, which OTLP/JSON receivers must accept too. */
export function withSnakeCaseKeys(text: string): string {
  // Only keys are followed by a colon; the corpus's string values never contain `":`.
  return text.replace(
    /"([a-z]+(?:[A-Z][a-z]*)+)":/g,
    (_m, key: string) => `"${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}":`,
  );
}

/** Length-delimited, varint, fixed64 and fixed32 fields of numbers the request message does not use. */
export function unknownProtobufFields(r: Rng): Buffer {
  const fields: number[][] = [];
  for (let i = 0, n = 1 + r.int(3); i < n; i++) {
    switch (r.int(4)) {
      case 0: {
        // Field 99, length-delimited, sometimes with a 2-byte length prefix.
        const length = r.pick([0, 3, 200]);
        fields.push([
          0x9a,
          0x06,
          ...(length > 127 ? [(length & 0x7f) | 0x80, length >> 7] : [length]),
          ...r.bytes(length),
        ]);
        break;
      }
      case 1:
        fields.push([0xa0, 0x06, 0xff, 0xff, 0xff, 0xff, 0x0f]); // field 100, varint
        break;
      case 2:
        fields.push([0xa9, 0x06, ...r.bytes(8)]); // field 101, fixed64
        break;
      default:
        fields.push([0xb5, 0x06, ...r.bytes(4)]); // field 102, fixed32
    }
  }
  return Buffer.from(fields.flat());
}
