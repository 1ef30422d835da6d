/**
 * OTel (UCUM) units to the Prometheus unit words used as metric name suffixes and as metadata units.
 * Tables and rules from prometheus/otlptranslator (unit_namer.go, metric_namer.go) as the Collector uses
 * them; units not in the tables pass through, cleaned up.
 */
const MAIN_UNITS: ReadonlyMap<string, string> = new Map([
  // Time
  ['d', 'days'],
  ['h', 'hours'],
  ['min', 'minutes'],
  ['s', 'seconds'],
  ['ms', 'milliseconds'],
  ['us', 'microseconds'],
  ['ns', 'nanoseconds'],
  // Bytes
  ['By', 'bytes'],
  ['KiBy', 'kibibytes'],
  ['MiBy', 'mebibytes'],
  ['GiBy', 'gibibytes'],
  ['TiBy', 'tibibytes'],
  ['KBy', 'kilobytes'],
  ['MBy', 'megabytes'],
  ['GBy', 'gigabytes'],
  ['TBy', 'terabytes'],
  // SI
  ['m', 'meters'],
  ['V', 'volts'],
  ['A', 'amperes'],
  ['J', 'joules'],
  ['W', 'watts'],
  ['g', 'grams'],
  // Misc
  ['Cel', 'celsius'],
  ['Hz', 'hertz'],
  ['1', ''],
  ['%', 'percent'],
]);

const PER_UNITS: ReadonlyMap<string, string> = new Map([
  ['s', 'second'],
  ['m', 'minute'],
  ['h', 'hour'],
  ['d', 'day'],
  ['w', 'week'],
  ['mo', 'month'],
  ['y', 'year'],
]);

/** The two suffixes a unit contributes before clean-up, e.g. `By/s` → `bytes` and `per_second`. */
export interface UnitSuffixes {
  readonly main: string;
  readonly per: string;
}

const hasBraces = (s: string): boolean => s.includes('{') || s.includes('}');

/**
 * otlptranslator's buildUnitSuffixes: the unit is split at its first '/'; a part that is blank or holds
 * a `{annotation}` contributes nothing; the rest are looked up in the tables (or kept as they are).
 */
export function unitSuffixes(unit: string): UnitSuffixes {
  const slash = unit.indexOf('/');
  const mainText = (slash === -1 ? unit : unit.slice(0, slash)).trim();
  const main = mainText !== '' && !hasBraces(mainText) ? (MAIN_UNITS.get(mainText) ?? mainText) : '';
  let per = '';
  if (slash !== -1) {
    const perText = unit.slice(slash + 1).trim();
    if (perText !== '' && !hasBraces(perText)) per = `per_${PER_UNITS.get(perText) ?? perText}`;
  }
  return { main, per };
}

/** Characters valid in a (legacy) metric name: [a-zA-Z0-9:]. '_' is handled by the callers. */
export function isMetricNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 58 // ':'
  );
}

/**
 * otlptranslator's cleanUpUnit: every character outside [a-zA-Z0-9:] becomes '_' (one per code point),
 * runs of '_' collapse to one, and one leading '_' is dropped.
 */
export function cleanUpUnit(word: string): string {
  let out = '';
  let previousUnderscore = false;
  for (const c of word) {
    if (isMetricNameChar(c.charCodeAt(0))) {
      out += c;
      previousUnderscore = false;
    } else if (!previousUnderscore) {
      out += '_';
      previousUnderscore = true;
    }
  }
  return out.startsWith('_') ? out.slice(1) : out;
}

/**
 * The Prometheus unit for metadata (otlptranslator UnitNamer.Build), e.g. `By/s` → `bytes_per_second`,
 * `1` → ``, `{packets}` → ``.
 */
export function prometheusUnit(unit: string): string {
  const { main: rawMain, per: rawPer } = unitSuffixes(unit);
  const main = cleanUpUnit(rawMain);
  const per = cleanUpUnit(rawPer);
  let u = main !== '' && per !== '' ? `${main}_${per}` : main !== '' ? main : per;
  if (u.startsWith('_')) u = u.slice(1);
  if (u.endsWith('_')) u = u.slice(0, -1);
  return u;
}
