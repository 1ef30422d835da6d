/** Wires and starts the local forwarder: config → server (+ embedded receiver when no destination). */
import type { AddressInfo } from 'node:net';
import { isLoopbackHost } from '../../auth/endpoint-auth-config.js';
import { endpointAuthenticator } from '../../auth/endpoint-auth.js';
import { sdkCredentialChain } from '../../auth/sdk-credentials.js';
import type { Config } from '../../config.js';
import { startEmbeddedReceiver, type EmbeddedReceiver } from '../../local/receiver.js';
import { RecentRequests } from '../../local/recent-requests.js';
import type { Logger } from '../../log.js';
import { ForwarderCounters } from '../../observe/counters.js';
import { observeAll, type RequestObserver } from '../../observe/observer.js';
import { loadSnappy } from '../../remote-write/encode.js';
import { wireDestination, type AuthOverrides } from '../wire-destination.js';
import type { DrainLimits } from './drain.js';
import { closeServer, listen } from '../../local/listen.js';
import { createForwarderServer, type ServerDeps } from './server.js';

export interface LocalForwarder {
  /** Base URL, e.g. `http://127.0.0.1:4318`. */
  readonly url: string;
  /** Where remote-write requests go. */
  readonly destination: string;
  readonly receiver: EmbeddedReceiver | undefined;
  /** What `GET /metrics` serves. */
  readonly counters: ForwarderCounters;
  /** Stops the server (waiting for requests in flight) and the receiver. */
  stop(): Promise<void>;
}

/** What Config does not carry. */
export interface LocalOptions {
  /** Replaces Secrets Manager or the AWS credential chain (tests). */
  readonly overrides?: AuthOverrides;
  /** See ServerDeps.drain. */
  readonly drain?: DrainLimits;
  /** Hears every request besides the counters (tests). */
  readonly observer?: RequestObserver;
}

/**
 * Starts the local server on config.host:config.port (0 picks a free port).
 * @throws NativeModuleUnavailableError when snappy cannot be loaded; whatever listen() throws.
 */
export async function startLocalForwarder(
  config: Config,
  logger: Logger,
  options: LocalOptions = {},
): Promise<LocalForwarder> {
  // Fail fast, saying how to fix it, rather than refuse every request.
  loadSnappy(config.snappyLibraryPath !== undefined);
  const receiver = config.remoteWriteUrl === undefined ? await startEmbeddedReceiver() : undefined;
  const destination = receiver?.url ?? config.remoteWriteUrl ?? '';
  // The SDK's full chain locally (profiles, SSO, ...); the Lambda edge signs with its environment's keys.
  const { sendFor, secrets } = wireDestination(config, destination, logger, {
    credentialChain: sdkCredentialChain(),
    ...options.overrides,
  });
  const authenticate = endpointAuthenticator(config.endpointAuth, secrets);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const counters = new ForwarderCounters();
  // The inspect page's list of requests, fed like the counters by each outcome.
  const requests = new RecentRequests();
  const deps: ServerDeps = {
    config,
    logger,
    counters,
    requests,
    observer: observeAll([counters, requests, ...(options.observer ? [options.observer] : [])]),
    publicUrl: `http://${host}:${config.port}`,
    ...(receiver ? { store: receiver.store } : {}),
    sendFor,
    passThroughTenant: config.destination.passThroughTenantHeader,
    ...(options.drain ? { drain: options.drain } : {}),
    ...(authenticate ? { authenticate } : {}),
  };
  const server = createForwarderServer(deps);
  try {
    await listen(server, config.port, config.host);
  } catch (err) {
    await receiver?.close();
    throw err;
  }
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  deps.publicUrl = url;
  if (!authenticate && !isLoopbackHost(config.host)) {
    logger.warn('the OTLP endpoint is open to the network: anyone who can reach it can write metrics', {
      host: config.host,
      fix: 'set ENDPOINT_TOKEN=<token> (or ENDPOINT_TOKEN_SECRET_ARN) so clients must send "Authorization: Bearer <token>", or HOST=127.0.0.1',
    });
  }
  return {
    url,
    destination,
    receiver,
    counters,
    async stop() {
      await closeServer(server);
      await receiver?.close();
    },
  };
}
