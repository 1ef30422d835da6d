/**
 * A real Prometheus (Debian's `prometheus` package) for integration tests: loopback only, a free port,
 * a temporary data directory, the remote-write receiver on, stopped and removed by `stop()`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

export interface PrometheusOptions {
  /** `--enable-feature` values, e.g. native-histograms, exemplar-storage. */
  readonly features?: readonly string[];
  /** Reuse a data directory (restart after stop). */
  readonly dataDir?: string;
  /** Reuse a port (restart after stop). */
  readonly port?: number;
}

export interface VectorResult {
  metric: Record<string, string>;
  value: [number, string];
}

export interface Prometheus {
  readonly url: string;
  readonly remoteWriteUrl: string;
  readonly port: number;
  readonly dataDir: string;
  /** Instant query; throws on an API error. */
  query(promql: string, time?: number): Promise<VectorResult[]>;
  /** Any API GET, parsed JSON `data`. */
  api<T = unknown>(path: string, params?: Record<string, string>): Promise<T>;
  /** Stops the process; `removeData` also deletes the data directory. */
  stop(options?: { removeData?: boolean }): Promise<void>;
}

const BINARY = process.env.PROMETHEUS_BIN ?? 'prometheus';

export async function startPrometheus(options: PrometheusOptions = {}): Promise<Prometheus> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'prom-data-')));
  const configFile = join(dataDir, 'prometheus.yml');
  await writeFile(configFile, 'global:\n  scrape_interval: 1h\n  evaluation_interval: 1h\n');
  // A probed free port can be taken before Prometheus binds it (tests run in parallel): try another.
  let launched: Launched | undefined;
  for (let attempt = 1; launched === undefined; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      launched = await launch(port, configFile, dataDir, options.features);
    } catch (err) {
      const retry = options.port === undefined && attempt < 4 && /address already in use/.test(String(err));
      if (!retry) throw err;
    }
  }
  const { child, exited, port } = launched;
  const url = `http://127.0.0.1:${port}`;

  const api = async <T>(path: string, params: Record<string, string> = {}): Promise<T> => {
    const res = await fetch(`${url}${path}?${new URLSearchParams(params).toString()}`);
    const body = (await res.json()) as { status: string; data: T; error?: string };
    if (body.status !== 'success') throw new Error(`prometheus ${path}: ${body.error ?? res.status}`);
    return body.data;
  };

  return {
    url,
    port,
    dataDir,
    remoteWriteUrl: `${url}/api/v1/write`,
    api,
    async query(promql, time) {
      const data = await api<{ result: VectorResult[] }>('/api/v1/query', {
        query: promql,
        ...(time === undefined ? {} : { time: String(time) }),
      });
      return data.result;
    },
    async stop({ removeData = options.dataDir === undefined } = {}) {
      await stopChild(child, exited);
      if (removeData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

interface Launched {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  readonly port: number;
}

async function launch(
  port: number,
  configFile: string,
  dataDir: string,
  features: readonly string[] | undefined,
): Promise<Launched> {
  const args = [
    `--config.file=${configFile}`,
    `--storage.tsdb.path=${join(dataDir, 'tsdb')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    '--web.enable-remote-write-receiver',
    '--log.level=warn',
  ];
  if (features?.length) args.push(`--enable-feature=${features.join(',')}`);

  const child = spawn(BINARY, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(new Error(`cannot run ${BINARY} (install Debian's prometheus package): ${err.message}`)),
    ),
  );
  await Promise.race([waitReady(`http://127.0.0.1:${port}`, child, () => stderr), spawnError]);
  return { child, exited, port };
}

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prometheus exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${url}/-/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`prometheus not ready after 30 s: ${stderr()}`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
