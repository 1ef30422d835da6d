/**
 * The OTLP/HTTP endpoint both edges serve: routing, the pipeline, and turning any error into a response
 * in the request's own encoding, with one log line per request.
 */
import type { Send } from './delivery.js';
import { MethodNotAllowedError, NotFoundError, toErrorResponse } from './errors.js';
import { nodeCrypto } from './node-crypto.js';
import {
  forward,
  type ForwardCounters,
  type ForwardDeps,
  type ForwardProgress,
  type ForwardResult,
} from './forward.js';
import type { Logger } from './log.js';
import { contentTypeOf, formatOf, maybeFormatOf } from './otlp/body.js';
import { encodeStatus } from './otlp/response.js';
import { METRICS_PATH } from './constants.js';

/** An HTTP request as the edges hand it over; header names lower-cased. */
export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /**
   * The body, or a reader called after routing, content-type and auth checks, so that an upload to a wrong
   * route, of a wrong type or without a valid token is refused before it is read.
   */
  readonly body: Uint8Array | (() => Promise<Uint8Array>);
  /** Correlates the log line with the edge's own logs (API Gateway's request id); generated when absent. */
  readonly requestId?: string;
  /**
   * Epoch milliseconds by which the answer must be ready, destination retries included (see
   * ExportInput.deadline); the local server's REQUEST_TIMEOUT_MS when absent.
   */
  readonly deadline?: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** Counters of the OTLP endpoint: forward()'s, plus requests by status. */
export interface RequestCounters extends ForwardCounters {
  request(status: number): void;
}

export interface OtlpHttpDeps extends ForwardDeps {
  readonly logger: Logger;
  readonly counters?: RequestCounters;
  /** Called with every outcome, for counters. */
  readonly observe?: (outcome: RequestOutcome) => void;
  /** Endpoint auth: admits the request or throws UnauthorizedError, before the body is decoded. */
  readonly authenticate?: (request: HttpRequest) => Promise<void>;
  /** The Send for this request (e.g. carrying the client's tenant header); `send` when absent. */
  readonly sendFor?: (request: HttpRequest) => Send;
}

/** What happened to one request, for logs and counters. */
export interface RequestOutcome extends ForwardProgress {
  readonly status: number;
  readonly durationMs: number;
  /** Present when the request was answered 200. */
  readonly result?: ForwardResult;
  /** HTTP status of the last remote-write response, when one was received. */
  readonly destinationStatus?: number;
}

/**
 * Handles one request to the OTLP endpoint. Never throws.
 */
export async function handleOtlpHttp(
  request: HttpRequest,
  deps: OtlpHttpDeps,
  now = performance.now(),
): Promise<HttpResponse> {
  // The budget starts at arrival: reading the body spends it too.
  const arrivedAt = (deps.now ?? Date.now)();
  // Errors answer in the request's encoding when we can tell it, JSON (readable by a human) otherwise.
  const format = maybeFormatOf(request.headers['content-type']) ?? 'json';
  let response: HttpResponse;
  let result: ForwardResult | undefined;
  let error: string | undefined;
  let destinationStatus: number | undefined;
  const requestId = request.requestId ?? nodeCrypto().randomUUID();
  // Filled in by forward() as it goes, so failed requests are logged with what they carried too.
  const progress: ForwardProgress = { pointsIn: 0, seriesOut: 0, samplesOut: 0 };
  try {
    if (request.path !== METRICS_PATH)
      throw new NotFoundError(`no route for ${request.path}; OTLP metrics go to POST ${METRICS_PATH}`);
    if (request.method !== 'POST')
      throw new MethodNotAllowedError(
        `method ${request.method} not allowed on ${METRICS_PATH}; use POST`,
        'POST',
      );
    formatOf(request.headers['content-type']);
    await deps.authenticate?.(request);
    const body = typeof request.body === 'function' ? await request.body() : request.body;
    const send = deps.sendFor?.(request) ?? deps.send;
    result = await forward(
      {
        body,
        contentType: request.headers['content-type'],
        contentEncoding: request.headers['content-encoding'],
        ...(request.deadline === undefined ? {} : { deadline: request.deadline }),
        arrivedAt,
      },
      {
        ...deps,
        send: async (...args: Parameters<Send>) => {
          const sent = await send(...args);
          destinationStatus = sent.httpStatus ?? destinationStatus;
          return sent;
        },
      },
      progress,
    );
    response = { status: 200, headers: { 'content-type': contentTypeOf(result.format) }, body: result.body };
    if (result.warning !== undefined) {
      deps.logger.warn('request without data points', { requestId, warning: result.warning });
    }
    if (result.destinationFailure !== undefined) {
      // A 200 the client will not retry, with points lost: loud, as a failed request is.
      error = result.destinationFailure;
      deps.logger.error('request partly written', { requestId, status: 200, error });
    }
  } catch (err) {
    const mapped = toErrorResponse(err);
    error = mapped.message;
    if (mapped.severe) {
      deps.logger.error('request failed', { requestId, status: mapped.status, error: describeForLog(err) });
    }
    const headers: Record<string, string> = { 'content-type': contentTypeOf(format) };
    if (mapped.retryAfterSeconds !== undefined) headers['retry-after'] = String(mapped.retryAfterSeconds);
    if (mapped.allow !== undefined) headers.allow = mapped.allow;
    if (mapped.wwwAuthenticate !== undefined) headers['www-authenticate'] = mapped.wwwAuthenticate;
    response = { status: mapped.status, headers, body: encodeStatus(format, mapped.status, mapped.message) };
  }

  const durationMs = Math.round((performance.now() - now) * 10) / 10;
  deps.logger.info('request', {
    requestId,
    method: request.method,
    path: request.path,
    status: response.status,
    ...progress,
    pointsRejected: result?.pointsRejected ?? 0,
    batches: result?.destinationRequests ?? 0,
    ...(destinationStatus === undefined ? {} : { destinationStatus }),
    ms: durationMs,
    ...(error === undefined ? {} : { error }),
  });
  deps.counters?.request(response.status);
  deps.observe?.({
    ...progress,
    status: response.status,
    durationMs,
    ...(result ? { result } : {}),
    ...(destinationStatus === undefined ? {} : { destinationStatus }),
  });
  return response;
}

/** An error with its causes, for the log only (never the client). */
function describeForLog(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current !== undefined && depth < 5; depth++) {
    parts.push(current instanceof Error ? `${current.name}: ${current.message}` : JSON.stringify(current));
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(' <- ');
}
