/**
 * Exemplar trace and span ids of the wrong length. The Collector's pdata refuses them in both encodings
 * (its TraceID and SpanID types take exactly 16 and 8 bytes, or none: "invalid length for TraceID");
 * the forwarder wrote them as trace_id/span_id labels of any length. Now a 400 naming the field, and
 * nothing is written; ids of the right length, and empty ones, still pass.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { encode, errorMessage, startServer, TIME, type Server } from './requests.js';

const TRACE = '5b8efff798038103d269b633813fc60c';
const SPAN = 'eee19b7ec3c1b174';
const EXEMPLAR = 'resource_metrics[0].scope_metrics[0].metrics[0].gauge.data_points[0].exemplars[0]';
const JSON_EXEMPLAR = 'resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].exemplars[0]';

/** A gauge point with one exemplar carrying the given hex ids. */
const request = (traceId: string, spanId: string, json: boolean) => ({
  resourceMetrics: [
    {
      scopeMetrics: [
        {
          metrics: [
            {
              name: 'with_exemplar',
              gauge: {
                dataPoints: [
                  {
                    asDouble: 1,
                    timeUnixNano: TIME,
                    exemplars: [
                      {
                        asDouble: 1,
                        timeUnixNano: TIME,
                        // protobufjs's fromObject reads bytes as base64; the OTLP/JSON mapping sends hex.
                        traceId: json ? traceId : Buffer.from(traceId, 'hex').toString('base64'),
                        spanId: json ? spanId : Buffer.from(spanId, 'hex').toString('base64'),
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
});

const protobufBody = (traceId: string, spanId: string): Buffer => encode(request(traceId, spanId, false));
const jsonBody = (traceId: string, spanId: string): Buffer =>
  Buffer.from(JSON.stringify(request(traceId, spanId, true)));

/** [what, trace id, span id, protobuf message, JSON message] for each wrong length. */
const WRONG: readonly (readonly [string, string, string, string, RegExp])[] = [
  [
    'a 15-byte trace id',
    TRACE.slice(2),
    SPAN,
    `${EXEMPLAR}.trace_id is 15 bytes; expected 16 or none`,
    /traceId is "/,
  ],
  [
    'a 17-byte trace id',
    `${TRACE}ab`,
    SPAN,
    `${EXEMPLAR}.trace_id is 17 bytes; expected 16 or none`,
    /traceId is "/,
  ],
  [
    'a 7-byte span id',
    TRACE,
    SPAN.slice(2),
    `${EXEMPLAR}.span_id is 7 bytes; expected 8 or none`,
    /spanId is "/,
  ],
  [
    'a 9-byte span id',
    TRACE,
    `${SPAN}ab`,
    `${EXEMPLAR}.span_id is 9 bytes; expected 8 or none`,
    /spanId is "/,
  ],
  ['a 1-byte trace id', 'ab', SPAN, `${EXEMPLAR}.trace_id is 1 byte; expected 16 or none`, /traceId is "ab"/],
];

const PROTOBUF_PREFIX = 'request body is not a valid OTLP protobuf ExportMetricsServiceRequest: ';

describe('exemplar ids of the wrong length (decoder)', () => {
  for (const [what, traceId, spanId, message, json] of WRONG) {
    it(`refuses ${what}, naming the field, in both encodings`, () => {
      assert.throws(
        () => decodeExportRequest(protobufBody(traceId, spanId), 'protobuf'),
        (err: unknown) => err instanceof BadRequestError && err.message === `${PROTOBUF_PREFIX}${message}`,
      );
      assert.throws(
        () => decodeExportRequest(jsonBody(traceId, spanId), 'json'),
        (err: unknown) =>
          err instanceof BadRequestError &&
          err.message.startsWith(`invalid OTLP JSON: ${JSON_EXEMPLAR}.`) &&
          json.test(err.message) &&
          /expected (16|8) bytes as hex \((32|16) hex digits\), or ""$/.test(err.message),
      );
    });
  }

  it('takes ids of the right length, and empty ones', () => {
    for (const [traceId, spanId] of [
      [TRACE, SPAN],
      ['', ''],
      [TRACE, ''],
    ] as const) {
      for (const format of ['protobuf', 'json'] as const) {
        const body = format === 'json' ? jsonBody(traceId, spanId) : protobufBody(traceId, spanId);
        const exemplar = decodeExportRequest(body, format).resourceMetrics[0]?.scopeMetrics?.[0]?.metrics?.[0]
          ?.gauge?.dataPoints?.[0]?.exemplars?.[0];
        assert.equal(Buffer.from(exemplar?.traceId ?? []).toString('hex'), traceId, format);
        assert.equal(Buffer.from(exemplar?.spanId ?? []).toString('hex'), spanId, format);
      }
    }
  });
});

describe('exemplar ids of the wrong length over HTTP', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  it('answers 400 naming the field, and writes nothing', async () => {
    const writes = server.destination.received.length;
    for (const [what, traceId, spanId, message, json] of WRONG) {
      const pb = await server.post(protobufBody(traceId, spanId), 'protobuf');
      assert.equal(pb.status, 400, what);
      assert.equal(await errorMessage(pb), `${PROTOBUF_PREFIX}${message}`, what);
      const js = await server.post(jsonBody(traceId, spanId), 'json');
      assert.equal(js.status, 400, what);
      assert.match(await errorMessage(js), json, what);
    }
    assert.equal(server.destination.received.length, writes);
  });

  it('writes an exemplar whose ids have the right length', async () => {
    for (const format of ['protobuf', 'json'] as const) {
      const res = await server.post(
        format === 'json' ? jsonBody(TRACE, SPAN) : protobufBody(TRACE, SPAN),
        format,
      );
      assert.equal(res.status, 200, format);
    }
  });
});
