/**
 * OTLP metric names to Prometheus metric names, as prometheus/otlptranslator's MetricNamer builds them for
 * the `UnderscoreEscapingWithSuffixes` (Collector default) and `UnderscoreEscapingWithoutSuffixes`
 * strategies.
 */
import { cleanUpUnit, isMetricNameChar, unitSuffixes } from './units.js';

/** What the name depends on besides the OTLP name and unit (otlptranslator MetricType). */
export type MetricKind =
  'gauge' | 'monotonic_counter' | 'non_monotonic_counter' | 'histogram' | 'exponential_histogram' | 'summary';

/** The naming strategies, under Prometheus's own names. */
export type NamingStrategy = 'UnderscoreEscapingWithSuffixes' | 'UnderscoreEscapingWithoutSuffixes';

export interface MetricNamer {
  readonly strategy: NamingStrategy;
  /** Prefix joined with '_' (the Collector's `namespace`). */
  readonly namespace: string;
}

const UNDERSCORE = 95;

/**
 * Splits on every character outside [a-zA-Z0-9:] (and '_' unless kept), dropping empty fields, like Go's
 * strings.FieldsFunc. Splitting on '_' is what collapses runs of underscores in the suffix strategy.
 */
function fields(name: string, keepUnderscore: boolean): string[] {
  const out: string[] = [];
  let current = '';
  for (const c of name) {
    const code = c.charCodeAt(0);
    if (isMetricNameChar(code) || (keepUnderscore && code === UNDERSCORE)) {
      current += c;
    } else if (current !== '') {
      out.push(current);
      current = '';
    }
  }
  if (current !== '') out.push(current);
  return out;
}

const startsWithDigit = (s: string): boolean =>
  s.length > 0 && s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57;

/**
 * The Prometheus name of an OTLP metric; '' when the name cannot be built (empty, or nothing but
 * underscores), which the caller reports as a rejection, as otlptranslator returns an error.
 *
 * @example metricName({ strategy: 'UnderscoreEscapingWithSuffixes', namespace: '' }, 'http.server.duration', 's', 'histogram')
 *   // 'http_server_duration_seconds'
 */
export function metricName(namer: MetricNamer, name: string, unit: string, kind: MetricKind): string {
  const result =
    namer.strategy === 'UnderscoreEscapingWithSuffixes'
      ? withSuffixes(name, unit, kind, namer.namespace)
      : withoutSuffixes(name, namer.namespace);
  if (result === '' || result === name) return result;
  for (let i = 0; i < result.length; i++) if (result.charCodeAt(i) !== UNDERSCORE) return result;
  return '';
}

function withoutSuffixes(name: string, namespace: string): string {
  const base = fields(name, true).join('_');
  // otlptranslator neither checks a leading digit nor an empty base when there is a namespace.
  if (namespace !== '') return `${fields(namespace, true).join('_')}_${base}`;
  return startsWithDigit(base) ? `_${base}` : base;
}

function withSuffixes(name: string, unit: string, kind: MetricKind, namespace: string): string {
  let tokens = fields(name, false);
  const suffixes = unitSuffixes(unit);
  addUnitTokens(tokens, cleanUpUnit(suffixes.main), cleanUpUnit(suffixes.per));

  if (kind === 'monotonic_counter') tokens = [...tokens.filter((t) => t !== 'total'), 'total'];
  // `_ratio` only for gauges: OTel receivers wrongly use unit "1" for counters of things.
  if (unit === '1' && kind === 'gauge') tokens = [...tokens.filter((t) => t !== 'ratio'), 'ratio'];
  // The namespace is prepended as it is in this strategy (otlptranslator normalizeName).
  if (namespace !== '') tokens.unshift(namespace);

  const result = tokens.join('_');
  return startsWithDigit(result) ? `_${result}` : result;
}

/** otlptranslator addUnitTokens: appends the unit suffixes the name does not already have as a token. */
function addUnitTokens(tokens: string[], main: string, per: string): void {
  let mainSuffix = tokens.includes(main) ? '' : main;
  let perSuffix = '';
  if (per !== 'per_') {
    perSuffix = per.endsWith('_') ? per.slice(0, -1) : per;
    // Tokens never hold '_', so a `per_x` suffix is always appended; kept for fidelity.
    if (tokens.includes(perSuffix)) perSuffix = '';
  }
  if (perSuffix !== '' && mainSuffix.endsWith('_')) mainSuffix = mainSuffix.slice(0, -1);
  if (mainSuffix !== '') tokens.push(mainSuffix);
  if (perSuffix !== '') tokens.push(perSuffix);
}
