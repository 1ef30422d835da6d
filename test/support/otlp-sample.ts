/** Small OTLP export requests for edge tests, in the three wire forms clients use. */
import { gzipSync } from 'node:zlib';
import { opentelemetry } from '../../proto/generated/protos.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

export interface GaugeSample {
  /** OTLP metric name, e.g. `queue.depth`. */
  readonly name: string;
  readonly value: number;
  /** Milliseconds since the epoch. */
  readonly timeMs: number;
  readonly serviceName?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

/** The OTLP/JSON document for one gauge point (int64 times as decimal strings, as the spec says). */
export function gaugeJson(sample: GaugeSample): Record<string, unknown> {
  return {
    resourceMetrics: [
      {
        resource: {
          attributes: [{ key: 'service.name', value: { stringValue: sample.serviceName ?? 'edge-test' } }],
        },
        scopeMetrics: [
          {
            scope: { name: 'edge-test' },
            metrics: [
              {
                name: sample.name,
                gauge: {
                  dataPoints: [
                    {
                      timeUnixNano: `${BigInt(sample.timeMs) * 1_000_000n}`,
                      asDouble: sample.value,
                      attributes: Object.entries(sample.attributes ?? {}).map(([key, value]) => ({
                        key,
                        value: { stringValue: value },
                      })),
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
}

/** The same request as OTLP/protobuf bytes. */
export function gaugeProtobuf(sample: GaugeSample): Uint8Array {
  const message = ExportMetricsServiceRequest.fromObject(
    JSON.parse(JSON.stringify(gaugeJson(sample))) as Record<string, unknown>,
  );
  return ExportMetricsServiceRequest.encode(message).finish();
}

/** The request as protobuf, gzip-compressed (what the OTel SDKs send with compression: gzip). */
export function gaugeProtobufGzip(sample: GaugeSample): Buffer {
  return gzipSync(gaugeProtobuf(sample));
}
