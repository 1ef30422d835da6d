/**
 * API Gateway Lambda-proxy events to the edge-neutral HttpRequest and back. Pure.
 *
 * Payload 2.0 (HTTP API) and 1.0 (REST API, or HTTP API set to 1.0):
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 */
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import type { HttpRequest, HttpResponse } from './otlp-http.js';

/** What API Gateway hands a proxy integration, in either payload version. */
export type ApiGatewayEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;

/** What we hand back; both versions accept this shape. */
export type ApiGatewayResult = APIGatewayProxyResult & APIGatewayProxyStructuredResultV2;

/** Whether the event is payload format 2.0 (only 2.0 carries `rawPath`). */
function isV2(event: ApiGatewayEvent): event is APIGatewayProxyEventV2 {
  return (event as Partial<APIGatewayProxyEventV2>).version === '2.0' && 'rawPath' in event;
}

/**
 * The request inside an API Gateway event: header names lower-cased (REST API keeps the client's case),
 * repeated headers joined with ", ", the body decoded from base64 when API Gateway encoded it.
 */
export function fromApiGatewayEvent(event: ApiGatewayEvent): HttpRequest & { readonly body: Uint8Array } {
  const headers: Record<string, string> = {};
  const add = (name: string, value: string | undefined): void => {
    if (value === undefined) return;
    const key = name.toLowerCase();
    headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
  };

  if (isV2(event)) {
    // HTTP API already lower-cases names and joins repeated headers with commas.
    for (const [name, value] of Object.entries(event.headers)) add(name, value);
    return {
      method: event.requestContext.http.method.toUpperCase(),
      path: withoutStage(event.rawPath, event.requestContext.stage),
      headers,
      body: bodyOf(event.body, event.isBase64Encoded),
      requestId: event.requestContext.requestId,
    };
  }

  // 1.0 carries both maps; multiValueHeaders is the complete one when present.
  const multi = event.multiValueHeaders as Record<string, string[] | undefined> | null | undefined;
  if (multi && Object.keys(multi).length > 0) {
    for (const [name, values] of Object.entries(multi)) for (const value of values ?? []) add(name, value);
  } else {
    for (const [name, value] of Object.entries(event.headers as Record<string, string | undefined>))
      add(name, value);
  }
  return {
    method: event.httpMethod.toUpperCase(),
    // REST API's `path` is the resource path without the stage.
    path: event.path,
    headers,
    body: bodyOf(event.body, event.isBase64Encoded),
    requestId: event.requestContext.requestId,
  };
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

function bodyOf(body: string | null | undefined, base64: boolean): Uint8Array {
  if (body == null || body === '') return new Uint8Array(0);
  return Buffer.from(body, base64 ? 'base64' : 'utf8');
}

/** HTTP API's rawPath starts with the stage name unless the stage is `$default`. */
function withoutStage(path: string, stage: string): string {
  if (stage === '$default' || stage === '') return path;
  const prefix = `/${stage}`;
  return path === prefix ? '/' : path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
}
