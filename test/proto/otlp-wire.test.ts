/**
 * Our hand-written OTLP .proto files against an independent implementation of the same wire contract:
 * the OpenTelemetry JS SDK's own serializers (otlp-transformer). The same SDK data serialized as protobuf
 * and as JSON must decode, through our generated code, to the same message.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { JsonMetricsSerializer, ProtobufMetricsSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AggregationTemporality,
  AggregationType,
  MeterProvider,
  MetricReader,
} from '@opentelemetry/sdk-metrics';
import { opentelemetry } from '../../proto/generated/protos.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { canonical } from '../support/canonical.js';

class Reader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

it('decodes the SDK protobuf and JSON serializations of every SDK metric type to the same message', async () => {
  const reader = new Reader({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({
      'service.name': 'wire',
      'host.cpu.count': 8,
      'feature.on': true,
      ratio: 0.25,
    }),
    readers: [reader],
    views: [
      {
        instrumentName: 'exp.latency',
        aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM },
      },
    ],
  });
  const meter = provider.getMeter('scope', '9.9.9');
  meter.createCounter('c', { unit: 'By', description: 'a counter' }).add(3, { k: 'v' });
  meter.createUpDownCounter('u').add(-2);
  meter.createHistogram('latency', { unit: 's' }).record(0.3, { route: '/a' });
  const exp = meter.createHistogram('exp.latency');
  for (const v of [0.001, 0.5, 2, 300, 0]) exp.record(v);
  meter.createGauge('g').record(-1.5);
  meter.createObservableGauge('og').addCallback((r) => r.observe(7, { a: 'b' }));

  const { resourceMetrics } = await reader.collect();
  const protoBytes = ProtobufMetricsSerializer.serializeRequest(resourceMetrics);
  const jsonBytes = JsonMetricsSerializer.serializeRequest(resourceMetrics);
  assert.ok(protoBytes && jsonBytes);

  const fromProto = canonical(decodeExportRequest(protoBytes, 'protobuf')) as Record<string, unknown>;
  assert.deepEqual(fromProto, canonical(decodeExportRequest(jsonBytes, 'json')));
  // And our protobuf decoder against protobufjs's own on the SDK's bytes.
  const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
  assert.deepEqual(fromProto, canonical(ExportMetricsServiceRequest.decode(protoBytes)));

  const metrics = (
    fromProto.resourceMetrics as { scopeMetrics: { metrics: Record<string, unknown>[] }[] }[]
  )[0]!.scopeMetrics[0]!.metrics;
  const kinds: Record<string, string | undefined> = {};
  for (const m of metrics) {
    kinds[String(m.name)] = Object.keys(m).find((k) =>
      ['gauge', 'sum', 'histogram', 'exponentialHistogram'].includes(k),
    );
  }
  assert.deepEqual(kinds, {
    c: 'sum',
    u: 'sum',
    latency: 'histogram',
    'exp.latency': 'exponentialHistogram',
    g: 'gauge',
    og: 'gauge',
  });
  const expPoint = (
    metrics.find((m) => m.name === 'exp.latency')!.exponentialHistogram as {
      dataPoints: Record<string, unknown>[];
    }
  ).dataPoints[0]!;
  assert.equal(expPoint.count, '5');
  assert.equal(expPoint.zeroCount, '1');
  await provider.shutdown();
});
