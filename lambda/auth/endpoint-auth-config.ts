/**
 * Endpoint auth settings: a bearer token every client must present, from ENDPOINT_TOKEN (local only) or
 * the secret at ENDPOINT_TOKEN_SECRET_ARN; on by default on Lambda, off by default locally.
 */
import {
  AWS_LAMBDA_FUNCTION_NAME,
  ENDPOINT_AUTH,
  ENDPOINT_TOKEN,
  ENDPOINT_TOKEN_SECRET_ARN,
} from '../env-names.js';
import { ConfigError, oneOf, optional, type Env } from '../env.js';
import { checkedSecretArn, secretCacheTtlMs, type SecretSource } from './auth-config.js';
import { SecretValue } from './secret-value.js';

export type EndpointAuthConfig =
  | { readonly kind: 'none' }
  /** The token from ENDPOINT_TOKEN (local only) or the secret at ENDPOINT_TOKEN_SECRET_ARN. */
  | { readonly kind: 'token'; readonly token: SecretSource; readonly secretCacheTtlMs: number };

/** Which edge reads the settings: their defaults differ (see loadEndpointAuthConfig). */
export type Edge = 'lambda' | 'local';

/**
 * Endpoint auth. On Lambda `token` is the default and needs ENDPOINT_TOKEN_SECRET_ARN; `none` is for APIs
 * that authorize at API Gateway (IAM) or private test stacks. Locally the token may also be given as
 * ENDPOINT_TOKEN, and the default is `token` when one is given, `none` otherwise (the local server warns
 * when that leaves it open to the network, see isLoopbackHost).
 * @throws ConfigError when `token` has no token, on ENDPOINT_TOKEN on Lambda (environment variables are
 *   visible in the console) or beside ENDPOINT_TOKEN_SECRET_ARN or ENDPOINT_AUTH=none, or on an unknown mode.
 */
export function loadEndpointAuthConfig(env: Env, edge: Edge = 'lambda'): EndpointAuthConfig {
  const onLambda = edge === 'lambda' || optional(env, AWS_LAMBDA_FUNCTION_NAME) !== undefined;
  const token = optional(env, ENDPOINT_TOKEN);
  const secretArn = optional(env, ENDPOINT_TOKEN_SECRET_ARN);
  if (token !== undefined && onLambda) {
    throw new ConfigError(
      'ENDPOINT_TOKEN is for local use only: on Lambda environment variables are visible in the console; put the token in Secrets Manager and set ENDPOINT_TOKEN_SECRET_ARN',
    );
  }
  if (token !== undefined && secretArn !== undefined) {
    throw new ConfigError('set either ENDPOINT_TOKEN or ENDPOINT_TOKEN_SECRET_ARN, not both');
  }
  const configured = token !== undefined || secretArn !== undefined;
  const kind = oneOf(
    env,
    ENDPOINT_AUTH,
    ['token', 'none'] as const,
    onLambda || configured ? 'token' : 'none',
  );
  if (kind === 'none') {
    // A token the user set but we would not check is a surprise: refuse it. The Lambda has always
    // tolerated a leftover ARN beside `none`, and keeps doing so.
    if (token !== undefined || (!onLambda && secretArn !== undefined)) {
      throw new ConfigError(
        `${token !== undefined ? 'ENDPOINT_TOKEN' : 'ENDPOINT_TOKEN_SECRET_ARN'} is set but ENDPOINT_AUTH is none; unset one`,
      );
    }
    return { kind };
  }
  if (token !== undefined) {
    // The value is not quoted back: it is the token.
    if (!TOKEN_CHARS.test(token)) {
      throw new ConfigError('ENDPOINT_TOKEN must be printable ASCII without spaces (RFC 6750 bearer token)');
    }
    return {
      kind,
      token: { from: 'env', value: new SecretValue(token) },
      secretCacheTtlMs: secretCacheTtlMs(env),
    };
  }
  if (secretArn === undefined) {
    throw new ConfigError(
      onLambda
        ? 'ENDPOINT_AUTH=token needs ENDPOINT_TOKEN_SECRET_ARN (the secret holding the bearer token)'
        : 'ENDPOINT_AUTH=token needs ENDPOINT_TOKEN (the bearer token itself) or ENDPOINT_TOKEN_SECRET_ARN (the secret holding it)',
    );
  }
  return {
    kind,
    token: { from: 'secrets-manager', arn: checkedSecretArn(secretArn, ENDPOINT_TOKEN_SECRET_ARN) },
    secretCacheTtlMs: secretCacheTtlMs(env),
  };
}

/** What a bearer token may be made of: the characters endpoint-auth.ts accepts in the header. */
const TOKEN_CHARS = /^[\x21-\x7e]+$/;

/**
 * Whether a bind address reaches only this machine: 127.0.0.0/8 (also IPv4-mapped), ::1 or `localhost`.
 * Anything else, `0.0.0.0` and `::` included, is reachable from the network.
 */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice('::ffff:'.length) : h;
  return /^127(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(v4);
}
