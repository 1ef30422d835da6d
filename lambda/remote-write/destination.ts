/**
 * The remote-write destination with its credentials and headers: SigV4 for AMP, bearer or basic for
 * Cortex/Mimir and friends, configured extra headers, and optionally the client's own tenant header.
 */
import { BadRequestError, DestinationMisconfiguredError } from '../errors.js';
import type { Send } from '../delivery.js';
import type { HttpRequest } from '../otlp-http.js';
import { createSigV4Signer, type CredentialProvider } from '../remote-write/sign.js';
import { sendWriteRequest, type SendResult } from '../remote-write/send.js';
import type { DestinationConfig, SecretSource } from './auth-config.js';
import type { SecretCache } from './secret-cache.js';

export interface DestinationOptions {
  readonly url: string;
  /** Timeout of one remote-write HTTP request. */
  readonly timeoutMs: number;
  readonly config: DestinationConfig;
  /** Required for sigv4. */
  readonly credentials?: CredentialProvider | undefined;
  readonly secrets: SecretCache;
}

/** Per-request facts the destination needs. */
export interface SendContext {
  /** The client's request: its X-Scope-OrgID is forwarded when pass-through is on. */
  readonly request?: HttpRequest;
  /** Epoch ms after which no request may still be waiting (the Lambda's remaining time). */
  readonly deadline?: number;
}

/** Cortex/Mimir's tenant header. */
const TENANT_HEADER = 'x-scope-orgid';
// Cortex accepts tenant IDs up to 150 characters of a restricted set; we only refuse what could corrupt
// the outgoing request or is plainly not an ID, and leave the rest to the destination.
const TENANT_ID = /^[\x21-\x7e]{1,150}$/;

/**
 * Builds the sender for a destination; call the result once per request.
 * @throws Error when sigv4 is configured without a credential provider.
 * @example
 * const sendFor = createDestination({ url, timeoutMs: 5000, config: config.destination, secrets });
 * await handleOtlpHttp(request, { ...deps, send: sendFor({ request }) });
 */
export function createDestination(options: DestinationOptions): (context?: SendContext) => Send {
  const { auth } = options.config;
  let sign: ReturnType<typeof createSigV4Signer> | undefined;
  if (auth.kind === 'sigv4') {
    if (options.credentials === undefined)
      throw new Error('sigv4 destination auth needs a credential provider');
    sign = createSigV4Signer({
      region: auth.region,
      service: auth.service,
      credentials: options.credentials,
    });
  }

  const authorization = async (): Promise<string | undefined> => {
    switch (auth.kind) {
      case 'none':
      case 'sigv4':
        return undefined;
      case 'bearer':
        return `Bearer ${(await secretOf(auth.token, options.secrets)).trim()}`;
      case 'basic': {
        const { username, password } =
          auth.password.from === 'env'
            ? { username: auth.username ?? '', password: auth.password.value.reveal() }
            : basicFromSecret(await secretOf(auth.password, options.secrets));
        return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
      }
    }
  };
  const secretArn =
    auth.kind === 'bearer' ? arnOf(auth.token) : auth.kind === 'basic' ? arnOf(auth.password) : undefined;

  return (context = {}) =>
    async (body, attempt): Promise<SendResult> => {
      const headers: Record<string, string> = { ...options.config.headers };
      const tenant = context.request?.headers[TENANT_HEADER];
      if (options.config.passThroughTenantHeader && tenant !== undefined) {
        if (!TENANT_ID.test(tenant)) {
          throw new BadRequestError(
            'X-Scope-OrgID must be 1 to 150 printable ASCII characters without spaces',
          );
        }
        headers[TENANT_HEADER] = tenant;
      }
      const authHeader = await authorization();
      if (authHeader !== undefined) headers.authorization = authHeader;

      // Delivery bounds each attempt by the request's deadline and aborts it when the request is given up.
      let timeoutMs = Math.min(options.timeoutMs, attempt?.timeoutMs ?? Infinity);
      if (context.deadline !== undefined) {
        timeoutMs = Math.min(timeoutMs, context.deadline - Date.now());
        if (timeoutMs <= 0) {
          return {
            status: 'retryable',
            error: new Error('no time left in the invocation to send to the destination'),
          };
        }
      }
      const result = await sendWriteRequest(body, {
        url: options.url,
        headers,
        timeoutMs: Math.max(1, Math.floor(timeoutMs)),
        ...(attempt === undefined ? {} : { signal: attempt.signal }),
        ...(sign ? { sign } : {}),
      });
      // A refused credential may have been rotated since we cached it: read it again next time.
      if (
        secretArn !== undefined &&
        result.status === 'failure' &&
        (result.httpStatus === 401 || result.httpStatus === 403)
      ) {
        options.secrets.invalidate(secretArn);
      }
      return result;
    };
}

async function secretOf(source: SecretSource, secrets: SecretCache): Promise<string> {
  return source.from === 'env' ? source.value.reveal() : (await secrets.get(source.arn)).reveal();
}

function arnOf(source: SecretSource): string | undefined {
  return source.from === 'secrets-manager' ? source.arn : undefined;
}

/**
 * `{"username": "...", "password": "..."}` from the secret string.
 * @throws DestinationMisconfiguredError (502: the operator must fix the secret); the message never quotes it.
 */
function basicFromSecret(secret: string): { username: string; password: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(secret);
  } catch {
    parsed = undefined;
  }
  const { username, password } = (parsed ?? {}) as { username?: unknown; password?: unknown };
  if (typeof username !== 'string' || typeof password !== 'string') {
    throw new DestinationMisconfiguredError(
      'the basic-auth secret must be JSON {"username": "...", "password": "..."}; fix REMOTE_WRITE_SECRET_ARN',
    );
  }
  return { username, password };
}
