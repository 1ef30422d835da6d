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
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** The binary; VICTORIA_METRICS_BIN overrides it. */
export const VICTORIA_METRICS_BIN = process.env.VICTORIA_METRICS_BIN ?? '/usr/bin/victoria-metrics';

/** VictoriaMetrics' default port, which the tests never use. */
const DEFAULT_PORT = 8428;

export interface VmVectorResult {
  metric: Record<string, string>;
  value: [number, string];
}

export interface VictoriaMetrics {
  readonly url: string;
  /** The Prometheus remote-write path. */
  readonly remoteWriteUrl: string;
  readonly port: number;
  /** Instant query at `time` (epoch seconds); throws on an API error. */
  query(promql: string, time: number): Promise<VmVectorResult[]>;
  /**
   * The instant query, repeated until `done` accepts its result (rows become searchable shortly after
   * the write); the last result once 30 s have passed, for the caller's assertion to report.
   */
  queryUntil(
    promql: string,
    time: number,
    done: (result: VmVectorResult[]) => boolean,
  ): Promise<VmVectorResult[]>;
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
  let launched: Launched | undefined;
  try {
    // A probed free port can be taken before VictoriaMetrics binds it (tests run in parallel): retry.
    for (let attempt = 1; launched === undefined; attempt++) {
      const port = await freePort();
      if (port === DEFAULT_PORT) continue;
      try {
        launched = await launch(port, dataDir);
      } catch (err) {
        if (attempt >= 4 || !/address already in use/.test(String(err))) throw err;
      }
    }
  } catch (err) {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
  const { child, exited, port } = launched;
  const url = `http://127.0.0.1:${port}`;

  const api = async <T>(path: string, params: Record<string, string> = {}): Promise<T> => {
    const res = await fetch(`${url}${path}?${new URLSearchParams(params).toString()}`);
    const body = (await res.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`victoria-metrics ${path}: ${body.error ?? res.status}`);
    return body.data;
  };
  const query = async (promql: string, time: number): Promise<VmVectorResult[]> =>
    (await api<{ result: VmVectorResult[] }>('/api/v1/query', { query: promql, time: String(time) })).result;

  return {
    url,
    port,
    remoteWriteUrl: `${url}/api/v1/write`,
    api,
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
      await stopChild(child, exited);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

interface Launched {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  readonly port: number;
}

async function launch(port: number, dataDir: string): Promise<Launched> {
  const args = [
    `-httpListenAddr=127.0.0.1:${port}`,
    `-storageDataPath=${dataDir}`,
    '-search.latencyOffset=0s',
    '-search.disableCache',
    '-loggerLevel=ERROR',
  ];
  const child = spawn(VICTORIA_METRICS_BIN, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(
        new Error(`cannot run ${VICTORIA_METRICS_BIN} (apt-get install victoria-metrics): ${err.message}`),
      ),
    ),
  );
  await Promise.race([waitReady(`http://127.0.0.1:${port}`, child, () => stderr), spawnError]);
  return { child, exited, port };
}

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`victoria-metrics exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`victoria-metrics not ready after 30 s: ${stderr()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
