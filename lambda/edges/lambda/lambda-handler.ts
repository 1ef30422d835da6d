/**
 * The Lambda edge: configuration, credentials and secret caches built once per execution environment,
 * then each API Gateway event goes through the same handleOtlpHttp() as the local server.
 */
import type { Context } from 'aws-lambda';
import type { DestinationConfig } from '../../auth/auth-config.js';
import type { EndpointAuthConfig } from '../../auth/endpoint-auth-config.js';
import { endpointAuthenticator } from '../../auth/endpoint-auth.js';
import { loadConfig, loadMetricsConfig, processEnv, type Config } from '../../config.js';
import { monotonicMs } from '../../clock.js';
import { API_GATEWAY_LIMIT_MS } from '../../constants.js';
import { ConfigError, type Env } from '../../env.js';
import {
  DestinationMisconfiguredError,
  NativeModuleUnavailableError,
  toErrorResponse,
} from '../../errors.js';
import { handleOtlpHttp, type EndpointDeps } from '../../http/endpoint.js';
import type { HttpResponse } from '../../http/types.js';
import { jsonLogger, type Logger } from '../../log.js';
import { nodeCrypto } from '../../node-crypto.js';
import { emfObserver } from '../../observe/emf.js';
import type { RequestObserver } from '../../observe/observer.js';
import { loadGzip } from '../../otlp/body.js';
import { encodeStatus } from '../../otlp/response.js';
import { NO_FIGURES } from '../../outcome.js';
import { loadSnappy } from '../../remote-write/encode.js';
import { preloadTransport } from '../../remote-write/http-post.js';
import { wireDestination, type AuthOverrides } from '../wire-destination.js';
import { fromApiGatewayEvent, toApiGatewayResult, type ApiGatewayResult } from './api-gateway.js';
import { writeStdout } from './stdout.js';
import { warmUp } from './warm-up.js';

/** The parts of the Lambda context the handler reads; either may be missing (it falls back). */
export type LambdaContext = Partial<Pick<Context, 'getRemainingTimeInMillis' | 'awsRequestId'>>;

/**
 * The Lambda handler's type. The event is `unknown`: a function can be invoked with any JSON, and the
 * handler checks it (api-gateway.ts) rather than trusting a declared type.
 */
export type LambdaHandler = (event: unknown, context?: LambdaContext | null) => Promise<ApiGatewayResult>;

/** The handler, and the reads it began during init. */
export type WarmingLambdaHandler = LambdaHandler & {
  /**
   * Settles (never rejects) when the secrets and credentials the first request needs have been read, or
   * their reads failed (the request then tries again and answers as it would have). handler.ts awaits it,
   * so those reads are part of init rather than of the first request.
   */
  readonly ready: Promise<void>;
};

export interface LambdaEdgeOptions {
  /** @default the process environment */
  readonly env?: Env;
  readonly logger?: Logger;
  /** Where EMF lines go (stdout). */
  readonly writeMetrics?: (line: string) => void;
  /** Injected secret store / credentials (tests). */
  readonly overrides?: AuthOverrides;
}

/** Kept back from the budget to encode the answer and return it before the caller gives up. */
const RESPONSE_MARGIN_MS = 1_000;

/** The budget when the context cannot tell the remaining time: the stack's default function timeout. */
const FALLBACK_BUDGET_MS = 10_000;

/**
 * Creates the handler. No error crashes the init phase (a crash would make API Gateway answer 500, which
 * OTLP clients do not retry): it is logged once, by its message only, and every request answers 502, which
 * clients retry, so no data is dropped while an operator fixes the setting. For the same reason the handler
 * never throws, whatever the event: what cannot be an API Gateway event is answered 502, a malformed body
 * 400 (see fromApiGatewayEvent).
 * @example
 * export const handler = createLambdaHandler();
 */
export function createLambdaHandler(options: LambdaEdgeOptions = {}): WarmingLambdaHandler {
  const env = options.env ?? processEnv();
  const logger = options.logger ?? jsonLogger(writeStdout);
  const observer = (metrics: Config['metrics']): RequestObserver =>
    emfObserver({ ...metrics, write: options.writeMetrics ?? writeStdout });
  const { deps, ready } = init(env, logger, observer, options.overrides);

  const handler: LambdaHandler = async (event, context) => {
    try {
      return toApiGatewayResult(await answerEvent(event, context, deps));
    } catch (err) {
      // handleOtlpHttp never throws; this is a bug of ours, answered rather than left to API Gateway.
      logger.error('unhandled error', { error: err instanceof Error ? err.message : 'non-Error thrown' });
      return toApiGatewayResult(errorResponse(err));
    }
  };
  return Object.assign(handler, { ready });
}

/** One event through the endpoint: the request's deadline set from the context, which may be missing. */
export async function answerEvent(
  event: unknown,
  context: LambdaContext | null | undefined,
  deps: EndpointDeps,
): Promise<HttpResponse> {
  const arrivedAt = Date.now();
  const started = monotonicMs();
  let request;
  try {
    request = fromApiGatewayEvent(event);
  } catch (err) {
    return refuseEvent(err, context?.awsRequestId, monotonicMs() - started, arrivedAt, deps);
  }
  // The one deadline of the request: every stage and destination request is bounded by it.
  const deadline = arrivedAt + Math.min(remainingMs(context), API_GATEWAY_LIMIT_MS) - RESPONSE_MARGIN_MS;
  const requestId = request.requestId ?? context?.awsRequestId;
  return handleOtlpHttp(
    { ...request, ...(requestId === undefined ? {} : { requestId }), arrivedAt, deadline },
    deps,
  );
}

