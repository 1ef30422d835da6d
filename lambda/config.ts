/**
 * The environment, parsed once into a typed configuration with every default applied. Same variable names
 * locally and on Lambda. The only module that reads `process.env`: everything else gets this object.
 */
import {
  ADD_METRIC_SUFFIXES,
  CLASSIC_HISTOGRAM_MAX_BUCKETS,
  EXPONENTIAL_HISTOGRAMS,
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
  AWS_LAMBDA_FUNCTION_NAME,
  AWS_REGION,
  DISABLE_SCOPE_INFO,
  EXTERNAL_LABELS,
  HOST,
  MAX_BATCH_SIZE_BYTES,
  MAX_BODY_BYTES,
  MAX_CONCURRENT_SENDS,
  MAX_DECODED_VALUES_PER_REQUEST,
  MAX_LABELS_PER_SERIES,
  MAX_LABEL_BYTES_PER_REQUEST,
  MAX_SAMPLES_PER_REQUEST,
  MAX_SERIES_PER_REQUEST,
  MAX_TIMESTAMP_AHEAD_MS,
  METRICS_NAMESPACE,
  NAPI_RS_NATIVE_LIBRARY_PATH,
  NAMESPACE,
  PORT,
  PROMOTE_RESOURCE_ATTRIBUTES,
  REMOTE_WRITE_TIMEOUT_MS,
  REMOTE_WRITE_URL,
  REQUEST_TIMEOUT_MS,
  RESOURCE_TO_TELEMETRY_CONVERSION_ENABLED,
  SEND_METADATA,
  TARGET_INFO_ENABLED,
  TRANSLATION_STRATEGY,
} from './env-names.js';
import { ampRegionOf, loadDestinationConfig, type DestinationConfig } from './auth/auth-config.js';
import { loadEndpointAuthConfig, type Edge, type EndpointAuthConfig } from './auth/endpoint-auth-config.js';
import {
  DEFAULT_HOST,
  DEFAULT_MAX_BATCH_SIZE_BYTES,
  DEFAULT_MAX_CONCURRENT_SENDS,
  DEFAULT_METRICS_NAMESPACE,
  DEFAULT_PORT,
  DEFAULT_REMOTE_WRITE_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_SERVICE_NAME,
} from './defaults.js';
import { boolean, ConfigError, integer, list, oneOf, optional, pairs, type Env } from './env.js';
import { MAX_CLASSIC_BUCKETS, MIN_CLASSIC_BUCKETS } from './translate/exponential-classic.js';
import { labelName } from './translate/label-name.js';
import type { NamingStrategy } from './translate/metric-name.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from './translate/options.js';

export interface Config {
  /** Local server bind address. */
  readonly host: string;
  readonly port: number;
  /** Remote-write destination; undefined locally means the embedded receiver. */
  readonly remoteWriteUrl: string | undefined;
  /** Cap on the request body, on the wire and after decompression (see memoryLimits(); OTLP recommends 20 MiB). */
  readonly maxBodyBytes: number;
  /**
   * Most values (messages, attributes, list elements) one request may decode to (see memoryLimits() and
   * otlp/limits.ts): a 2-byte empty message is ~100 bytes of heap, so the body cap alone is not enough.
   */
  readonly maxDecodedValues: number;
  /** Timeout of one remote-write HTTP request. */
  readonly remoteWriteTimeoutMs: number;
  /**
   * Time budget of one OTLP request on the local server, retries included; when it ends the client gets
   * 503 (or 429) and resends. Below OTLP clients' usual 10 s timeout so their own retry still fits.
   */
  readonly requestTimeoutMs: number;
  /** Largest uncompressed remote-write request (the Collector's `max_batch_size_bytes`). */
  readonly maxBatchSizeBytes: number;
  /** Remote-write requests of one OTLP request in flight at once. */
  readonly maxConcurrentSends: number;
  readonly translate: TranslateOptions;
  /** Destination auth and headers (REMOTE_WRITE_AUTH and friends, see auth/auth-config.ts). */
  readonly destination: DestinationConfig;
  /** Endpoint auth (ENDPOINT_TOKEN, ENDPOINT_TOKEN_SECRET_ARN; on by default on Lambda). */
  readonly endpointAuth: EndpointAuthConfig;
  readonly aws: AwsEnvironment;
  /** Where the Lambda's CloudWatch embedded metrics go. */
  readonly metrics: MetricsConfig;
  /**
   * NAPI_RS_NATIVE_LIBRARY_PATH: a snappy binary chosen by hand. snappy's own loader honours it, so with it
   * set snappy is loaded through that loader rather than straight from its binary's package.
   */
  readonly snappyLibraryPath?: string;
}

/** What the AWS pieces (credentials, STS, Secrets Manager) read of the environment. */
export interface AwsEnvironment {
  /**
   * AWS_REGION, the region the process runs in (set by Lambda; locally by the user or not at all): STS is
   * called there when a role is assumed. Signing uses `destination.auth.region`, which may differ.
   */
  readonly region: string | undefined;
  /**
   * The process environment, read at each use for the AWS tooling's own settings: the execution role's
   * keys (AWS_ACCESS_KEY_ID and friends) and endpoint overrides (AWS_ENDPOINT_URL_<SERVICE>). Not
   * enumerable, so a printed configuration never shows the keys.
   */
  readonly env: Env;
}

