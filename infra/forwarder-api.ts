/** The forwarder's HTTP API: `POST /v1/metrics` on a throttled, access-logged `$default` stage. */
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { METRICS_PATH } from '../lambda/constants.js';
import { EndpointAuth, type OtlpPrometheusForwarderProps } from './forwarder-props.js';

/** One JSON line per request; no header values, so no credential can land in it. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    caller: '$context.identity.userArn',
    method: '$context.httpMethod',
    route: '$context.routeKey',
    status: '$context.status',
    protocol: '$context.protocol',
    requestLength: '$context.requestContentLength',
    responseLength: '$context.responseLength',
    userAgent: '$context.identity.userAgent',
    integrationStatus: '$context.integration.status',
    integrationLatencyMs: '$context.integration.latency',
    integrationError: '$context.integration.error',
    error: '$context.error.message',
  }),
);

/** What {@link forwarderApi} creates. */
export interface ForwarderApi {
  readonly accessLogGroup: logs.LogGroup;
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly route: apigwv2.HttpRoute;
}

/**
 * The API in front of `fn` (IDs `AccessLogs`, `Api`, `DefaultStage` and the route's), with API Gateway
 * checking SigV4 itself for `EndpointAuth.IAM`.
 */
export function forwarderApi(
  scope: Construct,
  fn: lambda.IFunction,
  endpointAuth: EndpointAuth,
  props: OtlpPrometheusForwarderProps,
): ForwarderApi {
  const accessLogGroup = new logs.LogGroup(scope, 'AccessLogs', {
    retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
  });
  const api = new apigwv2.HttpApi(scope, 'Api', {
    description: 'OTLP/HTTP metrics endpoint (otlp-prom-forwarder)',
    createDefaultStage: false,
  });
  const stage = new apigwv2.HttpStage(scope, 'DefaultStage', {
    httpApi: api,
    stageName: '$default',
    autoDeploy: true,
    throttle: {
      rateLimit: props.throttlingRateLimit ?? 100,
      burstLimit: props.throttlingBurstLimit ?? 200,
    },
    accessLogSettings: {
      destination: new apigwv2.LogGroupLogDestination(accessLogGroup),
      format: ACCESS_LOG_FORMAT,
    },
  });
  const [route] = api.addRoutes({
    path: METRICS_PATH,
    methods: [apigwv2.HttpMethod.POST],
    integration: new HttpLambdaIntegration('Integration', fn, {
      payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
    }),
    ...(endpointAuth === EndpointAuth.IAM ? { authorizer: new HttpIamAuthorizer() } : {}),
  });
  if (route === undefined) throw new Error('addRoutes() returned no route');
  return { accessLogGroup, api, stage, route };
}
