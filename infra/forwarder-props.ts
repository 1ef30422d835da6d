/** The props of {@link OtlpPrometheusForwarder}, in the aws-cdk design-guideline style. */
import type { Duration } from 'aws-cdk-lib';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { ForwarderDestination } from './destination.js';

/** How OTLP clients authenticate to the endpoint. */
export enum EndpointAuth {
  /**
   * A bearer token kept in Secrets Manager, compared by the function in constant time. SDK users send
   * `OTEL_EXPORTER_OTLP_HEADERS=Authorization=Bearer%20<token>`.
   */
  TOKEN = 'token',
  /**
   * AWS IAM (SigV4, service `execute-api`) checked by API Gateway before the function runs, for
   * Collectors with the `sigv4auth` extension. Callers need `execute-api:Invoke` on the route
   * (see `grantInvoke()`).
   */
  IAM = 'iam',
  /** Anyone who knows the URL may write. Only ever by explicit choice. */
  NONE = 'none',
}

/** How exponential histograms are written to the destination (EXPONENTIAL_HISTOGRAMS). */
export enum ExponentialHistograms {
  /** As native histograms: Prometheus with native histograms on, AMP, Mimir (see docs/receivers.md). */
  NATIVE = 'native',
  /**
   * As classic `_bucket`/`_sum`/`_count` series, for destinations that do not store native histograms
   * (VictoriaMetrics drops them with a 204). CLASSIC_HISTOGRAM_MAX_BUCKETS (via `environment`) bounds
   * the buckets per point.
   */
  CLASSIC = 'classic',
}

/** Props of {@link OtlpPrometheusForwarder}. */
export interface OtlpPrometheusForwarderProps {
  /**
   * Where the series go.
   * @default ForwarderDestination.newWorkspace() - a new AMP workspace
   */
  readonly destination?: ForwarderDestination;

  /**
   * How OTLP clients authenticate.
   * @default EndpointAuth.TOKEN
   */
  readonly endpointAuth?: EndpointAuth;

  /**
   * The secret holding the endpoint's bearer token (the whole secret string), with `EndpointAuth.TOKEN`.
   * @default - a new secret with a generated 48-character alphanumeric token
   */
  readonly endpointTokenSecret?: secretsmanager.ISecret;

  /**
   * The function's instruction set; snappy's native binary in the bundle follows it.
   * @default lambda.Architecture.ARM_64
   */
  readonly architecture?: lambda.Architecture;

  /**
   * Function memory in MiB (CPU grows with it).
   * @default 512
   */
  readonly memorySizeMiB?: number;

  /**
   * Function timeout; must stay under API Gateway's 29 s integration limit.
   * @default Duration.seconds(10)
   */
  readonly timeout?: Duration;

  /**
   * Concurrency reserved for (and capping) the function.
   * @default - unreserved: the function shares the account's pool
   */
  readonly reservedConcurrentExecutions?: number;

  /**
   * Retention of the function's log group and the API's access-log group.
   * @default logs.RetentionDays.ONE_MONTH
   */
  readonly logRetention?: logs.RetentionDays;

  /**
   * Steady-state requests per second the API stage admits; more get 429 (which OTLP clients retry).
   * @default 100
   */
  readonly throttlingRateLimit?: number;

  /**
   * Burst of requests the API stage admits above the rate.
   * @default 200
   */
  readonly throttlingBurstLimit?: number;

  /**
   * An SNS topic notified when an alarm fires and when it clears.
   * @default - alarms are created without actions
   */
  readonly alarmTopic?: sns.ITopic;

  /**
   * A CloudWatch dashboard of the forwarder: requests, data points and rejection reasons, the
   * destination, the function. The saved Logs Insights queries are created either way.
   * @default true
   */
  readonly dashboard?: boolean;

  /**
   * Forward the client's own `X-Scope-OrgID` header to the destination (multi-tenant Cortex/Mimir).
   * @default false
   */
  readonly passThroughTenantHeader?: boolean;

  /**
   * How long the function caches secret values before reading them again (token rotation delay).
   * @default - the function's default
   */
  readonly secretCacheTtl?: Duration;

  /**
   * How exponential histograms are written (EXPONENTIAL_HISTOGRAMS).
   * @default ExponentialHistograms.NATIVE
   */
  readonly exponentialHistograms?: ExponentialHistograms;

  /**
   * More environment variables for the function: the translation and delivery options in the README's
   * environment table, e.g. `{ NAMESPACE: 'myapp', EXTERNAL_LABELS: 'cluster=prod' }`. Variables the
   * construct manages (destination and endpoint auth), `AWS_*` names and names that look like secrets
   * are refused.
   * @default - none
   */
  readonly environment?: Readonly<Record<string, string>>;
}
