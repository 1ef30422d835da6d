/**
 * What one request may grow to once translated, bounded where it is allocated: series, samples (a native
 * histogram costs one per bucket, an exemplar one) and label characters, each sized from the function's
 * memory. Beyond any of them the request is refused with 413 before anything is sent.
 */
import { PayloadTooLargeError } from '../errors.js';
import type { Label } from './label-table.js';

/** What SeriesSet may hold; beyond any of them it throws PayloadTooLargeError. */
export interface SeriesLimits {
  readonly maxSeries: number;
  /** Float samples, native histogram buckets (each histogram at least one) and exemplars. */
  readonly maxSamples: number;
  /** Characters of label names and values over all series (what their encoding costs). */
  readonly maxLabelChars: number;
}

/** No limit at all: a SeriesSet built outside translate() (tests). */
export const NO_LIMITS: SeriesLimits = { maxSeries: Infinity, maxSamples: Infinity, maxLabelChars: Infinity };

/** What a SeriesSet holds against its limits. */
export class SeriesBudget {
  private samples = 0;
  private labelChars = 0;

  constructor(private readonly limits: SeriesLimits) {}

  /**
   * Counts `cost` more samples.
   * @throws PayloadTooLargeError beyond maxSamples
   */
  addSamples(cost: number): void {
    this.samples += cost;
    if (this.samples > this.limits.maxSamples) {
      throw tooLarge(`${this.limits.maxSamples} samples`, 'MAX_SAMPLES_PER_REQUEST');
    }
  }

  /** Gives back the samples of a rolled-back point. */
  removeSamples(cost: number): void {
    this.samples -= cost;
  }

  /**
   * Counts one more series (beside `existing`) and its labels.
   * @throws PayloadTooLargeError beyond maxSeries or maxLabelChars
   */
  addSeries(existing: number, labels: readonly Label[]): void {
    if (existing >= this.limits.maxSeries) {
      throw tooLarge(`${this.limits.maxSeries} series`, 'MAX_SERIES_PER_REQUEST');
    }
    for (const l of labels) this.labelChars += l.name.length + l.value.length;
    if (this.labelChars > this.limits.maxLabelChars) {
      throw tooLarge(`${this.limits.maxLabelChars} characters of labels`, 'MAX_LABEL_BYTES_PER_REQUEST');
    }
  }
}

/**
 * A request that would not fit the function's memory once translated.
 * @returns the error to throw
 */
function tooLarge(limit: string, variable: string): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `the request translates to more than ${limit} (${variable}, set from the function's memory); ` +
      'send smaller requests (export more often or fewer series per export) or give the function more memory',
  );
}
