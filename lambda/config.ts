/** The environment, parsed once into a typed configuration. Same variable names locally and on Lambda. */
import { loadDestinationConfig, type DestinationConfig } from './auth/auth-config.js';
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
  readonly translate: TranslateOptions;
  /** Destination auth and headers (REMOTE_WRITE_AUTH and friends, see auth/auth-config.ts). */
  readonly destination: DestinationConfig;
}

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
    translate: {
      ...DEFAULT_TRANSLATE_OPTIONS,
      namingStrategy: namingStrategy(env),
      namespace: optional(env, 'NAMESPACE') ?? '',
      externalLabels: pairs(env, 'EXTERNAL_LABELS'),
    },
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

function namingStrategy(env: Env): NamingStrategy {
  const flag = optional(env, 'ADD_METRIC_SUFFIXES') ?? 'true';
  if (flag !== 'true' && flag !== 'false') {
    throw new ConfigError(`ADD_METRIC_SUFFIXES must be true or false, got ${JSON.stringify(flag)}`);
  }
  return flag === 'true' ? 'UnderscoreEscapingWithSuffixes' : 'UnderscoreEscapingWithoutSuffixes';
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
