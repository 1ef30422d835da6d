/** The forwarder's Lambda function: Node.js, bundled locally with esbuild, snappy's binary beside it. */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { LambdaCpu } from './bundling/snappy-binary.js';

/** The repository root: the function's source and lock file live there, wherever the app runs from. */
const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
const FINISH_ASSET = fileURLToPath(new URL('./bundling/finish-asset.ts', import.meta.url));
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');

/**
 * The function's log group (ID `FunctionLogs`) and its execution role (ID `FunctionRole`), which may write
 * to that log group only.
 */
export function functionLogsAndRole(
  scope: Construct,
  retention: logs.RetentionDays = logs.RetentionDays.ONE_MONTH,
): { logGroup: logs.LogGroup; role: iam.Role } {
  const logGroup = new logs.LogGroup(scope, 'FunctionLogs', { retention });
  // An explicit role instead of AWSLambdaBasicExecutionRole: that managed policy may write to any log group.
  const role = new iam.Role(scope, 'FunctionRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: 'otlp-prom-forwarder function: its own log group, its destination, its secrets',
  });
  logGroup.grantWrite(role);
  return { logGroup, role };
}

/** What the function is built from. */
export interface ForwarderFunctionOptions {
  readonly role: iam.IRole;
  readonly logGroup: logs.ILogGroup;
  readonly architecture: lambda.Architecture;
  readonly memorySize: number;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
  /** @default - unreserved */
  readonly reservedConcurrentExecutions?: number;
}

/** The function (ID `Function`) in `scope`, running lambda/handler.ts. */
export function forwarderFunction(scope: Construct, options: ForwarderFunctionOptions): NodejsFunction {
  const { architecture, reservedConcurrentExecutions } = options;
  return new NodejsFunction(scope, 'Function', {
    description: 'OTLP/HTTP metrics to Prometheus remote-write (otlp-prom-forwarder)',
    entry: `${PACKAGE_ROOT}lambda/handler.ts`,
    handler: 'handler',
    projectRoot: PACKAGE_ROOT,
    depsLockFilePath: `${PACKAGE_ROOT}package-lock.json`,
    runtime: lambda.Runtime.NODEJS_24_X,
    architecture,
    memorySize: options.memorySize,
    timeout: options.timeout,
    role: options.role,
    logGroup: options.logGroup,
    environment: options.environment,
    ...(reservedConcurrentExecutions === undefined ? {} : { reservedConcurrentExecutions }),
    bundling: bundlingOptions(architecture === lambda.Architecture.X86_64 ? 'x64' : 'arm64'),
  });
}

/**
 * Local esbuild (never Docker), minified, with source maps, as an ES module `index.mjs`: it loads ~27 ms
 * faster at cold start than the same code as CommonJS (measured: import 50–53 ms against 77–89 ms).
 * `snappy` stays outside the bundle and comes with its binary for `cpu` (see bundling/finish-asset.ts).
 * Everything else is bundled (no AWS SDK: lambda/auth signs its own calls): the asset runs as tested,
 * independent of the SDK copy in the Lambda runtime. scripts/bundle.mjs builds the same bundle for the
 * tests and the benchmark: keep the two in step.
 */
function bundlingOptions(cpu: LambdaCpu): BundlingOptions {
  return {
    forceDockerBundling: false,
    format: OutputFormat.ESM,
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    // A package's ES module build first, where it has one: those tree-shake better than CommonJS.
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
