/** The HTTP body of an OTLP request: media type negotiation and capped decompression. */
import { createRequire } from 'node:module';
import type * as Zlib from 'node:zlib';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors.js';

let zlib: typeof Zlib | undefined;

/**
 * node:zlib, required on first use rather than imported: ~5 ms of a cold start that a function whose
 * clients do not compress never needs. The Lambda edge calls it during init (cold start, README).
 */
export function loadGzip(): typeof Zlib {
  zlib ??= createRequire(import.meta.url)('node:zlib') as typeof Zlib;
  return zlib;
}

/** The two OTLP/HTTP encodings. */
export type OtlpFormat = 'protobuf' | 'json';

/**
 * The OTLP encoding named by a Content-Type header (parameters such as `charset` ignored).
 * @throws UnsupportedMediaTypeError for anything but application/x-protobuf or application/json.
 */
export function formatOf(contentType: string | undefined): OtlpFormat {
  const format = maybeFormatOf(contentType);
  if (format !== undefined) return format;
  throw new UnsupportedMediaTypeError(
    `unsupported content-type ${JSON.stringify(contentType ?? '')}; expected application/x-protobuf or application/json`,
  );
}

/** The OTLP encoding named by a Content-Type header, or undefined for any other media type. */
export function maybeFormatOf(contentType: string | undefined): OtlpFormat | undefined {
  const mediaType = (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType === 'application/x-protobuf' || mediaType === 'application/protobuf') return 'protobuf';
  if (mediaType === 'application/json') return 'json';
  return undefined;
}

/** The Content-Type of a response in the given encoding. */
export function contentTypeOf(format: OtlpFormat): string {
  return format === 'json' ? 'application/json' : 'application/x-protobuf';
}

/**
 * The body after Content-Encoding, never larger than `maxBytes`. Inflation stops at the cap, so a gzip
 * bomb costs at most `maxBytes` of memory.
 * @throws UnsupportedMediaTypeError for an encoding other than gzip or identity.
 * @throws PayloadTooLargeError when the body or its decompressed form exceeds `maxBytes`.
 * @throws BadRequestError when the gzip stream is corrupt.
 */
export function decodeContent(
  body: Uint8Array,
  contentEncoding: string | undefined,
  maxBytes: number,
): Uint8Array {
  if (body.length > maxBytes) {
    throw new PayloadTooLargeError(
      `request body of ${body.length} bytes exceeds the limit of ${maxBytes} bytes`,
    );
  }
  const encoding = (contentEncoding ?? '').trim().toLowerCase();
  if (encoding === '' || encoding === 'identity') return body;
  if (body.length === 0 && (encoding === 'gzip' || encoding === 'x-gzip')) {
    return body; // an empty export request, even if declared gzipped (OTLP: an empty request succeeds)
  }
  if (encoding !== 'gzip' && encoding !== 'x-gzip') {
    throw new UnsupportedMediaTypeError(
      `unsupported content-encoding ${JSON.stringify(contentEncoding)}; expected gzip or none`,
    );
  }
  try {
    return loadGzip().gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new PayloadTooLargeError(`decompressed request body exceeds the limit of ${maxBytes} bytes`, {
        cause: err,
      });
    }
    throw new BadRequestError(`request body is not valid gzip: ${(err as Error).message}`, { cause: err });
  }
}
