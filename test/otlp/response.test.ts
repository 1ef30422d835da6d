import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeExportResponse, encodeStatus } from '../../lambda/otlp/response.js';
import { google, opentelemetry } from '../../proto/generated/protos.js';

const { ExportMetricsServiceResponse } = opentelemetry.proto.collector.metrics.v1;

describe('OTLP response bodies written by hand, byte for byte as protobufjs writes them', () => {
  it('an empty ExportMetricsServiceResponse on full success', () => {
    const expected = ExportMetricsServiceResponse.encode(ExportMetricsServiceResponse.create({})).finish();
    assert.deepEqual([...encodeExportResponse('protobuf')], [...expected]);
  });

  for (const [rejected, message] of [
    [0, ''],
    [3, 'label_collision: 3 point(s)'],
    [300, 'é'.repeat(200)],
    [2 ** 40 + 7, 'big'],
  ] as const) {
    it(`partial_success with ${rejected} rejected point(s) and a ${message.length}-character message`, () => {
      const partial = { rejectedDataPoints: rejected, errorMessage: message };
      const expected = ExportMetricsServiceResponse.encode(
        ExportMetricsServiceResponse.create({ partialSuccess: partial }),
      ).finish();
      assert.deepEqual([...encodeExportResponse('protobuf', partial)], [...expected]);
      const decoded = ExportMetricsServiceResponse.decode(encodeExportResponse('protobuf', partial));
      assert.equal(Number(decoded.partialSuccess?.rejectedDataPoints), rejected);
      assert.equal(decoded.partialSuccess?.errorMessage, message);
    });
  }

  for (const status of [400, 401, 404, 413, 429, 500, 502, 503, 504]) {
    it(`google.rpc.Status for ${status}`, () => {
      const body = encodeStatus('protobuf', status, `failure ${status}: ✗`);
      const decoded = google.rpc.Status.decode(body);
      const expected = google.rpc.Status.encode({ code: decoded.code, message: decoded.message }).finish();
      assert.deepEqual([...body], [...expected]);
      assert.equal(decoded.message, `failure ${status}: ✗`);
      assert.deepEqual(JSON.parse(Buffer.from(encodeStatus('json', status, 'x')).toString()), {
        code: decoded.code,
        message: 'x',
      });
    });
  }
});
