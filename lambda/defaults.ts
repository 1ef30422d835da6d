/**
 * Every default the forwarder has, written once: config.ts applies them to unset variables, and the
 * modules that take these settings require them rather than defaulting again. Imports nothing.
 */

/** The Collector's `max_batch_size_bytes` default: uncompressed WriteRequest size. */
export const DEFAULT_MAX_BATCH_SIZE_BYTES = 3_000_000;

/** Batches of one request in flight at once (the Collector's remote_write_queue uses 5 consumers). */
export const DEFAULT_MAX_CONCURRENT_SENDS = 4;

/** The local server's REQUEST_TIMEOUT_MS: 4 s, leaving a 10 s client time for one resend. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 4000;

/** REMOTE_WRITE_TIMEOUT_MS: the longest one remote-write HTTP request may take. */
export const DEFAULT_REMOTE_WRITE_TIMEOUT_MS = 5000;

/** Retry-After we give the client when the destination did not say how long to wait. */
export const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** The local server's address: loopback, so nothing is exposed without a choice (HOST, PORT). */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4318;

/** METRICS_NAMESPACE, and the `Service` dimension when AWS_LAMBDA_FUNCTION_NAME is unset. */
export const DEFAULT_METRICS_NAMESPACE = 'OtlpPromForwarder';
export const DEFAULT_SERVICE_NAME = 'otlp-prom-forwarder';
