/**
 * The real OpenTelemetry JS SDK (MeterProvider + OTLP/HTTP exporter with its own retries) as a client
 * that remembers every sample it exported, so a test can compare Prometheus with what was sent.
 */
import type { Attributes, Meter } from '@opentelemetry/api';
import { DataPointType, type ResourceMetrics } from '@opentelemetry/sdk-metrics';
import { sdkClient } from '../support/otel-sdk.js';

/** One exported sample, named and labelled as Prometheus stores it (for the simple names used here). */
export interface SentSample {
  readonly series: string;
  readonly timestampMs: number;
  readonly value: number;
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
  const sent: SentSample[] = [];
  const client = sdkClient(
    options.json ? 'json' : 'protobuf',
    url,
    { 'service.name': 'faults', ...options.resource },
    {
      timeoutMillis: options.timeoutMillis ?? 10_000,
      ...(options.gzip ? { gzip: true } : {}),
      scope: ['fault-tests'],
      onExported: (resourceMetrics) => sent.push(...samplesOf(resourceMetrics)),
    },
  );
  return {
    meter: client.meter,
    sent,
    exportOnce: () => client.exportOnce(),
    shutdown: () => client.shutdown(),
  };
}
