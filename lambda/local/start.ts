/** Wires and starts the local forwarder: config → server (+ embedded receiver when no destination). */
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { ForwarderCounters } from '../counters.js';
import { isLoopbackHost, type EndpointAuthConfig } from '../auth/auth-config.js';
import { endpointAuthenticator } from '../auth/endpoint-auth.js';
import { sdkCredentialChain } from '../auth/sdk-credentials.js';
import { wireDestination, type AuthOverrides } from '../auth/wire.js';
import type { Logger } from '../log.js';
import type { HttpRequest } from '../otlp-http.js';
import { loadSnappy } from '../remote-write/encode.js';
import { createForwarderServer } from '../server.js';
import type { DrainLimits } from './linger.js';
import { closeServer, listen } from './listen.js';
import { startEmbeddedReceiver, type EmbeddedReceiver } from './receiver.js';
import { RecentRequests, recordRequests } from './recent-requests.js';

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
  /** Endpoint auth: `loadEndpointAuthConfig(env, 'local')`. */
  readonly endpointAuth: EndpointAuthConfig;
  /** Replaces Secrets Manager or the AWS credential chain (tests). */
  readonly overrides?: AuthOverrides;
  /** See ServerDeps.drain. */
  readonly drain?: DrainLimits;
}

/**
 * Starts the local server on config.host:config.port (0 picks a free port).
 * @throws NativeModuleUnavailableError when snappy cannot be loaded; whatever listen() throws.
 */
export async function startLocalForwarder(
  config: Config,
  logger: Logger,
  options: LocalOptions,
): Promise<LocalForwarder> {
  const { overrides } = options;
  // Fail fast, saying how to fix it, rather than refuse every request.
  loadSnappy();
  const receiver = config.remoteWriteUrl === undefined ? await startEmbeddedReceiver() : undefined;
  const destination = receiver?.url ?? config.remoteWriteUrl ?? '';
  // The SDK's full chain locally (profiles, SSO, ...); the Lambda edge signs with its environment's keys.
  const { sendFor, secrets } = wireDestination(config, destination, logger, {
    credentialChain: sdkCredentialChain(),
    ...overrides,
  });
  const authenticate = endpointAuthenticator(options.endpointAuth, secrets);
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const counters = new ForwarderCounters();
  // The inspect page's request list, fed by each outcome (and the error text of the handler's log line).
  const requests = new RecentRequests();
  const recorder = recordRequests(requests, logger);
  const deps = {
    config,
    logger: recorder.logger,
    observe: recorder.observe,
    requests,
    counters,
    publicUrl: `http://${host}:${config.port}`,
    ...(receiver ? { store: receiver.store } : {}),
    send: sendFor(),
    sendFor: (request: HttpRequest) => sendFor({ request }),
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
