/** The environment, parsed once into a typed configuration. Same variable names locally and on Lambda. */
import { loadDestinationConfig, type DestinationConfig } from './auth/auth-config.js';
import { labelName } from './translate/label-name.js';
import type { NamingStrategy } from './translate/metric-name.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from './translate/options.js';

export interface Config {
  /** Local server bind address. */
  readonly host: string;
  readonly port: number;
  /** Remote-write destination; undefined locally means the embedded receiver. */
  readonly remoteWriteUrl: string | undefined;
  /** Cap on the request body, on the wire and after decompression (OTLP recommends 20 MiB). */
  readonly maxBodyBytes: number;
  /** Timeout of one remote-write HTTP request. */
  readonly remoteWriteTimeoutMs: number;
  /**
   * Time budget of one OTLP request on the local server, retries included; when it ends the client gets
   * 503 (or 429) and resends. Below OTLP clients' usual 10 s timeout so their own retry still fits.
   */
  readonly requestTimeoutMs: number;
  /** Largest uncompressed remote-write request (the Collector's `max_batch_size_bytes`). */
  readonly maxBatchSizeBytes: number;
  /** Remote-write requests of one OTLP request in flight at once. */
  readonly maxConcurrentSends: number;
  readonly translate: TranslateOptions;
  /** Destination auth and headers (REMOTE_WRITE_AUTH and friends, see auth/auth-config.ts). */
  readonly destination: DestinationConfig;
}

/** The local server's default REQUEST_TIMEOUT_MS: 4 s, leaving a 10 s client time for one resend. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 4000;

/** A setting that cannot be parsed; the process should not start with it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the configuration from environment variables (documented in the README's table).
 * @throws ConfigError naming the variable and what was expected.
 */
export function loadConfig(env: Env = process.env): Config {
  const remoteWriteUrl = optional(env, 'REMOTE_WRITE_URL');
  if (remoteWriteUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(remoteWriteUrl);
    } catch {
      throw new ConfigError(`REMOTE_WRITE_URL ${JSON.stringify(remoteWriteUrl)} is not a URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ConfigError(`REMOTE_WRITE_URL must be http:// or https://, got ${url.protocol}`);
    }
  }
  return {
    host: optional(env, 'HOST') ?? '127.0.0.1',
    port: integer(env, 'PORT', 4318, 0, 65535),
    remoteWriteUrl,
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 20 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    remoteWriteTimeoutMs: integer(env, 'REMOTE_WRITE_TIMEOUT_MS', 5000, 1, 600_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 100, 600_000),
    maxBatchSizeBytes: integer(env, 'MAX_BATCH_SIZE_BYTES', 3_000_000, 1024, 1024 * 1024 * 1024),
    maxConcurrentSends: integer(env, 'MAX_CONCURRENT_SENDS', 4, 1, 64),
    translate: loadTranslateOptions(env),
    destination: loadDestinationConfig(env, remoteWriteUrl),
  };
}

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/**
 * `Name=Value` pairs separated by commas, the OTEL_EXPORTER_OTLP_HEADERS format; values are URL-decoded.
 * @throws ConfigError on a pair without '='.
 */
export function pairs(env: Env, name: string): Record<string, string> {
  const text = optional(env, name);
  const out: Record<string, string> = {};
  if (text === undefined) return out;
  for (const [index, part] of text.split(',').entries()) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    // The value is not quoted back: header values may be secrets.
    if (eq <= 0) throw new ConfigError(`${name}: item ${index + 1} is not a Name=Value pair`);
    out[decodeURIComponent(part.slice(0, eq).trim())] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

const STRATEGIES: readonly NamingStrategy[] = [
  'UnderscoreEscapingWithSuffixes',
  'UnderscoreEscapingWithoutSuffixes',
];

/**
 * The translation options, named after the Collector's prometheusremotewrite settings in UPPER_SNAKE
 * (README, "Translation options"); unset variables keep the Collector's defaults.
 * @throws ConfigError naming the variable and what was expected.
 */
function loadTranslateOptions(env: Env): TranslateOptions {
  const d = DEFAULT_TRANSLATE_OPTIONS;
  return {
    namingStrategy: namingStrategy(env),
    namespace: optional(env, 'NAMESPACE') ?? d.namespace,
    externalLabels: externalLabels(env),
    targetInfoEnabled: boolean(env, 'TARGET_INFO_ENABLED', d.targetInfoEnabled),
    disableScopeInfo: boolean(env, 'DISABLE_SCOPE_INFO', d.disableScopeInfo),
    resourceToTelemetryConversion: boolean(
      env,
      'RESOURCE_TO_TELEMETRY_CONVERSION_ENABLED',
      d.resourceToTelemetryConversion,
    ),
    promoteResourceAttributes: list(env, 'PROMOTE_RESOURCE_ATTRIBUTES'),
    sendMetadata: boolean(env, 'SEND_METADATA', d.sendMetadata),
  };
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const value = optional(env, name);
  if (value === undefined) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigError(`${name} must be true or false, got ${JSON.stringify(value)}`);
}

function list(env: Env, name: string): string[] {
  const value = optional(env, name);
  if (value === undefined) return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** `TRANSLATION_STRATEGY` when set, else `ADD_METRIC_SUFFIXES`, as the Collector resolves them. */
function namingStrategy(env: Env): NamingStrategy {
  const strategy = optional(env, 'TRANSLATION_STRATEGY');
  if (strategy !== undefined) {
    const known = STRATEGIES.find((s) => s === strategy);
    if (known === undefined) {
      // NoUTF8EscapingWithSuffixes and NoTranslation need UTF-8 names, which remote-write 1.0 cannot carry.
      throw new ConfigError(
        `TRANSLATION_STRATEGY must be one of ${STRATEGIES.join(', ')}, got ${JSON.stringify(strategy)}`,
      );
    }
    return known;
  }
  return boolean(env, 'ADD_METRIC_SUFFIXES', true)
    ? 'UnderscoreEscapingWithSuffixes'
    : 'UnderscoreEscapingWithoutSuffixes';
}

/** `EXTERNAL_LABELS` with names sanitised like attribute keys; empty names or values are refused. */
function externalLabels(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(pairs(env, 'EXTERNAL_LABELS'))) {
    const name = labelName(key);
    if (name === '' || value === '') {
      throw new ConfigError(
        `EXTERNAL_LABELS: ${JSON.stringify(key)} needs a valid label name and a non-empty value`,
      );
    }
    out[name] = value;
  }
  return out;
}
