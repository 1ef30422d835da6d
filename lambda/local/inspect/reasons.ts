/** Why points were not written, in plain words for the inspect page (the log and counters keep the codes). */
import type { PointFate } from '../../errors.js';

const WORDS: Readonly<Record<PointFate, string>> = {
  unsupported_type: 'metric of an unknown type',
  delta_temporality: 'delta temporality (Prometheus stores cumulative totals)',
  unspecified_temporality: 'temporality not specified',
  missing_timestamp: 'point without a timestamp',
  invalid_metric_name: 'metric name empty or without valid characters',
  invalid_label_name: 'attribute key that makes no label name',
  no_data_points: 'metric without data points',
  invalid_scale: 'exponential histogram scale out of range',
  invalid_histogram: 'inconsistent histogram',
  invalid_summary: 'summary quantile outside [0, 1]',
  future_timestamp: 'timestamp too far in the future',
  too_many_labels: 'more labels than MAX_LABELS_PER_SERIES',
  sample_collision: 'another point of the same series and millisecond came first',
  duplicate_point: 'same point twice in the request',
  destination_rejected: 'refused by the destination (bad data)',
  destination_unavailable: 'destination unavailable',
  destination_throttled: 'destination throttling',
  destination_refused: 'destination refused us (auth, tenant, URL)',
  not_sent: 'not sent (a problem of ours: secret, tenant header)',
};

/** The words for a reason; an unknown reason as it is. */
export function reasonInWords(reason: string): string {
  return Object.hasOwn(WORDS, reason) ? WORDS[reason as PointFate] : reason;
}
