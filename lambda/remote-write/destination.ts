/**
 * The remote-write destination as a Send: the URL, the configured extra headers, the client's tenant,
 * an Authorization header (bearer or basic, from auth/destination-auth.ts) or a SigV4 signature (sign.ts),
 * each request bounded by REMOTE_WRITE_TIMEOUT_MS and by the time delivery gives the attempt.
 */
import { sendWriteRequest, type Send, type SendResult } from './send.js';
import type { createSigV4Signer } from './sign.js';

export interface DestinationOptions {
  readonly url: string;
  /** REMOTE_WRITE_TIMEOUT_MS: the longest one remote-write HTTP request may take. */
  readonly timeoutMs: number;
  /** REMOTE_WRITE_HEADERS. */
  readonly headers: Readonly<Record<string, string>>;
  /** The Authorization header for each request, when the destination takes one. */
  readonly authorization?: () => Promise<string | undefined>;
  /** Called when the destination answers 401 or 403: a cached credential may have been rotated. */
  readonly onRefused?: () => void;
  /** Signs each request (SigV4 for AMP). */
  readonly sign?: ReturnType<typeof createSigV4Signer>;
}

/** Cortex/Mimir's tenant header, as sent. */
const TENANT_HEADER = 'x-scope-orgid';

/**
 * The destination's sender for a request, carrying `tenant` (already checked at the endpoint) as
 * X-Scope-OrgID when given.
 * @example
 * const sendFor = createDestination({ url, timeoutMs: 5000, headers: {} });
 * await deliver(series, sendFor(undefined), options);
 */
export function createDestination(options: DestinationOptions): (tenant?: string) => Send {
  return (tenant) =>
    async (body, attempt): Promise<SendResult> => {
      const headers: Record<string, string> = { ...options.headers };
      if (tenant !== undefined) headers[TENANT_HEADER] = tenant;
      const authorization = await options.authorization?.();
      if (authorization !== undefined) headers.authorization = authorization;
      // Delivery bounds each attempt by the request's deadline and aborts it when the request is given up.
      const timeoutMs = Math.min(options.timeoutMs, attempt?.timeoutMs ?? Infinity);
      const result = await sendWriteRequest(body, {
        url: options.url,
        headers,
        timeoutMs: Math.max(1, Math.floor(timeoutMs)),
        ...(attempt === undefined ? {} : { signal: attempt.signal }),
        ...(options.sign ? { sign: options.sign } : {}),
      });
      if (result.status === 'failure' && (result.httpStatus === 401 || result.httpStatus === 403)) {
        options.onRefused?.();
      }
      return result;
    };
}
