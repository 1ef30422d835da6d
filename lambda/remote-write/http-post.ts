/**
 * One HTTP POST over node:http or node:https, for the remote-write client and the AWS calls (auth/). Not
 * fetch: Node loads fetch's implementation (undici) on its first call, ~35 ms of a cold start on Node 24.
 * Both modules are required on first use of their scheme, not imported: an ES import of node:http reads
 * its lazy WebSocket export, which loads undici all the same, and node:https (TLS) costs ~25 ms more
 * that a function sending over plain HTTP never needs (README "Performance").
 */
import type { IncomingMessage, Agent as HttpAgent } from 'node:http';
import type * as HttpModule from 'node:http';
import type * as HttpsModule from 'node:https';
import { createRequire } from 'node:module';

/**
 * Connections are kept open between requests, as fetch does; an idle one is closed after 4 s (undici's
 * default), before a destination or load balancer is likely to drop it under us.
 */
const KEEP_ALIVE = { keepAlive: true, timeout: 4_000 };

interface Transport {
  readonly request: typeof HttpModule.request;
  readonly agent: HttpAgent;
}

const transports = new Map<string, Transport>();

/** The module and keep-alive agent for `protocol` (`http:` or `https:`), loaded once. */
function transportFor(protocol: string): Transport {
  let transport = transports.get(protocol);
  if (transport === undefined) {
    const require = createRequire(import.meta.url);
    const module =
      protocol === 'https:'
        ? (require('node:https') as typeof HttpsModule)
        : (require('node:http') as typeof HttpModule);
    transport = { request: module.request, agent: new module.Agent(KEEP_ALIVE) };
    transports.set(protocol, transport);
  }
  return transport;
}

/**
 * Loads the transport for `url`'s scheme now, so that the first request does not pay for it (the Lambda
 * edge calls this during init).
 */
export function preloadTransport(url: URL): void {
  transportFor(url.protocol);
}

/**
 * POSTs the body and resolves with the response once its headers arrived. An aborted `signal` fails the
 * request and its body with the signal's reason (a `TimeoutError` for `AbortSignal.timeout`). Redirects
 * are not followed.
 */
export function post(
  url: URL,
  headers: Record<string, string>,
  body: Uint8Array | string,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const { request: send, agent } = transportFor(url.protocol);
    const request = send(url, {
      method: 'POST',
      // A fixed length, not chunked transfer encoding, as fetch sends a byte body.
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      agent,
    });
    const abort = (): void => {
      const reason: unknown = signal.reason;
      request.destroy(reason instanceof Error ? reason : new Error(String(reason)));
    };
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
    request.once('close', () => {
      signal.removeEventListener('abort', abort);
    });
    request.once('error', reject);
    request.once('response', resolve);
    request.end(body);
  });
}

/** A whole response body as text (for the small AWS answers); rejects when the connection breaks off. */
export function readText(response: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    response.once('error', reject);
    response.once('close', () => {
      if (!response.complete) reject(new Error('the connection closed before the response ended'));
    });
  });
}