/** The Secrets Manager ARNs an auth setting reads. */
function secretArnsOf(auth: EndpointAuthConfig | DestinationConfig['auth']): string[] {
  const sources =
    auth.kind === 'token' || auth.kind === 'bearer'
      ? [auth.token]
      : auth.kind === 'basic'
        ? [auth.password]
        : [];
  return sources.flatMap((s) => (s.from === 'secrets-manager' ? [s.arn] : []));
}

/** The context's remaining time, or the fallback when it has no usable clock. */
function remainingMs(context: LambdaContext | null | undefined): number {
  try {
    const remaining = context?.getRemainingTimeInMillis?.();
    if (typeof remaining === 'number' && Number.isFinite(remaining)) return remaining;
  } catch {
    // A broken context must not cost the request: use the fallback.
  }
  return FALLBACK_BUDGET_MS;
}

/** The answer to an event that is not an API Gateway event: logged as an error and counted, like requests. */
function refuseEvent(
  err: unknown,
  awsRequestId: string | undefined,
  durationMs: number,
  arrivedAt: number,
  deps: EndpointDeps,
): HttpResponse {
  const response = errorResponse(err);
  const requestId = awsRequestId ?? nodeCrypto().randomUUID();
  deps.logger.error('invalid event', {
    requestId,
    status: response.status,
    error: toErrorResponse(err).message,
  });
  deps.observer?.requestDone({
    requestId,
    time: arrivedAt,
    status: response.status,
    kind: 'refused',
    durationMs,
    figures: NO_FIGURES,
  });
  return response;
}

/** An error as a response with a google.rpc.Status body in JSON (there is no request to take a format from). */
function errorResponse(err: unknown): HttpResponse {
  const mapped = toErrorResponse(err);
  return {
    status: mapped.status,
    headers: { 'content-type': 'application/json' },
    body: encodeStatus('json', mapped.status, mapped.message),
  };
}

/** The endpoint's dependencies, and the reads begun for the first request (see WarmingLambdaHandler). */
function init(
  env: Env,
  logger: Logger,
  observer: (metrics: Config['metrics']) => RequestObserver,
  overrides: AuthOverrides | undefined,
): { deps: EndpointDeps; ready: Promise<void> } {
  try {
    const config = loadConfig(env, 'lambda');
    if (config.remoteWriteUrl === undefined) {
      throw new ConfigError('REMOTE_WRITE_URL is required on Lambda (there is no embedded receiver)');
    }
    const { sendFor, secrets, credentials } = wireDestination(
      config,
      config.remoteWriteUrl,
      logger,
      overrides,
    );
    const authenticate = endpointAuthenticator(config.endpointAuth, secrets);
    // What the first request would otherwise wait for, read now and in parallel: the endpoint token, the
    // destination's secret, the signing credentials (an AssumeRole among them). Failures are left to the
    // request, which reads again and answers as it would have.
    const arns = [config.endpointAuth, config.destination.auth].flatMap(secretArnsOf);
    const reads = [...arns.map((arn) => secrets.get(arn)), credentials?.()];
    // Here rather than at the first request: a missing binary is logged once and every request refused,
    // and the first request finds the native module, its transport and gzip loaded; node:crypto too
    // (~8 ms on Node 24) where something signs or compares a token.
    loadSnappy(config.snappyLibraryPath !== undefined);
    if (arns.length > 0 || config.endpointAuth.kind !== 'none' || config.destination.auth.kind === 'sigv4')
      nodeCrypto();
    preloadTransport(new URL(config.remoteWriteUrl));
    loadGzip();
    const deps: EndpointDeps = {
      config,
      logger,
      observer: observer(config.metrics),
      sendFor,
      passThroughTenant: config.destination.passThroughTenantHeader,
      ...(authenticate ? { authenticate } : {}),
    };
    const warm = warmUp(deps, (event, quiet) => answerEvent(event, undefined, quiet)).then(({ status }) => {
      // Limits set below one point of every type refuse it: harmless, but the first request is slower.
      if (status !== 200)
        logger.info('warm-up request refused; the first request compiles the pipeline', { status });
    });
    const ready = Promise.allSettled([...reads, warm]).then(() => undefined);
    return { deps, ready };
  } catch (err) {
    logInitError(logger, err);
    return { deps: refusingDeps(logger, observer(loadMetricsConfig(env))), ready: Promise.resolve() };
  }
}

/** Message and type only: a cause, stack or the environment could carry a configured secret. */
function logInitError(logger: Logger, err: unknown): void {
  // Our own messages (ConfigError) never quote a secret.
  if (err instanceof ConfigError) logger.error('invalid configuration', { error: err.message });
  else if (err instanceof NativeModuleUnavailableError)
    logger.error('native module unavailable', { error: err.message });
  else
    logger.error('initialisation failed', {
      error: err instanceof Error ? err.message : 'non-Error thrown',
      errorType: err instanceof Error ? err.name : typeof err,
    });
}

/**
 * What a function that failed its init serves: every request refused with 502 and Retry-After before its
 * body is read (the authenticator refuses first), counted where dashboards look.
 */
function refusingDeps(logger: Logger, observer: RequestObserver): EndpointDeps {
  const refuse = (): never => {
    throw new DestinationMisconfiguredError('the forwarder is misconfigured; its logs say how', {
      retryAfterSeconds: 60,
    });
  };
  return {
    config: loadConfig({}),
    logger,
    observer,
    sendFor: () => () => Promise.resolve(refuse()),
    authenticate: () => Promise.resolve(refuse()),
  };
}
