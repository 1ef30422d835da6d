/**
 * An independent SigV4 verifier for tests, written from the AWS specification with node:crypto only (no
 * code shared with lambda/remote-write/sign.ts): canonical request, string to sign, signing key, signature.
 * It also serves as the receiving end of fake AWS services (AMP remote write, Secrets Manager, STS).
 *
 * Spec: https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface ExpectedSigner {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** When set, the request must carry and sign exactly this x-amz-security-token. */
  readonly sessionToken?: string;
  readonly region: string;
  readonly service: string;
  /** Accepted clock skew; AWS allows 15 minutes. */
  readonly maxSkewMs?: number;
  readonly now?: () => number;
}

/** A request as received: method, raw target (path and query as on the wire), headers, body bytes. */
export interface ReceivedRequest {
  readonly method: string;
  readonly target: string;
  /** Header name (any case) → values in arrival order. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: Uint8Array;
}

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly reason: string };

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/,\s]+)\/([^/,\s]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** Verifies a request's Authorization header against the expected signer; explains any mismatch. */
export function verifySigV4(request: ReceivedRequest, expected: ExpectedSigner): Verdict {
  const header = (name: string): string[] =>
    request.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
  const [authorization] = header('authorization');
  if (authorization === undefined) return fail('no Authorization header');
  const match = AUTHORIZATION.exec(authorization);
  if (!match)
    return fail('Authorization is not AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...');
  const [, accessKeyId, date, region, service, signedHeaderList, signature] = match as unknown as string[];
  if (accessKeyId !== expected.accessKeyId) return fail(`unknown access key ${accessKeyId}`);
  if (region !== expected.region)
    return fail(`credential scope region ${region}, expected ${expected.region}`);
  if (service !== expected.service)
    return fail(`credential scope service ${service}, expected ${expected.service}`);

  const signedHeaders = signedHeaderList!.split(';');
  const sorted = [...signedHeaders].sort();
  if (signedHeaders.join(';') !== sorted.join(';')) return fail('SignedHeaders is not sorted');
  for (const required of ['host', 'x-amz-date']) {
    if (!signedHeaders.includes(required)) return fail(`${required} is not signed`);
  }
  const [amzDate] = header('x-amz-date');
  if (amzDate === undefined || !/^\d{8}T\d{6}Z$/.test(amzDate))
    return fail('missing or malformed x-amz-date');
  if (!amzDate.startsWith(date!)) return fail('x-amz-date and the credential scope date differ');
  const at = Date.UTC(
    +amzDate.slice(0, 4),
    +amzDate.slice(4, 6) - 1,
    +amzDate.slice(6, 8),
    +amzDate.slice(9, 11),
    +amzDate.slice(11, 13),
    +amzDate.slice(13, 15),
  );
  const now = (expected.now ?? Date.now)();
  if (Math.abs(now - at) > (expected.maxSkewMs ?? 15 * 60_000)) return fail('request time too skewed');

  if (expected.sessionToken !== undefined) {
    const [token] = header('x-amz-security-token');
    if (token !== expected.sessionToken) return fail('missing or wrong x-amz-security-token');
    if (!signedHeaders.includes('x-amz-security-token')) return fail('x-amz-security-token is not signed');
  }

  const payloadHash = sha256Hex(request.body);
  const [declaredHash] = header('x-amz-content-sha256');
  if (declaredHash !== undefined && declaredHash !== payloadHash)
    return fail('x-amz-content-sha256 does not match the body');

  const canonical = canonicalRequest(request, signedHeaders, payloadHash);
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    amzDate,
    `${date}/${region}/${service}/aws4_request`,
    sha256Hex(canonical),
  ].join('\n');
  const key = signingKey(expected.secretAccessKey, date!, region, service);
  const computed = createHmac('sha256', key).update(stringToSign, 'utf8').digest();
  if (!timingSafeEqual(computed, Buffer.from(signature!, 'hex'))) return fail('SignatureDoesNotMatch');
  return { ok: true };
}

/**
 * The canonical request (spec, task 1): method, canonical URI (each segment of the on-the-wire path
 * encoded once more, as every service but S3 expects), canonical query, the signed headers with trimmed
 * values, the signed header list, and the payload hash.
 */
export function canonicalRequest(
  request: ReceivedRequest,
  signedHeaders: readonly string[],
  payloadHash: string,
): string {
  const [rawPath = '/', rawQuery = ''] = request.target.split('?', 2) as [string?, string?];
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(uriEncode(segment));
  }
  const path = `/${segments.join('/')}${segments.length > 0 && rawPath.endsWith('/') ? '/' : ''}`;

  const query = rawQuery
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const [k, v] = eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
      return [uriEncode(decodeURIComponent(k)), uriEncode(decodeURIComponent(v))] as const;
    })
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');

  const headerLines = signedHeaders.map((name) => {
    const values = request.headers
      .filter(([n]) => n.toLowerCase() === name)
      .map(([, v]) => v.trim().replace(/\s+/g, ' '));
    return `${name}:${values.join(',')}\n`;
  });
  return [request.method, path, query, headerLines.join(''), signedHeaders.join(';'), payloadHash].join('\n');
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function signingKey(secretAccessKey: string, date: string, region: string, service: string): Buffer {
  let key: Buffer = Buffer.from(`AWS4${secretAccessKey}`, 'utf8');
  for (const part of [date, region, service, 'aws4_request'])
    key = createHmac('sha256', key).update(part, 'utf8').digest();
  return key;
}

/** RFC 3986 encoding as SigV4 wants it: everything but A-Z a-z 0-9 - . _ ~ as %XX, upper-case hex. */
function uriEncode(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

function fail(reason: string): Verdict {
  return { ok: false, reason };
}

/** Reads a node:http request into a ReceivedRequest (raw headers keep repeats and order). */
export async function receive(req: IncomingMessage): Promise<ReceivedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers: Array<[string, string]> = [];
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
  return { method: req.method ?? 'GET', target: req.url ?? '/', headers, body: Buffer.concat(chunks) };
}
