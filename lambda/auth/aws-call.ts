/**
 * One signed call to an AWS API (over http-post.ts, as remote write): the two the forwarder makes (Secrets Manager GetSecretValue,
 * STS AssumeRole) are small enough to write by hand, and the SDK's clients were most of the Lambda bundle
 * and of its cold start (README "Performance"). Endpoints follow the SDK's standard overrides,
 * `AWS_ENDPOINT_URL_<SERVICE>` then `AWS_ENDPOINT_URL` (the AWS tooling's settings, not the forwarder's,
 * read from the environment config.ts hands over), else the service's regional endpoint.
 */
import type { Env } from '../env.js';
import { post, readText } from '../remote-write/http-post.js';
import { createRequestSigner, type CredentialProvider, type RequestSigner } from '../remote-write/sign.js';

export interface AwsCallOptions {
  /** Signing name and endpoint prefix: `secretsmanager`, `sts`. */
  readonly service: string;
  /** The SDK's environment suffix: `SECRETS_MANAGER`, `STS`. */
  readonly envName: string;
  readonly region: string;
  readonly credentials: CredentialProvider;
  /** Per attempt, request and response body included. */
  readonly timeoutMs: number;
  /** Attempts in all (the SDK's maxAttempts); only network errors, throttling and 5xx are tried again. */
  readonly maxAttempts: number;
  /** The environment, for endpoint overrides. */
  readonly env: Env;
}

/** What came back: status and body text. */
export interface AwsResponse {
  readonly status: number;
  readonly body: string;
}

/** Sends signed POSTs to one service in one region; the signer (and its day's key) is kept. */
export type AwsCall = (headers: Record<string, string>, body: string) => Promise<AwsResponse>;

/**
 * A caller for `service` in `region`.
 * @example
 * const call = awsCall({ service: 'sts', envName: 'STS', region, credentials, timeoutMs: 5000, maxAttempts: 2 });
 */
export function awsCall(options: AwsCallOptions): AwsCall {
  const url = endpointUrl(options.service, options.envName, options.region, options.env);
  const sign: RequestSigner = createRequestSigner({
    region: options.region,
    service: options.service,
    credentials: options.credentials,
  });
  return async (headers, body) => {
    for (let attempt = 1; ; attempt++) {
      let response: AwsResponse;
      try {
        // Signed per attempt: a retry must not reuse a timestamp the service may already consider stale.
        const signed = await sign({ method: 'POST', url, headers, body });
        const signal = AbortSignal.timeout(options.timeoutMs);
        const res = await post(url, signed, body, signal);
        response = { status: res.statusCode ?? 0, body: await readText(res) };
      } catch (err) {
        if (attempt >= options.maxAttempts || !isNetworkError(err)) throw err;
        continue;
      }
      if (attempt >= options.maxAttempts || !retryable(response)) return response;
    }
  };
}

function retryable({ status, body }: AwsResponse): boolean {
  return status >= 500 || status === 429 || /Throttl|RequestLimitExceeded|TooManyRequests/.test(body);
}

/** The transport's own failures (connection, timeout), not a credential provider's. */
function isNetworkError(err: unknown): boolean {
  return (
    err instanceof Error &&
    (err.name === 'TimeoutError' || err.name === 'AbortError' || err.name === 'TypeError')
  );
}

function endpointUrl(service: string, envName: string, region: string, env: Env): URL {
  const override = env[`AWS_ENDPOINT_URL_${envName}`] ?? env.AWS_ENDPOINT_URL;
  if (override !== undefined && override !== '') return new URL(override);
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
  return new URL(`https://${service}.${region}.${suffix}/`);
}

/**
 * The service's error code and message from an AWS error body (JSON `__type`, XML `<Code>`), for logs:
 * neither ever carries a secret value.
 */
export function awsError(operation: string, response: AwsResponse): Error {
  const json = parseJson(response.body);
  const code =
    (typeof json?.__type === 'string' ? json.__type.replace(/^.*#/, '') : undefined) ??
    /<Code>([^<]*)<\/Code>/.exec(response.body)?.[1] ??
    `HTTP ${response.status}`;
  const message =
    (typeof json?.message === 'string' ? json.message : undefined) ??
    (typeof json?.Message === 'string' ? json.Message : undefined) ??
    /<Message>([^<]*)<\/Message>/.exec(response.body)?.[1] ??
    '';
  const err = new Error(`${operation} failed (HTTP ${response.status}): ${message.slice(0, 300)}`);
  err.name = code.slice(0, 100);
  return err;
}

/** The body as an object, or undefined when it is not JSON. */
export function parseJson(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
