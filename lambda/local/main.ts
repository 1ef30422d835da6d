/**
 * `npm start`: the forwarder as a local OTLP/HTTP server. Without REMOTE_WRITE_URL it sends to an
 * embedded remote-write receiver and shows what arrived at http://HOST:PORT/.
 */
import type { AddressInfo } from 'node:net';
import { ConfigError, loadConfig } from '../config.js';
import { jsonLogger } from '../log.js';
import { sendWriteRequest } from '../remote-write/send.js';
import { createForwarderServer } from '../server.js';
import { closeServer, listen } from './listen.js';
import { startEmbeddedReceiver } from './receiver.js';

const logger = jsonLogger();

async function main(): Promise<void> {
  const config = loadConfig();
  const receiver = config.remoteWriteUrl === undefined ? await startEmbeddedReceiver() : undefined;
  const url = config.remoteWriteUrl ?? receiver!.url;

  const hostForUrl = config.host.includes(':') ? `[${config.host}]` : config.host;
  let publicUrl = `http://${hostForUrl}:${config.port}`;
  const server = createForwarderServer({
    config,
    logger,
    publicUrl,
    ...(receiver ? { store: receiver.store } : {}),
    send: (body) => sendWriteRequest(body, { url, timeoutMs: config.remoteWriteTimeoutMs }),
  });
  await listen(server, config.port, config.host);
  publicUrl = `http://${hostForUrl}:${(server.address() as AddressInfo).port}`;
  logger.info('listening', {
    otlpEndpoint: `${publicUrl}/v1/metrics`,
    destination: receiver ? `embedded receiver (see ${publicUrl}/)` : redactUrl(url),
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    const forced = setTimeout(() => process.exit(1), 10_000);
    forced.unref();
    void Promise.all([closeServer(server), receiver?.close()]).then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** A URL without credentials or query, safe to log. */
function redactUrl(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  u.search = '';
  return u.toString();
}

main().catch((err: unknown) => {
  logger.error(err instanceof ConfigError ? 'invalid configuration' : 'failed to start', {
    error: err instanceof Error ? err.message : String(err),
  });
  process.exit(1);
});
