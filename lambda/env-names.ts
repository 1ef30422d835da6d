/**
 * The names of every environment variable the function and the local server read, defined once for the
 * readers (config.ts, auth/) and for infra/, which sets them. This module imports nothing, so the CDK app
 * can import it without pulling the function's runtime into the synth. The README's table says what each
 * one does and its default.
 */

// Destination.

/** Remote-write URL; unset locally means the embedded receiver. */
export const REMOTE_WRITE_URL = 'REMOTE_WRITE_URL';
/** Destination auth: `sigv4`, `bearer`, `basic` or `none`. */
export const REMOTE_WRITE_AUTH = 'REMOTE_WRITE_AUTH';
/** SigV4 signing service (AMP: `aps`). */
export const REMOTE_WRITE_SIGV4_SERVICE = 'REMOTE_WRITE_SIGV4_SERVICE';
/** SigV4 signing region, when the URL does not name it. */
export const REMOTE_WRITE_SIGV4_REGION = 'REMOTE_WRITE_SIGV4_REGION';
/** An IAM role to assume before signing (a workspace in another account). */
export const REMOTE_WRITE_ROLE_ARN = 'REMOTE_WRITE_ROLE_ARN';
/** Secrets Manager ARN of the bearer token or of `{"username","password"}`. */
export const REMOTE_WRITE_SECRET_ARN = 'REMOTE_WRITE_SECRET_ARN';
/** Extra destination headers, `Name=Value,...` with URL-encoded values. */
export const REMOTE_WRITE_HEADERS = 'REMOTE_WRITE_HEADERS';
/** The destination bearer token itself (local use; on Lambda use REMOTE_WRITE_SECRET_ARN). */
export const REMOTE_WRITE_BEARER_TOKEN = 'REMOTE_WRITE_BEARER_TOKEN';
/** Basic auth user name, beside REMOTE_WRITE_BASIC_PASSWORD. */
export const REMOTE_WRITE_BASIC_USERNAME = 'REMOTE_WRITE_BASIC_USERNAME';
/** Basic auth password itself (local use; on Lambda use REMOTE_WRITE_SECRET_ARN). */
export const REMOTE_WRITE_BASIC_PASSWORD = 'REMOTE_WRITE_BASIC_PASSWORD';
/** `true`: forward the client's own X-Scope-OrgID header to the destination. */
export const PASS_THROUGH_TENANT_HEADER = 'PASS_THROUGH_TENANT_HEADER';
/** Timeout of one remote-write HTTP request, in ms. */
export const REMOTE_WRITE_TIMEOUT_MS = 'REMOTE_WRITE_TIMEOUT_MS';
/** Largest uncompressed remote-write request, in bytes. */
export const MAX_BATCH_SIZE_BYTES = 'MAX_BATCH_SIZE_BYTES';
/** Remote-write requests of one OTLP request in flight at once. */
export const MAX_CONCURRENT_SENDS = 'MAX_CONCURRENT_SENDS';

// Endpoint auth and secrets.

/** How clients authenticate: `token` or `none`. */
export const ENDPOINT_AUTH = 'ENDPOINT_AUTH';
/** The endpoint bearer token itself (local server only). */
export const ENDPOINT_TOKEN = 'ENDPOINT_TOKEN';
/** Secrets Manager ARN of the endpoint bearer token. */
export const ENDPOINT_TOKEN_SECRET_ARN = 'ENDPOINT_TOKEN_SECRET_ARN';
/** How long a secret value is cached before it is read again, in seconds. */
export const SECRET_CACHE_TTL_SECONDS = 'SECRET_CACHE_TTL_SECONDS';

// Request limits.

/** Cap on the request body, on the wire and decompressed, in bytes. */
export const MAX_BODY_BYTES = 'MAX_BODY_BYTES';
/** Most values one request may decode to. */
export const MAX_DECODED_VALUES_PER_REQUEST = 'MAX_DECODED_VALUES_PER_REQUEST';
/** Most series one request may translate to. */
export const MAX_SERIES_PER_REQUEST = 'MAX_SERIES_PER_REQUEST';
/** Most samples one request may translate to. */
export const MAX_SAMPLES_PER_REQUEST = 'MAX_SAMPLES_PER_REQUEST';
/** Most characters of series labels one request may translate to. */
export const MAX_LABEL_BYTES_PER_REQUEST = 'MAX_LABEL_BYTES_PER_REQUEST';
/** Time budget of one request on the local server, retries included, in ms. */
export const REQUEST_TIMEOUT_MS = 'REQUEST_TIMEOUT_MS';

// Translation (the Collector's prometheusremotewrite settings in UPPER_SNAKE).

