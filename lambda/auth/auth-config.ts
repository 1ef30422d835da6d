/**
 * Destination and endpoint authentication settings, parsed from the environment once. The names are the
 * same locally and on Lambda (README, "Authentication"). Secret values are wrapped in SecretValue the moment
 * they are read, so a configuration object can never print one.
 */
import {
  AWS_DEFAULT_REGION,
  AWS_REGION,
  PASS_THROUGH_TENANT_HEADER,
  REMOTE_WRITE_AUTH,
  REMOTE_WRITE_BASIC_PASSWORD,
  REMOTE_WRITE_BASIC_USERNAME,
  REMOTE_WRITE_BEARER_TOKEN,
  REMOTE_WRITE_HEADERS,
  REMOTE_WRITE_ROLE_ARN,
  REMOTE_WRITE_SECRET_ARN,
  REMOTE_WRITE_SIGV4_REGION,
  REMOTE_WRITE_SIGV4_SERVICE,
  SECRET_CACHE_TTL_SECONDS,
} from '../env-names.js';
import { boolean, ConfigError, integer, oneOf, optional, pairs, type Env } from '../env.js';
import { SecretValue } from './secret-value.js';

/** Where a destination credential comes from: the environment (local) or Secrets Manager by ARN (Lambda). */
export type SecretSource =
  | { readonly from: 'env'; readonly value: SecretValue }
  | { readonly from: 'secrets-manager'; readonly arn: string };

export type DestinationAuth =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'sigv4';
      readonly region: string;
      readonly service: string;
      /** A role to assume first, e.g. for a workspace in another account. */
      readonly roleArn: string | undefined;
    }
  /** The secret is the token itself. */
  | { readonly kind: 'bearer'; readonly token: SecretSource }
  /** From the environment: username and password; from Secrets Manager: JSON `{"username","password"}`. */
  | { readonly kind: 'basic'; readonly username: string | undefined; readonly password: SecretSource };

export interface DestinationConfig {
  readonly auth: DestinationAuth;
  /** REMOTE_WRITE_HEADERS, names lower-cased. Values may be secrets: never log them. */
  readonly headers: Readonly<Record<string, string>>;
  /** Forward the client's own X-Scope-OrgID (it wins over a configured one). */
  readonly passThroughTenantHeader: boolean;
  /** How long a secret read from Secrets Manager is used before it is read again. */
  readonly secretCacheTtlMs: number;
}

const AUTH_KINDS = ['sigv4', 'bearer', 'basic', 'none'] as const;

/**
 * An AMP workspace host names its region: `aps-workspaces.<region>.amazonaws.com`, the `-fips` variant,
 * China's `.amazonaws.com.cn`, and interface VPC endpoints `vpce-….aps-workspaces.<region>.vpce.amazonaws.com`.
 */
const AMP_HOST =
  /^(?:vpce-[a-z0-9-]+\.)?aps-workspaces(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:vpce\.)?amazonaws\.com(?:\.cn)?$/;

/** The region in an AMP workspace host name, or undefined for any other host. */
export function ampRegionOf(host: string): string | undefined {
  return AMP_HOST.exec(host.toLowerCase())?.[1];
}

// Headers the remote-write protocol or the transport owns; a configured header may not replace them.
const RESERVED_HEADERS = new Set([
  'host',
  'content-type',
  'content-encoding',
  'content-length',
  'x-prometheus-remote-write-version',
  'user-agent',
]);
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// Printable ASCII and tab only: a CR or LF would split the request, anything else node:http refuses.
const HEADER_VALUE = /^[\t\x20-\x7e]*$/;

/**
 * Destination auth and headers.
 * @throws ConfigError on an unknown mode, a missing or contradictory credential, or a malformed header.
 */
export function loadDestinationConfig(env: Env, remoteWriteUrl: string | undefined): DestinationConfig {
  const ampRegion = remoteWriteUrl === undefined ? undefined : ampRegionOf(new URL(remoteWriteUrl).hostname);
  const kind = oneOf(env, REMOTE_WRITE_AUTH, AUTH_KINDS, ampRegion === undefined ? 'none' : 'sigv4');
  if (kind !== 'none' && remoteWriteUrl === undefined) {
    throw new ConfigError(
      `REMOTE_WRITE_AUTH=${kind} needs REMOTE_WRITE_URL (without it the embedded receiver is used)`,
    );
  }

  const headers = destinationHeaders(env);
  if (kind !== 'none' && headers.authorization !== undefined) {
    throw new ConfigError(
      `REMOTE_WRITE_HEADERS sets Authorization, which REMOTE_WRITE_AUTH=${kind} also sets; remove one`,
    );
  }
  refuseUnused(env, kind);

  return {
    auth: destinationAuth(env, kind, ampRegion),
    headers,
    passThroughTenantHeader: boolean(env, PASS_THROUGH_TENANT_HEADER, false),
    secretCacheTtlMs: secretCacheTtlMs(env),
  };
}

