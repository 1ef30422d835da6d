/** One remote-write HTTP request and what its outcome means. The only module here that does network I/O. */
import { USER_AGENT } from '../version.js';

/** An upstream outcome, kept as data: the caller decides about retries and the client's status. */
export type SendResult =
  | { readonly status: 'success'; readonly httpStatus: number }
  | {
      readonly status: 'retryable';
      readonly httpStatus?: number;
      readonly retryAfterMs?: number;
      readonly error: Error;
    }
  | { readonly status: 'failure'; readonly httpStatus: number; readonly error: Error };

export interface SendOptions {
  readonly url: string;
  /** Extra headers (auth, tenant); they cannot replace the remote-write protocol headers. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  /** Aborts the request early (the caller gave it up). */
  readonly signal?: AbortSignal;
  /** Signs the final request (SigV4); gets the exact bytes that go on the wire. */
  readonly sign?: (request: {
    url: URL;
    headers: Record<string, string>;
    body: Uint8Array;
  }) => Promise<Record<string, string>>;
}

/** How much of an error body we quote back: enough for the destination's reason, no more. */
const MAX_ERROR_BODY = 1024;

/**
 * POSTs a snappy-compressed WriteRequest. Never throws: network errors and timeouts are `retryable`.
 */
export async function sendWriteRequest(body: Uint8Array, options: SendOptions): Promise<SendResult> {
  const url = new URL(options.url);
  let headers: Record<string, string> = {
    ...options.headers,
    'content-type': 'application/x-protobuf',
    'content-encoding': 'snappy',
    'x-prometheus-remote-write-version': '0.1.0',
    'user-agent': USER_AGENT,
  };
  try {
    if (options.sign) headers = { ...headers, ...(await options.sign({ url, headers, body })) };
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body,
      // A followed 301/302 turns the POST into a GET without the body, and its 200 would read as success.
      redirect: 'manual',
      signal: options.signal
        ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
        : AbortSignal.timeout(options.timeoutMs),
    });
    if (response.ok) {
      await response.body?.cancel();
      return { status: 'success', httpStatus: response.status };
    }
    const text = redact(await readLimited(response), headers);
    const error = new Error(`remote write to ${url.host} answered ${response.status}: ${text}`);
    if (response.status === 429 || response.status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
      return {
        status: 'retryable',
        httpStatus: response.status,
        error,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    }
    return { status: 'failure', httpStatus: response.status, error };
  } catch (err) {
    const cause = err instanceof Error ? err : new Error(String(err));
    const what =
      cause.name === 'TimeoutError'
        ? `timed out after ${options.timeoutMs} ms`
        : options.signal?.aborted
          ? 'abandoned: the request was given up'
          : describeNetworkError(cause);
    return {
      status: 'retryable',
      error: new Error(`remote write to ${url.host} failed: ${what}`, { cause }),
    };
  }
}

/** The start of an error body, reading no more than MAX_ERROR_BODY bytes of it. */
async function readLimited(response: Response): Promise<string> {
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // Leaving the loop early cancels the rest of the stream.
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_ERROR_BODY) break;
    }
  } catch {
    return '(unreadable body)';
  }
  const text = Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY).toString('utf8').trim();
  return size > MAX_ERROR_BODY ? `${text}...` : text;
}

/** Headers whose values must never be echoed back to clients or logs. */
const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'x-amz-security-token',
  'x-api-key',
  'cookie',
];

/**
 * The destination's error text with our own credentials removed: a proxy that echoes the request would
 * otherwise put them into client error bodies and logs.
 */
export function redact(text: string, headers: Readonly<Record<string, string>>): string {
  let out = text;
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.includes(name.toLowerCase()) || value === '') continue;
    // The whole value, and each token of it that looks like key material (long, not just a word such as
    // "SignedHeaders"): a SigV4 signature, a session token, a bearer token, a basic credential.
    const parts = [
      value,
      ...value.split(/[\s,=/]+/).filter((p) => p.length >= 16 && !/^[A-Za-z-]+$/.test(p)),
    ];
    for (const part of parts) out = out.split(part).join('[redacted]');
  }
  return out.replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]');
}

function describeNetworkError(err: Error): string {
  const cause = err.cause as { code?: string; message?: string } | undefined;
  if (cause?.code) return `${cause.code} ${cause.message ?? ''}`.trim();
  // undici's "fetch failed" hides the reason (e.g. "bad port") in the cause's message.
  return cause?.message ? `${err.message}: ${cause.message}` : err.message;
}

/**
 * `Retry-After` as milliseconds from now: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
 * Undefined when absent or unparseable.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
