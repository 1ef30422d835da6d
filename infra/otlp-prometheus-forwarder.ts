/**
 * The forwarder as a reusable construct: an HTTP API (`POST /v1/metrics`) in front of the Lambda function
 * that translates OTLP to Prometheus remote-write, authenticated, throttled, logged and alarmed.
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import type * as aps from 'aws-cdk-lib/aws-aps';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { METRICS_PATH } from '../lambda/constants.js';
import { METRICS_NAMESPACE } from '../lambda/env-names.js';
import { optional } from '../lambda/env.js';
import { ForwarderDestination } from './destination.js';
import { endpointToken } from './endpoint-token.js';
import { invalid } from './errors.js';
import { ForwarderAlarms } from './forwarder-alarms.js';
import { ForwarderDashboard } from './forwarder-dashboard.js';
import { forwarderApi } from './forwarder-api.js';
import { forwarderFunction, functionLogsAndRole } from './forwarder-function.js';
import { EndpointAuth, type OtlpPrometheusForwarderProps } from './forwarder-props.js';
import { ForwarderQueries } from './forwarder-queries.js';
import { functionEnvironment } from './function-environment.js';
import { acknowledgeNagFindings } from './nag-suppressions.js';
import { validateProps } from './validate-props.js';

/**
 * An authenticated OTLP/HTTP metrics endpoint writing to Prometheus remote-write (AMP by default).
 *
 * @example
 * const forwarder = new OtlpPrometheusForwarder(this, 'Forwarder', {
 *   destination: ForwarderDestination.existingWorkspace('ws-12345678-abcd-1234-abcd-123456789012'),
 * });
 * new CfnOutput(this, 'Endpoint', { value: forwarder.endpointUrl });
 */
export class OtlpPrometheusForwarder extends Construct {
  /** The function translating and forwarding. */
  public readonly function: NodejsFunction;
  /** The function's execution role (least privilege: its log group, the destination, its secrets). */
  public readonly role: iam.Role;
  /** The function's log group. */
  public readonly logGroup: logs.LogGroup;
  /** The HTTP API. */
  public readonly api: apigwv2.HttpApi;
  /** The API's `$default` stage, throttled and access-logged. */
  public readonly stage: apigwv2.HttpStage;
  /** The API's access-log group. */
  public readonly accessLogGroup: logs.LogGroup;
  /** The full OTLP metrics URL, for `OTEL_EXPORTER_OTLP_METRICS_ENDPOINT`. */
  public readonly endpointUrl: string;
  /** How clients authenticate. */
  public readonly endpointAuth: EndpointAuth;
  /** The secret holding the endpoint's bearer token, with `EndpointAuth.TOKEN`. */
  public readonly endpointTokenSecret?: secretsmanager.ISecret;
  /** The remote-write URL the function posts to. */
  public readonly remoteWriteUrl: string;
  /** The AMP workspace created by this construct, if any. */
  public readonly workspace?: aps.CfnWorkspace;
  /** The AMP workspace ID, for AMP destinations. */
  public readonly workspaceId?: string;
  /** The AMP workspace ARN, for AMP destinations. */
  public readonly workspaceArn?: string;
  /** The `POST /v1/metrics` route. */
  public readonly route: apigwv2.HttpRoute;
  /** The alarms. */
  public readonly alarms: ForwarderAlarms;
  /** The CloudWatch dashboard, unless `dashboard` is false. */
  public readonly dashboard?: ForwarderDashboard;
  /** The saved Logs Insights queries on the function's log group. */
  public readonly queries: ForwarderQueries;

  constructor(scope: Construct, id: string, props: OtlpPrometheusForwarderProps = {}) {
    super(scope, id);
    const architecture = props.architecture ?? lambda.Architecture.ARM_64;
    const timeout = props.timeout ?? Duration.seconds(10);
    const memorySize = props.memorySizeMiB ?? 512;
    this.endpointAuth = props.endpointAuth ?? EndpointAuth.TOKEN;
    validateProps(this, props, timeout, memorySize);

    const logsAndRole = functionLogsAndRole(this, props.logRetention);
    this.logGroup = logsAndRole.logGroup;
    this.role = logsAndRole.role;

    const destination = (props.destination ?? ForwarderDestination.newWorkspace()).bind(this, this.role);
    this.remoteWriteUrl = destination.remoteWriteUrl;
    this.workspace = destination.workspace;
    this.workspaceId = destination.workspaceId;
    this.workspaceArn = destination.workspaceArn;
    const token =
      this.endpointAuth === EndpointAuth.TOKEN
        ? endpointToken(this, props.endpointTokenSecret, this.role)
        : undefined;
    this.endpointTokenSecret = token?.secret;

    this.function = forwarderFunction(this, {
      role: this.role,
      logGroup: this.logGroup,
      architecture,
      memorySize,
      timeout,
      environment: functionEnvironment({
        props,
        destination,
        endpointAuth: this.endpointAuth,
        ...(token ? { tokenSecretArn: token.secret.secretArn } : {}),
      }),
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
    });
    const http = forwarderApi(this, this.function, this.endpointAuth, props);
    this.accessLogGroup = http.accessLogGroup;
    this.api = http.api;
    this.stage = http.stage;
    this.route = http.route;
    this.endpointUrl = `${this.api.apiEndpoint}${METRICS_PATH}`;

    this.alarms = new ForwarderAlarms(this, 'Alarms', {
      function: this.function,
      logGroup: this.logGroup,
      api: this.api,
      ...(props.alarmTopic ? { topic: props.alarmTopic } : {}),
    });
    if (props.dashboard !== false) {
      const metricsNamespace = optional(props.environment ?? {}, METRICS_NAMESPACE);
      this.dashboard = new ForwarderDashboard(this, 'Dashboard', {
        function: this.function,
        ...(metricsNamespace === undefined ? {} : { metricsNamespace }),
        alarms: [
          this.alarms.functionErrors,
          this.alarms.functionThrottles,
          this.alarms.apiServerErrors,
          this.alarms.destinationFailures,
        ],
      });
    }
    this.queries = new ForwarderQueries(this, 'Queries', { logGroup: this.logGroup });
    acknowledgeNagFindings({
      endpointAuth: this.endpointAuth,
      // The CloudFormation resources themselves: an acknowledgement also covers everything below it.
      route: this.route.node.defaultChild ?? this.route,
      ...(token?.generated
        ? { generatedTokenSecret: token.generated.node.defaultChild ?? token.generated }
        : {}),
    });
  }

  /**
   * The ARN callers need `execute-api:Invoke` on, with `EndpointAuth.IAM`.
   */
  public get invokeArn(): string {
    return this.api.arnForExecuteApi('POST', METRICS_PATH, '$default');
  }

  /**
   * Lets `grantee` (a Collector's role) post metrics, with `EndpointAuth.IAM`.
   * @throws ForwarderConfigError when the endpoint does not use IAM auth (nothing to grant).
   */
  public grantInvoke(grantee: iam.IGrantable): iam.Grant {
    if (this.endpointAuth !== EndpointAuth.IAM) {
      throw invalid(`grantInvoke() needs endpointAuth IAM, this endpoint uses ${this.endpointAuth}`, this);
    }
    return iam.Grant.addToPrincipal({
      grantee,
      actions: ['execute-api:Invoke'],
      resourceArns: [this.invokeArn],
    });
  }
}
