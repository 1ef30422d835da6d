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
import { bearerTokenAuth } from './auth/endpoint-auth.js';
import { wireDestination, type AuthOverrides } from './auth/wire.js';
import { ConfigError, loadConfig } from './config.js';
import type { Send } from './delivery.js';
import { emfObserver } from './emf.js';
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
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly logger?: Logger;
  /** Where EMF lines go (stdout). */
  readonly writeMetrics?: (line: string) => void;
  /** Injected secret store / credentials (tests). */
  readonly overrides?: AuthOverrides;
}

/** API Gateway gives up on an integration after 29 s (REST) or 30 s (HTTP API). */
const API_GATEWAY_LIMIT_MS = 29_000;
/** Kept back from the budget to encode the answer and return it before the caller gives up. */
const RESPONSE_MARGIN_MS = 1_000;

/**
 * Creates the handler. Configuration errors do not crash the init phase: they are logged once and every
 * request answers 502, which OTLP clients retry, so no data is dropped while an operator fixes the setting.
 * @example
 * export const handler = createLambdaHandler();
 */
export function createLambdaHandler(options: LambdaEdgeOptions = {}): LambdaHandler {
  const env = options.env ?? process.env;
  const logger = options.logger ?? jsonLogger();
  const observe = emfObserver({
    namespace: env.METRICS_NAMESPACE?.trim() || 'OtlpPromForwarder',
    service: env.AWS_LAMBDA_FUNCTION_NAME ?? 'otlp-prom-forwarder',
    ...(options.writeMetrics ? { write: options.writeMetrics } : {}),
  });
  const deps = init(env, logger, observe, options.overrides);

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
  env: Readonly<Record<string, string | undefined>>,
  logger: Logger,
  observe: OtlpHttpDeps['observe'],
  overrides: AuthOverrides | undefined,
): Wired {
  try {
    const config = loadConfig(env);
    if (config.remoteWriteUrl === undefined) {
      throw new ConfigError('REMOTE_WRITE_URL is required on Lambda (there is no embedded receiver)');
    }
    const endpointAuth = loadEndpointAuthConfig(env);
    const { sendFor, secrets } = wireDestination(config, config.remoteWriteUrl, logger, {
      awsRegion: env.AWS_REGION,
      ...overrides,
    });
    const base: OtlpHttpDeps = {
      config,
      logger,
      observe,
      send: sendFor(),
      ...(endpointAuth.kind === 'token'
        ? { authenticate: bearerTokenAuth(secrets, endpointAuth.secretArn) }
        : {}),
    };
    return { base, sendFor };
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    logger.error('invalid configuration', { error: err.message });
    const refuse = (): never => {
      throw new DestinationMisconfiguredError('the forwarder is misconfigured; its logs say how', {
        retryAfterSeconds: 60,
      });
    };
    return {
      base: {
        config: { maxBodyBytes: 0, translate: DEFAULT_TRANSLATE_OPTIONS },
        logger,
        observe,
        send: () => Promise.resolve(refuse()),
        authenticate: () => Promise.resolve(refuse()),
      },
    };
  }
}
