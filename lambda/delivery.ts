/**
 * Delivering translated series to the remote-write destination, and what its answer means for the
 * client. The client's retry queue is our only buffer, so anything short of "accepted" becomes an error
 * whose status tells the client whether to resend.
 */
import {
  DestinationMisconfiguredError,
  DestinationRejectedError,
  DestinationUnavailableError,
  ThrottledError,
} from './errors.js';
import type { PrwMetricMetadata, PrwTimeSeries } from './otlp/types.js';
import { compress, encodeWriteRequest } from './remote-write/encode.js';
import type { SendResult } from './remote-write/send.js';

/** Sends one snappy-compressed WriteRequest. */
export type Send = (body: Uint8Array) => Promise<SendResult>;

export interface DeliveryReport {
  readonly requests: number;
  readonly bytesSent: number;
}

/** Default Retry-After for a destination that is down without saying for how long. */
const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * Encodes and sends the series.
 * @throws ThrottledError (429), DestinationUnavailableError (503), DestinationMisconfiguredError (502)
 *   or DestinationRejectedError (400) when the destination did not accept them.
 */
export async function deliver(series: readonly PrwTimeSeries[], send: Send): Promise<DeliveryReport> {
  if (series.length === 0) return { requests: 0, bytesSent: 0 };
  const body = compress(encodeWriteRequest(series));
  throwUnlessAccepted(await send(body));
  return { requests: 1, bytesSent: body.length };
}

/**
 * Sends metric metadata (`SEND_METADATA`) in its own metadata-only WriteRequest, as the Collector's
 * `send_metadata` does.
 * @throws the same errors as {@link deliver}.
 */
export async function deliverMetadata(
  metadata: readonly PrwMetricMetadata[],
  send: Send,
): Promise<DeliveryReport> {
  if (metadata.length === 0) return { requests: 0, bytesSent: 0 };
  const body = compress(encodeWriteRequest([], metadata));
  throwUnlessAccepted(await send(body));
  return { requests: 1, bytesSent: body.length };
}

/** Maps a destination outcome to the typed error the client's status comes from. */
export function throwUnlessAccepted(result: SendResult): void {
  switch (result.status) {
    case 'success':
      return;
    case 'retryable': {
      const retryAfterSeconds =
        result.retryAfterMs === undefined
          ? DEFAULT_RETRY_AFTER_SECONDS
          : Math.max(1, Math.ceil(result.retryAfterMs / 1000));
      if (result.httpStatus === 429) {
        throw new ThrottledError(`destination is throttling: ${result.error.message}`, {
          cause: result.error,
          retryAfterSeconds,
        });
      }
      throw new DestinationUnavailableError(`destination unavailable: ${result.error.message}`, {
        cause: result.error,
        retryAfterSeconds,
      });
    }
    case 'failure':
      if (result.httpStatus === 401 || result.httpStatus === 403 || result.httpStatus === 404) {
        throw new DestinationMisconfiguredError(
          `destination refused the forwarder (check its URL and credentials): ${result.error.message}`,
          { cause: result.error, retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS },
        );
      }
      throw new DestinationRejectedError(`destination rejected the data: ${result.error.message}`, {
        cause: result.error,
      });
  }
}
