/**
 * The local node:http edge: reads the request (capped), hands it to the shared OTLP/HTTP handler, and
 * serves the embedded destination's page when there is one. Uploads refused before their body is read
 * (too large, wrong route or type, no token) get an answer the client can read: never `100 Continue`,
 * or the answer and then a bounded drain of the body (local/linger.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './config.js';
import { EXPOSITION_CONTENT_TYPE, type ForwarderCounters } from './counters.js';
import { BadRequestError, PayloadTooLargeError, ServiceBusyError } from './errors.js';
import type { Logger } from './log.js';
import { answerThenDrain, defaultDrainLimits, type DrainLimits } from './local/linger.js';
import { handleInspect } from './local/inspect/routes.js';
import type { RecentRequests } from './local/recent-requests.js';
import type { SeriesStore } from './local/series-store.js';
import { handleOtlpHttp, type HttpResponse, type OtlpHttpDeps } from './otlp-http.js';
import { encodeStatus } from './otlp/response.js';

export interface ServerDeps extends OtlpHttpDeps {
  readonly logger: Logger;
  /** The embedded destination's store, shown at `/` and `/api/v1/series`. */
  readonly store?: SeriesStore;
  /** The last requests answered, shown at `/` and `/api/v1/requests`. */
  readonly requests?: RecentRequests;
  /** The address users send to, for the page. */
  publicUrl: string;
  /** Counted requests, points and destination attempts, served at `GET /metrics`. */
  readonly counters?: ForwarderCounters;
  /**
   * How much of an upload refused before its end is read and discarded before the connection is cut.
   * @default defaultDrainLimits(config.maxBodyBytes)
   */
  readonly drain?: DrainLimits;
}

/** Where the counters are served. */
export const COUNTERS_PATH = '/metrics';

/** Creates (does not start) the local server. */
export function createForwarderServer(deps: ServerDeps): Server {
  const serve = (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean): void => {
    const exchange: Exchange = { req, res, continued: !expectsContinue };
    handle(exchange, deps)
      .catch((err: unknown): HttpResponse => {
        deps.logger.error('unhandled error', { error: err instanceof Error ? err.message : String(err) });
        return {
          status: 500,
          headers: { 'content-type': 'application/json' },
          body: encodeStatus('json', 500, 'internal error'),
        };
      })
      .then((response) => {
        reply(exchange, response, deps);
      })
      .catch((err: unknown) => {
        deps.logger.error('could not answer', { error: err instanceof Error ? err.message : String(err) });
        res.destroy();
      });
  };
  const server = createServer((req, res) => {
    serve(req, res, false);
  });
  // With a listener node no longer says `100 Continue` by itself: we say it only when the body is wanted,
  // so an upload refused on its headers (size, route, type, token) is never sent.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    serve(req, res, true);
  });
  // Slow clients must not hold sockets for ever; these bound a hung upload.
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  return server;
}

/** One request and its response, and whether the client was told to send its body. */
interface Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** False while a client that sent `Expect: 100-continue` still waits (and has sent no body). */
  continued: boolean;
}

async function handle(exchange: Exchange, deps: ServerDeps): Promise<HttpResponse> {
  const { req } = exchange;
  // The budget starts when the request arrives: the client's timeout includes the upload.
  const deadline = Date.now() + (deps.config.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  const method = req.method ?? 'GET';

  if (method === 'GET' && path === COUNTERS_PATH && deps.counters) {
    return {
      status: 200,
      headers: { 'content-type': EXPOSITION_CONTENT_TYPE },
      body: Buffer.from(deps.counters.render()),
    };
  }

  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers))
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  // The body is read only once routing, content type and auth are known to be right (see HttpRequest.body).
  const body = (): Promise<Uint8Array> =>
    readBody(req, deps.config.maxBodyBytes, deadline, () => {
      if (exchange.continued) return;
      exchange.continued = true;
      exchange.res.writeContinue();
    });
  // The inspect page, its assets and JSON (local/inspect/routes.ts); anything else is the OTLP endpoint's.
  const inspected = handleInspect(method, req.url ?? '/', headers, deps);
  if (inspected) return inspected;
  return handleOtlpHttp({ method, path, headers, body, deadline }, deps);
}

/**
 * Sends the response. A request whose body was not read to its end is answered with `Connection: close`;
 * when the client is sending that body, it is drained first (see local/linger.ts) so the client reads the
 * answer rather than a reset.
 */
function reply(exchange: Exchange, response: HttpResponse, deps: ServerDeps): void {
  const { req, res } = exchange;
  if (res.destroyed) return; // the client went away; nobody to answer
  if (req.complete) {
    send(res, response);
    return;
  }
  if (!exchange.continued) {
    // The client waits for `100 Continue` and has sent nothing: answer and close, nothing to drain.
    res.setHeader('connection', 'close');
    send(res, response);
    return;
  }
  answerThenDrain(req, res, response, deps.drain ?? defaultDrainLimits(deps.config.maxBodyBytes));
}

function send(res: ServerResponse, response: HttpResponse): void {
  res.writeHead(response.status, { ...response.headers, 'content-length': String(response.body.length) });
  res.end(response.body);
}

/**
 * The request body, refusing more than `maxBytes` as soon as the Content-Length or the bytes read say so,
 * and an upload still unfinished at `deadline` (epoch ms): a client trickling its body must not hold a
 * socket and its buffer past the request's budget.
 * `onRead` runs once the declared length is known to fit, before the first byte is read.
 * @throws PayloadTooLargeError, ServiceBusyError (503: the budget ended during the upload)
 */
function readBody(
  req: IncomingMessage,
  maxBytes: number,
  deadline: number,
  onRead: () => void,
): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    return Promise.reject(
      new PayloadTooLargeError(`request body of ${declared} bytes exceeds the limit of ${maxBytes} bytes`),
    );
  }
  onRead();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const timer = setTimeout(
      () => {
        if (settled) return;
        settled = true;
        chunks.length = 0;
        reject(
          new ServiceBusyError(
            "the upload did not end within the request's time budget (REQUEST_TIMEOUT_MS)",
          ),
        );
      },
      Math.max(0, deadline - Date.now()),
    );
    req.once('close', () => {
      clearTimeout(timer);
    });
    req.once('end', () => {
      clearTimeout(timer);
    });
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