function destinationAuth(
  env: Env,
  kind: (typeof AUTH_KINDS)[number],
  ampRegion: string | undefined,
): DestinationAuth {
  switch (kind) {
    case 'none':
      return { kind };
    case 'sigv4': {
      // The AMP host's own region first: a signature scoped to any other region is refused, and a
      // function in one region may well write to a workspace in another.
      const region =
        optional(env, REMOTE_WRITE_SIGV4_REGION) ??
        ampRegion ??
        optional(env, AWS_REGION) ??
        optional(env, AWS_DEFAULT_REGION);
      if (region === undefined) {
        throw new ConfigError(
          'REMOTE_WRITE_AUTH=sigv4 needs a signing region: set REMOTE_WRITE_SIGV4_REGION or AWS_REGION (the URL is not an AMP host)',
        );
      }
      const roleArn = optional(env, REMOTE_WRITE_ROLE_ARN);
      if (roleArn !== undefined && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)) {
        throw new ConfigError(
          `REMOTE_WRITE_ROLE_ARN must be an IAM role ARN (arn:aws:iam::<account>:role/<name>)`,
        );
      }
      return { kind, region, service: optional(env, REMOTE_WRITE_SIGV4_SERVICE) ?? 'aps', roleArn };
    }
    case 'bearer': {
      const token = secretSource(env, REMOTE_WRITE_BEARER_TOKEN);
      if (token === undefined) {
        throw new ConfigError(
          'REMOTE_WRITE_AUTH=bearer needs REMOTE_WRITE_BEARER_TOKEN or REMOTE_WRITE_SECRET_ARN',
        );
      }
      return { kind, token };
    }
    case 'basic': {
      const password = secretSource(env, REMOTE_WRITE_BASIC_PASSWORD);
      const username = optional(env, REMOTE_WRITE_BASIC_USERNAME);
      if (password === undefined) {
        throw new ConfigError(
          'REMOTE_WRITE_AUTH=basic needs REMOTE_WRITE_BASIC_USERNAME and REMOTE_WRITE_BASIC_PASSWORD, or REMOTE_WRITE_SECRET_ARN',
        );
      }
      if (password.from === 'env' && username === undefined) {
        throw new ConfigError(
          'REMOTE_WRITE_AUTH=basic needs REMOTE_WRITE_BASIC_USERNAME with REMOTE_WRITE_BASIC_PASSWORD',
        );
      }
      if (password.from === 'secrets-manager' && username !== undefined) {
        throw new ConfigError(
          'REMOTE_WRITE_SECRET_ARN holds both username and password for basic auth; unset REMOTE_WRITE_BASIC_USERNAME',
        );
      }
      return { kind, username, password };
    }
  }
}

/** The credential from its environment variable or from REMOTE_WRITE_SECRET_ARN; both set is an error. */
function secretSource(env: Env, name: string): SecretSource | undefined {
  const value = optional(env, name);
  const arn = optional(env, REMOTE_WRITE_SECRET_ARN);
  if (value !== undefined && arn !== undefined) {
    throw new ConfigError(`set either ${name} or REMOTE_WRITE_SECRET_ARN, not both`);
  }
  if (arn !== undefined)
    return { from: 'secrets-manager', arn: checkedSecretArn(arn, REMOTE_WRITE_SECRET_ARN) };
  return value === undefined ? undefined : { from: 'env', value: new SecretValue(value) };
}

/** A credential configured for a mode that does not use it would be silently ignored: refuse instead. */
function refuseUnused(env: Env, kind: (typeof AUTH_KINDS)[number]): void {
  const usedBy: Record<string, readonly string[]> = {
    REMOTE_WRITE_BEARER_TOKEN: ['bearer'],
    REMOTE_WRITE_BASIC_USERNAME: ['basic'],
    REMOTE_WRITE_BASIC_PASSWORD: ['basic'],
    REMOTE_WRITE_SECRET_ARN: ['bearer', 'basic'],
    REMOTE_WRITE_ROLE_ARN: ['sigv4'],
    REMOTE_WRITE_SIGV4_SERVICE: ['sigv4'],
    REMOTE_WRITE_SIGV4_REGION: ['sigv4'],
  };
  for (const [name, kinds] of Object.entries(usedBy)) {
    if (optional(env, name) !== undefined && !kinds.includes(kind)) {
      throw new ConfigError(
        `${name} is set but REMOTE_WRITE_AUTH is ${kind}; set REMOTE_WRITE_AUTH=${kinds.join(' or ')}`,
      );
    }
  }
}

function destinationHeaders(env: Env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(pairs(env, REMOTE_WRITE_HEADERS))) {
    const lower = name.toLowerCase();
    if (!HEADER_NAME.test(name))
      throw new ConfigError(`REMOTE_WRITE_HEADERS: ${JSON.stringify(name)} is not a header name`);
    // The value is not quoted back: header values may be secrets.
    if (!HEADER_VALUE.test(value))
      throw new ConfigError(`REMOTE_WRITE_HEADERS: the value of ${name} has control characters`);
    if (RESERVED_HEADERS.has(lower)) {
      throw new ConfigError(
        `REMOTE_WRITE_HEADERS: ${name} is set by the remote-write protocol and cannot be overridden`,
      );
    }
    out[lower] = value;
  }
  return out;
}

/** SECRET_CACHE_TTL_SECONDS in milliseconds. */
export function secretCacheTtlMs(env: Env): number {
  return integer(env, SECRET_CACHE_TTL_SECONDS, 300, 0, 86_400) * 1000;
}

/** @throws ConfigError when `arn` is not a Secrets Manager secret ARN. */
export function checkedSecretArn(arn: string, name: string): string {
  if (!/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/.test(arn)) {
    throw new ConfigError(
      `${name} must be a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>)`,
    );
  }
  return arn;
}
