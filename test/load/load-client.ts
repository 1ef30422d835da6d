/**
 * A load generator for the local server, run as its own process: `connections` keep-alive connections
 * each POST OTLP protobuf requests back to back for `seconds`, then it prints one JSON summary line.
 *
 * Each connection writes its own series (label `conn`), with timestamps that grow by 1 ms per request,
 * so every request carries new samples that Prometheus must store in order.
 *
 * Usage: node --import tsx test/load/load-client.ts <metrics-url> <seconds> <connections> <series-per-request>
 */
import { Agent, request } from 'node:http';
import { opentelemetry } from '../../proto/generated/protos.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

export interface LoadSummary {
  readonly requests: number;
  readonly statuses: Record<string, number>;
  readonly errors: number;
  readonly seconds: number;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly samplesSent: number;
}

const [url = '', secondsArg = '5', connectionsArg = '16', seriesArg = '20'] = process.argv.slice(2);
const seconds = Number(secondsArg);
const connections = Number(connectionsArg);
const seriesPerRequest = Number(seriesArg);
const T0_MS = Date.now() - 5 * 60 * 1000; // a little in the past: one new millisecond per request

function body(conn: number, index: number): Uint8Array {
  const timeUnixNano = String(BigInt(T0_MS + index) * 1_000_000n);
  return ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject({
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'load' } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'load_level',
                  gauge: {
                    dataPoints: Array.from({ length: seriesPerRequest }, (_, s) => ({
                      asDouble: index + s / 100,
                      timeUnixNano,
                      attributes: [
                        { key: 'conn', value: { stringValue: String(conn) } },
                        { key: 'series', value: { stringValue: String(s) } },
                      ],
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

function post(agent: Agent, payload: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/x-protobuf', 'content-length': payload.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

async function main(): Promise<void> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, conn) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (let index = 0; performance.now() < end; index++) {
        const payload = body(conn, index);
        const t = performance.now();
        try {
          const status = await post(agent, payload);
          statuses[status] = (statuses[status] ?? 0) + 1;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
      agent.destroy();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
  const summary: LoadSummary = {
    requests: latencies.length,
    statuses,
    errors,
    seconds: Math.round(elapsed * 10) / 10,
    requestsPerSecond: Math.round(latencies.length / elapsed),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    samplesSent: (statuses['200'] ?? 0) * seriesPerRequest,
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
