/**
 * The time budget of one OTLP request, from its arrival to its answer, and admission of requests into
 * the expensive stages. Every stage (reading, inflating, decoding, translating) spends the same budget
 * as delivery, so the client gets its answer in time and a retryable answer is never given after part
 * of the request was written.
 */
import { PayloadTooLargeError, ServiceBusyError } from './errors.js';

/** Delivery is started only with at least this share of the budget left. */
export const MIN_DELIVERY_SHARE = 0.25;
/**
 * Delivery is started only with at least this many times the request's own decode and translate time
 * left: encoding, compressing and the destination's ingestion cost more than decoding. Measured on a
 * 360,000-point request: 1.0-1.4 s to decode and translate, 4-5.1 s to deliver to a local Prometheus
 * 2.42 (so a 4 s budget takes up to about 200,000 points; a Lambda's 28 s, over a million).
 */
export const DELIVERY_PER_WORK = 4;
/** Kept back from delivery to encode and send the answer: this share of the budget, at most 100 ms. */
const ANSWER_SHARE = 0.05;
const MAX_ANSWER_MARGIN_MS = 100;
/** Retry-After for a request refused because the forwarder is busy. */
const BUSY_RETRY_AFTER_SECONDS = 1;

/** The stages a request goes through before delivery, in order, as named in messages. */
export type Stage = 'reading' | 'inflating' | 'decoding' | 'translating';

/** One request's clock: the budget, the time its own work took, and what is left for delivery. */
export class RequestBudget {
  /** Milliseconds from arrival to deadline. */
  readonly totalMs: number;
  private workMs = 0;
  private workStart: number | undefined;

  constructor(
    readonly arrivedAt: number,
    readonly deadline: number,
    readonly now: () => number,
  ) {
    this.totalMs = Math.max(0, deadline - arrivedAt);
  }

  /** Starts timing this request's own work (a synchronous stage: no other request runs meanwhile). */
  startWork(): void {
    this.workStart = this.now();
  }

  /**
   * Ends a stage: refuses the request when delivery could no longer start with its minimum window.
   * @throws PayloadTooLargeError (413) when this request's own work leaves too little of the budget:
   *   resending it cannot help. ServiceBusyError (503) when the budget went elsewhere (waiting behind
   *   other requests, a slow upload): a resend may find the forwarder idle.
   */
  endStage(stage: Stage): void {
    const now = this.now();
    if (this.workStart !== undefined) {
      this.workMs += now - this.workStart;
      this.workStart = now;
    }
    const window = Math.max(this.totalMs * MIN_DELIVERY_SHARE, DELIVERY_PER_WORK * this.workMs);
    if (this.workMs > this.totalMs - window) {
      throw new PayloadTooLargeError(
        `request too large to forward in time: processing it (up to ${stage}) took ` +
          `${Math.round(this.workMs)} ms of the ` +
          `${this.totalMs} ms budget, leaving less than the ${Math.round(window)} ms needed to deliver ` +
          `it; nothing was sent. Split the request: export fewer points per request (a shorter export ` +
          `interval, or a smaller batch in the exporter or Collector batch processor)`,
      );
    }
    if (this.deadline - now < window) {
      throw new ServiceBusyError(
        `request time budget of ${this.totalMs} ms ran out before delivery (after ${stage}, ` +
          `${Math.round(now - this.arrivedAt)} ms since arrival, ${Math.round(this.workMs)} ms of it ` +
          `this request's own work): the forwarder was busy or the upload slow; nothing was sent`,
        { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
      );
    }
  }

  /** The deadline delivery gets: the budget's end minus a margin to answer. */
  deliveryDeadline(): number {
    return this.deadline - Math.min(MAX_ANSWER_MARGIN_MS, this.totalMs * ANSWER_SHARE);
  }
}

/**
 * Bounds the decoded bytes of requests in progress at once (the local server; a Lambda environment runs
 * one request at a time). A request always gets in when none is in progress, so one request of the
 * largest size is always served.
 */
export class Admission {
  private inFlight = 0;

  constructor(readonly maxBytes: number) {}

  /**
   * Admits a request of `bytes` decoded bytes.
   * @returns a function that releases it (call once, when the request is answered).
   * @throws ServiceBusyError (503, Retry-After) when admitting it would exceed `maxBytes`.
   */
  admit(bytes: number): () => void {
    if (this.inFlight > 0 && this.inFlight + bytes > this.maxBytes) {
      throw new ServiceBusyError(
        `forwarder busy: ${this.inFlight} bytes of requests in progress, a limit of ${this.maxBytes}; ` +
          `nothing was sent`,
        { retryAfterSeconds: BUSY_RETRY_AFTER_SECONDS },
      );
    }
    this.inFlight += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= bytes;
    };
  }
}

/** Decoded bytes in progress at once, as a multiple of MAX_BODY_BYTES. */
export const IN_FLIGHT_BODIES = 2;

const admissions = new WeakMap<object, Admission>();

/**
 * The admission shared by every request served with one configuration object: one per local server or
 * Lambda environment.
 */
export function admissionFor(config: { readonly maxBodyBytes: number }): Admission {
  let admission = admissions.get(config);
  if (admission === undefined) {
    admission = new Admission(IN_FLIGHT_BODIES * config.maxBodyBytes);
    admissions.set(config, admission);
  }
  return admission;
}
