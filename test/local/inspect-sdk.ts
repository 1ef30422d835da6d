/**
 * The real OpenTelemetry JS SDK feeding the inspect page's tests: one MeterProvider exporting every
 * instrument type through the real OTLP/HTTP protobuf exporter (an exponential histogram by a view), and
 * one whose exporter asks for delta temporality, which the forwarder rejects.
 */
import { AggregationTemporalityPreference } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { AggregationType, MeterProvider, MetricReader } from '@opentelemetry/sdk-metrics';
import type { Meter } from '@opentelemetry/api';

class OnDemandReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface InspectClient {
  readonly meter: Meter;
  /** Collects and exports once; resolves with the exporter's result code (0 = success). */
  exportOnce(): Promise<number>;
  shutdown(): Promise<void>;
}

/** A client exporting to `url`; `delta` asks for delta temporality. Instruments named `*.exp` are exponential. */
export function inspectClient(url: string, service: string, delta = false): InspectClient {
  const exporter = new OTLPMetricExporter({
    url,
    temporalityPreference: delta
      ? AggregationTemporalityPreference.DELTA
      : AggregationTemporalityPreference.CUMULATIVE,
  });
  const reader = new OnDemandReader({
    aggregationTemporalitySelector: (type) => exporter.selectAggregationTemporality(type),
  });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': service, 'service.instance.id': 'i-1' }),
    readers: [reader],
    views: [{ instrumentName: '*.exp', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }],
  });
  return {
    meter: provider.getMeter('inspect-test', '1.0.0'),
    async exportOnce() {
      const { resourceMetrics, errors } = await reader.collect();
      if (errors.length > 0) throw new Error(`collect failed: ${String(errors[0])}`);
      return new Promise((resolve) => {
        exporter.export(resourceMetrics, (result) => resolve(result.code));
      });
    },
    async shutdown() {
      await provider.shutdown();
      await exporter.shutdown();
    },
  };
}
