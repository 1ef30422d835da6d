/**
 * The forwarder as a reusable construct: an HTTP API (`POST /v1/metrics`) in front of the Lambda function
 * that translates OTLP to Prometheus remote-write, authenticated, throttled, logged and alarmed.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Duration, Token } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import type * as aps from 'aws-cdk-lib/aws-aps';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { API_GATEWAY_LIMIT_MS, METRICS_PATH } from '../lambda/constants.js';
import { invalid } from './errors.js';
import type { LambdaCpu } from './bundling/snappy-binary.js';
import { ForwarderDestination, grantSecretValue } from './destination.js';
import { ForwarderAlarms } from './forwarder-alarms.js';
import { EndpointAuth, type OtlpPrometheusForwarderProps } from './forwarder-props.js';
import { acknowledgeNagFindings } from './nag-suppressions.js';

/** The repository root: the function's source and lock file live there, wherever the app runs from. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const FINISH_ASSET = fileURLToPath(new URL('./bundling/finish-asset.ts', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/** Whole seconds strictly under API Gateway's limit, so the function answers (or times out) first. */
const MAX_TIMEOUT_SECONDS = Math.ceil(API_GATEWAY_LIMIT_MS / 1000) - 1;
/** Below this the function's 1 s answer margin leaves delivery no time. */
const MIN_TIMEOUT_SECONDS = 3;

/**
 * Environment variables the construct sets itself from props (destination, endpoint auth, secrets), or
 * that would carry a credential in clear text; `environment` may not set them. Delivery and translation
 * options (REMOTE_WRITE_TIMEOUT_MS, NAMESPACE, ...) pass through.
 */