function awsEnvironment(region: string | undefined): AwsEnvironment {
  const aws = { region } as { region: string | undefined; env: Env };
  Object.defineProperty(aws, 'env', { value: processEnv(), enumerable: false });
  return aws;
}

/** The process environment. The one place the forwarder names `process.env`. */
export const processEnv = (): Env => process.env;

/** The Lambda's CloudWatch embedded metrics (EMF) settings. */
export interface MetricsConfig {
  /** METRICS_NAMESPACE. @default 'OtlpPromForwarder' */
  readonly namespace: string;
  /** The `Service` dimension: AWS_LAMBDA_FUNCTION_NAME, set by Lambda. @default 'otlp-prom-forwarder' */
  readonly service: string;
}

/**
 * AMP's default "Labels per metric series" quota (quota code L-CDA4AB0F, adjustable):
 * https://docs.aws.amazon.com/prometheus/latest/userguide/AMP_quotas.html
 */
export const AMP_LABELS_PER_SERIES = 70;

/** The memory the defaults are sized for when Lambda does not say: the stack's default. */
export const DEFAULT_MEMORY_MIB = 512;
/** OTLP's recommended body limit, the most we accept whatever the memory. */
const OTLP_MAX_BODY_BYTES = 20 * 1024 * 1024;

/**
 * Request limits sized so that the largest request accepted peaks at no more than ~60% of the function's
 * memory (AWS_LAMBDA_FUNCTION_MEMORY_SIZE, set by Lambda; 512 MiB when absent, as locally). Measured by
 * `npm run bench` ("largest accepted request") on the deployed bundle with the stack's NODE_OPTIONS: per
 * MiB of function memory, 16 KiB of decoded body (8 MiB at 512, OTLP's 20 MiB from 1,280), 250 series,
 * 1,500 samples and 96 Ki characters of series labels.
 *
 * And 1,800 decoded values (921,600 at 512): the benchmark's mix at the 8 MiB body cap decodes to 589,722
 * (protobuf, 8 attributes per point), 420,627 (1 attribute), 601,903 and 463,299 (JSON), so ~1.5x of
 * headroom; the cheapest messages (empty exemplars, points, attributes) at the limit peak under 60%.
 */
export function memoryLimits(env: Env): {
  maxBodyBytes: number;
  maxDecodedValues: number;
  maxSeries: number;
  maxSamples: number;
  maxLabelChars: number;
} {
  const memoryMiB = integer(env, AWS_LAMBDA_FUNCTION_MEMORY_SIZE, DEFAULT_MEMORY_MIB, 128, 10_240);
  return {
    maxBodyBytes: Math.min(OTLP_MAX_BODY_BYTES, memoryMiB * 16 * 1024),
    maxDecodedValues: memoryMiB * 1800,
    maxSeries: memoryMiB * 250,
    maxSamples: memoryMiB * 1500,
    // Each series' labels are encoded once more for the destination: bound what they add up to.
    maxLabelChars: memoryMiB * 96 * 1024,
  };
}

/**
 * Reads the configuration from environment variables (documented in the README's table).
 * @throws ConfigError naming the variable and what was expected.
 */
export function loadConfig(env: Env = processEnv(), edge: Edge = 'local'): Config {
  const remoteWriteUrl = optional(env, REMOTE_WRITE_URL);
  if (remoteWriteUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(remoteWriteUrl);
    } catch {
      // The value is not quoted back: a URL may carry credentials (https://user:password@host/...).
      throw new ConfigError('REMOTE_WRITE_URL is not a URL; expected e.g. https://host/api/v1/write');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigError(`REMOTE_WRITE_URL must be http:// or https://, got ${url.protocol}`);
    }
  }
  const snappyLibraryPath = optional(env, NAPI_RS_NATIVE_LIBRARY_PATH);
  return {
    host: optional(env, HOST) ?? DEFAULT_HOST,
    port: integer(env, PORT, DEFAULT_PORT, 0, 65535),
    remoteWriteUrl,
    maxBodyBytes: integer(env, MAX_BODY_BYTES, memoryLimits(env).maxBodyBytes, 1, 1024 * 1024 * 1024),
    maxDecodedValues: integer(
      env,
      MAX_DECODED_VALUES_PER_REQUEST,
      memoryLimits(env).maxDecodedValues,
      1,
      1_000_000_000,
    ),
    remoteWriteTimeoutMs: integer(env, REMOTE_WRITE_TIMEOUT_MS, DEFAULT_REMOTE_WRITE_TIMEOUT_MS, 1, 600_000),
    requestTimeoutMs: integer(env, REQUEST_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, 100, 600_000),
    maxBatchSizeBytes: integer(env, MAX_BATCH_SIZE_BYTES, DEFAULT_MAX_BATCH_SIZE_BYTES, 1024, 1024 ** 3),
    maxConcurrentSends: integer(env, MAX_CONCURRENT_SENDS, DEFAULT_MAX_CONCURRENT_SENDS, 1, 64),
    translate: loadTranslateOptions(env, remoteWriteUrl),
    destination: loadDestinationConfig(env, remoteWriteUrl),
    endpointAuth: loadEndpointAuthConfig(env, edge),
    aws: awsEnvironment(optional(env, AWS_REGION)),
    metrics: loadMetricsConfig(env),
    ...(snappyLibraryPath === undefined ? {} : { snappyLibraryPath }),
  };
}

