/** Promise wrappers for starting and stopping node:http servers. */
import type { Server } from 'node:http';

/** Listens on host:port (port 0 picks a free one). */
export function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Stops accepting connections and resolves once open ones have ended. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}

/**
 * The fix for a listen() error a user can act on, or undefined. Port 4318 is OTLP/HTTP's default, so
 * the process already holding it is often an OpenTelemetry Collector or another `npm start`.
 */
export function listenErrorFix(err: unknown): string | undefined {
  if (!(err instanceof Error)) return undefined;
  const { code, port } = err as NodeJS.ErrnoException & { port?: number };
  if (code !== 'EADDRINUSE') return undefined;
  return (
    `${port === undefined ? 'the port' : `port ${String(port)}`} is already in use, often by an ` +
    'OpenTelemetry Collector (its OTLP/HTTP receiver listens on 4318) or another npm start: stop that ' +
    'process, or set PORT= to another port (PORT=0 picks a free one)'
  );
}
