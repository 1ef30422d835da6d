/**
 * W3: small requests, concurrently, through the real local HTTP server (a child process running
 * `lambda/edges/local/main.ts`) to a local remote-write receiver that reads and discards.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'node:http';
import { closeServer, listen } from '../lambda/local/listen.js';
import { quantile } from './stats.js';
import type { Workload } from './workload.js';

export interface LoadFigures {
  readonly requests: number;
  readonly concurrency: number;
  readonly statuses: Record<string, number>;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly wallMs: number;
}

export async function measureHttpLoad(
  bodies: readonly Workload[],
  concurrency: number,
): Promise<LoadFigures> {
  const sink = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(204).end());
  });
  await listen(sink);
  const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/api/v1/write`;

  const child = spawn(process.execPath, ['--import', 'tsx', 'lambda/edges/local/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', REMOTE_WRITE_URL: sinkUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      child.stdout.on('data', (d: Buffer) => {
        buffered += d.toString();
        const match = /"otlpEndpoint":"(http:\/\/[^"]+)\/v1\/metrics"/.exec(buffered);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`forwarder exited ${code}`)));
    });
    child.stdout.resume();
    const { port } = new URL(base);
    const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    let next = 0;
    const t0 = performance.now();
    const worker = async (): Promise<void> => {
      while (next < bodies.length) {
        const body = bodies[next++]!.protobuf;
        const start = performance.now();
        const status = await post(agent, Number(port), body);
        latencies.push(performance.now() - start);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const wallMs = performance.now() - t0;
    agent.destroy();
    latencies.sort((a, b) => a - b);
    return {
      requests: bodies.length,
      concurrency,
      statuses,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      max: latencies.at(-1) ?? NaN,
      wallMs,
    };
  } finally {
    child.kill('SIGTERM');
    await closeServer(sink);
  }
}

function post(agent: Agent, port: number, body: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path: '/v1/metrics',
        method: 'POST',
        headers: { 'content-type': 'application/x-protobuf', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
