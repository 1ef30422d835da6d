/**
 * Strings that are not Unicode text. Go's protobuf (the Collector's decoder) refuses invalid UTF-8 in a
 * proto3 `string` field, and protojson refuses a JSON string escape that leaves a lone surrogate; taking
 * them as U+FFFD instead made distinct values one label value (the destination then kept one of the
 * series). Every string field of the metrics protos is refused with a 400 naming the field, in both
 * encodings, and nothing reaches the destination; valid non-ASCII text (a leading U+FEFF too) arrives
 * exactly.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { encode, errorMessage, replaceMarker, startServer, TIME, type Server } from './requests.js';

/** Every string field's place: a 4-character marker, the protobuf path and the JSON path to it. */
interface Place {
  readonly marker: string;
  readonly proto: string;
  readonly json: string;
}

const places: Place[] = [];
/** A marker string for a field at `proto` (JSON: `json`, by default the lowerCamelCase of proto). */
function at(proto: string, json?: string, length = 4): string {
  const id = String(places.length).padStart(2, '0');
  const marker = `~${id}${'~'.repeat(length - 3)}`;
  const camel = proto.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
  places.push({ marker, proto, json: json ?? camel });
  return marker;
}

const RM = 'resource_metrics[0]';
const SM = `${RM}.scope_metrics[0]`;
const M1 = `${SM}.metrics[1]`;

const pair = (path: string): { key: string; value: { stringValue: string } } => ({
  key: at(`${path}.key`),
  value: { stringValue: at(`${path}.value.string_value`) },
});

const attrs = (path: string) => [{ key: 'a', value: { stringValue: 'x' } }, pair(`${path}[1]`)];

