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
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (response.ok) {
      await response.body?.cancel();
      return { status: 'success', httpStatus: response.status };
    }
    const text = await readLimited(response);
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
      cause.name === 'TimeoutError' ? `timed out after ${options.timeoutMs} ms` : describeNetworkError(cause);
    return {
      status: 'retryable',
      error: new Error(`remote write to ${url.host} failed: ${what}`, { cause }),
    };
  }
}

async function readLimited(response: Response): Promise<string> {
  try {
    const text = await response.text();
    return text.length > MAX_ERROR_BODY ? `${text.slice(0, MAX_ERROR_BODY)}...` : text.trim();
  } catch {
    return '(unreadable body)';
  }
}

function describeNetworkError(err: Error): string {
  const cause = err.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? `${cause.code} ${cause.message ?? ''}`.trim() : err.message;
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
