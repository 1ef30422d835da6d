import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { opentelemetry } from '../../proto/generated/protos.js';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { int64ToNumber, nanosToMillis } from '../../lambda/translate/values.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
const json = (value: unknown): Uint8Array => Buffer.from(JSON.stringify(value));

/** One sum metric with one point, in the OTLP/JSON mapping (lowerCamelCase). */
const camelCaseRequest = {
  resourceMetrics: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
      scopeMetrics: [
        {
          scope: { name: 'lib', version: '1.0' },
          metrics: [
            {
              name: 'requests',
              unit: '1',
              sum: {
                aggregationTemporality: 'AGGREGATION_TEMPORALITY_CUMULATIVE',
                isMonotonic: true,
                dataPoints: [
                  {
                    timeUnixNano: '1700000000123999999',
                    asInt: '9007199254740993',
                    attributes: [{ key: 'code', value: { intValue: 200 } }],
                    exemplars: [
                      {
                        timeUnixNano: '1700000000000000000',
                        asDouble: 1.5,
                        traceId: '5b8efff798038103d269b633813fc60c',
                        spanId: 'eee19b7ec3c1b174',
                      },
                    ],
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

describe('decodeExportRequest (OTLP/JSON)', () => {
  it('reads lowerCamelCase keys, enum names, 64-bit integers as strings and hex trace ids', () => {
    const request = decodeExportRequest(json(camelCaseRequest), 'json');
    const metric = request.resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!;
    const point = metric.sum!.dataPoints![0]!;
    assert.equal(metric.sum!.aggregationTemporality, 2);
    assert.equal(metric.sum!.isMonotonic, true);
    assert.equal(nanosToMillis(point.timeUnixNano), 1700000000123);
    assert.equal(int64ToNumber(point.asInt), 9007199254740992); // nearest double, as Go's float64()
    assert.equal(
      Buffer.from(point.exemplars![0]!.traceId!).toString('hex'),
      '5b8efff798038103d269b633813fc60c',
    );
    assert.equal(Buffer.from(point.exemplars![0]!.spanId!).toString('hex'), 'eee19b7ec3c1b174');
  });

  it('accepts snake_case keys, enums as integers and 64-bit integers as numbers', () => {
    const request = decodeExportRequest(
      json({
        resource_metrics: [
          {
            scope_metrics: [
              {
                metrics: [
                  {
                    name: 'm',
                    sum: {
                      aggregation_temporality: 2,
                      is_monotonic: true,
                      data_points: [{ time_unix_nano: 1700000000000000000, as_double: 2.5 }],
                    },
                  },
                ],
              },
            ],
          },
        ],
      }),
      'json',
    );
    const sum = request.resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!.sum!;
    assert.equal(sum.aggregationTemporality, 2);
    assert.equal(sum.dataPoints![0]!.asDouble, 2.5);
    assert.equal(nanosToMillis(sum.dataPoints![0]!.timeUnixNano), 1700000000000);
  });

  it('ignores unknown fields', () => {
    const request = decodeExportRequest(
      json({ resourceMetrics: [{ futureField: { x: 1 }, scopeMetrics: [] }], other: 1 }),
      'json',
    );
    assert.equal(request.resourceMetrics.length, 1);
  });

  it('reads "NaN" and "Infinity" doubles as proto3 JSON writes them', () => {
    const request = decodeExportRequest(
      json({
        resourceMetrics: [
          {
            scopeMetrics: [
              {
                metrics: [
                  { name: 'g', gauge: { dataPoints: [{ asDouble: 'NaN' }, { asDouble: '-Infinity' }] } },
                ],
              },
            ],
          },
        ],
      }),
      'json',
    );
    const points = request.resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!.gauge!.dataPoints!;
    assert.ok(Number.isNaN(points[0]!.asDouble));
    assert.equal(points[1]!.asDouble, -Infinity);
  });

  it('treats an empty body as an empty request', () => {
    assert.equal(decodeExportRequest(new Uint8Array(), 'json').resourceMetrics.length, 0);
    assert.equal(decodeExportRequest(new Uint8Array(), 'protobuf').resourceMetrics.length, 0);
  });

  for (const [name, body, pattern] of [
    ['invalid JSON', '{"resourceMetrics": [', /not valid JSON/],
    ['a JSON array', '[]', /must be an object/],
    [
      'a wrong field type',
      '{"resourceMetrics": {"a": 1}}',
      /^invalid OTLP JSON: resourceMetrics is an object; expected an array$/,
    ],
    [
      'a non-hex trace id',
      JSON.stringify({
        resourceMetrics: [
          {
            scopeMetrics: [
              { metrics: [{ name: 'g', gauge: { dataPoints: [{ exemplars: [{ traceId: 'zz' }] }] } }] },
            ],
          },
        ],
      }),
      /exemplars\[0\]\.traceId is "zz"; expected 16 bytes as hex \(32 hex digits\), or ""/,
    ],
  ] as const) {
    it(`rejects ${name} with BadRequestError`, () => {
      assert.throws(
        () => decodeExportRequest(Buffer.from(body), 'json'),
        (err: unknown) => {
          assert.ok(err instanceof BadRequestError);
          assert.match(err.message, pattern);
          return true;
        },
      );
    });
  }
});

describe('decodeExportRequest (protobuf)', () => {
  it('decodes what the generated encoder wrote', () => {
    const bytes = ExportMetricsServiceRequest.encode(
      ExportMetricsServiceRequest.fromObject({
        resourceMetrics: [
          {
            scopeMetrics: [
              { metrics: [{ name: 'g', gauge: { dataPoints: [{ asDouble: 0, timeUnixNano: 1e18 }] } }] },
            ],
          },
        ],
      }),
    ).finish();
    const point = decodeExportRequest(bytes, 'protobuf').resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!
      .gauge!.dataPoints![0]!;
    assert.equal(point.asDouble, 0, 'an explicit 0 in a oneof is kept');
    assert.equal(nanosToMillis(point.timeUnixNano), 1e12);
  });

  for (const [name, bytes] of [
    ['garbage', Buffer.from('not protobuf at all')],
    ['a truncated message', Buffer.from([0x0a, 0x10, 0x0a])],
    ['a length past the end', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f])],
    ['an invalid wire type', Buffer.from([0x0f])],
  ] as const) {
    it(`rejects ${name} with BadRequestError`, () => {
      assert.throws(() => decodeExportRequest(bytes, 'protobuf'), BadRequestError);
    });
  }
});
