/** The forwarder's local server started in-process on a free loopback port. */
import { loadConfig } from '../../lambda/config.js';
import { startLocalForwarder, type LocalForwarder, type LocalOptions } from '../../lambda/local/start.js';
import { silentLogger, type Logger } from '../../lambda/log.js';

export interface RunningForwarder extends LocalForwarder {
  /** The OTLP endpoint, `<url>/v1/metrics`. */
  readonly metricsUrl: string;
}

/** Starts the forwarder with env-style settings; without REMOTE_WRITE_URL it gets an embedded receiver. */
export async function startForwarder(
  env: Record<string, string> = {},
  logger: Logger = silentLogger,
  options?: LocalOptions,
): Promise<RunningForwarder> {
  const forwarder = await startLocalForwarder(
    loadConfig({ HOST: '127.0.0.1', PORT: '0', ...env }),
    logger,
    options,
  );
  return Object.assign(forwarder, { metricsUrl: `${forwarder.url}/v1/metrics` });
}
