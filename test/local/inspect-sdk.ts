/**
 * The real OpenTelemetry JS SDK feeding the inspect page's tests: one MeterProvider exporting every
 * instrument type through the real OTLP/HTTP protobuf exporter (an exponential histogram by a view), and
 * one whose exporter asks for delta temporality, which the forwarder rejects.
 */
import type { Meter } from '@opentelemetry/api';
import { AggregationType } from '@opentelemetry/sdk-metrics';
import { sdkClient } from '../support/otel-sdk.js';

export interface InspectClient {
  readonly meter: Meter;
  /** Collects and exports once; resolves with the exporter's result code (0 = success). */
  exportOnce(): Promise<number>;
  shutdown(): Promise<void>;
}

/** A client exporting to `url`; `delta` asks for delta temporality. Instruments named `*.exp` are exponential. */
export function inspectClient(url: string, service: string, delta = false): InspectClient {
  const client = sdkClient(
    'protobuf',
    url,
    { 'service.name': service, 'service.instance.id': 'i-1' },
    {
      delta,
      scope: ['inspect-test', '1.0.0'],
      views: [{ instrumentName: '*.exp', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }],
    },
  );
  return {
    meter: client.meter,
    exportOnce: async () => (await client.exportOnce()).code,
    shutdown: () => client.shutdown(),
  };
}
