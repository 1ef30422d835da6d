/** How the embedded receiver refuses a request, in Prometheus 2.42's words (see series-store.ts). */

/** Why Prometheus refuses a sample; its message is Prometheus' own. */
export type AppendFailure = 'out_of_order' | 'duplicate' | 'out_of_bounds';

const MESSAGES: Readonly<Record<AppendFailure, string>> = {
  out_of_order: 'out of order sample',
  duplicate: 'duplicate sample for timestamp',
  out_of_bounds: 'out of bounds',
};

/** A request refused as Prometheus refuses it: answered 400 with `message`, nothing of it stored. */
export class AppendError extends Error {
  constructor(readonly failure: AppendFailure) {
    super(MESSAGES[failure]);
    this.name = 'AppendError';
  }
}

/**
 * How far before the head's newest sample a sample may be: half of the 2 h block range, the head's
 * appendable window (Head.appendableMinValidTime) when out-of-order ingestion is off, as by default.
 */
export const APPENDABLE_WINDOW_MS = 60 * 60 * 1000;
