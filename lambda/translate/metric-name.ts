/**
 * OTLP metric names to Prometheus metric names, as prometheus/otlptranslator's MetricNamer does for the
 * `UnderscoreEscapingWithSuffixes` (Collector default) and `UnderscoreEscapingWithoutSuffixes` strategies.
 */
import { startsWithDigit } from './label-name.js';
import { unitSuffixes } from './units.js';

/** What the name depends on besides the OTLP name and unit. */
export type MetricKind = 'gauge' | 'monotonic_counter' | 'non_monotonic_counter' | 'histogram' | 'summary';

/** The naming strategies, under Prometheus's own names. */
export type NamingStrategy = 'UnderscoreEscapingWithSuffixes' | 'UnderscoreEscapingWithoutSuffixes';

export interface MetricNamer {
  readonly strategy: NamingStrategy;
  /** Prefix joined with '_' (the Collector's `namespace`). */
  readonly namespace: string;
}

// Characters valid in a metric name besides '_'; '_' itself separates tokens in the suffix strategy.
const isTokenChar = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === ':';

/** Splits on every character that is not [a-zA-Z0-9:] (plus '_' when kept), like Go's strings.FieldsFunc. */
function tokens(name: string, keepUnderscore: boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (const c of name) {
    if (isTokenChar(c) || (keepUnderscore && c === '_')) {
      current += c;
    } else if (current !== '') {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/**
 * The Prometheus name of an OTLP metric; '' when nothing valid is left (the caller rejects the metric).
 *
 * @example metricName({ strategy: 'UnderscoreEscapingWithSuffixes', namespace: '' }, 'http.server.duration', 's', 'histogram')
 *   // 'http_server_duration_seconds'
 */
export function metricName(namer: MetricNamer, name: string, unit: string, kind: MetricKind): string {
  if (namer.strategy === 'UnderscoreEscapingWithoutSuffixes') {
    let result = tokens(name, true).join('_');
    if (namer.namespace !== '') return `${tokens(namer.namespace, true).join('_')}_${result}`;
    if (startsWithDigit(result)) result = `_${result}`;
    return result;
  }

  let parts = tokens(name, false);
  const { main, per } = unitSuffixes(unit);
  if (main !== '' && !parts.includes(main)) parts.push(main);
  if (per !== '' && !parts.includes(`per_${per}`)) parts.push(`per_${per}`);
  if (kind === 'monotonic_counter') parts = [...parts.filter((t) => t !== 'total'), 'total'];
  if (unit === '1' && kind === 'gauge') parts = [...parts.filter((t) => t !== 'ratio'), 'ratio'];
  if (namer.namespace !== '') parts.unshift(namer.namespace);
  const result = parts.join('_');
  return startsWithDigit(result) ? `_${result}` : result;
}
