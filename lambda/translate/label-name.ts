/**
 * OTLP attribute keys to Prometheus label names with Prometheus's default sanitisation
 * (otlptranslator LabelNamer: UnderscoreLabelSanitization on, PreserveMultipleUnderscores on).
 */

const cache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * A valid label name for an attribute key: invalid characters become '_', a leading digit gets `key_`,
 * a single leading '_' gets `key` (so `.foo` → `key_foo`), and `__reserved__`-style names are kept.
 * Returns '' for an empty key.
 */
export function labelName(key: string): string {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const result = sanitize(key);
  // Keys repeat across points; a bounded cache keeps hostile input from growing memory.
  if (cache.size < CACHE_LIMIT) cache.set(key, result);
  return result;
}

/** Whether the first character is an ASCII digit. */
export function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function sanitize(key: string): string {
  if (key === '') return '';
  let name = '';
  for (const c of key) {
    name += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' ? c : '_';
  }
  if (startsWithDigit(name)) return `key_${name}`;
  if (name.startsWith('_') && !name.startsWith('__')) return `key${name}`;
  return name;
}
