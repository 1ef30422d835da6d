/**
 * The Lambda's init answers one small request as the handler answers a client's, sending nothing, so that
 * the first real request finds the event parsing, decode, translate, encode, compress, the answer and the
 * log line compiled: cold, the first invoke took 2.5x the next one (28 ms against 11.5, `npm run bench`),
 * with the secrets already read.
 */
import type { EndpointDeps } from '../../http/endpoint.js';
import type { HttpResponse } from '../../http/types.js';
import { silentLogger } from '../../log.js';
import { toApiGatewayResult } from './api-gateway.js';

/** One point of every type, protobuf (as most SDKs send), stamped 2023-11-14: base64 of its bytes. */
const WARM_UP_REQUEST =
  'CtcCCi0KGQoMc2VydmljZS5uYW1lEgkKB3dhcm0tdXAKEAoJaG9zdC5uYW1lEgMKAWgSpQIKBgoBcxIBMRImCgFnGgFzKh4KHBkAACo2/pyXFyEAAAAAAADwPzoICgFrEgMKAXYSJwoBYzoiChwZAAAqNv6clxcxAQAAAAAAAAA6CAoBaxIDCgF2EAIYARJKCgFoSkUKQRkAACo2/pyXFyECAAAAAAAAACkAAAAAAADwPzIQAQAAAAAAAAABAAAAAAAAADoIAAAAAAAA8D9KCAoBaxIDCgF2EAISPAoBZVI3CjMKCAoBaxIDCgF2GQAAKjb+nJcXIQIAAAAAAAAAKQAAAAAAAPA/OQEAAAAAAAAAQgMSAQEQAhJACgFxWjsKORkAACo2/pyXFyEBAAAAAAAAACkAAAAAAADwPzISCQAAAAAAAOA/EQAAAAAAAPA/OggKAWsSAwoBdg==';

/** An HTTP API (payload 2.0) event carrying it, as API Gateway would deliver a client's. */
const WARM_UP_EVENT = {
  version: '2.0',
  routeKey: 'POST /v1/metrics',
  rawPath: '/v1/metrics',
  rawQueryString: '',
  headers: { 'content-type': 'application/x-protobuf' },
  requestContext: { http: { method: 'POST', path: '/v1/metrics' }, requestId: 'warm-up', stage: '$default' },
  body: WARM_UP_REQUEST,
  isBase64Encoded: true,
};

/** How an event is answered with given dependencies: the handler's own path (lambda-handler.ts). */
export type AnswerEvent = (event: unknown, deps: EndpointDeps) => Promise<HttpResponse>;

export interface WarmUpResult {
  /** The status the warm-up request was answered with (0 when answering it threw). */
  readonly status: number;
  /** The remote-write bodies it would have sent, snappy-compressed. */
  readonly sent: readonly Uint8Array[];
}

/**
 * Answers the warm-up event through the handler's own path (event parsing, endpoint, pipeline, answer,
 * request log) with `deps`'s settings, but nothing leaves the process: the destination is one that keeps
 * what it is sent, the log is silent, no observer counts it, no endpoint auth (the token may not be read
 * yet). Never throws: a failure here changes nothing, the first request then does the work.
 */
export async function warmUp(deps: EndpointDeps, answer: AnswerEvent): Promise<WarmUpResult> {
  const sent: Uint8Array[] = [];
  const quiet: EndpointDeps = {
    config: deps.config,
    logger: silentLogger,
    sendFor: () => (body) => {
      sent.push(body);
      return Promise.resolve({ status: 'success', httpStatus: 204 });
    },
  };
  try {
    return { status: toApiGatewayResult(await answer(WARM_UP_EVENT, quiet)).statusCode, sent };
  } catch {
    return { status: 0, sent };
  }
}
