/**
 * What one request amounted to, as data: forward() returns it, the endpoint adds the status, and the one
 * observer interface (observe/observer.ts) hands it to the counters, EMF and the inspect page.
 */
import type { DestinationOutcome } from './delivery/types.js';
import type { PointFate } from './errors.js';
import type { OtlpFormat } from './otlp/body.js';

/** Points of one fate, with some of the metrics they belonged to (empty when unknown). */
export interface Rejection {
  readonly reason: PointFate;
  readonly points: number;
  /** At most a few names, each cut to a few hundred characters. */
  readonly metrics: readonly string[];
}

/** The destination's part of a request. */
export interface DestinationFigures {
  /** Remote-write HTTP requests answered, retries and metadata included. */
  readonly requests: number;
  readonly retries: number;
  /** Answers by outcome. */
  readonly attempts: Readonly<Partial<Record<DestinationOutcome, number>>>;
  /** Milliseconds spent waiting for answers, summed over requests. */
  readonly attemptMs: number;
  /** HTTP status of the last answer. */
  readonly lastStatus?: number;
  /**
   * Set when the destination cost the request data (failed, throttled or refused us, or failed some
   * series alone): why, for the log. Not set for data it refused as bad.
   */
  readonly failure?: string;
}

/** The figures of one request, known as far as it got. */
export interface ForwardFigures {
  /** Data points decoded (0 when the request failed before translation). */
  readonly pointsIn: number;
  /** Points the destination wrote. */
  readonly pointsWritten: number;
  /** Points not written, all fates: pointsIn = pointsWritten + pointsRejected once delivered. */
  readonly pointsRejected: number;
  /** The points not written by fate, most points first. */
  readonly rejections: readonly Rejection[];
  readonly seriesOut: number;
  /** Samples translated (float samples and native histograms). */
  readonly samplesOut: number;
  /** Native histogram samples among them (receivers without native histograms drop these silently). */
  readonly nativeHistogramsOut: number;
  /** Samples the destination accepted. */
  readonly samplesWritten: number;
  readonly destination: DestinationFigures;
}

/** forward()'s result: the 200 answer, or the error the request fails with. Both carry the figures. */
export type ForwardOutcome =
  | {
      readonly ok: true;
      readonly format: OtlpFormat;
      /** The ExportMetricsServiceResponse, with partial_success when points were not written. */
      readonly body: Uint8Array;
      /** partial_success.error_message: why points were not written ('' when all were). */
      readonly message: string;
      readonly figures: ForwardFigures;
      /**
       * Set when a non-empty body held no data point: the 200 stands (an empty request is a success in
       * OTLP), but the sender most likely misnamed a field, which decoders ignore as unknown.
       */
      readonly warning?: string;
    }
  | { readonly ok: false; readonly error: unknown; readonly figures: ForwardFigures };

/** The figures of a request refused before anything was decoded. */
export const NO_FIGURES: ForwardFigures = {
  pointsIn: 0,
  pointsWritten: 0,
  pointsRejected: 0,
  rejections: [],
  seriesOut: 0,
  samplesOut: 0,
  nativeHistogramsOut: 0,
  samplesWritten: 0,
  destination: { requests: 0, retries: 0, attempts: {}, attemptMs: 0 },
};

/**
 * How a request ended, as a closed set for logs and alarms: all written; answered 200 with points not
 * written; refused as the client's fault (4xx); refused for a reason of ours that waiting or an operator
 * heals (busy, out of time, misconfigured); the destination was the cause; an internal error (500).
 */
export type OutcomeKind = 'written' | 'partial' | 'rejected' | 'refused' | 'destination_failed' | 'error';

/** One answered request: forward()'s figures and what the client was told. */
export interface RequestOutcome {
  readonly requestId: string;
  /** Epoch milliseconds the request arrived. */
  readonly time: number;
  readonly status: number;
  readonly kind: OutcomeKind;
  readonly durationMs: number;
  readonly figures: ForwardFigures;
  /** The client's error message, or the partial_success message of a 200 (absent when empty). */
  readonly message?: string;
}
