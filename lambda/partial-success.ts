/**
 * The words of partial_success and of the figures for points the destination did not write: one clause
 * per cause, quoting the destination.
 */
import type { DeliveryReport } from './delivery/report.js';
import type { Rejection } from './outcome.js';

/** partial_success text for the points the destination did not write, one clause per cause. */
export function destinationMessages(delivery: DeliveryReport): string[] {
  const out: string[] = [];
  const { rejected, poisoned, failed } = delivery;
  if (rejected !== undefined) {
    out.push(
      `${count(rejected.points, 'point')} rejected by the destination in ${String(rejected.batches)} of ` +
        `${count(delivery.batches, 'remote-write request')}: ${rejected.message}`,
    );
  }
  if (poisoned !== undefined) {
    out.push(
      `${count(poisoned.points, 'point')} not written: the destination failed for them alone, ` +
        `${poisoned.batches} series isolated while it wrote the rest: ${poisoned.message}`,
    );
  }
  if (failed !== undefined) {
    out.push(
      `${count(failed.points, 'point')} not written: the destination failed for them after writing the rest ` +
        `(not retryable: a resend would write the rest twice): ${failed.message}`,
    );
  }
  return out;
}

/**
 * The destination's share of `notWritten` points as fates, in cause order (rejected, poisoned, failed),
 * never more than `notWritten` in all.
 */
export function destinationRejections(delivery: DeliveryReport, notWritten: number): Rejection[] {
  const out: Rejection[] = [];
  let uncounted = notWritten;
  for (const part of [delivery.rejected, delivery.poisoned, delivery.failed]) {
    const points = Math.min(part?.points ?? 0, uncounted);
    if (part !== undefined && points > 0) out.push({ reason: part.fate, points, metrics: [] });
    uncounted -= points;
  }
  return out;
}

/** `1 point`, `2 points`. */
export const count = (n: number, noun: string): string => `${String(n)} ${noun}${n === 1 ? '' : 's'}`;