const MANAGED_ENV = new Set([
  'REMOTE_WRITE_URL',
  'REMOTE_WRITE_AUTH',
  'REMOTE_WRITE_SIGV4_SERVICE',
  'REMOTE_WRITE_SIGV4_REGION',
  'REMOTE_WRITE_ROLE_ARN',
  'REMOTE_WRITE_SECRET_ARN',
  'REMOTE_WRITE_HEADERS',
  'REMOTE_WRITE_BEARER_TOKEN',
  'REMOTE_WRITE_BASIC_USERNAME',
  'REMOTE_WRITE_BASIC_PASSWORD',
  'PASS_THROUGH_TENANT_HEADER',
  'ENDPOINT_AUTH',
  'ENDPOINT_TOKEN_SECRET_ARN',
  'SECRET_CACHE_TTL_SECONDS',
  'EXPONENTIAL_HISTOGRAMS',
  'NODE_OPTIONS',
]);
/** Lambda reserves AWS_* and sets them itself. */
const RESERVED_ENV = /^(AWS_|_HANDLER$|LAMBDA_)/;
/** Names that suggest a credential: those belong in Secrets Manager, never in the template. */
const SECRET_LIKE_ENV = /(PASSWORD|TOKEN|SECRET|API_KEY|CREDENTIAL)/i;

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

  constructor(scope: Construct, id: string, props: OtlpPrometheusForwarderProps = {}) {
    super(scope, id);
    const architecture = props.architecture ?? lambda.Architecture.ARM_64;
    const timeout = props.timeout ?? Duration.seconds(10);
    const memorySize = props.memorySizeMiB ?? 512;
    this.endpointAuth = props.endpointAuth ?? EndpointAuth.TOKEN;
    validate(this, props, timeout, memorySize);

    this.logGroup = new logs.LogGroup(this, 'FunctionLogs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    });
    // An explicit role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any log group.
    this.role = new iam.Role(this, 'FunctionRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'otlp-prom-forwarder function: its own log group, its destination, its secrets',
    });
    this.logGroup.grantWrite(this.role);

    const destination = (props.destination ?? ForwarderDestination.newWorkspace()).bind(this, this.role);
    this.remoteWriteUrl = destination.remoteWriteUrl;
    this.workspace = destination.workspace;
    this.workspaceId = destination.workspaceId;
    this.workspaceArn = destination.workspaceArn;

    const environment: Record<string, string> = {
      ...props.environment,
      ...destination.environment,
      // With IAM auth API Gateway has verified the caller before the function runs.
      ENDPOINT_AUTH: this.endpointAuth === EndpointAuth.TOKEN ? 'token' : 'none',
      // Stack traces point at lambda/*.ts instead of minified index.js. A 2 MiB young generation keeps
      // the largest accepted request's peak RSS near its live data (measured: 265 MiB instead of 357 for
      // an 8 MiB request; time unchanged), which the request limits in lambda/config.ts assume.
      NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=2',
    };
    let generatedTokenSecret: secretsmanager.Secret | undefined;
    if (this.endpointAuth === EndpointAuth.TOKEN) {
      let tokenSecret = props.endpointTokenSecret;
      if (tokenSecret === undefined) {
        // Alphanumeric only: the token travels URL-encoded in OTEL_EXPORTER_OTLP_HEADERS and in shells.
        generatedTokenSecret = new secretsmanager.Secret(this, 'EndpointToken', {
          description: 'Bearer token OTLP clients send to the otlp-prom-forwarder endpoint',
          generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
        });
        tokenSecret = generatedTokenSecret;
      }
      this.endpointTokenSecret = tokenSecret;
      grantSecretValue(this.role, tokenSecret);
      environment.ENDPOINT_TOKEN_SECRET_ARN = tokenSecret.secretArn;
    }
    if (props.passThroughTenantHeader === true) environment.PASS_THROUGH_TENANT_HEADER = 'true';
    if (props.secretCacheTtl !== undefined)
      environment.SECRET_CACHE_TTL_SECONDS = String(props.secretCacheTtl.toSeconds());
    if (props.exponentialHistograms !== undefined)
      environment.EXPONENTIAL_HISTOGRAMS = props.exponentialHistograms;

    this.function = new NodejsFunction(this, 'Function', {
      description: 'OTLP/HTTP metrics to Prometheus remote-write (otlp-prom-forwarder)',
      entry: `${PACKAGE_ROOT}lambda/handler.ts`,
      handler: 'handler',
      projectRoot: PACKAGE_ROOT,
      depsLockFilePath: `${PACKAGE_ROOT}package-lock.json`,
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture,
      memorySize,
      timeout,
      role: this.role,
      logGroup: this.logGroup,
      environment,
      ...(props.reservedConcurrentExecutions === undefined
        ? {}
        : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      bundling: bundlingOptions(architecture === lambda.Architecture.X86_64 ? 'x64' : 'arm64'),
    });

    this.accessLogGroup = new logs.LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
    });
    this.api = new apigwv2.HttpApi(this, 'Api', {
      description: 'OTLP/HTTP metrics endpoint (otlp-prom-forwarder)',
      createDefaultStage: false,
    });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: {
        rateLimit: props.throttlingRateLimit ?? 100,
        burstLimit: props.throttlingBurstLimit ?? 200,
      },
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(this.accessLogGroup),
        format: ACCESS_LOG_FORMAT,
      },
    });
    const [route] = this.api.addRoutes({
      path: METRICS_PATH,
      methods: [apigwv2.HttpMethod.POST],
      integration: new HttpLambdaIntegration('Integration', this.function, {
        payloadFormatVersion: apigwv2.PayloadFormatVersion.VERSION_2_0,
      }),
      ...(this.endpointAuth === EndpointAuth.IAM ? { authorizer: new HttpIamAuthorizer() } : {}),
    });
    if (route === undefined) throw new Error('addRoutes() returned no route');
    this.route = route;
    this.endpointUrl = `${this.api.apiEndpoint}${METRICS_PATH}`;

    this.alarms = new ForwarderAlarms(this, 'Alarms', {
      function: this.function,
      logGroup: this.logGroup,
      api: this.api,
      ...(props.alarmTopic ? { topic: props.alarmTopic } : {}),
    });
    acknowledgeNagFindings({
      endpointAuth: this.endpointAuth,
      // The CloudFormation resources themselves: an acknowledgement also covers everything below it.
      route: this.route.node.defaultChild ?? this.route,
      ...(generatedTokenSecret
        ? { generatedTokenSecret: generatedTokenSecret.node.defaultChild ?? generatedTokenSecret }
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

/**
 * Local esbuild (never Docker), minified, with source maps, as an ES module `index.mjs`: it loads ~27 ms
 * faster at cold start than the same code as CommonJS (measured: import 50–53 ms against 77–89 ms). Was: CommonJS `index.js` (the NodejsFunction
 * default: loadable by `require()` and `import()` alike). `snappy` stays outside the bundle and comes with
 * its binary for `cpu` (see bundling/finish-asset.ts). Everything else is bundled (no AWS SDK: lambda/auth signs its own calls): the
 * asset runs as tested, independent of the SDK copy in the Lambda runtime.
 */
function bundlingOptions(cpu: LambdaCpu): BundlingOptions {
  return {
    forceDockerBundling: false,
    format: OutputFormat.ESM,
    // Parts of the AWS SDK are CommonJS and call require(); an ES module has none of its own.
    banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    // The SDK's ES module builds tree-shake far better than its CommonJS ones (713 → ~540 KiB).
    mainFields: ['module', 'main'],
    externalModules: ['snappy'],
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir: string, outputDir: string) => [
        [process.execPath, TSX_CLI, FINISH_ASSET, outputDir, cpu, PACKAGE_ROOT].map(shellQuote).join(' '),
      ],
    },
  };
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

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

function validate(
  scope: Construct,
  props: OtlpPrometheusForwarderProps,
  timeout: Duration,
  memorySize: number,
): void {
  const seconds = timeout.toSeconds();
  // Below 3 s the function's own 1 s answer margin leaves delivery no time: every request would get a
  // retryable 503 that no wait can heal.
  if (seconds < MIN_TIMEOUT_SECONDS || seconds > MAX_TIMEOUT_SECONDS) {
    throw invalid(
      `timeout must be ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS} s (the function keeps 1 s to answer; API Gateway stops waiting at ${API_GATEWAY_LIMIT_MS / 1000} s), got ${seconds} s`,
      scope,
    );
  }
  if (
    !Token.isUnresolved(memorySize) &&
    (!Number.isInteger(memorySize) || memorySize < 128 || memorySize > 10240)
  ) {
    throw invalid(`memorySizeMiB must be an integer from 128 to 10240, got ${memorySize}`, scope);
  }
  const ttl = props.secretCacheTtl?.toSeconds();
  if (ttl !== undefined && (!Number.isInteger(ttl) || ttl < 0 || ttl > 86_400)) {
    throw invalid(`secretCacheTtl must be a whole number of seconds from 0 to 86400, got ${ttl}`, scope);
  }
  if (
    props.endpointTokenSecret !== undefined &&
    props.endpointAuth !== undefined &&
    props.endpointAuth !== EndpointAuth.TOKEN
  ) {
    throw invalid(
      `endpointTokenSecret is only used with endpointAuth TOKEN, not ${props.endpointAuth}`,
      scope,
    );
  }
  for (const [label, value] of [
    ['throttlingRateLimit', props.throttlingRateLimit],
    ['throttlingBurstLimit', props.throttlingBurstLimit],
    ['reservedConcurrentExecutions', props.reservedConcurrentExecutions],
  ] as const) {
    if (value !== undefined && !Token.isUnresolved(value) && !(Number.isInteger(value) && value >= 0)) {
      throw invalid(`${label} must be a non-negative integer, got ${value}`, scope);
    }
  }
  for (const name of Object.keys(props.environment ?? {})) {
    if (MANAGED_ENV.has(name)) {
      throw invalid(
        `environment variable ${name} is set by the construct from its props; use the prop instead`,
        scope,
      );
    }
    if (RESERVED_ENV.test(name)) throw invalid(`environment variable ${name} is reserved by Lambda`, scope);
    if (SECRET_LIKE_ENV.test(name)) {
      throw invalid(
        `environment variable ${name} looks like a credential: keep it in Secrets Manager, not in the template`,
        scope,
      );
    }
  }
}
