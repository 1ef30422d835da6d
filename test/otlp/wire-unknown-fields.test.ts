/**
 * Unknown fields (a newer OTLP, or another producer's extensions) are skipped whatever their wire type and
 * nesting, as protobufjs skips them: the request decodes to the same message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { opentelemetry } from '../../proto/generated/protos.js';
import { decodeMetricsRequest } from '../../lambda/otlp/wire/decode-metrics.js';
import { canonical } from '../support/canonical.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

// Field 1000 with each wire type: varint, fixed64, length-delimited ("hello"), fixed32.
const UNKNOWN = Uint8Array.from([
  0xc0, 0x3e, 0x96, 0x01, 0xc1, 0x3e, 1, 2, 3, 4, 5, 6, 7, 8, 0xc2, 0x3e, 5, 0x68, 0x65, 0x6c, 0x6c, 0x6f,
  0xc5, 0x3e, 1, 2, 3, 4,
]);

describe('unknown fields', () => {
  it('are skipped at every level, as protobufjs skips them', () => {
    const request = ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'svc' } }] },
          scopeMetrics: [
            {
              scope: { name: 'lib' },
              metrics: [
                {
                  name: 'm',
                  sum: {
                    aggregationTemporality: 2,
                    isMonotonic: true,
                    dataPoints: [
                      {
                        attributes: [{ key: 'a', value: { stringValue: 'b' } }],
                        timeUnixNano: '1700000000000000000',
                        asInt: '3',
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
    const rm = request.resourceMetrics[0]!;
    const sm = rm.scopeMetrics![0]!;
    const metric = sm.metrics![0]!;
    const point = metric.sum!.dataPoints![0]!;
    for (const message of [
      request,
      rm,
      rm.resource!,
      sm,
      sm.scope!,
      metric,
      metric.sum!,
      point,
      point.attributes![0]!,
    ]) {
      (message as unknown as { $unknowns: Uint8Array[] }).$unknowns = [UNKNOWN];
    }
    const bytes = ExportMetricsServiceRequest.encode(request).finish();
    const ours = canonical(decodeMetricsRequest(bytes));
    assert.deepEqual(ours, canonical(ExportMetricsServiceRequest.decode(bytes)));
    assert.ok(JSON.stringify(ours).includes('"svc"'), 'the known fields are there');
  });
});
