/**
 * `npm start`: the forwarder as a local OTLP/HTTP server. Without REMOTE_WRITE_URL it sends to an
 * embedded remote-write receiver and shows what arrived at http://HOST:PORT/.
 */
import { loadConfig } from '../../config.js';
import { ConfigError } from '../../env.js';
import { jsonLogger } from '../../log.js';
import { listenErrorFix } from '../../local/listen.js';
import { startLocalForwarder } from './start.js';

const logger = jsonLogger();

async function main(): Promise<void> {
  const config = loadConfig();
  const forwarder = await startLocalForwarder(config, logger);
  logger.info('listening', {
    otlpEndpoint: `${forwarder.url}/v1/metrics`,
    endpointAuth: config.endpointAuth.kind,
    destination: forwarder.receiver
      ? `embedded receiver, see ${forwarder.url}/`
      : redactUrl(forwarder.destination),
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    setTimeout(() => process.exit(1), 10_000).unref();
    void forwarder.stop().then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

/** A URL without credentials or query string, safe to log. */
function redactUrl(url: string): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  u.search = '';
  return u.toString();
}

main().catch((err: unknown) => {
  const fix = listenErrorFix(err);
  logger.error(err instanceof ConfigError ? 'invalid configuration' : 'failed to start', {
    error: err instanceof Error ? err.message : String(err),
    ...(fix === undefined ? {} : { fix }),
  });
  process.exit(1);
});
