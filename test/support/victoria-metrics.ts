/**
 * A real VictoriaMetrics (Debian's `victoria-metrics` package, 1.79) for integration tests: loopback only,
 * a free port (never its default 8428, which a packaged service may hold), a temporary data directory,
 * stopped and removed by `stop()`.
 *
 * Two flags make what was just written visible to the next query: `-search.latencyOffset=0s` (by default
 * VictoriaMetrics hides the last 30 s of samples from queries, as possibly incomplete) and
 * `-search.disableCache` (a query polled before the samples arrive must not cache the empty answer).
 * Rows written reach the searchable storage only when their in-memory buffer is flushed, ~10 s later
 * (measured), or ~1 s after a call of `/internal/force_flush`: `queryUntil()` calls it and polls.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { VectorResult } from './prometheus.js';
import { startServer, type RunningServer } from './server-process.js';

/** The binary; VICTORIA_METRICS_BIN overrides it. */
export const VICTORIA_METRICS_BIN = process.env.VICTORIA_METRICS_BIN ?? '/usr/bin/victoria-metrics';

/** VictoriaMetrics' default port, which the tests never use. */
const DEFAULT_PORT = 8428;

export interface VictoriaMetrics {
  readonly url: string;
  /** The Prometheus remote-write path. */
  readonly remoteWriteUrl: string;
  readonly port: number;
  /** Instant query at `time` (epoch seconds); throws on an API error. */
  query(promql: string, time: number): Promise<VectorResult[]>;
  /**
   * The instant query, repeated until `done` accepts its result (rows become searchable shortly after
   * the write); the last result once 30 s have passed, for the caller's assertion to report.
   */
  queryUntil(
    promql: string,
    time: number,
    done: (result: VectorResult[]) => boolean,
  ): Promise<VectorResult[]>;
  /** Any API GET, its parsed JSON `data`. */
  api<T = unknown>(path: string, params?: Record<string, string>): Promise<T>;
  /** Stops the process and deletes the data directory. */
  stop(): Promise<void>;
}

/** Whether the binary is installed (the tests skip, saying so, when it is not). */
export function victoriaMetricsInstalled(): boolean {
  return existsSync(VICTORIA_METRICS_BIN);
}

export async function startVictoriaMetrics(): Promise<VictoriaMetrics> {
  const dataDir = await mkdtemp(join(tmpdir(), 'vm-data-'));
  let server: RunningServer;
  try {
    server = await startServer({
      name: 'victoria-metrics',
      bin: VICTORIA_METRICS_BIN,
      installHint: 'apt-get install victoria-metrics',
      readyPath: '/health',
      avoidPort: DEFAULT_PORT,
      args: (port) => [
        `-httpListenAddr=127.0.0.1:${port}`,
        `-storageDataPath=${dataDir}`,
        '-search.latencyOffset=0s',
        '-search.disableCache',
        '-loggerLevel=ERROR',
      ],
    });
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  const { url } = server;
  const query = async (promql: string, time: number): Promise<VectorResult[]> =>
    (await server.api<{ result: VectorResult[] }>('/api/v1/query', { query: promql, time: String(time) }))
      .result;

  return {
    url,
    port: server.port,
    remoteWriteUrl: `${url}/api/v1/write`,
    api: (path, params) => server.api(path, params),
    query,
    async queryUntil(promql, time, done) {
      const deadline = Date.now() + 30_000;
      for (;;) {
        await fetch(`${url}/internal/force_flush`);
        const result = await query(promql, time);
        if (done(result) || Date.now() > deadline) return result;
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
