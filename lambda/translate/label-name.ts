/**
 * OTLP attribute keys to Prometheus label names with Prometheus's default sanitisation: otlptranslator's
 * LabelNamer with UnderscoreLabelSanitization and PreserveMultipleUnderscores on (Prometheus's
 * `otlp.label_name_underscore_sanitization` and `otlp.label_name_preserve_multiple_underscores`
 * defaults, and the Collector's documented `_name` → `key_name`).
 */

/**
 * Sanitised names of recently seen keys. Bounded by the characters it holds, not by entries: a hostile
 * client sending many distinct long keys must not grow the process (keys past MAX_CACHED_KEY_LENGTH are
 * never cached, and the whole cache is dropped when it reaches CACHE_BUDGET_CHARS).
 */
const cache = new Map<string, string>();
const MAX_CACHED_KEY_LENGTH = 256;
/** ~2 MiB of UTF-16 (keys and names together). */
const CACHE_BUDGET_CHARS = 1 << 20;
let cachedChars = 0;

/**
 * A valid label name for an attribute key: each character outside [a-zA-Z0-9_] becomes '_', a leading
 * digit gets `key_`, a single leading '_' gets `key` (so `.foo` → `key_foo`), and `__reserved__`-style
 * names are kept. Returns '' when no valid name results (an empty key, or only underscores such as `__`),
 * which otlptranslator reports as an error.
 */
export function labelName(key: string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = sanitize(key);
  if (key.length <= MAX_CACHED_KEY_LENGTH) {
    const chars = key.length + result.length;
    if (cachedChars + chars > CACHE_BUDGET_CHARS) {
      cache.clear();
      cachedChars = 0;
    }
    cache.set(key, result);
    cachedChars += chars;
  }
  return result;
}

/** Characters the cache holds (keys and names), for tests of its bound. */
export function cachedLabelNameChars(): number {
  return cachedChars;
}

const isLabelChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

function sanitize(key: string): string {
  if (key === '') return '';
  let name = '';
  let valid = true;
  for (let i = 0; i < key.length; i++) {
    if (!isLabelChar(key.charCodeAt(i))) {
      valid = false;
      break;
    }
  }
  if (valid) {
    name = key;
  } else {
    // One '_' per code point (Go ranges over runes), so a non-BMP character is one '_', not two.
    for (const c of key) name += isLabelChar(c.charCodeAt(0)) ? c : '_';
  }
  const first = name.charCodeAt(0);
  if (first >= 48 && first <= 57) name = `key_${name}`;
  else if (first === 95 && name.charCodeAt(1) !== 95) name = `key${name}`;
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) !== 95) return name;
  return '';
}
