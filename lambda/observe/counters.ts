/**
 * Counters an operator can read: requests by status, points by fate, destination attempts and retries.
 * The local server serves them at `GET /metrics` in the Prometheus text exposition format 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/). Every label value comes from a closed
 * set (statuses we answer, reasons, outcomes), so cardinality stays bounded whatever clients send.
 */
import type { RequestOutcome } from '../outcome.js';
import type { RequestObserver } from './observer.js';

/** The Content-Type of {@link ForwarderCounters.render}'s output. */
export const EXPOSITION_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const PREFIX = 'otlp_forwarder_';

interface Family {
  readonly help: string;
  readonly label?: string;
  readonly values: Map<string, number>;
}

/** In-memory counters of one process. */
export class ForwarderCounters implements RequestObserver {
  private readonly families = new Map<string, Family>();

  constructor() {
    this.family('requests_total', 'OTLP export requests answered, by HTTP status.', 'status');
    this.family('points_received_total', 'Data points in decoded export requests.');
    this.family('points_forwarded_total', 'Data points accepted by the destination.');
    this.family(
      'points_rejected_total',
      'Data points not written, by reason. destination_unavailable, destination_throttled and ' +
        'destination_refused were answered with a status the client retries; the others are final.',
      'reason',
    );
    this.family('samples_sent_total', 'Samples (float and native histogram) the destination accepted.');
    this.family('destination_requests_total', 'Remote-write HTTP requests, by outcome.', 'outcome');
    this.family('destination_retries_total', 'Remote-write requests that were attempts after a failure.');
  }

  /** Counts one answered request: its status, its points by fate, its destination requests. */
  requestDone({ status, figures }: RequestOutcome): void {
    this.add('requests_total', 1, String(status));
    this.add('points_received_total', figures.pointsIn);
    this.add('points_forwarded_total', figures.pointsWritten);
    for (const { reason, points } of figures.rejections) this.add('points_rejected_total', points, reason);
    this.add('samples_sent_total', figures.samplesWritten);
    for (const [outcome, count] of Object.entries(figures.destination.attempts))
      this.add('destination_requests_total', count, outcome);
    this.add('destination_retries_total', figures.destination.retries);
  }

  /** The current value of a counter, for tests and logs. */
  value(name: string, labelValue = ''): number {
    return this.families.get(name)?.values.get(labelValue) ?? 0;
  }

  /** Every counter, plus process memory gauges, in the text exposition format. */
  render(): string {
    const lines: string[] = [];
    for (const [name, family] of this.families) {
      lines.push(`# HELP ${PREFIX}${name} ${family.help}`, `# TYPE ${PREFIX}${name} counter`);
      const entries = [...family.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (family.label === undefined) lines.push(`${PREFIX}${name} ${entries[0]?.[1] ?? 0}`);
      else
        for (const [label, v] of entries)
          lines.push(`${PREFIX}${name}{${family.label}="${escapeLabel(label)}"} ${v}`);
    }
    const memory = process.memoryUsage();
    lines.push(
      '# HELP process_resident_memory_bytes Resident memory size in bytes.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${memory.rss}`,
      '# HELP nodejs_heap_used_bytes V8 heap in use, in bytes.',
      '# TYPE nodejs_heap_used_bytes gauge',
      `nodejs_heap_used_bytes ${memory.heapUsed}`,
    );
    return `${lines.join('\n')}\n`;
  }

  private family(name: string, help: string, label?: string): void {
    this.families.set(name, { help, ...(label === undefined ? {} : { label }), values: new Map() });
  }

  private add(name: string, count: number, labelValue = ''): void {
    if (count === 0 && labelValue !== '') return;
    const values = this.families.get(name)?.values;
    values?.set(labelValue, (values.get(labelValue) ?? 0) + count);
  }
}

const escapeLabel = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
