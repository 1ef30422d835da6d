/**
 * The local node:http edge: reads the request (capped), hands it to the shared OTLP/HTTP handler, and
 * serves the embedded destination's page when there is one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './config.js';
import { EXPOSITION_CONTENT_TYPE, type ForwarderCounters } from './counters.js';
import { BadRequestError, PayloadTooLargeError } from './errors.js';
import type { Logger } from './log.js';
import { renderSeriesPage } from './local/page.js';
import type { SeriesStore } from './local/series-store.js';
import { handleOtlpHttp, type HttpResponse, type OtlpHttpDeps } from './otlp-http.js';
import { encodeStatus } from './otlp/response.js';

export interface ServerDeps extends OtlpHttpDeps {
  readonly logger: Logger;
  /** The embedded destination's store, shown at `/` and `/api/v1/series`. */
  readonly store?: SeriesStore;
  /** The address users send to, for the page. */
  publicUrl: string;
  /** Counted requests, points and destination attempts, served at `GET /metrics`. */
  readonly counters?: ForwarderCounters;
}

/** Where the counters are served. */
export const COUNTERS_PATH = '/metrics';

/** Creates (does not start) the local server. */
export function createForwarderServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => {
    handle(req, res, deps).catch((err: unknown) => {
      deps.logger.error('unhandled error', { error: err instanceof Error ? err.message : String(err) });
      if (res.headersSent) {
        res.end();
        return;
      }
      send(res, {
        status: 500,
        headers: { 'content-type': 'application/json' },
        body: encodeStatus('json', 500, 'internal error'),
      });
    });
  });
  // Slow clients must not hold sockets for ever; these bound a hung upload.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  // The budget starts when the request arrives: the client's timeout includes the upload.
  const deadline = Date.now() + (deps.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  const method = req.method ?? 'GET';

  if (method === 'GET' && path === COUNTERS_PATH && deps.counters) {
    send(res, {
      status: 200,
      headers: { 'content-type': EXPOSITION_CONTENT_TYPE },
      body: Buffer.from(deps.counters.render()),
    });
    return;
  }

  if (method === 'GET' && (path === '/' || path === '/api/v1/series')) {
    if (path === '/api/v1/series') {
      if (!deps.store) {
        send(res, json(404, { error: 'no embedded destination: REMOTE_WRITE_URL is set' }));
        return;
      }
      send(res, json(200, { status: 'success', data: deps.store.list() }));
      return;
    }
    const html = deps.store
      ? renderSeriesPage(deps.store, deps.publicUrl)
      : `<!doctype html><title>otlp-prom-forwarder</title><p>Forwarding OTLP metrics from ${deps.publicUrl}/v1/metrics to the configured remote-write destination.</p>\n`;
    send(res, {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: Buffer.from(html),
    });
    return;
  }

  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  // The body is read only once routing and content type are known to be right (see HttpRequest.body).
  const body = (): Promise<Uint8Array> => readBody(req, deps.config.maxBodyBytes);
  const response = await handleOtlpHttp({ method, path, headers, body, deadline }, deps);
  // A refused upload is not read to its end: close the connection rather than drain it.
  if (!req.complete) res.setHeader('connection', 'close');
  send(res, response);
}

function send(res: ServerResponse, response: HttpResponse): void {
  if (res.destroyed) return; // the client went away; nobody to answer
  res.writeHead(response.status, { ...response.headers, 'content-length': String(response.body.length) });
  res.end(response.body);
}

function json(status: number, value: unknown): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(value)),
  };
}

/**
 * The request body, refusing more than `maxBytes` as soon as the Content-Length or the bytes read say so.
 * @throws PayloadTooLargeError
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    req.resume();
    return Promise.reject(
      new PayloadTooLargeError(`request body of ${declared} bytes exceeds the limit of ${maxBytes} bytes`),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        settled = true;
        chunks.length = 0;
        reject(new PayloadTooLargeError(`request body exceeds the limit of ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks, size));
      settled = true;
    });
    const abandon = (cause?: Error): void => {
      if (!settled) {
        reject(
          new BadRequestError('the client closed the connection before sending the whole body', { cause }),
        );
      }
      settled = true;
    };
    req.on('error', abandon);
    // A client that disconnects mid-body may end the stream with 'close' and no 'end': settle anyway.
    req.on('close', () => {
      abandon();
    });
  });
}
