/** The forwarder's local server started in-process on a free loopback port. */
import { loadConfig } from '../../lambda/config.js';
import {
  startLocalForwarder,
  type LocalForwarder,
  type LocalOptions,
} from '../../lambda/edges/local/start.js';
import { silentLogger, type Logger } from '../../lambda/log.js';

export interface RunningForwarder extends LocalForwarder {
  /** The OTLP endpoint, `<url>/v1/metrics`. */
  readonly metricsUrl: string;
}

/**
 * Starts the forwarder with env-style settings (endpoint auth included, as `npm start` reads them); without
 * REMOTE_WRITE_URL it gets an embedded receiver.
 */
export async function startForwarder(
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
  options: LocalOptions = {},
): Promise<RunningForwarder> {
  const settings = { HOST: '127.0.0.1', PORT: '0', ...env };
  const forwarder = await startLocalForwarder(loadConfig(settings), logger, options);
  return Object.assign(forwarder, { metricsUrl: `${forwarder.url}/v1/metrics` });
}
