/** Props of {@link OtlpPrometheusForwarder} that cannot make a working forwarder, refused at synth. */
import { Token, type Duration } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { API_GATEWAY_LIMIT_MS } from '../lambda/constants.js';
import * as ENV from '../lambda/env-names.js';
import { invalid } from './errors.js';
import { EndpointAuth, type OtlpPrometheusForwarderProps } from './forwarder-props.js';

/** Whole seconds strictly under API Gateway's limit, so the function answers (or times out) first. */
const MAX_TIMEOUT_SECONDS = Math.ceil(API_GATEWAY_LIMIT_MS / 1000) - 1;
/** Below this the function's 1 s answer margin leaves delivery no time. */
const MIN_TIMEOUT_SECONDS = 3;

/**
 * Environment variables the construct sets itself from props (destination, endpoint auth, secrets), or
 * that would carry a credential in clear text; `environment` may not set them. Delivery and translation
 * options (REMOTE_WRITE_TIMEOUT_MS, NAMESPACE, ...) pass through.
 */
const MANAGED_ENV = new Set<string>([
  ENV.REMOTE_WRITE_URL,
  ENV.REMOTE_WRITE_AUTH,
  ENV.REMOTE_WRITE_SIGV4_SERVICE,
  ENV.REMOTE_WRITE_SIGV4_REGION,
  ENV.REMOTE_WRITE_ROLE_ARN,
  ENV.REMOTE_WRITE_SECRET_ARN,
  ENV.REMOTE_WRITE_HEADERS,
  ENV.REMOTE_WRITE_BEARER_TOKEN,
  ENV.REMOTE_WRITE_BASIC_USERNAME,
  ENV.REMOTE_WRITE_BASIC_PASSWORD,
  ENV.PASS_THROUGH_TENANT_HEADER,
  ENV.ENDPOINT_AUTH,
  ENV.ENDPOINT_TOKEN_SECRET_ARN,
  ENV.SECRET_CACHE_TTL_SECONDS,
  ENV.EXPONENTIAL_HISTOGRAMS,
  ENV.NODE_OPTIONS,
]);
/** Lambda reserves AWS_* and sets them itself. */
const RESERVED_ENV = /^(AWS_|_HANDLER$|LAMBDA_)/;
/** Names that suggest a credential: those belong in Secrets Manager, never in the template. */
const SECRET_LIKE_ENV = /(PASSWORD|TOKEN|SECRET|API_KEY|CREDENTIAL)/i;

/**
 * Checks the props against what the function and API Gateway can work with.
 * @throws ForwarderConfigError naming the prop, the accepted range and the value given.
 */
export function validateProps(
  scope: Construct,
  props: OtlpPrometheusForwarderProps,
  timeout: Duration,
  memorySize: number,
): void {
  checkSizing(scope, props, timeout, memorySize);
  if (
    props.endpointTokenSecret !== undefined &&
    props.endpointAuth !== undefined &&
    props.endpointAuth !== EndpointAuth.TOKEN
  ) {
    throw invalid(
      `endpointTokenSecret is only used with endpointAuth TOKEN, not ${props.endpointAuth}`,
      scope,
    );
  }
  checkCounts(scope, props);
  checkEnvironment(scope, props.environment ?? {});
}

function checkSizing(
  scope: Construct,
  props: OtlpPrometheusForwarderProps,
  timeout: Duration,
  memorySize: number,
): void {
  const seconds = timeout.toSeconds();
  // Below 3 s the function's own 1 s answer margin leaves delivery no time: every request would get a
  // retryable 503 that no wait can heal.
  if (seconds < MIN_TIMEOUT_SECONDS || seconds > MAX_TIMEOUT_SECONDS) {
    throw invalid(
      `timeout must be ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS} s (the function keeps 1 s to answer; API Gateway stops waiting at ${API_GATEWAY_LIMIT_MS / 1000} s), got ${seconds} s`,
      scope,
    );
  }
  if (
    !Token.isUnresolved(memorySize) &&
    (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 10240)
  ) {
    throw invalid(`memorySizeMiB must be an integer from 128 to 10240, got ${memorySize}`, scope);
  }
  const ttl = props.secretCacheTtl?.toSeconds();
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > 86_400)) {
    throw invalid(`secretCacheTtl must be a whole number of seconds from 0 to 86400, got ${ttl}`, scope);
  }
}

function checkCounts(scope: Construct, props: OtlpPrometheusForwarderProps): void {
  for (const [label, value] of [
    ['throttlingRateLimit', props.throttlingRateLimit],
    ['throttlingBurstLimit', props.throttlingBurstLimit],
    ['reservedConcurrentExecutions', props.reservedConcurrentExecutions],
  ] as const) {
    if (value !== undefined && !Token.isUnresolved(value) && !(Number.isInteger(value) && value >= 0)) {
      throw invalid(`${label} must be a non-negative integer, got ${value}`, scope);
    }
  }
}

function checkEnvironment(scope: Construct, environment: Readonly<Record<string, string>>): void {
  for (const name of Object.keys(environment)) {
    if (MANAGED_ENV.has(name)) {
      throw invalid(
        `environment variable ${name} is set by the construct from its props; use the prop instead`,
        scope,
      );
    }
    if (RESERVED_ENV.test(name)) throw invalid(`environment variable ${name} is reserved by Lambda`, scope);
    if (SECRET_LIKE_ENV.test(name)) {
      throw invalid(
        `environment variable ${name} looks like a credential: keep it in Secrets Manager, not in the template`,
        scope,
      );
    }
  }
}
