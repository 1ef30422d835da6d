/**
 * The one seam through which anything learns what happened to a request: the local counters
 * (`GET /metrics`), CloudWatch EMF and the inspect page's recent requests all implement it.
 */
import type { RequestOutcome } from '../outcome.js';

/** Hears every answered request, after its answer is made. Must not throw. */
export interface RequestObserver {
  requestDone(outcome: RequestOutcome): void;
}

/** Several observers as one, each shielded from the others' failures. */
export function observeAll(observers: readonly RequestObserver[]): RequestObserver {
  return {
    requestDone(outcome) {
      for (const observer of observers) {
        try {
          observer.requestDone(outcome);
        } catch {
          // An observer is bookkeeping: it must never cost a request its answer.
        }
      }
    },
  };
}
