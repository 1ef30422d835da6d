/**
 * The local node:http edge: reads the request (capped), hands it to the shared OTLP/HTTP handler, and
 * serves the embedded destination's page when there is one. Uploads refused before their body is read
 * (too large, wrong route or type, no token) get an answer the client can read: never `100 Continue`,
 * or the answer and then a bounded drain of the body (drain.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Config } from '../../config.js';
import { handleOtlpHttp, type EndpointDeps } from '../../http/endpoint.js';
import type { HttpResponse } from '../../http/types.js';
import { handleInspect } from '../../local/inspect/routes.js';
import type { RecentRequests } from '../../local/recent-requests.js';
import type { SeriesStore } from '../../local/series-store.js';
import { EXPOSITION_CONTENT_TYPE, type ForwarderCounters } from '../../observe/counters.js';
import { METRICS_PATH } from '../../constants.js';
import { toErrorResponse } from '../../errors.js';
import { encodeStatus } from '../../otlp/response.js';
import { admitView } from './view-access.js';
import { answerThenDrain, defaultDrainLimits, type DrainLimits } from './drain.js';
import { readBody } from './read-body.js';

export interface ServerDeps extends EndpointDeps {
  readonly config: EndpointDeps['config'] & Pick<Config, 'requestTimeoutMs'>;
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
  const arrivedAt = Date.now();
  const deadline = arrivedAt + deps.config.requestTimeoutMs;
  const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
  const method = req.method ?? 'GET';

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
  const request = { method, path, headers, body, arrivedAt, deadline };
  if (path === METRICS_PATH) return handleOtlpHttp(request, deps);
  // The views: /metrics, the inspect page, its assets and JSON (local/inspect/routes.ts), for this
  // machine or for clients with the endpoint's token; anything else is the OTLP endpoint's (its 404).
  const view = (): HttpResponse | undefined =>
    method === 'GET' && path === COUNTERS_PATH && deps.counters
      ? {
          status: 200,
          headers: { 'content-type': EXPOSITION_CONTENT_TYPE },
          body: Buffer.from(deps.counters.render()),
        }
      : handleInspect(method, req.url ?? '/', headers, deps);
  if (isView(method, path, deps)) {
    try {
      await admitView(
        { method, headers, remoteAddress: req.socket.remoteAddress },
        deps.authenticate,
        () => request,
      );
    } catch (err) {
      return errorResponse(err);
    }
    const answer = view();
    if (answer) return answer;
  }
  return handleOtlpHttp(request, deps);
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

/** Whether a request is for one of the views rather than the OTLP endpoint. */
function isView(method: string, path: string, deps: ServerDeps): boolean {
  if (method === 'GET' && path === COUNTERS_PATH) return deps.counters !== undefined;
  return path === '/' || path.startsWith('/api/') || path.startsWith('/assets/');
}

/** A refused view request, as JSON. */
function errorResponse(err: unknown): HttpResponse {
  const mapped = toErrorResponse(err);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (mapped.wwwAuthenticate !== undefined) headers['www-authenticate'] = mapped.wwwAuthenticate;
  return { status: mapped.status, headers, body: encodeStatus('json', mapped.status, mapped.message) };
}
