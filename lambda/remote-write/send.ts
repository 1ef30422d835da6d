/**
 * One remote-write HTTP request and what its outcome means. The only module here that does network I/O.
 * The transport is http-post.ts (node:http/node:https, loaded on first use, not fetch: cold start).
 */
import type { IncomingMessage } from 'node:http';
import { MAX_RETRY_AFTER_SECONDS } from '../errors.js';
import { USER_AGENT } from '../version.js';
import { post } from './http-post.js';

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

/** What one attempt may use: stop when `signal` aborts, and never take longer than `timeoutMs`. */
export interface SendAttempt {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/**
 * Sends one snappy-compressed WriteRequest. destination.ts adds the URL, headers, auth and signing. Honouring
 * `attempt` is recommended; delivery stops waiting at the deadline either way.
 */
export type Send = (body: Uint8Array, attempt?: SendAttempt) => Promise<SendResult>;

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
 * Redirects are not followed (node:http never does): a followed 301/302 would turn the POST into a GET
 * without the body, and its 200 would read as success.
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
    const signal = options.signal
      ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
      : AbortSignal.timeout(options.timeoutMs);
    const response = await post(url, headers, body, signal);
    const httpStatus = response.statusCode ?? 0;
    if (httpStatus >= 200 && httpStatus < 300) {
      // The status line is the destination's word that the data is written: a body cut off or stalled
      // after it must not make the batch look failed (the client would resend stored data). The body is
      // read in the background so the connection can be reused, or dropped if it breaks.
      drain(response).catch(() => response.destroy());
      return { status: 'success', httpStatus };
    }
    const text = redact(await readLimited(response), headers);
    const error = new Error(`remote write to ${url.host} answered ${httpStatus}: ${text}`);
    if (httpStatus === 429 || httpStatus >= 500) {
      const retryAfter = response.headers['retry-after'];
      const retryAfterMs = parseRetryAfter(
        typeof retryAfter === 'string' ? retryAfter : undefined,
        Date.now(),
      );
      return {
        status: 'retryable',
        httpStatus,
        error,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    }
    return { status: 'failure', httpStatus, error };
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

/** Reads a response to its end, discarding it; fails when the connection closes before the end. */
function drain(response: IncomingMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    response.on('data', () => undefined);
    response.once('end', resolve);
    response.once('error', reject);
    response.once('close', () => {
      if (!response.complete) reject(new Error('the connection closed before the response ended'));
    });
  });
}

/** The start of an error body, reading no more than MAX_ERROR_BODY bytes of it. */
function readLimited(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    // Resolving again is a no-op: the first of end, close or the limit decides.
    const done = (): void => {
      if (failed && size === 0) resolve('(unreadable body)');
      const text = Buffer.concat(chunks).subarray(0, MAX_ERROR_BODY).toString('utf8').trim();
      resolve(size > MAX_ERROR_BODY ? `${text}...` : text);
    };
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > MAX_ERROR_BODY) {
        // Enough: the rest is not read, and the connection is not reused.
        response.destroy();
        done();
      }
    });
    response.once('end', done);
    // A connection that breaks off (or our own destroy above) ends the reading with what arrived.
    response.once('close', done);
    response.once('error', () => {
      failed = true;
    });
  });
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

/** node:http reports socket errors directly: ECONNREFUSED and the like carry a `code`. */
function describeNetworkError(err: Error): string {
  const { code } = err as { code?: unknown };
  if (typeof code === 'string' && !err.message.includes(code)) return `${code} ${err.message}`;
  return err.message;
}

/**
 * `Retry-After` as milliseconds from now: delay-seconds or an HTTP date (RFC 9110 §10.2.3), at most
 * {@link MAX_RETRY_AFTER_SECONDS}. Undefined when absent, unparseable or useless: zero, negative or in
 * the past says nothing about how long to wait, so the caller's own backoff applies.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const trimmed = value?.trim() ?? '';
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  // An HTTP date names its weekday or month; Date.parse alone also reads "-5" or "1.5" as dates.
  else if (/[a-z]/i.test(trimmed)) ms = Date.parse(trimmed) - nowMs;
  else return undefined;
  // A 400-digit value is Infinity and a 20-digit one loses its precision: both are just "very long".
  if (Number.isNaN(ms) || ms <= 0) return undefined;
  return Math.min(ms, MAX_RETRY_AFTER_SECONDS * 1000);
}
