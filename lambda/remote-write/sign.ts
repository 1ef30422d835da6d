/**
 * AWS Signature Version 4 for remote-write requests (AMP accepts nothing else). No network: credentials
 * come from a provider the caller passes in; signing is `@smithy/signature-v4`, the signer the AWS SDK
 * itself uses, with `@aws-crypto/sha256-js` for hashing. That pure-JS hash costs ~12 ms per MiB of body
 * (measured on the 2-core dev machine); remote-write bodies are snappy-compressed, typically far smaller.
 *
 * Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv.html
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';

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
  const signer = new SignatureV4({
    service: options.service,
    region: options.region,
    credentials: options.credentials,
    sha256: Sha256,
    applyChecksum: options.applyChecksum ?? true,
  });
  return async (request, signingDate = new Date()) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
    // fetch sends `Host: url.host` (with the port only when it is not the scheme's default); we sign the same.
    headers.host = request.url.host;
    const signed = await signer.sign(
      {
        method: request.method,
        protocol: request.url.protocol,
        hostname: request.url.hostname,
        path: request.url.pathname,
        query: queryOf(request.url),
        headers,
        body: request.body,
        ...(request.url.port === '' ? {} : { port: Number(request.url.port) }),
      },
      { signingDate },
    );
    const out: Record<string, string> = {};
    for (const [name, value] of Object.entries(signed.headers)) out[name.toLowerCase()] = value;
    return out;
  };
}

/** The headers signing adds; everything else on the request is left as the caller set it. */
const ADDED_BY_SIGNING = ['authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'];

/**
 * A `sign` hook for `sendWriteRequest`: signs the final POST and returns only the headers to add.
 * `host` is not returned because fetch derives the same value from the URL.
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

/** Query parameters as the signer wants them: repeated keys become arrays. */
function queryOf(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else query[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}
