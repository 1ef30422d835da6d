/** The function's environment: the caller's options, the destination's settings and endpoint auth. */
import * as ENV from '../lambda/env-names.js';
import type { BoundDestination } from './destination.js';
import { EndpointAuth, type OtlpPrometheusForwarderProps } from './forwarder-props.js';

/**
 * Stack traces point at lambda/*.ts instead of minified index.mjs. A 2 MiB young generation keeps the
 * largest accepted request's peak RSS near its live data (measured: 265 MiB instead of 357 for an 8 MiB
 * request; time unchanged), which the request limits in lambda/config.ts assume.
 */
const NODE_OPTIONS = '--enable-source-maps --max-semi-space-size=2';

/** What the environment is made of. */
export interface FunctionEnvironmentParts {
  readonly props: OtlpPrometheusForwarderProps;
  readonly destination: BoundDestination;
  readonly endpointAuth: EndpointAuth;
  /** The endpoint token secret's ARN, with `EndpointAuth.TOKEN`. */
  readonly tokenSecretArn?: string;
}

/** The function's environment variables; the construct's own settings win over `props.environment`. */
export function functionEnvironment(parts: FunctionEnvironmentParts): Record<string, string> {
  const { props, destination, endpointAuth, tokenSecretArn } = parts;
  const environment: Record<string, string> = {
    ...props.environment,
    ...destination.environment,
    // With IAM auth API Gateway has verified the caller before the function runs.
    [ENV.ENDPOINT_AUTH]: endpointAuth === EndpointAuth.TOKEN ? 'token' : 'none',
    [ENV.NODE_OPTIONS]: NODE_OPTIONS,
  };
  if (tokenSecretArn !== undefined) environment[ENV.ENDPOINT_TOKEN_SECRET_ARN] = tokenSecretArn;
  if (props.passThroughTenantHeader === true) environment[ENV.PASS_THROUGH_TENANT_HEADER] = 'true';
  if (props.secretCacheTtl !== undefined) {
    environment[ENV.SECRET_CACHE_TTL_SECONDS] = String(props.secretCacheTtl.toSeconds());
  }
  if (props.exponentialHistograms !== undefined) {
    environment[ENV.EXPONENTIAL_HISTOGRAMS] = props.exponentialHistograms;
  }
  return environment;
}
