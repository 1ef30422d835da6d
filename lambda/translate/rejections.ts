/**
 * Points the translator cannot write, counted by reason so the client hears about them in
 * `partial_success` and the operator can count them without unbounded label cardinality.
 */

import type { RejectReason } from '../errors.js';

const EXPLAIN: Readonly<Record<RejectReason, string>> = {
  unsupported_type:
    'metric has no data of a known type (gauge, sum, histogram, exponential histogram, summary)',
  delta_temporality:
    'delta temporality cannot be written to Prometheus without state; set OTEL_EXPORTER_OTLP_METRICS_TEMPORALITY_PREFERENCE=cumulative in the exporting SDK',
  unspecified_temporality: 'aggregation temporality is unspecified; expected cumulative',
  missing_timestamp: 'data point has no time_unix_nano',
  invalid_metric_name: 'metric name is empty or has no valid characters',
  invalid_label_name: 'an attribute key has no valid Prometheus label name (empty or only underscores)',
  no_data_points: 'metric has no data points',
  invalid_scale:
    'exponential histogram scale is outside -4..20 (native histogram schemas start at -4, OTLP scales end at 20; EXPONENTIAL_HISTOGRAMS=classic writes scales from -10)',
  invalid_histogram:
    "histogram is inconsistent: explicit bounds must increase strictly, without NaN or +Inf, with one bucket count more than bounds; an exponential histogram's count must equal zero_count plus its bucket counts",
  invalid_summary: 'summary quantile is outside [0, 1] or NaN',
  future_timestamp:
    "data point is timestamped further ahead of the forwarder's clock than MAX_TIMESTAMP_AHEAD_MS allows (check the sender's clock)",
  too_many_labels:
    "series would carry more labels than MAX_LABELS_PER_SERIES allows (the destination's quota); drop attributes or raise the quota",
  sample_collision:
    'another point of the same series and millisecond with other values came earlier in the request and was written instead (timestamps under 1 ms apart, attribute keys equal after sanitising, an empty vs. a missing attribute, two resources with the same service.name and service.instance.id, or repeated bounds or quantiles)',
  duplicate_point:
    'an identical point of the same series and millisecond came earlier in the request and was written once',
};

const MAX_NAMES_IN_MESSAGE = 5;
const MAX_NAME_CHARS = 200;

/** Accumulates rejections per reason with the metric names involved. */
export class Rejections {
  private readonly byReason = new Map<RejectReason, { count: number; metrics: Set<string> }>();
  private total = 0;

  add(reason: RejectReason, metric: string, points: number): void {
    let entry = this.byReason.get(reason);
    if (entry === undefined) {
      entry = { count: 0, metrics: new Set() };
      this.byReason.set(reason, entry);
    }
    entry.count += points;
    if (entry.metrics.size < MAX_NAMES_IN_MESSAGE + 1) entry.metrics.add(metric);
    this.total += points;
  }

  /** Points rejected in all (a metric with no points is reported but rejects none). */
  get count(): number {
    return this.total;
  }

  /** Each reason with its points and the first few metric names (cut short), most points first. */
  details(): { reason: RejectReason; points: number; metrics: string[] }[] {
    return [...this.byReason]
      .map(([reason, { count, metrics }]) => ({
        reason,
        points: count,
        metrics: [...metrics].slice(0, MAX_NAMES_IN_MESSAGE).map(shorten),
      }))
      .sort((a, b) => b.points - a.points);
  }

  /** The `partial_success.error_message`: each reason with its count and (some) metric names. */
  message(): string {
    const parts: string[] = [];
    for (const [reason, { count, metrics }] of this.byReason) {
      // A name can be megabytes long: the answer must stay small.
      const names = [...metrics].slice(0, MAX_NAMES_IN_MESSAGE).map((m) => JSON.stringify(shorten(m)));
      const more = metrics.size > MAX_NAMES_IN_MESSAGE ? ', ...' : '';
      // A metric without points rejects none; it is still reported (as a warning, in OTLP's terms).
      const prefix = count > 0 ? `${count} ${count === 1 ? 'point' : 'points'} rejected, ` : '';
      parts.push(`${prefix}${EXPLAIN[reason]}: ${names.join(', ')}${more}`);
    }
    return parts.join('; ');
  }
}

/** A name can be megabytes long: answers and logs must stay small. */
const shorten = (name: string): string =>
  name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS)}...` : name;
