/**
 * Parsing helpers for environment variables, shared by every configuration loader (config.ts,
 * auth/auth-config.ts) so one variable means the same thing whichever module reads it.
 *
 * The rules, for every variable:
 * - a value is trimmed; empty or only whitespace counts as unset (the default applies);
 * - switches take `true` or `false` in any case (`TRUE`, `False`), nothing else;
 * - keywords (`oneOf`) match in any case and come back in their canonical spelling;
 * - an error names the variable and what was expected; it quotes the value only where a value cannot be
 *   a secret (numbers, switches, keywords), never in `pairs()`, whose values may be header credentials.
 */

/** The environment as a plain record: `process.env`, or a test's own object. */
export type Env = Readonly<Record<string, string | undefined>>;

/** A setting that cannot be parsed; the process should not start with it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** The trimmed value, or undefined when the variable is unset or blank. */
export function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/**
 * An integer within [min, max], or `fallback` when unset.
 * @throws ConfigError when the value is not an integer in range.
 */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/**
 * `true` or `false` in any case, or `fallback` when unset.
 * @throws ConfigError on anything else (`1`, `yes`, `on` are refused: they would be guesses).
 */
export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const lower = text.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(text)}`);
}

/**
 * One of `values`, matched in any case and returned as spelled in `values`; `fallback` when unset
 * (undefined when no fallback is given).
 * @throws ConfigError naming the accepted values.
 */
export function oneOf<const T extends readonly string[]>(
  env: Env,
  name: string,
  values: T,
  fallback: T[number],
): T[number];
export function oneOf<const T extends readonly string[]>(
  env: Env,
  name: string,
  values: T,
): T[number] | undefined;
export function oneOf<const T extends readonly string[]>(
  env: Env,
  name: string,
  values: T,
  fallback?: T[number],
): T[number] | undefined {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const lower = text.toLowerCase();
  const found = values.find((v) => v.toLowerCase() === lower);
  if (found === undefined) {
    throw new ConfigError(`${name} must be one of ${values.join(', ')}, got ${JSON.stringify(text)}`);
  }
  return found;
}

/** A comma-separated list, items trimmed, empty items dropped. */
export function list(env: Env, name: string): string[] {
  const text = optional(env, name);
  if (text === undefined) return [];
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * `Name=Value` pairs separated by commas, the OTEL_EXPORTER_OTLP_HEADERS format; names and values are
 * URL-decoded (`%2C` for a comma in a value). Errors never quote an item: header values may be secrets.
 * @throws ConfigError on an item without a name and '=', or with a malformed `%` escape.
 * @example
 * pairs({ REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a' }, 'REMOTE_WRITE_HEADERS'); // { 'X-Scope-OrgID': 'team-a' }
 */
export function pairs(env: Env, name: string): Record<string, string> {
  const text = optional(env, name);
  return text === undefined ? {} : parsePairs(text, name);
}

/**
 * {@link pairs} for a text from elsewhere (infra/'s CDK context); `label` prefixes the error messages.
 * @throws ConfigError as pairs() does.
 */
export function parsePairs(text: string, label: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [index, part] of text.split(',').entries()) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) throw new ConfigError(`${label}: item ${index + 1} is not a Name=Value pair`);
    try {
      out[decodeURIComponent(part.slice(0, eq).trim())] = decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // decodeURIComponent throws URIError on `%zz` or a lone `%`; that must stay a configuration error.
      throw new ConfigError(
        `${label}: item ${index + 1} is not URL-encoded (a % must start an escape such as %2C)`,
      );
    }
  }
  return out;
}
