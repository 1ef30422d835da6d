/**
 * AWS Signature Version 4 (AMP accepts nothing else; Secrets Manager and STS too). No network: credentials
 * come from a provider the caller passes in. Written on node:crypto rather than `@smithy/signature-v4`:
 * the SDK's signer pulled ~140 KiB of `@smithy/core` into the Lambda bundle, most of the import time of a
 * cold start (README "Performance"). Canonicalisation follows the SDK's signer rule for rule (path
 * normalised then URI-encoded twice, the same unsignable headers, values trimmed and spaces folded);
 * test/lambda/sign.test.ts holds it to AWS's published suite and to the SDK's signer as an oracle.
 *
 * Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
import { nodeCrypto } from '../node-crypto.js';

/** AWS credentials, as the SDK's providers return them. */
export interface AwsCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  /** When temporary credentials stop working; absent for long-term keys. */
  readonly expiration?: Date;
}

/** Resolves credentials; called once per signature, so it must cache (see auth/credentials.ts). */
export type CredentialProvider = () => Promise<AwsCredentials>;

export interface SigV4Options {
  /** Signing region, e.g. `us-east-1`. */
  readonly region: string;
  /** Signing service name: `aps` for AMP. */
  readonly service: string;
  readonly credentials: CredentialProvider;
  /**
   * Send the payload hash as `x-amz-content-sha256` too (the AWS SDK does for every service).
   * @default true
   */
  readonly applyChecksum?: boolean;
}

/** A request about to be sent: the exact URL, headers (any case) and body bytes that go on the wire. */
export interface SignableRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string;
}

/** Signs one request; see {@link createRequestSigner}. */
export type RequestSigner = (request: SignableRequest, signingDate?: Date) => Promise<Record<string, string>>;

/**
 * A signer for one region, service and credential provider. It returns the request's complete header
 * set, lower-cased, with `host`, `x-amz-date`, `authorization` and, for temporary credentials,
 * `x-amz-security-token`. The payload hash is computed over `body` exactly as given (for remote write:
 * the snappy-compressed bytes). Build it once: it caches derived signing keys per day. The returned
 * function rejects when the credential provider does.
 * @example
 * const sign = createRequestSigner({ region: 'us-east-1', service: 'aps', credentials });
 * const headers = await sign({ method: 'POST', url, headers: {}, body });
 */
export function createRequestSigner(options: SigV4Options): RequestSigner {
  const applyChecksum = options.applyChecksum ?? true;
  // The signing key changes with the day and the secret key only: one HMAC chain a day, not four per request.
  let key: { readonly id: string; readonly value: Buffer } | undefined;
  const signingKey = (secretAccessKey: string, day: string): Buffer => {
    const id = `${day}\n${secretAccessKey}`;
    if (key?.id !== id) {
      let k = hmac(`AWS4${secretAccessKey}`, day);
      for (const part of [options.region, options.service, 'aws4_request']) k = hmac(k, part);
      key = { id, value: k };
    }
    return key.value;
  };
  return async (request, signingDate = new Date()) => {
    const credentials = await options.credentials();
    if (typeof credentials.accessKeyId !== 'string' || typeof credentials.secretAccessKey !== 'string') {
      throw new Error('Resolved credential object is not valid');
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
    // node:http sends `Host: url.host` (with the port only when it is not the scheme's default); we sign the same.
    headers.host = request.url.host;
    const longDate = signingDate
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
      .replace(/[-:]/g, '');
    const day = longDate.slice(0, 8);
    headers['x-amz-date'] = longDate;
    if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
    const payloadHash = headers['x-amz-content-sha256'] ?? sha256Hex(request.body ?? EMPTY);
    if (applyChecksum) headers['x-amz-content-sha256'] = payloadHash;
    const signed = Object.keys(headers)
      .filter((name) => !UNSIGNABLE.has(name) && !name.startsWith('proxy-') && !name.startsWith('sec-'))
      .sort();
    const signedList = signed.join(';');
    const canonical = [
      request.method,
      canonicalPath(request.url.pathname),
      canonicalQuery(request.url),
      ...signed.map((name) => `${name}:${canonicalValue(headers[name] ?? '')}`),
      '',
      signedList,
      payloadHash,
    ].join('\n');
    const scope = `${day}/${options.region}/${options.service}/aws4_request`;
    const stringToSign = `${ALGORITHM}\n${longDate}\n${scope}\n${sha256Hex(canonical)}`;
    const signature = hmac(signingKey(credentials.secretAccessKey, day), stringToSign).toString('hex');
    headers.authorization =
      `${ALGORITHM} Credential=${credentials.accessKeyId}/${scope}, ` +
      `SignedHeaders=${signedList}, Signature=${signature}`;
    return headers;
  };
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const EMPTY = new Uint8Array(0);

/** Never signed, as the SDK's signer: proxies and clients add or rewrite them. */
const UNSIGNABLE: ReadonlySet<string> = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

const hmac = (key: string | Buffer, data: string): Buffer =>
  nodeCrypto().createHmac('sha256', key).update(data).digest();

const sha256Hex = (data: string | Uint8Array): string =>
  nodeCrypto().createHash('sha256').update(data).digest('hex');

/** RFC 3986 unreserved characters stay; everything else is percent-encoded (encodeURIComponent leaves !'()*). */
const escapeUri = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Trimmed, line breaks and runs of spaces or tabs folded to one space. */
const canonicalValue = (value: string): string =>
  value
    .replace(/[\r\n]/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/^ | $/g, '');

/** Dot segments and empty segments removed, then encoded again (all services but S3 sign it so). */
function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  const normalized = `${path.startsWith('/') ? '/' : ''}${segments.join('/')}${trailing}`;
  return escapeUri(normalized).replace(/%2F/g, '/');
}

/** Parameters encoded, sorted by key then value; a repeated key keeps every value. */
function canonicalQuery(url: URL): string {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === 'x-amz-signature') continue;
    const k = escapeUri(key);
    byKey.set(k, [...(byKey.get(k) ?? []), `${k}=${escapeUri(value)}`]);
  }
  return [...byKey.keys()]
    .sort()
    .map((k) => (byKey.get(k) ?? []).sort().join('&'))
    .join('&');
}

/** The headers signing adds; everything else on the request is left as the caller set it. */
const ADDED_BY_SIGNING = ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

/**
 * A `sign` hook for `sendWriteRequest`: signs the final POST and returns only the headers to add.
 * `host` is not returned because node:http derives the same value from the URL.
 */
export function createSigV4Signer(
  options: SigV4Options,
): (request: {
  url: URL;
  headers: Record<string, string>;
  body: Uint8Array;
}) => Promise<Record<string, string>> {
  const sign = createRequestSigner(options);
  return async ({ url, headers, body }) => {
    const signed = await sign({ method: 'POST', url, headers, body });
    const added: Record<string, string> = {};
    for (const name of ADDED_BY_SIGNING) {
      const value = signed[name];
      if (value !== undefined) added[name] = value;
    }
    return added;
  };
}
