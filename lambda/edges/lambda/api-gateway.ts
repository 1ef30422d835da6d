/**
 * API Gateway Lambda-proxy events to the edge-neutral HttpRequest and back. Pure.
 *
 * Payload 2.0 (HTTP API) and 1.0 (REST API, or HTTP API set to 1.0):
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 *
 * The event is checked, not trusted: a function can be invoked with any JSON (a test event, another
 * trigger), and a throw here would become API Gateway's own 500, which OTLP clients do not retry.
 */
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { BadRequestError, InvalidEventError } from '../../errors.js';
import type { HttpRequest, HttpResponse } from '../../http/types.js';

/** What API Gateway hands a proxy integration, in either payload version. */
export type ApiGatewayEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;

/** What we hand back; both versions accept this shape. */
export type ApiGatewayResult = APIGatewayProxyResult & APIGatewayProxyStructuredResultV2;

/** The request in an event; the body is decoded when read, so a refused request's body never is. */
export type ApiGatewayRequest = Omit<HttpRequest, 'body' | 'arrivedAt' | 'deadline'> & {
  readonly body: () => Promise<Uint8Array>;
};

type Fields = Readonly<Record<string, unknown>>;

/**
 * The request inside an API Gateway event: header names lower-cased (REST API keeps the client's case),
 * repeated headers joined with ", ", headers that are null or missing read as none (API Gateway sends
 * null when there are none), the body decoded from strict base64 when API Gateway encoded it.
 * @throws InvalidEventError (502) when the event is not an API Gateway proxy event: no method or path.
 *   The body reader rejects with BadRequestError (400) when the body is not a string or not base64.
 */
export function fromApiGatewayEvent(event: unknown): ApiGatewayRequest {
  if (!isFields(event)) throw new InvalidEventError(`not an API Gateway proxy event: got ${kindOf(event)}`);
  const headers: Record<string, string> = {};
  const add = (name: string, value: unknown): void => {
    if (typeof value !== 'string') return;
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  };
  const body = (): Promise<Uint8Array> => {
    try {
      return Promise.resolve(bodyOf(event.body, event.isBase64Encoded === true));
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  };

  if (event.version === '2.0') {
    const context = fieldsAt(event.requestContext, 'requestContext');
    const http = fieldsAt(context.http, 'requestContext.http');
    const method = textAt(http.method, 'requestContext.http.method');
    const rawPath = textAt(event.rawPath, 'rawPath');
    // HTTP API already lower-cases names and joins repeated headers with commas.
    for (const [name, value] of Object.entries(fieldsOrNone(event.headers))) add(name, value);
    return {
      method: method.toUpperCase(),
      path: withoutStage(rawPath, typeof context.stage === 'string' ? context.stage : '$default'),
      headers,
      body,
      ...requestIdOf(context),
    };
  }

  const method = textAt(event.httpMethod, 'httpMethod');
  // REST API's `path` is the resource path without the stage.
  const path = textAt(event.path, 'path');
  // 1.0 carries both maps; multiValueHeaders is the complete one when present.
  const multi = fieldsOrNone(event.multiValueHeaders);
  if (Object.keys(multi).length > 0) {
    for (const [name, values] of Object.entries(multi))
      if (Array.isArray(values)) for (const value of values as unknown[]) add(name, value);
  } else {
    for (const [name, value] of Object.entries(fieldsOrNone(event.headers))) add(name, value);
  }
  return { method: method.toUpperCase(), path, headers, body, ...requestIdOf(event.requestContext) };
}

/** The response as an API Gateway result; the body always base64 so protobuf survives intact. */
export function toApiGatewayResult(response: HttpResponse): ApiGatewayResult {
  return {
    statusCode: response.status,
    headers: { ...response.headers },
    body: Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength).toString(
      'base64',
    ),
    isBase64Encoded: true,
  };
}

function bodyOf(body: unknown, base64: boolean): Uint8Array {
  if (body == null || body === '') return new Uint8Array(0);
  if (typeof body !== 'string') {
    throw new BadRequestError(`the event body is ${kindOf(body)}; API Gateway delivers a string`);
  }
  return base64 ? strictBase64(body) : Buffer.from(body, 'utf8');
}

/**
 * RFC 4648 §4 base64, strictly: the standard alphabet, a length that is a multiple of 4, `=` only as the
 * last one or two characters. Buffer.from(…, 'base64') skips anything else silently and decodes what is
 * left, turning garbage into a plausible (often empty) request. Rather than test every character with a
 * regex (~10 ms on a 6 MiB body, ten times the decode), the decoder's output is checked: a skipped or
 * misplaced character always leaves it shorter than the length implies. Only base64url's `-` and `_`
 * decode in full, so they are looked for separately.
 */
function strictBase64(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes =
    text.length % 4 === 0 && !text.includes('-') && !text.includes('_')
      ? Buffer.from(text, 'base64')
      : undefined;
  if (bytes?.length !== (text.length / 4) * 3 - padding) {
    throw new BadRequestError('the event body is marked isBase64Encoded but is not valid base64');
  }
  return bytes;
}

function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldsAt(value: unknown, name: string): Fields {
  if (!isFields(value))
    throw new InvalidEventError(`not an API Gateway proxy event: ${name} is ${kindOf(value)}`);
  return value;
}

function fieldsOrNone(value: unknown): Fields {
  return isFields(value) ? value : {};
}

function textAt(value: unknown, name: string): string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidEventError(`not an API Gateway proxy event: ${name} is ${kindOf(value)}`);
  }
  return value;
}

function requestIdOf(context: unknown): { readonly requestId?: string } {
  const id = isFields(context) ? context.requestId : undefined;
  return typeof id === 'string' && id !== '' ? { requestId: id } : {};
}

/** What a value is, for a message: never the value itself (it could be anything the caller sent). */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'an array';
  if (value === '') return 'empty';
  return `a ${typeof value}`;
}

/** HTTP API's rawPath starts with the stage name unless the stage is `$default`. */
function withoutStage(path: string, stage: string): string {
  if (stage === '$default' || stage === '') return path;
  const prefix = `/${stage}`;
  return path === prefix ? '/' : path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
