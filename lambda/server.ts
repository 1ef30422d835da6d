/**
 * The local node:http edge: reads the request (capped), hands it to the shared OTLP/HTTP handler, and
 * serves the embedded destination's page when there is one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { PayloadTooLargeError, toErrorResponse } from './errors.js';
import type { Logger } from './log.js';
import { renderSeriesPage } from './local/page.js';
import type { SeriesStore } from './local/series-store.js';
import { handleOtlpHttp, type HttpResponse, type OtlpHttpDeps } from './otlp-http.js';
import { contentTypeOf, maybeFormatOf } from './otlp/body.js';
import { encodeStatus } from './otlp/response.js';

export interface ServerDeps extends OtlpHttpDeps {
  readonly logger: Logger;
  /** The embedded destination's store, shown at `/` and `/api/v1/series`. */
  readonly store?: SeriesStore;
  /** The address users send to, for the page. */
  publicUrl: string;
}

/** Creates (does not start) the local server. */
export function createForwarderServer(deps: ServerDeps): Server {
  const server = createServer((req, res) => {
    handle(req, res, deps).catch((err: unknown) => {
      deps.logger.error('unhandled error', { error: err instanceof Error ? err.message : String(err) });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    });
  });
  // Slow clients must not hold sockets for ever; these bound a hung upload.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, deps: ServerDeps): Promise<void> {
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  const method = req.method ?? 'GET';

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

  let body: Uint8Array;
  try {
    body = await readBody(req, deps.config.maxBodyBytes);
  } catch (err) {
    const mapped = toErrorResponse(err);
    const format = maybeFormatOf(req.headers['content-type']) ?? 'json';
    deps.logger.info('request', { method, path, status: mapped.status, error: mapped.message });
    res.setHeader('connection', 'close');
    send(res, {
      status: mapped.status,
      headers: { 'content-type': contentTypeOf(format) },
      body: encodeStatus(format, mapped.status, mapped.message),
    });
    return;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  send(res, await handleOtlpHttp({ method, path, headers, body }, deps));
}

function send(res: ServerResponse, response: HttpResponse): void {
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
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        chunks.length = 0;
        reject(new PayloadTooLargeError(`request body exceeds the limit of ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks, size));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
      failed = true;
    });
  });
}