/**
 * The metrics settings alone. They cannot be invalid, so the Lambda edge reads them even when the rest of
 * the configuration is refused: a misconfigured function's errors then still land in its own namespace.
 */
export function loadMetricsConfig(env: Env = processEnv()): MetricsConfig {
  return {
    namespace: optional(env, METRICS_NAMESPACE) ?? DEFAULT_METRICS_NAMESPACE,
    service: optional(env, AWS_LAMBDA_FUNCTION_NAME) ?? DEFAULT_SERVICE_NAME,
  };
}

const STRATEGIES = [
  'UnderscoreEscapingWithSuffixes',
  'UnderscoreEscapingWithoutSuffixes',
] as const satisfies readonly NamingStrategy[];

/**
 * The translation options, named after the Collector's prometheusremotewrite settings in UPPER_SNAKE
 * (README, "Translation options"); unset variables keep the Collector's defaults.
 * @throws ConfigError naming the variable and what was expected.
 */
function loadTranslateOptions(env: Env, remoteWriteUrl: string | undefined): TranslateOptions {
  const d = DEFAULT_TRANSLATE_OPTIONS;
  // AMP refuses series with more labels than its quota (default 70, adjustable); elsewhere no limit
  // unless set. 0 turns the limit off.
  const amp = remoteWriteUrl !== undefined && ampRegionOf(new URL(remoteWriteUrl).hostname) !== undefined;
  const maxLabels = integer(env, MAX_LABELS_PER_SERIES, amp ? AMP_LABELS_PER_SERIES : 0, 0, 100_000);
  return {
    namingStrategy: namingStrategy(env),
    namespace: optional(env, NAMESPACE) ?? d.namespace,
    externalLabels: externalLabels(env),
    targetInfoEnabled: boolean(env, TARGET_INFO_ENABLED, d.targetInfoEnabled),
    disableScopeInfo: boolean(env, DISABLE_SCOPE_INFO, d.disableScopeInfo),
    resourceToTelemetryConversion: boolean(
      env,
      RESOURCE_TO_TELEMETRY_CONVERSION_ENABLED,
      d.resourceToTelemetryConversion,
    ),
    promoteResourceAttributes: list(env, PROMOTE_RESOURCE_ATTRIBUTES),
    sendMetadata: boolean(env, SEND_METADATA, d.sendMetadata),
    maxTimestampAheadMs: integer(env, MAX_TIMESTAMP_AHEAD_MS, d.maxTimestampAheadMs, 0, 31 * 86_400_000),
    maxLabelsPerSeries: maxLabels === 0 ? Infinity : maxLabels,
    maxSeries: integer(env, MAX_SERIES_PER_REQUEST, memoryLimits(env).maxSeries, 1, 100_000_000),
    maxSamples: integer(env, MAX_SAMPLES_PER_REQUEST, memoryLimits(env).maxSamples, 1, 100_000_000),
    maxLabelChars: integer(
      env,
      MAX_LABEL_BYTES_PER_REQUEST,
      memoryLimits(env).maxLabelChars,
      1,
      4 * 1024 * 1024 * 1024,
    ),
    exponentialHistograms: oneOf(env, EXPONENTIAL_HISTOGRAMS, ['native', 'classic'], d.exponentialHistograms),
    classicHistogramMaxBuckets: integer(
      env,
      CLASSIC_HISTOGRAM_MAX_BUCKETS,
      d.classicHistogramMaxBuckets,
      MIN_CLASSIC_BUCKETS,
      MAX_CLASSIC_BUCKETS,
    ),
  };
}

/** `TRANSLATION_STRATEGY` when set, else `ADD_METRIC_SUFFIXES`, as the Collector resolves them. */
function namingStrategy(env: Env): NamingStrategy {
  // NoUTF8EscapingWithSuffixes and NoTranslation need UTF-8 names, which remote-write 1.0 cannot carry.
  const strategy = oneOf(env, TRANSLATION_STRATEGY, STRATEGIES);
  if (strategy !== undefined) return strategy;
  return boolean(env, ADD_METRIC_SUFFIXES, true)
    ? 'UnderscoreEscapingWithSuffixes'
    : 'UnderscoreEscapingWithoutSuffixes';
}

/** `EXTERNAL_LABELS` with names sanitised like attribute keys; empty names or values are refused. */
function externalLabels(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(pairs(env, EXTERNAL_LABELS))) {
    const name = labelName(key);
    if (name === '' || value === '') {
      throw new ConfigError(
        `EXTERNAL_LABELS: ${JSON.stringify(key)} needs a valid label name and a non-empty value`,
      );
    }
    out[name] = value;
  }
  return out;
}
