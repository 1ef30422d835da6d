/**
 * The OTLP/HTTP endpoint both edges serve: routing, endpoint auth, the client's tenant, the pipeline, and
 * turning any error into a response in the request's own encoding; then one log line and one observer
 * call per request.
 */
import { monotonicMs } from '../clock.js';
import { METRICS_PATH } from '../constants.js';
import type { Send } from '../remote-write/send.js';
import { MethodNotAllowedError, NotFoundError, toErrorResponse } from '../errors.js';
import { forward, type ForwardDeps } from '../forward.js';
import type { Logger } from '../log.js';
import { nodeCrypto } from '../node-crypto.js';
import type { RequestObserver } from '../observe/observer.js';
import { contentTypeOf, formatOf, maybeFormatOf } from '../otlp/body.js';
import { encodeStatus } from '../otlp/response.js';
import { NO_FIGURES, type ForwardOutcome, type OutcomeKind, type RequestOutcome } from '../outcome.js';
import { logRequest, requestLogFields } from './request-log.js';
import { tenantOf } from './tenant.js';
import type { Authenticate, HttpRequest, HttpResponse } from './types.js';

export interface EndpointDeps extends Omit<ForwardDeps, 'send'> {
  readonly logger: Logger;
  /** Hears every answered request (counters, EMF, the inspect page). */
  readonly observer?: RequestObserver;
  /** Endpoint auth; every request is admitted when absent. */
  readonly authenticate?: Authenticate;
  /** The destination, sending the client's tenant header when it has one. */
  readonly sendFor: (tenant: string | undefined) => Send;
  /** PASS_THROUGH_TENANT_HEADER: forward the client's X-Scope-OrgID. @default false */
  readonly passThroughTenant?: boolean;
}

/** Handles one request to the OTLP endpoint. Never throws. */
export async function handleOtlpHttp(request: HttpRequest, deps: EndpointDeps): Promise<HttpResponse> {
  const started = monotonicMs();
  // Errors answer in the request's encoding when we can tell it, JSON (readable by a human) otherwise.
  const format = maybeFormatOf(request.headers['content-type']) ?? 'json';
  const requestId = request.requestId ?? nodeCrypto().randomUUID();
  let outcome: ForwardOutcome;
  try {
    outcome = await admitAndForward(request, deps);
  } catch (error) {
    outcome = { ok: false, error, figures: NO_FIGURES };
  }

  let response: HttpResponse;
  let message: string;
  let detail: string | undefined;
  if (outcome.ok) {
    response = {
      status: 200,
      headers: { 'content-type': contentTypeOf(outcome.format) },
      body: outcome.body,
    };
    message = outcome.message;
    detail = outcome.figures.destination.failure;
    if (outcome.warning !== undefined) {
      deps.logger.warn('request without data points', { requestId, warning: outcome.warning });
    }
  } else {
    const mapped = toErrorResponse(outcome.error);
    message = mapped.message;
    // Ours or the destination's fault: the log gets the causes (the client only the message).
    detail = mapped.severe ? describeForLog(outcome.error) : mapped.message;
    const headers: Record<string, string> = { 'content-type': contentTypeOf(format) };
    if (mapped.retryAfterSeconds !== undefined) headers['retry-after'] = String(mapped.retryAfterSeconds);
    if (mapped.allow !== undefined) headers.allow = mapped.allow;
    if (mapped.wwwAuthenticate !== undefined) headers['www-authenticate'] = mapped.wwwAuthenticate;
    response = { status: mapped.status, headers, body: encodeStatus(format, mapped.status, mapped.message) };
  }

  const { figures } = outcome;
  const done: RequestOutcome = {
    requestId,
    time: request.arrivedAt,
    status: response.status,
    kind: kindOf(response.status, outcome),
    durationMs: Math.round((monotonicMs() - started) * 10) / 10,
    figures,
    ...(message === '' ? {} : { message }),
  };
  logRequest(deps.logger, requestLogFields(done, request.method, request.path, detail), done);
  deps.observer?.requestDone(done);
  return response;
}

/** Route, method, content type, auth and tenant, in that order, then the body and the pipeline. */
async function admitAndForward(request: HttpRequest, deps: EndpointDeps): Promise<ForwardOutcome> {
  if (request.path !== METRICS_PATH)
    throw new NotFoundError(`no route for ${request.path}; OTLP metrics go to POST ${METRICS_PATH}`);
  if (request.method !== 'POST')
    throw new MethodNotAllowedError(
      `method ${request.method} not allowed on ${METRICS_PATH}; use POST`,
      'POST',
    );
  formatOf(request.headers['content-type']);
  await deps.authenticate?.(request);
  const tenant = tenantOf(request, deps.passThroughTenant ?? false);
  const body = typeof request.body === 'function' ? await request.body() : request.body;
  return forward(
    {
      body,
      contentType: request.headers['content-type'],
      contentEncoding: request.headers['content-encoding'],
      arrivedAt: request.arrivedAt,
      deadline: request.deadline,
    },
    { ...deps, send: deps.sendFor(tenant) },
  );
}

/** The closed outcome of an answered request (see OutcomeKind). */
function kindOf(status: number, outcome: ForwardOutcome): OutcomeKind {
  if (outcome.figures.destination.failure !== undefined) return 'destination_failed';
  if (status === 200) return outcome.figures.pointsRejected > 0 ? 'partial' : 'written';
  if (status === 500) return 'error';
  return status >= 400 && status < 500 && status !== 429 ? 'rejected' : 'refused';
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
