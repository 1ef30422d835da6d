/**
 * The real OpenTelemetry JS SDK as a client: a MeterProvider whose reader exports on demand through the
 * real OTLP/HTTP exporters (protobuf or JSON), returning the exporter's own result.
 */
import {
  AggregationTemporalityPreference,
  OTLPMetricExporter as JsonExporter,
} from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  MeterProvider,
  MetricReader,
  type PushMetricExporter,
  type ResourceMetrics,
  type ViewOptions,
} from '@opentelemetry/sdk-metrics';
import type { Attributes, Meter } from '@opentelemetry/api';

export type ExporterKind = 'protobuf' | 'json';

class OnDemandReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface SdkClient {
  readonly meter: Meter;
  /** Collects and exports once; resolves with the exporter's result code (0 = success) and error. */
  exportOnce(): Promise<{ code: number; error?: Error }>;
  shutdown(): Promise<void>;
}

/** A MeterProvider with the given resource exporting to `url` with the chosen exporter. */
export function sdkClient(
  kind: ExporterKind,
  url: string,
  resource: Attributes,
  exporterOptions: {
    headers?: Record<string, string>;
    gzip?: boolean;
    timeoutMillis?: number;
    /** SDK views, e.g. an exponential histogram aggregation for an instrument. */
    views?: ViewOptions[];
    /** Ask for delta temporality (the forwarder refuses it). @default cumulative */
    delta?: boolean;
    /** The meter's scope name and version. @default test-scope 1.2.3 */
    scope?: readonly [string, string?];
    /** Hears what each successful export carried. */
    onExported?: (resourceMetrics: ResourceMetrics) => void;
  } = {},
): SdkClient {
  const options = {
    url,
    ...(exporterOptions.headers ? { headers: exporterOptions.headers } : {}),
    ...(exporterOptions.timeoutMillis ? { timeoutMillis: exporterOptions.timeoutMillis } : {}),
    compression: exporterOptions.gzip ? CompressionAlgorithm.GZIP : CompressionAlgorithm.NONE,
    temporalityPreference: exporterOptions.delta
      ? AggregationTemporalityPreference.DELTA
      : AggregationTemporalityPreference.CUMULATIVE,
  };
  const exporter: PushMetricExporter =
    kind === 'protobuf' ? new ProtoExporter(options) : new JsonExporter(options);
  const reader = new OnDemandReader({
    aggregationTemporalitySelector: (type) => exporter.selectAggregationTemporality!(type),
  });
  const provider = new MeterProvider({
    resource: resourceFromAttributes(resource),
    readers: [reader],
    ...(exporterOptions.views ? { views: exporterOptions.views } : {}),
  });
  return {
    meter: provider.getMeter(...(exporterOptions.scope ?? ['test-scope', '1.2.3'])),
    async exportOnce() {
      const { resourceMetrics, errors } = await reader.collect();
      if (errors.length > 0) throw new Error(`collect failed: ${String(errors[0])}`);
      const result = await new Promise<{ code: number; error?: Error }>((resolve) => {
        exporter.export(resourceMetrics, (r) =>
          resolve({ code: r.code, ...(r.error ? { error: r.error } : {}) }),
        );
      });
      if (result.code === 0) exporterOptions.onExported?.(resourceMetrics);
      return result;
    },
    async shutdown() {
      await provider.shutdown();
      await exporter.shutdown();
    },
  };
}
