/**
 * Typed errors and the one place where an error becomes an HTTP status.
 *
 * OTLP clients retry exactly 429, 502, 503 and 504 (OTLP/HTTP spec, "Failures"), so the status we pick
 * decides whether the client's own retry queue keeps the data: anything that can heal must map to one of
 * those, anything that cannot must not. The README's "Status codes" section is this mapping as a table
 * (with the destination outcomes delivery.ts turns into these errors); keep the two in step.
 */

/** Why points were not translated (translate/rejections.ts explains each). A closed set: each is a counter label. */
export type RejectReason =
  | 'unsupported_type'
  | 'delta_temporality'
  | 'unspecified_temporality'
  | 'missing_timestamp'
  | 'invalid_metric_name'
  | 'invalid_label_name'
  | 'no_data_points'
  | 'invalid_scale'
  | 'invalid_histogram'
  | 'invalid_summary'
  | 'future_timestamp'
  | 'too_many_labels'
  | 'sample_collision'
  | 'duplicate_point';

/**
 * Why points were not written: the translator's reasons, and the destination's verdicts (the first one
 * final, the others answered with a status the client retries).
 */
export type PointFate =
  | RejectReason
  | 'destination_rejected'
  | 'destination_unavailable'
  | 'destination_throttled'
  | 'destination_refused'
  /** Delivery stopped for a reason of ours (a secret that cannot be read, an unusable setting). */
  | 'not_sent';

/**
 * Longest Retry-After we ever tell a client, whatever the destination said: five minutes is longer than
 * any export interval, and a client told "wait a day" would drop the data instead.
 */
export const MAX_RETRY_AFTER_SECONDS = 300;

/** Base class of every error the forwarder maps to a status on purpose. */
export abstract class ForwarderError extends Error {
  abstract readonly status: number;
  /** Seconds the client should wait before retrying, when the status is retryable. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, options?: { cause?: unknown; retryAfterSeconds?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }
}

/** The request body cannot be decoded (bad protobuf, JSON or gzip). */
export class BadRequestError extends ForwarderError {
  readonly status = 400;
}

/** The endpoint token is missing or wrong. */
export class UnauthorizedError extends ForwarderError {
  readonly status = 401;
  /** The `WWW-Authenticate` challenge (RFC 6750: the client should present a bearer token). */
  readonly challenge = 'Bearer';
}

/** The request may not see this resource from where it comes (the local views from a foreign name). */
export class ForbiddenError extends ForwarderError {
  readonly status = 403;
}

/** No route for this path. */
export class NotFoundError extends ForwarderError {
  readonly status = 404;
}

/** The route exists but not for this method. */
export class MethodNotAllowedError extends ForwarderError {
  readonly status = 405;
  constructor(
    message: string,
    readonly allow: string,
  ) {
    super(message);
  }
}

/** The body is larger than the configured cap, on the wire or once decompressed. */
export class PayloadTooLargeError extends ForwarderError {
  readonly status = 413;
}

/** Content-Type or Content-Encoding we do not speak. */
export class UnsupportedMediaTypeError extends ForwarderError {
  readonly status = 415;
}

/** The destination throttled us (429); the client should back off and resend. */
export class ThrottledError extends ForwarderError {
  readonly status = 429;
}

/**
 * The destination rejects us for a reason an operator must fix (401/403/404: credentials, permissions,
 * URL). 502 keeps the data in the client's retry queue while someone fixes it; a 500 would drop it.
 */
export class DestinationMisconfiguredError extends ForwarderError {
  readonly status = 502;
}

/**
 * The Lambda was invoked with something that is not an API Gateway proxy event (no method or path: another
 * trigger, a hand-made test event). No client sent it; 502 rather than 400 because it is the integration
 * that is wrong, and any client behind it keeps its data while an operator fixes that.
 */
export class InvalidEventError extends ForwarderError {
  readonly status = 502;
}

/**
 * A native module the forwarder needs (snappy) cannot be loaded: missing, or built for another machine.
 * An operator must fix the install or the deployment; 502 (with Retry-After) keeps the data in the
 * client's retry queue meanwhile.
 */
export class NativeModuleUnavailableError extends ForwarderError {
  readonly status = 502;
}

/** The destination is down, failing or too slow; waiting can heal it. */
export class DestinationUnavailableError extends ForwarderError {
  readonly status = 503;
}

/**
 * A secret or credential the forwarder needs (Secrets Manager, STS) could not be read. Waiting can heal
 * it, so 503; the details (ARN, SDK error) go to the log, not to the client.
 */
export class SecretUnavailableError extends ForwarderError {
  readonly status = 503;
}

/**
 * The forwarder is too busy to handle the request in its time budget (other requests in progress, or the
 * budget spent waiting behind them). Nothing of it was sent; a resend may find it idle.
 */
export class ServiceBusyError extends ForwarderError {
  readonly status = 503;
}

/** Every batch was refused by the destination as bad data (its 400): resending cannot help. */
export class DestinationRejectedError extends ForwarderError {
  readonly status = 400;
}

/** What the edges turn into a response: a status, an optional Retry-After and a message for the client. */
export interface ErrorResponse {
  readonly status: number;
  readonly message: string;
  readonly retryAfterSeconds?: number;
  readonly allow?: string;
  /** `WWW-Authenticate` of a 401. */
  readonly wwwAuthenticate?: string;
  /** Whether the operator must see this in the logs as an error (not the client's fault). */
  readonly severe: boolean;
}

/**
 * Maps any thrown value to the response the client gets. The only status mapping in the code base.
 * Unknown errors become 500 with a generic message; their details go to the log only.
 */
export function toErrorResponse(err: unknown): ErrorResponse {
  if (err instanceof ForwarderError) {
    return {
      status: err.status,
      message: err.message,
      severe: err.status >= 500,
      ...(err.retryAfterSeconds === undefined
        ? {}
        : { retryAfterSeconds: retryAfterHeader(err.retryAfterSeconds) }),
      ...(err instanceof MethodNotAllowedError ? { allow: err.allow } : {}),
      ...(err instanceof UnauthorizedError ? { wwwAuthenticate: err.challenge } : {}),
    };
  }
  return { status: 500, message: 'internal error', severe: true };
}

/**
 * Retry-After is whole seconds, at least 1 (some clients read 0 as "retry at once") and at most
 * MAX_RETRY_AFTER_SECONDS; a value that is not a finite number becomes the cap.
 */
function retryAfterHeader(seconds: number): number {
  if (!Number.isFinite(seconds)) return MAX_RETRY_AFTER_SECONDS;
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(seconds)));
}

/**
 * Why the points of a request whose delivery failed were not written, as the counter reason. Kept beside
 * toErrorResponse so that error classes are interpreted in one place.
 */
export function pointFateOf(err: unknown): PointFate {
  if (err instanceof ThrottledError) return 'destination_throttled';
  if (err instanceof DestinationMisconfiguredError) return 'destination_refused';
  if (err instanceof DestinationRejectedError) return 'destination_rejected';
  if (err instanceof DestinationUnavailableError) return 'destination_unavailable';
  return 'not_sent';
}
