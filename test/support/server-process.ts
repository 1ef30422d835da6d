/**
 * A real server binary started by a test (Prometheus, VictoriaMetrics): on 127.0.0.1 at a free port
 * (another one when a parallel test took it first), ready once its health URL answers, stopped with
 * SIGTERM (SIGKILL after 10 s), and its HTTP API's JSON `data`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from './free-port.js';

export interface ServerBinary {
  /** Its name in messages, e.g. `prometheus`. */
  readonly name: string;
  readonly bin: string;
  /** What to do when it cannot be run, e.g. `apt-get install prometheus`. */
  readonly installHint: string;
  /** Its arguments to listen on 127.0.0.1:`port`. */
  readonly args: (port: number) => string[];
  /** The path that answers 2xx once it serves, e.g. `/-/ready`. */
  readonly readyPath: string;
  /** A fixed port (a restart); otherwise a free one. */
  readonly port?: number;
  /** A port the server must never get (its default, which a developer's own copy may be using). */
  readonly avoidPort?: number;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Any API GET, its parsed JSON `data`; throws unless `status` is `success`. */
  api<T = unknown>(path: string, params?: Record<string, string>): Promise<T>;
  /** SIGTERM, SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/** Starts `server` and waits until it is ready (30 s at most). */
export async function startServer(server: ServerBinary): Promise<RunningServer> {
  let launched: { child: ChildProcess; exited: Promise<void>; port: number } | undefined;
  for (let attempt = 1; launched === undefined; attempt++) {
    const port = server.port ?? (await freePort());
    if (port === server.avoidPort) continue;
    try {
      launched = await launch(server, port);
    } catch (err) {
      const retry = server.port === undefined && attempt < 4 && /address already in use/.test(String(err));
      if (!retry) throw err;
    }
  }
  const { child, exited, port } = launched;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    async api<T>(path: string, params: Record<string, string> = {}): Promise<T> {
      const res = await fetch(`${url}${path}?${new URLSearchParams(params).toString()}`);
      const body = (await res.json()) as { status: string; data: T; error?: string };
      if (body.status !== 'success') throw new Error(`${server.name} ${path}: ${body.error ?? res.status}`);
      return body.data;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function launch(
  server: ServerBinary,
  port: number,
): Promise<{ child: ChildProcess; exited: Promise<void>; port: number }> {
  const child = spawn(server.bin, server.args(port), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnError = new Promise<never>((_, reject) =>
    child.once('error', (err) =>
      reject(new Error(`cannot run ${server.bin} (${server.installHint}): ${err.message}`)),
    ),
  );
  await Promise.race([waitReady(server, `http://127.0.0.1:${port}`, child, () => stderr), spawnError]);
  return { child, exited, port };
}

async function waitReady(
  server: ServerBinary,
  url: string,
  child: ChildProcess,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${server.name} exited with ${child.exitCode}: ${stderr()}`);
    try {
      const res = await fetch(`${url}${server.readyPath}`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`${server.name} not ready after 30 s: ${stderr()}`);
}
