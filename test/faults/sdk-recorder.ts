/**
 * The real OpenTelemetry JS SDK (MeterProvider + OTLP/HTTP exporter with its own retries) as a client
 * that remembers every sample it exported, so a test can compare Prometheus with what was sent.
 */
import type { Attributes, Meter } from '@opentelemetry/api';
import { OTLPMetricExporter as JsonExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPMetricExporter as ProtoExporter } from '@opentelemetry/exporter-metrics-otlp-proto';
import { CompressionAlgorithm } from '@opentelemetry/otlp-exporter-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  DataPointType,
  MeterProvider,
  MetricReader,
  type PushMetricExporter,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics';

/** One exported sample, named and labelled as Prometheus stores it (for the simple names used here). */
export interface SentSample {
  readonly series: string;
  readonly timestampMs: number;
  readonly value: number;
}

class OnDemandReader extends MetricReader {
  protected override onForceFlush(): Promise<void> {
    return Promise.resolve();
  }
  protected override onShutdown(): Promise<void> {
    return Promise.resolve();
  }
}

export interface RecordingClient {
  readonly meter: Meter;
  /** Collects and exports once, through the exporter's own retries; the exporter's result code. */
  exportOnce(): Promise<{ code: number; error?: Error }>;
  /** Samples of the exports that succeeded. */
  readonly sent: SentSample[];
  shutdown(): Promise<void>;
}

/**
 * A series key as `name{k="v",...}` with the point's labels sorted: the same key for what the SDK sent
 * and for what Prometheus returns.
 */
export function seriesKey(name: string, labels: Readonly<Record<string, string>>): string {
  const body = Object.keys(labels)
    // Labels the translation adds from the resource and scope are not what these tests compare.
    .filter((k) => k !== '__name__' && k !== 'job' && k !== 'instance' && !k.startsWith('otel_scope_'))
    .sort()
    .map((k) => `${k}="${labels[k]}"`)
    .join(',');
  return `${name}{${body}}`;
}

/** Prometheus names for the instruments these tests create: counters get `_total`, gauges stay. */
function samplesOf(resourceMetrics: ResourceMetrics): SentSample[] {
  const out: SentSample[] = [];
  for (const scope of resourceMetrics.scopeMetrics) {
    for (const metric of scope.metrics) {
      const counter = metric.dataPointType === DataPointType.SUM && metric.isMonotonic;
      if (metric.dataPointType !== DataPointType.SUM && metric.dataPointType !== DataPointType.GAUGE)
        continue;
      const name = counter ? `${metric.descriptor.name}_total` : metric.descriptor.name;
      for (const point of metric.dataPoints) {
        const labels = Object.fromEntries(Object.entries(point.attributes).map(([k, v]) => [k, String(v)]));
        const [seconds, nanos] = point.endTime;
        out.push({
          series: seriesKey(name, labels),
          timestampMs: seconds * 1000 + Math.floor(nanos / 1e6),
          value: point.value,
        });
      }
    }
  }
  return out;
}

export function recordingClient(
  url: string,
  options: { json?: boolean; gzip?: boolean; resource?: Attributes; timeoutMillis?: number } = {},
): RecordingClient {
  const exporterOptions = {
    url,
    timeoutMillis: options.timeoutMillis ?? 10_000,
    compression: options.gzip ? CompressionAlgorithm.GZIP : CompressionAlgorithm.NONE,
  };
  const exporter: PushMetricExporter = options.json
    ? new JsonExporter(exporterOptions)
    : new ProtoExporter(exporterOptions);
  const reader = new OnDemandReader({
    aggregationTemporalitySelector: (type) => exporter.selectAggregationTemporality!(type),
  });
  const provider = new MeterProvider({
    resource: resourceFromAttributes({ 'service.name': 'faults', ...options.resource }),
    readers: [reader],
  });
  const sent: SentSample[] = [];
  return {
    meter: provider.getMeter('fault-tests'),
    sent,
    async exportOnce() {
      const { resourceMetrics, errors } = await reader.collect();
      if (errors.length > 0) throw new Error(`collect failed: ${String(errors[0])}`);
      const result = await new Promise<{ code: number; error?: Error }>((resolve) => {
        exporter.export(resourceMetrics, (r) =>
          resolve({ code: r.code, ...(r.error ? { error: r.error } : {}) }),
        );
      });
      if (result.code === 0) sent.push(...samplesOf(resourceMetrics));
      return result;
    },
    async shutdown() {
      await provider.shutdown();
      await exporter.shutdown();
    },
  };
}
