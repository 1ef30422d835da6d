/**
 * The tally one request's delivery keeps across its lanes: attempts, what was written, and what was not
 * and why, counted in OTLP data points (series' `points`) so that the client's partial_success is exact.
 */
import { setMaxListeners } from 'node:events';
import type { ForwarderError, PointFate } from '../errors.js';
import type { PrwTimeSeries } from '../remote-write/types.js';
import { sampleCount, type Batch } from './batches.js';
import type { Send } from '../remote-write/send.js';
import type { DestinationOutcome } from './types.js';

/** Why the request was given up: a destination failure, or a typed error `send` threw. */
export type Fatal =
  | { readonly kind: 'unavailable' | 'throttled'; readonly error: Error; readonly retryAfterMs?: number }
  | { readonly kind: 'refused'; readonly error: Error }
  /** `send` threw a typed error (a bad tenant header, an unusable secret): it decides the status. */
  | { readonly kind: 'thrown'; readonly error: ForwarderError };

/**
 * Why a batch was not written: refused as bad data (a 4xx); answered 500 again and again once isolated
 * by bisection, while other data was accepted (poison); or given up with the request.
 */
export type NotWrittenCause = 'rejected' | 'poisoned' | 'failed';

/** The fate a counter records for the points of each cause ('failed' depends on the Fatal). */
export function fateOf(cause: NotWrittenCause, fatal: Fatal | undefined): PointFate {
  if (cause !== 'failed') return 'destination_rejected';
  switch (fatal?.kind) {
    case 'throttled':
      return 'destination_throttled';
    case 'refused':
      return 'destination_refused';
    case 'thrown':
      return 'not_sent';
    case 'unavailable':
    case undefined:
      return 'destination_unavailable';
  }
}

/** Batches, samples and points of one cause. */
export class NotWrittenTally {
  batches = 0;
  samples = 0;
  /** Distinct data point indices (>= 0) of series that carry `points`. */
  readonly points = new Set<number>();
  /** Samples of series without `points`, counted as points. */
  loose = 0;
  /** The first destination answer of this cause, quoted to the client. */
  first: Error | undefined;

  add(batch: Batch, error: Error | undefined): void {
    this.batches++;
    this.samples += batch.samples;
    this.first ??= error;
    for (const ts of batch.series) this.addSeries(ts);
  }

  private addSeries(ts: PrwTimeSeries): void {
    if (ts.points === undefined) {
      this.loose += sampleCount(ts);
      return;
    }
    for (const p of ts.points) if (p >= 0) this.points.add(p);
  }
}

/** Shared state of one request's delivery across its lanes. */
export class DeliveryRun {
  requests = 0;
  retries = 0;
  acceptedBatches = 0;
  acceptedSamples = 0;
  /**
   * Requests that bisection (splitting a batch refused with 400 or 500 to isolate the bad series) may
   * still spend; when they run out, a batch is refused or retried whole.
   */
  splitsLeft: number;
  readonly notWritten: Record<NotWrittenCause, NotWrittenTally> = {
    rejected: new NotWrittenTally(),
    poisoned: new NotWrittenTally(),
    failed: new NotWrittenTally(),
  };
  fatal: Fatal | undefined;
  /** Destination requests by outcome; one that timed out counts as a network_error. */
  readonly attempts: Partial<Record<DestinationOutcome, number>> = {};
  /** Milliseconds spent waiting for destination answers, summed over attempts. */
  attemptMs = 0;
  /** The HTTP status of the last destination answer, when one was received. */
  lastStatus: number | undefined;
  private readonly controller = new AbortController();

  constructor(
    readonly send: Send,
    readonly deadline: number,
    readonly now: () => number,
    readonly random: () => number,
    readonly sleep: (ms: number, signal: AbortSignal) => Promise<boolean>,
    splitBudget: number,
  ) {
    this.splitsLeft = splitBudget;
    // Every lane waiting out a backoff listens on the signal.
    setMaxListeners(1000, this.controller.signal);
  }

  /**
   * Aborts when the request is given up: lanes start no new attempt and end their backoff. Attempts in
   * flight are left to finish (within the deadline): their answer says whether their data was written.
   */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the request was given up (a method, so checks after an await are not narrowed away). */
  givenUp(): boolean {
    return this.controller.signal.aborted;
  }

  /** Gives the request up. The most telling failure wins: thrown, refused, throttled, unavailable. */
  fail(fatal: Fatal): void {
    const rank = { thrown: 4, refused: 3, throttled: 2, unavailable: 1 } as const;
    const current = this.fatal;
    if (current === undefined || rank[fatal.kind] > rank[current.kind]) this.fatal = fatal;
    this.controller.abort();
  }

  /** Records one destination answer. */
  answered(outcome: DestinationOutcome, httpStatus: number | undefined, ms: number): void {
    this.requests++;
    this.attempts[outcome] = (this.attempts[outcome] ?? 0) + 1;
    this.attemptMs += ms;
    if (httpStatus !== undefined) this.lastStatus = httpStatus;
  }

  accepted(batch: Batch): void {
    this.acceptedBatches++;
    this.acceptedSamples += batch.samples;
  }

  /** Records a batch whose data was not written. */
  notWrittenBatch(cause: NotWrittenCause, batch: Batch, error?: Error): void {
    this.notWritten[cause].add(batch, error);
  }
}
