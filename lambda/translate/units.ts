/**
 * OTel (UCUM) units to the Prometheus unit words used as metric name suffixes.
 * Tables from prometheus/otlptranslator unit_namer.go; units not listed pass through sanitised.
 */
const MAIN_UNITS: Readonly<Record<string, string>> = {
  // Time
  d: 'days',
  h: 'hours',
  min: 'minutes',
  s: 'seconds',
  ms: 'milliseconds',
  us: 'microseconds',
  ns: 'nanoseconds',
  // Bytes
  By: 'bytes',
  KiBy: 'kibibytes',
  MiBy: 'mebibytes',
  GiBy: 'gibibytes',
  TiBy: 'tibibytes',
  KBy: 'kilobytes',
  MBy: 'megabytes',
  GBy: 'gigabytes',
  TBy: 'terabytes',
  // SI
  m: 'meters',
  V: 'volts',
  A: 'amperes',
  J: 'joules',
  W: 'watts',
  g: 'grams',
  // Misc
  Cel: 'celsius',
  Hz: 'hertz',
  '1': '',
  '%': 'percent',
};

const PER_UNITS: Readonly<Record<string, string>> = {
  s: 'second',
  m: 'minute',
  h: 'hour',
  d: 'day',
  w: 'week',
  mo: 'month',
  y: 'year',
};

/** The main and `per_` suffix words for a unit such as `By/s`; annotations (`{...}`) contribute nothing. */
export function unitSuffixes(unit: string): { main: string; per: string } {
  const slash = unit.indexOf('/');
  const mainText = (slash === -1 ? unit : unit.slice(0, slash)).trim();
  const perText = slash === -1 ? '' : unit.slice(slash + 1).trim();
  const main = mainText !== '' && !/[{}]/.test(mainText) ? (MAIN_UNITS[mainText] ?? mainText) : '';
  const perWord = perText !== '' && !/[{}]/.test(perText) ? (PER_UNITS[perText] ?? perText) : '';
  return { main: cleanUpUnit(main), per: perWord === '' ? '' : cleanUpUnit(perWord) };
}

/** The Prometheus unit word for metadata (`MetricMetadata.unit`), e.g. `By/s` → `bytes_per_second`. */
export function prometheusUnit(unit: string): string {
  const { main, per } = unitSuffixes(unit);
  if (per === '') return main;
  return main === '' ? `per_${per}` : `${main}_per_${per}`;
}

// Invalid characters become '_', runs collapse and a leading '_' goes (otlptranslator cleanUpUnit).
function cleanUpUnit(word: string): string {
  return word
    .replace(/[^a-zA-Z0-9:]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_/, '');
}
