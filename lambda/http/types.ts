/**
 * The edge-neutral HTTP exchange: what both edges (the local node:http server, the Lambda handler behind
 * API Gateway) hand the endpoint, and what they get back. Imports nothing.
 */

/** An HTTP request as the edges hand it over; header names lower-cased. */
export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /**
   * The body, or a reader called after routing, content-type and auth checks, so that an upload to a wrong
   * route, of a wrong type or without a valid token is refused before it is read.
   */
  readonly body: Uint8Array | (() => Promise<Uint8Array>);
  /** Correlates the log line with the edge's own logs (API Gateway's request id); generated when absent. */
  readonly requestId?: string;
  /** Epoch milliseconds the request arrived: its time budget starts here. */
  readonly arrivedAt: number;
  /**
   * Epoch milliseconds by which the answer must be ready, destination retries included: the local
   * server's REQUEST_TIMEOUT_MS after arrival; on Lambda the invocation's remaining time.
   */
  readonly deadline: number;
}

export interface HttpResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Uint8Array;
}

/** Admits a request or throws UnauthorizedError (endpoint auth); runs before the body is read. */
export type Authenticate = (request: HttpRequest) => Promise<void>;
