/**
 * Deterministic OTLP workloads for the benchmark: a seeded generator, so every run measures the same bytes.
 * Mix per the benchmark issue: 60% monotonic sums, 20% gauges, 15% histograms (10 buckets), 5% exponential
 * histograms; 8 attributes per point; a resource with 10 attributes.
 */
import { gzipSync } from 'node:zlib';
import { opentelemetry } from '../proto/generated/protos.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

/** mulberry32: a tiny seeded PRNG, good enough for workload shapes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Workload {
  readonly name: string;
  readonly points: number;
  readonly protobuf: Uint8Array;
  readonly json: Uint8Array;
  readonly gzip: Uint8Array;
}

const POINTS_PER_METRIC = 20;
const BASE_NS = 1_764_000_000_000_000_000n;

/** Builds a request of about `points` data points spread over resources of `pointsPerResource`. */
export function makeRequest(
  points: number,
  seed: number,
  pointsPerResource = 10_000,
  attributesPerPoint = 8,
): Record<string, unknown> {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const resourceMetrics: Record<string, unknown>[] = [];
  let made = 0;
  let resourceIndex = 0;
  while (made < points) {
    const resourcePoints = Math.min(pointsPerResource, points - made);
    const resourceAttrs = [
      ['service.name', `svc-${resourceIndex % 7}`],
      ['service.namespace', 'shop'],
      ['service.instance.id', `pod-${resourceIndex}-${Math.floor(random() * 1e6)}`],
      ['host.name', `ip-10-0-${resourceIndex % 250}-${Math.floor(random() * 250)}.ec2.internal`],
      ['cloud.provider', 'aws'],
      ['cloud.region', 'eu-west-1'],
      ['deployment.environment', 'production'],
      ['telemetry.sdk.name', 'opentelemetry'],
      ['telemetry.sdk.language', 'nodejs'],
      ['telemetry.sdk.version', '2.12.0'],
    ].map(([key, value]) => ({ key, value: { stringValue: value } }));
    const metrics: Record<string, unknown>[] = [];
    let metricIndex = 0;
    for (let done = 0; done < resourcePoints; metricIndex++) {
      const n = Math.min(POINTS_PER_METRIC, resourcePoints - done);
      const roll = random();
      const name = `app.${pick(['http', 'db', 'queue', 'cache', 'rpc'])}.${pick(['requests', 'latency', 'size', 'errors', 'depth'])}_${metricIndex}`;
      const dataPoints = Array.from({ length: n }, (_, i) => {
        const attributes = [
          ['http.method', pick(['GET', 'POST', 'PUT', 'DELETE'])],
          ['http.route', `/api/v1/${pick(['users', 'orders', 'items', 'carts'])}/${i}`],
          ['http.status_code', String(pick([200, 201, 404, 500]))],
          ['net.peer.name', `peer-${i % 13}`],
          ['region', pick(['eu-west-1a', 'eu-west-1b', 'eu-west-1c'])],
          ['tenant', `tenant-${i % 17}`],
          ['version', `1.${i % 5}.0`],
          ['point.index', String(i)],
        ]
          .slice(0, attributesPerPoint)
          .map(([key, value]) => ({ key, value: { stringValue: value } }));
        const timeUnixNano = String(BASE_NS + BigInt(i) * 1_000_000n);
        const startTimeUnixNano = String(BASE_NS - 60_000_000_000n);
        return { attributes, timeUnixNano, startTimeUnixNano, roll: random() };
      });
      if (roll < 0.6) {
        metrics.push({
          name,
          unit: '{request}',
          sum: {
            aggregationTemporality: 2,
            isMonotonic: true,
            dataPoints: dataPoints.map(({ roll: r, ...p }) => ({ ...p, asInt: String(Math.floor(r * 1e6)) })),
          },
        });
      } else if (roll < 0.8) {
        metrics.push({
          name,
          unit: 'By',
          gauge: { dataPoints: dataPoints.map(({ roll: r, ...p }) => ({ ...p, asDouble: r * 1e3 })) },
        });
      } else if (roll < 0.95) {
        const bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
        metrics.push({
          name,
          unit: 's',
          histogram: {
            aggregationTemporality: 2,
            dataPoints: dataPoints.map(({ roll: r, ...p }) => {
              const bucketCounts = Array.from({ length: 10 }, () => Math.floor(random() * 100));
              const count = bucketCounts.reduce((a, b) => a + b, 0);
              return {
                ...p,
                count: String(count),
                sum: r * count,
                explicitBounds: bounds,
                bucketCounts: bucketCounts.map(String),
              };
            }),
          },
        });
      } else {
        metrics.push({
          name,
          unit: 's',
          exponentialHistogram: {
            aggregationTemporality: 2,
            dataPoints: dataPoints.map(({ roll: r, ...p }) => {
              const bucketCounts = Array.from({ length: 20 }, () => Math.floor(random() * 50));
              const count = bucketCounts.reduce((a, b) => a + b, 0) + 2;
              return {
                ...p,
                count: String(count),
                sum: r * count,
                scale: 3,
                zeroCount: '2',
                positive: { offset: -10, bucketCounts: bucketCounts.map(String) },
              };
            }),
          },
        });
      }
      done += n;
    }
    resourceMetrics.push({
      resource: { attributes: resourceAttrs },
      scopeMetrics: [{ scope: { name: 'bench-instrumentation', version: '1.0.0' }, metrics }],
    });
    made += resourcePoints;
    resourceIndex++;
  }
  return { resourceMetrics };
}

