/**
 * The Lambda edge: configuration, credentials and secret caches built once per execution environment,
 * then each API Gateway event goes through the same handleOtlpHttp() as the local server.
 */
import type { Context } from 'aws-lambda';
import {
  fromApiGatewayEvent,
  toApiGatewayResult,
  type ApiGatewayEvent,
  type ApiGatewayResult,
} from './apigw.js';
import { loadEndpointAuthConfig } from './auth/auth-config.js';
import type { SendContext } from './auth/destination.js';
import { endpointAuthenticator } from './auth/endpoint-auth.js';
import { wireDestination, type AuthOverrides } from './auth/wire.js';
import { loadConfig, loadMetricsConfig, type MetricsConfig } from './config.js';
import { API_GATEWAY_LIMIT_MS } from './constants.js';
import type { Send } from './delivery.js';
import { emfObserver } from './emf.js';
import { ConfigError, type Env } from './env.js';
import { DestinationMisconfiguredError } from './errors.js';
import { jsonLogger, type Logger } from './log.js';
import { handleOtlpHttp, type OtlpHttpDeps } from './otlp-http.js';
import { DEFAULT_TRANSLATE_OPTIONS } from './translate/options.js';

/** The Lambda handler's type. */
export type LambdaHandler = (
  event: ApiGatewayEvent,
  context: Pick<Context, 'getRemainingTimeInMillis' | 'awsRequestId'>,
) => Promise<ApiGatewayResult>;

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

/**
 * Creates the handler. No error crashes the init phase (a crash would make API Gateway answer 500, which
 * OTLP clients do not retry): it is logged once, by its message only, and every request answers 502, which
 * clients retry, so no data is dropped while an operator fixes the setting.
 * @example
 * export const handler = createLambdaHandler();
 */
export function createLambdaHandler(options: LambdaEdgeOptions = {}): LambdaHandler {
  const env = options.env ?? process.env;
  const logger = options.logger ?? jsonLogger();
  const observer = (metrics: MetricsConfig): OtlpHttpDeps['observe'] =>
    emfObserver({ ...metrics, ...(options.writeMetrics ? { write: options.writeMetrics } : {}) });
  const deps = init(env, logger, observer, options.overrides);

  return async (event, context) => {
    const request = fromApiGatewayEvent(event);
    const deadline =
      Date.now() + Math.min(context.getRemainingTimeInMillis(), API_GATEWAY_LIMIT_MS) - RESPONSE_MARGIN_MS;
    const { sendFor } = deps;
    const response = await handleOtlpHttp(
      // The deadline bounds delivery's retries too, not only each destination request.
      { ...request, requestId: request.requestId ?? context.awsRequestId, deadline },
      sendFor ? { ...deps.base, sendFor: (r) => sendFor({ request: r, deadline }) } : deps.base,
    );
    return toApiGatewayResult(response);
  };
}

interface Wired {
  readonly base: OtlpHttpDeps;
  /** The destination per request; absent when the configuration is invalid. */
  readonly sendFor?: (context: SendContext) => Send;
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
    const { sendFor, secrets } = wireDestination(config, config.remoteWriteUrl, logger, overrides);
    const authenticate = endpointAuthenticator(endpointAuth, secrets);
    const base: OtlpHttpDeps = {
      config,
      logger,
      observe: observer(config.metrics),
      send: sendFor(),
      ...(authenticate ? { authenticate } : {}),
    };
    return { base, sendFor };
  } catch (err) {
    // Message and type only: a cause, stack or the environment could carry a configured secret, and our
    // own messages (ConfigError) never quote one.
    if (err instanceof ConfigError) logger.error('invalid configuration', { error: err.message });
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