/** Metric naming: `UnderscoreEscapingWithSuffixes` or `UnderscoreEscapingWithoutSuffixes`. */
export const TRANSLATION_STRATEGY = 'TRANSLATION_STRATEGY';
/** Whether to add unit and type suffixes, when TRANSLATION_STRATEGY is unset. */
export const ADD_METRIC_SUFFIXES = 'ADD_METRIC_SUFFIXES';
/** Prefix added to every metric name. */
export const NAMESPACE = 'NAMESPACE';
/** Labels added to every series, `name=value,...`. */
export const EXTERNAL_LABELS = 'EXTERNAL_LABELS';
/** Whether to write `target_info` series from resource attributes. */
export const TARGET_INFO_ENABLED = 'TARGET_INFO_ENABLED';
/** Whether to leave out the `otel_scope_*` labels. */
export const DISABLE_SCOPE_INFO = 'DISABLE_SCOPE_INFO';
/** Whether to copy every resource attribute onto every series. */
export const RESOURCE_TO_TELEMETRY_CONVERSION_ENABLED = 'RESOURCE_TO_TELEMETRY_CONVERSION_ENABLED';
/** Resource attributes copied onto every series, comma-separated. */
export const PROMOTE_RESOURCE_ATTRIBUTES = 'PROMOTE_RESOURCE_ATTRIBUTES';
/** Whether to also send each metric's type, help and unit, in metadata-only write requests. */
export const SEND_METADATA = 'SEND_METADATA';
/** How far ahead of the clock a sample may be before it is rejected, in ms. */
export const MAX_TIMESTAMP_AHEAD_MS = 'MAX_TIMESTAMP_AHEAD_MS';
/** Most labels per series (0: no limit). */
export const MAX_LABELS_PER_SERIES = 'MAX_LABELS_PER_SERIES';

// Local server and metrics.

/** Local server bind address. */
export const HOST = 'HOST';
/** Local server port. */
export const PORT = 'PORT';
/** CloudWatch namespace of the function's embedded metrics. */
export const METRICS_NAMESPACE = 'METRICS_NAMESPACE';

// Set by Lambda, the AWS tooling or Node.js itself; read, never set by the stack.

/** The function name (Lambda), the metrics' `Service` dimension. */
export const AWS_LAMBDA_FUNCTION_NAME = 'AWS_LAMBDA_FUNCTION_NAME';
/** The function memory in MiB (Lambda); the request limits scale with it. */
export const AWS_LAMBDA_FUNCTION_MEMORY_SIZE = 'AWS_LAMBDA_FUNCTION_MEMORY_SIZE';
/** The region the process runs in (Lambda). */
export const AWS_REGION = 'AWS_REGION';
/** The SDK's fallback region, for SigV4 outside AMP. */
export const AWS_DEFAULT_REGION = 'AWS_DEFAULT_REGION';
/** Access key of the process's credentials (Lambda: the execution role's). */
export const AWS_ACCESS_KEY_ID = 'AWS_ACCESS_KEY_ID';
/** Secret key of the process's credentials. */
export const AWS_SECRET_ACCESS_KEY = 'AWS_SECRET_ACCESS_KEY';
/** Session token of temporary credentials. */
export const AWS_SESSION_TOKEN = 'AWS_SESSION_TOKEN';
/** Expiry of temporary credentials (ISO 8601). */
export const AWS_CREDENTIAL_EXPIRATION = 'AWS_CREDENTIAL_EXPIRATION';
/** Endpoint override for every AWS service the function calls. */
export const AWS_ENDPOINT_URL = 'AWS_ENDPOINT_URL';
/** Endpoint override for Secrets Manager (wins over AWS_ENDPOINT_URL). */
export const AWS_ENDPOINT_URL_SECRETS_MANAGER = 'AWS_ENDPOINT_URL_SECRETS_MANAGER';
/** Endpoint override for STS (wins over AWS_ENDPOINT_URL). */
export const AWS_ENDPOINT_URL_STS = 'AWS_ENDPOINT_URL_STS';
/** Node.js options, read by `node` at start (the stack sets source maps and the heap layout). */
export const NODE_OPTIONS = 'NODE_OPTIONS';
/** napi-rs's own override: a snappy binary to load instead of the installed package's. */
export const NAPI_RS_NATIVE_LIBRARY_PATH = 'NAPI_RS_NATIVE_LIBRARY_PATH';

// Exponential histograms.

/** `native` (default) or `classic`: how exponential histograms are written (docs/receivers.md). */
export const EXPONENTIAL_HISTOGRAMS = 'EXPONENTIAL_HISTOGRAMS';
/** In classic mode, the most buckets (le series) one histogram point becomes. */
export const CLASSIC_HISTOGRAM_MAX_BUCKETS = 'CLASSIC_HISTOGRAM_MAX_BUCKETS';
