/** How delivery labels each destination answer. */
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
