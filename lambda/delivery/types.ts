/** The seams of delivery: how a batch reaches the network, and who hears about each attempt. */
import type { SendResult } from '../remote-write/send.js';

/** What one attempt may use: stop when `signal` aborts, and never take longer than `timeoutMs`. */
export interface SendAttempt {
  readonly signal: AbortSignal;
  readonly timeoutMs: number;
}

/**
 * Sends one snappy-compressed WriteRequest. The edge adds the destination, auth and signing. Honouring
 * `attempt` is recommended; delivery stops waiting at the deadline either way.
 */
export type Send = (body: Uint8Array, attempt?: SendAttempt) => Promise<SendResult>;

/** How one destination attempt ended; a closed set, so it can label a counter. */
export type DestinationOutcome =
  | 'success'
  /** 429. */
  | 'throttled'
  /** 5xx. */
  | 'server_error'
  /** Connection refused or reset, DNS, TLS, or no answer in time. */
  | 'network_error'
  /** 413: the batch is halved and sent again. */
  | 'too_large'
  /** 401, 403, 404 and the like: the destination refuses us until an operator fixes something. */
  | 'refused'
  /** 400 and other 4xx: the destination refuses the data; resending cannot help. */
  | 'rejected';
