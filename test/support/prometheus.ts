/**
 * A real Prometheus (Debian's `prometheus` package) for integration tests: loopback only, a free port,
 * a temporary data directory, the remote-write receiver on, stopped and removed by `stop()`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './server-process.js';

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

/** A result as `name{sorted labels} value`, the line shape assertions compare. */
export function renderSeries({ metric, value }: VectorResult): string {
  const { __name__: name, ...labels } = metric;
  const body = Object.keys(labels)
    .sort()
    .map((k) => `${k}="${labels[k]}"`)
    .join(',');
  return `${name}{${body}} ${value[1]}`;
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
  const features = options.features ?? [];
  const server = await startServer({
    name: 'prometheus',
    bin: BINARY,
    installHint: "install Debian's prometheus package",
    readyPath: '/-/ready',
    ...(options.port === undefined ? {} : { port: options.port }),
    args: (port) => [
      `--config.file=${configFile}`,
      `--storage.tsdb.path=${join(dataDir, 'tsdb')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--web.enable-remote-write-receiver',
      '--log.level=warn',
      ...(features.length > 0 ? [`--enable-feature=${features.join(',')}`] : []),
    ],
  });
  return {
    url: server.url,
    port: server.port,
    dataDir,
    remoteWriteUrl: `${server.url}/api/v1/write`,
    api: (path, params) => server.api(path, params),
    async query(promql, time) {
      const data = await server.api<{ result: VectorResult[] }>('/api/v1/query', {
        query: promql,
        ...(time === undefined ? {} : { time: String(time) }),
      });
      return data.result;
    },
    async stop({ removeData = options.dataDir === undefined } = {}) {
      await server.stop();
      if (removeData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
