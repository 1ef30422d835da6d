/**
 * API Gateway proxy events shaped like the ones AWS delivers (field for field from the payload examples
 * in the API Gateway developer guide), for driving the handler.
 */
import type { ApiGatewayEvent } from '../../lambda/edges/lambda/api-gateway.js';

export interface EventInput {
  readonly method?: string;
  readonly path?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Uint8Array | string;
  /** Whether API Gateway base64-encoded the body (binary media types). */
  readonly base64?: boolean;
  readonly requestId?: string;
  /** Stage name; `$default` for HTTP API's default stage. */
  readonly stage?: string;
}

const API_ID = 'a1b2c3d4e5';
const HOST = `${API_ID}.execute-api.us-east-1.amazonaws.com`;

function encodeBody(input: EventInput): { body: string | null; isBase64Encoded: boolean } {
  if (input.body === undefined) return { body: null, isBase64Encoded: false };
  const base64 = input.base64 ?? typeof input.body !== 'string';
  const bytes = typeof input.body === 'string' ? Buffer.from(input.body) : Buffer.from(input.body);
  return { body: base64 ? bytes.toString('base64') : bytes.toString('utf8'), isBase64Encoded: base64 };
}

/** HTTP API, payload format 2.0: lower-case header names, rawPath with the stage unless `$default`. */
export function httpApiV2Event(input: EventInput): ApiGatewayEvent {
  const method = input.method ?? 'POST';
  const path = input.path ?? '/v1/metrics';
  const stage = input.stage ?? '$default';
  const rawPath = stage === '$default' ? path : `/${stage}${path}`;
  const headers: Record<string, string> = {
    accept: '*/*',
    'content-length': String(input.body === undefined ? 0 : Buffer.byteLength(input.body)),
    host: HOST,
    'user-agent': 'OTel-OTLP-Exporter-JavaScript/0.57.0',
    'x-amzn-trace-id': 'Root=1-6743a1f2-3c5e2f1d0b9a8c7d6e5f4a3b',
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
  };
  for (const [name, value] of Object.entries(input.headers)) headers[name.toLowerCase()] = value;
  const now = Date.now();
  const { body, isBase64Encoded } = encodeBody(input);
  return {
    version: '2.0',
    routeKey: `${method} ${path}`,
    rawPath,
    rawQueryString: '',
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: API_ID,
      domainName: HOST,
      domainPrefix: API_ID,
      http: {
        method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: headers['user-agent']!,
      },
      requestId: input.requestId ?? 'JKJaXmPLvHcESHA=',
      routeKey: `${method} ${path}`,
      stage,
      time: new Date(now).toUTCString(),
      timeEpoch: now,
    },
    // HTTP API omits the body field when there is none.
    ...(body === null ? {} : { body }),
    isBase64Encoded,
  };
}

/** REST API, payload format 1.0: header names as the client sent them, single and multi-value maps. */
export function restApiV1Event(input: EventInput): ApiGatewayEvent {
  const method = input.method ?? 'POST';
  const path = input.path ?? '/v1/metrics';
  const stage = input.stage ?? 'prod';
  const headers: Record<string, string> = {
    Accept: '*/*',
    'CloudFront-Forwarded-Proto': 'https',
    Host: HOST,
    'User-Agent': 'OTel-OTLP-Exporter-Java/1.44.1',
    'X-Amzn-Trace-Id': 'Root=1-6743a1f2-3c5e2f1d0b9a8c7d6e5f4a3b',
    'X-Forwarded-For': '203.0.113.7',
    'X-Forwarded-Port': '443',
    'X-Forwarded-Proto': 'https',
    ...input.headers,
  };
  const now = Date.now();
  return {
    resource: path,
    path,
    httpMethod: method,
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: API_ID,
      authorizer: null,
      domainName: HOST,
      domainPrefix: API_ID,
      extendedRequestId: 'BQGojGkCoAMFkLw=',
      httpMethod: method,
      identity: { sourceIp: '203.0.113.7', userAgent: headers['User-Agent'] },
      path: `/${stage}${path}`,
      protocol: 'HTTP/1.1',
      requestId: input.requestId ?? 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTime: '25/Nov/2026:07:00:00 +0000',
      requestTimeEpoch: now,
      resourceId: 'abc123',
      resourcePath: path,
      stage,
    },
    ...encodeBody(input),
  } as unknown as ApiGatewayEvent;
}

/** A Lambda context with the given remaining time. */
export function lambdaContext(remainingMs = 30_000): {
  getRemainingTimeInMillis: () => number;
  awsRequestId: string;
} {
  const deadline = Date.now() + remainingMs;
  return {
    getRemainingTimeInMillis: () => deadline - Date.now(),
    awsRequestId: '8476a536-e9f4-11e8-9739-2dfe598c3fcd',
  };
}
