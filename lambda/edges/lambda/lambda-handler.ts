/**
 * The Lambda edge: configuration, credentials and secret caches built once per execution environment,
 * then each API Gateway event goes through the same handleOtlpHttp() as the local server.
 */
import type { Context } from 'aws-lambda';
import {
  fromApiGatewayEvent,
  toApiGatewayResult,
  type ApiGatewayRequest,
  type ApiGatewayResult,
} from './apigw.js';
import {
  loadEndpointAuthConfig,
  type DestinationConfig,
  type EndpointAuthConfig,
} from './auth/auth-config.js';
import type { SendContext } from './auth/destination.js';
import { endpointAuthenticator } from './auth/endpoint-auth.js';
import { wireDestination, type AuthOverrides } from './auth/wire.js';
import { loadConfig, loadMetricsConfig, type MetricsConfig } from './config.js';
import { API_GATEWAY_LIMIT_MS } from './constants.js';
import type { Send } from './delivery.js';
import { emfObserver } from './emf.js';
import { ConfigError, type Env } from './env.js';
import { DestinationMisconfiguredError, NativeModuleUnavailableError, toErrorResponse } from './errors.js';
import { jsonLogger, type Logger } from './log.js';
import { handleOtlpHttp, type HttpResponse, type OtlpHttpDeps } from './otlp-http.js';
import { loadSnappy } from './remote-write/encode.js';
import { preloadTransport } from './remote-write/http-post.js';
import { loadGzip } from './otlp/body.js';
import { nodeCrypto } from './node-crypto.js';
import { warmUp } from './warm-up.js';
import { encodeStatus } from './otlp/response.js';
import { DEFAULT_TRANSLATE_OPTIONS } from './translate/options.js';

/** The parts of the Lambda context the handler reads; either may be missing (it falls back). */
export type LambdaContext = Partial<Pick<Context, 'getRemainingTimeInMillis' | 'awsRequestId'>>;

/**
 * The Lambda handler's type. The event is `unknown`: a function can be invoked with any JSON, and the
 * handler checks it (apigw.ts) rather than trusting a declared type.
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
  const env = options.env ?? process.env;
  const logger = options.logger ?? jsonLogger();
  const observer = (metrics: MetricsConfig): OtlpHttpDeps['observe'] =>
    emfObserver({ ...metrics, ...(options.writeMetrics ? { write: options.writeMetrics } : {}) });
  const deps = init(env, logger, observer, options.overrides);

  const answer = async (event: unknown, context: LambdaContext | null | undefined): Promise<HttpResponse> => {
    const started = performance.now();
    let request: ApiGatewayRequest;
    try {
      request = fromApiGatewayEvent(event);
    } catch (err) {
      return refuseEvent(err, context?.awsRequestId, performance.now() - started, deps.base);
    }
    const deadline = Date.now() + Math.min(remainingMs(context), API_GATEWAY_LIMIT_MS) - RESPONSE_MARGIN_MS;
    const { sendFor } = deps;
    const requestId = request.requestId ?? context?.awsRequestId;
    return handleOtlpHttp(
      // The deadline bounds delivery's retries too, not only each destination request.
      { ...request, ...(requestId === undefined ? {} : { requestId }), deadline },
      sendFor ? { ...deps.base, sendFor: (r) => sendFor({ request: r, deadline }) } : deps.base,
      started,
    );
  };

  const handler: LambdaHandler = async (event, context) => {
    try {
      return toApiGatewayResult(await answer(event, context));
    } catch (err) {
      // handleOtlpHttp never throws; this is a bug of ours, answered rather than left to API Gateway.
      logger.error('unhandled error', { error: err instanceof Error ? err.message : 'non-Error thrown' });
      return toApiGatewayResult(errorResponse(err));
    }
  };
  return Object.assign(handler, { ready: deps.ready ?? Promise.resolve() });
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
  deps: OtlpHttpDeps,
): HttpResponse {
  const response = errorResponse(err);
  deps.logger.error('invalid event', {
    ...(awsRequestId === undefined ? {} : { requestId: awsRequestId }),
    status: response.status,
    error: toErrorResponse(err).message,
  });
  deps.observe?.({ pointsIn: 0, seriesOut: 0, samplesOut: 0, status: response.status, durationMs });
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

interface Wired {
  readonly base: OtlpHttpDeps;
  /** The destination per request; absent when the configuration is invalid. */
  readonly sendFor?: (context: SendContext) => Send;
  /** See WarmingLambdaHandler.ready. */
  readonly ready?: Promise<void>;
}

function init(
  env: Env,
  logger: Logger,
  observer: (metrics: MetricsConfig) => OtlpHttpDeps['observe'],
  overrides: AuthOverrides | undefined,
): Wired {
  try {
    const config = loadConfig(env);
    if (config.remoteWriteUrl === undefined) {
      throw new ConfigError('REMOTE_WRITE_URL is required on Lambda (there is no embedded receiver)');
    }
    const endpointAuth = loadEndpointAuthConfig(env, 'lambda');
    const { sendFor, secrets, credentials } = wireDestination(
      config,
      config.remoteWriteUrl,
      logger,
      overrides,
    );
    const authenticate = endpointAuthenticator(endpointAuth, secrets);
    // What the first request would otherwise wait for, read now and in parallel: the endpoint token, the
    // destination's secret, the signing credentials (an AssumeRole among them). Failures are left to the
    // request, which reads again and answers as it would have.
    const arns = [endpointAuth, config.destination.auth].flatMap(secretArnsOf);
    const ready = Promise.allSettled([
      ...arns.map((arn) => secrets.get(arn)),
      credentials?.(),
      warmUp(config),
    ]).then(() => undefined);
    // Here rather than at the first request: a missing binary is logged once and every request refused,
    // and the first request finds the native module, its transport and gzip loaded.
    loadSnappy();
    nodeCrypto();
    preloadTransport(new URL(config.remoteWriteUrl));
    loadGzip();
    const base: OtlpHttpDeps = {
      config,
      logger,
      observe: observer(config.metrics),
      send: sendFor(),
      ...(authenticate ? { authenticate } : {}),
    };
    return { base, sendFor, ready };
  } catch (err) {
    // Message and type only: a cause, stack or the environment could carry a configured secret, and our
    // own messages (ConfigError) never quote one.
    if (err instanceof ConfigError) logger.error('invalid configuration', { error: err.message });
    else if (err instanceof NativeModuleUnavailableError)
      logger.error('native module unavailable', { error: err.message });
    else
      logger.error('initialisation failed', {
        error: err instanceof Error ? err.message : 'non-Error thrown',
        errorType: err instanceof Error ? err.name : typeof err,
      });
    const refuse = (): never => {
      throw new DestinationMisconfiguredError('the forwarder is misconfigured; its logs say how', {
        retryAfterSeconds: 60,
      });
    };
    return {
      base: {
        config: { maxBodyBytes: 0, translate: DEFAULT_TRANSLATE_OPTIONS },
        logger,
        // The metrics settings cannot be invalid: the refusals still count where dashboards look.
        observe: observer(loadMetricsConfig(env)),
        send: () => Promise.resolve(refuse()),
        authenticate: () => Promise.resolve(refuse()),
      },
    };
  }
}