/** A request with a marker in every string field of the metrics protos. */
const request = {
  resourceMetrics: [
    {
      schemaUrl: at(`${RM}.schema_url`),
      resource: { attributes: attrs(`${RM}.resource.attributes`) },
      scopeMetrics: [
        {
          schemaUrl: at(`${SM}.schema_url`),
          scope: {
            name: at(`${SM}.scope.name`),
            version: at(`${SM}.scope.version`),
            attributes: attrs(`${SM}.scope.attributes`),
          },
          metrics: [
            { name: 'ok_metric', gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: TIME }] } },
            {
              name: at(`${M1}.name`),
              description: at(`${M1}.description`),
              unit: at(`${M1}.unit`),
              metadata: attrs(`${M1}.metadata`),
              gauge: {
                dataPoints: [
                  {
                    asDouble: 1,
                    timeUnixNano: TIME,
                    attributes: [
                      ...attrs(`${M1}.gauge.data_points[0].attributes`),
                      {
                        key: 'nested',
                        value: {
                          kvlistValue: {
                            values: [
                              {
                                key: at(
                                  `${M1}.gauge.data_points[0].attributes[2].value.kvlist_value.values[0].key`,
                                ),
                                value: {
                                  arrayValue: {
                                    values: [
                                      { boolValue: true },
                                      {
                                        stringValue: at(
                                          `${M1}.gauge.data_points[0].attributes[2].value.kvlist_value.values[0].value.array_value.values[1].string_value`,
                                        ),
                                      },
                                    ],
                                  },
                                },
                              },
                            ],
                          },
                        },
                      },
                      {
                        key: 'long',
                        value: {
                          stringValue: at(
                            `${M1}.gauge.data_points[0].attributes[3].value.string_value`,
                            undefined,
                            60,
                          ),
                        },
                      },
                    ],
                    exemplars: [
                      {
                        asDouble: 1,
                        timeUnixNano: TIME,
                        filteredAttributes: attrs(
                          `${M1}.gauge.data_points[0].exemplars[0].filtered_attributes`,
                        ),
                      },
                    ],
                  },
                ],
              },
            },
            {
              name: 'h',
              histogram: {
                aggregationTemporality: 2,
                dataPoints: [
                  {
                    count: 1,
                    sum: 1,
                    bucketCounts: [1],
                    timeUnixNano: TIME,
                    attributes: attrs(`${SM}.metrics[2].histogram.data_points[0].attributes`),
                  },
                ],
              },
            },
            {
              name: 'e',
              exponentialHistogram: {
                aggregationTemporality: 2,
                dataPoints: [
                  {
                    count: 1,
                    sum: 1,
                    scale: 0,
                    timeUnixNano: TIME,
                    positive: { offset: 0, bucketCounts: [1] },
                    attributes: attrs(`${SM}.metrics[3].exponential_histogram.data_points[0].attributes`),
                  },
                ],
              },
            },
            {
              name: 's',
              summary: {
                dataPoints: [
                  {
                    count: 1,
                    sum: 1,
                    timeUnixNano: TIME,
                    attributes: attrs(`${SM}.metrics[4].summary.data_points[0].attributes`),
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
};

/** The JSON path of a place: the protobuf one in lowerCamelCase. */
const jsonPath = (p: Place): string => p.json;

/** Invalid UTF-8, as the bytes that replace a marker's second and third characters. */
const INVALID: readonly (readonly [string, readonly number[]])[] = [
  ['a lone continuation byte', [0x80, 0x41]],
  ['a truncated 2-byte sequence', [0xc3, 0x41]],
  ['an encoded surrogate', [0xed, 0xa0]], // ED A0 then the marker's own '~': an incomplete surrogate
  ['an overlong encoding', [0xc0, 0xaf]],
  ['0xff', [0xff, 0xfe]],
];

/** The marker's bytes with its middle two replaced by `bad`. */
const spoil = (marker: string, bad: readonly number[]): number[] => {
  const bytes = [...Buffer.from(marker)];
  bytes.splice(1, 2, ...bad);
  return bytes;
};

const PROTOBUF = encode(request);
const JSON_TEXT = JSON.stringify(request);
const PROTOBUF_PREFIX = 'request body is not a valid OTLP protobuf ExportMetricsServiceRequest: ';

describe('invalid UTF-8 in protobuf string fields (decoder)', () => {
  it('decodes the request with every marker intact', () => {
    assert.equal(decodeExportRequest(PROTOBUF, 'protobuf').resourceMetrics.length, 1);
    assert.equal(places.length, 26);
  });

  for (const place of places) {
    it(`refuses invalid UTF-8 in ${place.proto}, naming it`, () => {
      for (const [, bad] of INVALID) {
        const bytes = replaceMarker(PROTOBUF, place.marker, spoil(place.marker, bad));
        assert.throws(
          () => decodeExportRequest(bytes, 'protobuf'),
          (err: unknown) =>
            err instanceof BadRequestError &&
            err.message === `${PROTOBUF_PREFIX}${place.proto} is not valid UTF-8`,
        );
      }
    });
  }

  it('keeps a leading U+FEFF and every valid non-ASCII character', () => {
    for (const text of [
      '\ufeffv',
      'ünïcødé ✓',
      '😀 emoji',
      `${'é'.repeat(40)}\ufeff`,
      '\u0000\u07ff\uffff',
    ]) {
      const bytes = encode({
        resourceMetrics: [{ resource: { attributes: [{ key: text, value: { stringValue: text } }] } }],
      });
      const kv = decodeExportRequest(bytes, 'protobuf').resourceMetrics[0]?.resource?.attributes?.[0];
      assert.equal(kv?.key, text);
      assert.equal(kv.value?.stringValue, text);
    }
  });
});

describe('strings that are not Unicode text in OTLP/JSON (decoder)', () => {
  const decodeJson = (text: string): unknown => decodeExportRequest(Buffer.from(text), 'json');

  it('refuses a body that is not valid UTF-8', () => {
    for (const [what, bad] of INVALID) {
      const body = replaceMarker(Buffer.from(JSON_TEXT), places[5]!.marker, spoil(places[5]!.marker, bad));
      assert.throws(
        () => decodeExportRequest(body, 'json'),
        (err: unknown) =>
          err instanceof BadRequestError && /^request body is not valid UTF-8/.test(err.message),
        what,
      );
    }
  });

  for (const place of places) {
    it(`refuses a lone surrogate escape in ${jsonPath(place)}, naming it`, () => {
      for (const escape of ['\\ud800', '\\udfff', 'x\\udc00\\ud800y', '\\ud83d']) {
        const text = JSON_TEXT.replace(place.marker, escape);
        assert.throws(
          () => decodeJson(text),
          (err: unknown) =>
            err instanceof BadRequestError &&
            err.message.startsWith(`invalid OTLP JSON: ${jsonPath(place)} is "`) &&
            err.message.includes('lone UTF-16 surrogate'),
        );
      }
    });
  }

  it('takes a surrogate pair escape as the character it encodes', () => {
    const text = JSON_TEXT.replace(places[2]!.marker, '\\ud83d\\ude00');
    const request = decodeJson(text) as {
      resourceMetrics: { resource: { attributes: { value: { stringValue: string } }[] } }[];
    };
    assert.equal(request.resourceMetrics[0]?.resource.attributes[1]?.value.stringValue, '😀');
  });
});

describe('invalid UTF-8 over HTTP', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  /** A gauge with two points that differ only in the value of attribute `v`. */
  const twoPoints = (a: string, b: string) => ({
    resourceMetrics: [
      {
        scopeMetrics: [
          {
            metrics: [
              {
                name: 'collide',
                gauge: {
                  dataPoints: [a, b].map((v) => ({
                    asDouble: 1,
                    timeUnixNano: TIME,
                    attributes: [{ key: 'v', value: { stringValue: v } }],
                  })),
                },
              },
            ],
          },
        ],
      },
    ],
  });

  it('answers 400 naming the field to two values that differ only in invalid bytes, and writes nothing', async () => {
    const writes = server.destination.received.length;
    let body = encode(twoPoints('a#1', 'a#2'));
    body = replaceMarker(body, 'a#1', [0x61, 0xff, 0x31]);
    body = replaceMarker(body, 'a#2', [0x61, 0xfe, 0x31]);
    const res = await server.post(body, 'protobuf');
    assert.equal(res.status, 400);
    assert.equal(
      await errorMessage(res),
      `${PROTOBUF_PREFIX}resource_metrics[0].scope_metrics[0].metrics[0].gauge.data_points[0].attributes[0].value.string_value is not valid UTF-8`,
    );
    assert.equal(server.destination.received.length, writes);
  });

  it('answers 400 naming the field for invalid UTF-8 in every string field', async () => {
    const writes = server.destination.received.length;
    for (const place of places) {
      const res = await server.post(
        replaceMarker(PROTOBUF, place.marker, spoil(place.marker, [0xff, 0x41])),
        'protobuf',
      );
      assert.equal(res.status, 400);
      assert.equal(await errorMessage(res), `${PROTOBUF_PREFIX}${place.proto} is not valid UTF-8`);
    }
    assert.equal(server.destination.received.length, writes);
  });

  it('answers 400 to a JSON body that is not UTF-8 and to a lone surrogate escape, and writes nothing', async () => {
    const writes = server.destination.received.length;
    const marker = places[2]!.marker; // resource.attributes[1].value.string_value
    const notUtf8 = await server.post(
      replaceMarker(Buffer.from(JSON_TEXT), marker, spoil(marker, [0xff, 0x41])),
      'json',
    );
    assert.equal(notUtf8.status, 400);
    assert.match(await errorMessage(notUtf8), /^request body is not valid UTF-8/);
    const lone = await server.post(JSON_TEXT.replace(marker, '\\ud800'), 'json');
    assert.equal(lone.status, 400);
    assert.match(
      await errorMessage(lone),
      /^invalid OTLP JSON: resourceMetrics\[0\]\.resource\.attributes\[1\]\.value\.stringValue is "\\ud800"; .*lone UTF-16 surrogate/,
    );
    assert.equal(server.destination.received.length, writes);
  });

  it('writes values that differ only in a leading U+FEFF as two series, in both encodings', async () => {
    for (const format of ['protobuf', 'json'] as const) {
      const accepted = server.destination.accepted.length;
      const doc = twoPoints('\ufeffv', 'v');
      const res = await server.post(format === 'json' ? JSON.stringify(doc) : encode(doc), format);
      assert.equal(res.status, 200, format);
      const values = server.destination.accepted
        .slice(accepted)
        .flatMap((w) => w.request.timeseries.flatMap((ts) => (ts.labels ?? []).filter((l) => l.name === 'v')))
        .map((l) => l.value);
      assert.deepEqual(values.sort(), ['v', '\ufeffv'], format);
    }
  });
});