/** A workload in the three wire forms. */
export function makeWorkload(
  name: string,
  points: number,
  seed: number,
  pointsPerResource?: number,
  attributesPerPoint?: number,
): Workload {
  const object = makeRequest(points, seed, pointsPerResource, attributesPerPoint);
  const json = Buffer.from(JSON.stringify(object));
  const protobuf = ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject(object),
  ).finish();
  return { name, points, protobuf, json, gzip: gzipSync(protobuf) };
}

/**
 * The largest request of the benchmark mix whose `format` encoding stays within `maxBytes`: points
 * scaled until it fits (a few generations).
 */
export function makeRequestOfSize(
  maxBytes: number,
  seed: number,
  attributesPerPoint: number,
  format: 'protobuf' | 'json',
): { points: number; body: Uint8Array } {
  let points = 10_000;
  for (;;) {
    const w = makeWorkload('sized', points, seed, 2_000, attributesPerPoint);
    const body = format === 'json' ? w.json : w.protobuf;
    if (body.length <= maxBytes && body.length > maxBytes * 0.97) return { points, body };
    points = Math.floor((points * maxBytes * 0.985) / body.length);
  }
}

/** One gauge with `n` points, each its own series by one short attribute: the most series per byte. */
export function distinctSeriesRequest(n: number): Uint8Array {
  const time = String(BASE_NS);
  return ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'bench' } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'distinct',
                  gauge: {
                    dataPoints: Array.from({ length: n }, (_, i) => ({
                      timeUnixNano: time,
                      asDouble: i,
                      attributes: [{ key: 'k', value: { stringValue: i.toString(36) } }],
                    })),
                  },
                },
              ],
            },
          ],
        },
      ],
    }),
  ).finish();
}

/** One sum point with `n` empty exemplars: 2 bytes each on the wire, ~100 on the heap once decoded. */
export function exemplarBombRequest(n: number): Uint8Array {
  const time = String(BASE_NS);
  const exemplars = Array.from({ length: n }, () => ({}));
  return ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'bomb',
                  sum: {
                    aggregationTemporality: 2,
                    isMonotonic: true,
                    dataPoints: [{ timeUnixNano: time, asDouble: 1, exemplars }],
                  },
                },
              ],
            },
          ],
        },
      ],
    }),
  ).finish();
}

/** `points` gauge points under a resource whose service.name is `nameBytes` long: labels to encode. */
export function wideLabelRequest(points: number, nameBytes: number): Uint8Array {
  const time = String(BASE_NS);
  return ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'x'.repeat(nameBytes) } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'wide',
                  gauge: {
                    dataPoints: Array.from({ length: points }, (_, i) => ({
                      timeUnixNano: time,
                      asDouble: i,
                      attributes: [{ key: 'k', value: { stringValue: String(i) } }],
                    })),
                  },
                },
              ],
            },
          ],
        },
      ],
    }),
  ).finish();
}
