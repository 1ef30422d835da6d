/**
 * Facts of the HTTP contract that both the function and infra/ rely on. This module imports nothing, so
 * the CDK app can import it without pulling the function's runtime dependencies into the synth.
 */

/** The OTLP/HTTP metrics path (OTLP spec: `/v1/metrics`). */
export const METRICS_PATH = '/v1/metrics';

/**
 * API Gateway gives up on an integration after 29 s (REST API; the HTTP API allows 30 s, the smaller
 * one is kept so either API fits). The function must answer before that.
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
 */
export const API_GATEWAY_LIMIT_MS = 29_000;
