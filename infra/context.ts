/**
 * CDK context (`npx cdk deploy -c key=value`, or `"context"` in cdk.json) → forwarder props. Every prop
 * has a key; `-c` values arrive as strings, cdk.json values may also be numbers, booleans or objects.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { ForwarderDestination, RemoteWriteAuth } from './destination.js';
import { ConfigError, parsePairs } from '../lambda/env.js';
import { bad, bool, int, num, oneOf, str, stringRecord } from './context-values.js';
import { ForwarderConfigError } from './errors.js';
import { EndpointAuth, ExponentialHistograms, type OtlpPrometheusForwarderProps } from './forwarder-props.js';

/** Every context key the app reads, with what it sets (the README's table lists the same). */
export const CONTEXT_KEYS = {
  stackName: 'stack name (default OtlpPromForwarder)',
  account: 'deploy account (default: the CLI profile, environment-agnostic template)',
  region: 'deploy region (default: the CLI profile, environment-agnostic template)',
  workspace: 'existing AMP workspace ID (ws-...) or ARN',
  workspaceRoleArn: 'role to assume to write to a workspace in another account',
  workspaceAlias: 'alias of the new AMP workspace',
  workspaceRemovalPolicy: 'retain|destroy: the new workspace when it leaves the stack',
  remoteWriteUrl: 'remote-write URL outside AMP (Cortex, Mimir...)',
  remoteWriteAuth: 'bearer|basic|none for remoteWriteUrl',
  remoteWriteSecretArn: 'Secrets Manager ARN of the remote-write token or {username,password}',
  remoteWriteHeaders: 'extra headers, Name=Value,... (no credentials)',
  passThroughTenantHeader: "true: forward the client's X-Scope-OrgID",
  endpointAuth: 'token|iam|none',
  endpointTokenSecretArn: 'Secrets Manager ARN of your own endpoint token',
  architecture: 'arm64|x86_64',
  memorySizeMiB: 'function memory in MiB',
  timeoutSeconds: 'function timeout in seconds (1-28)',
  reservedConcurrentExecutions: 'reserved concurrency',
  logRetentionDays: 'log retention in days (a CloudWatch Logs retention value)',
  throttlingRateLimit: 'API requests per second',
  throttlingBurstLimit: 'API burst',
  alarmTopicArn: 'SNS topic ARN for alarm notifications',
  dashboard: 'false: leave the CloudWatch dashboard out',
  secretCacheTtlSeconds: 'how long the function caches secret values',
  exponentialHistograms:
    'native|classic: how exponential histograms are written (classic for VictoriaMetrics)',
  environment: 'more function environment: JSON object, e.g. {"NAMESPACE":"app"}',
} as const;

export type ContextKey = keyof typeof CONTEXT_KEYS;

/** Reads one context value (undefined when unset or empty). */
export type ContextReader = (key: ContextKey) => unknown;

/**
 * Refuses a context key that looks like one of ours but is not (a typo would otherwise fall back to a
 * default silently, e.g. a new workspace instead of yours). CDK's own keys contain ':' or '@'.
 * @throws ForwarderConfigError naming the unknown keys and listing the valid ones.
 */
export function checkContextKeys(keys: readonly string[]): void {
  const unknown = keys.filter(
    (key) => /^[A-Za-z][A-Za-z0-9]*$/.test(key) && !Object.hasOwn(CONTEXT_KEYS, key),
  );
  if (unknown.length > 0) {
    throw new ForwarderConfigError(
      `unknown context key ${unknown.map((k) => `"${k}"`).join(', ')}; the app reads ${Object.keys(CONTEXT_KEYS).join(', ')}`,
    );
  }
}

/** The deploy settings of the stack itself. */
export interface StackSettings {
  readonly stackName: string;
  readonly env?: { readonly account?: string; readonly region?: string };
}

/**
 * The stack name and (only when given) the explicit account and region.
 * @throws ForwarderConfigError on a malformed value.
 */
export function stackSettingsFromContext(read: ContextReader): StackSettings {
  const account = str(read, 'account');
  const region = str(read, 'region');
  if (account !== undefined && !/^\d{12}$/.test(account))
    throw bad('account', account, 'a 12-digit account ID');
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw bad('region', region, 'a region such as eu-west-1');
  const env = { ...(account === undefined ? {} : { account }), ...(region === undefined ? {} : { region }) };
  return {
    stackName: str(read, 'stackName') ?? 'OtlpPromForwarder',
    ...(Object.keys(env).length > 0 ? { env } : {}),
  };
}

/**
 * The forwarder props from context; imported secrets and topics are created in `scope`.
 * @throws ForwarderConfigError on a malformed value or contradictory keys.
 */
export function forwarderPropsFromContext(
  scope: Construct,
  read: ContextReader,
): OtlpPrometheusForwarderProps {
  const timeoutSeconds = int(read, 'timeoutSeconds');
  const secretCacheTtlSeconds = int(read, 'secretCacheTtlSeconds');
  const logRetentionDays = int(read, 'logRetentionDays');
  const alarmTopicArn = str(read, 'alarmTopicArn');
  const tokenSecretArn = str(read, 'endpointTokenSecretArn');
  // Unset keys stay undefined: the construct's own defaults apply.
  return {
    destination: destinationFromContext(scope, read),
    endpointAuth: oneOf(read, 'endpointAuth', {
      token: EndpointAuth.TOKEN,
      iam: EndpointAuth.IAM,
      none: EndpointAuth.NONE,
    }),
    endpointTokenSecret:
      tokenSecretArn === undefined ? undefined : importSecret(scope, 'EndpointTokenSecret', tokenSecretArn),
    architecture: oneOf(read, 'architecture', {
      arm64: lambda.Architecture.ARM_64,
      x86_64: lambda.Architecture.X86_64,
    }),
    memorySizeMiB: int(read, 'memorySizeMiB'),
    timeout: timeoutSeconds === undefined ? undefined : Duration.seconds(timeoutSeconds),
    reservedConcurrentExecutions: int(read, 'reservedConcurrentExecutions'),
    logRetention: logRetentionDays === undefined ? undefined : retention(logRetentionDays),
    throttlingRateLimit: num(read, 'throttlingRateLimit'),
    throttlingBurstLimit: int(read, 'throttlingBurstLimit'),
    alarmTopic:
      alarmTopicArn === undefined ? undefined : sns.Topic.fromTopicArn(scope, 'AlarmTopic', alarmTopicArn),
    dashboard: bool(read, 'dashboard'),
    passThroughTenantHeader: bool(read, 'passThroughTenantHeader'),
    secretCacheTtl: secretCacheTtlSeconds === undefined ? undefined : Duration.seconds(secretCacheTtlSeconds),
    exponentialHistograms: oneOf(read, 'exponentialHistograms', {
      native: ExponentialHistograms.NATIVE,
      classic: ExponentialHistograms.CLASSIC,
    }),
    environment: stringRecord(read, 'environment'),
  };
}

function destinationFromContext(scope: Construct, read: ContextReader): ForwarderDestination | undefined {
  const workspace = str(read, 'workspace');
  const url = str(read, 'remoteWriteUrl');
  const newWorkspaceKeys = (['workspaceAlias', 'workspaceRemovalPolicy'] as const).filter(
    (k) => read(k) !== undefined,
  );
  const urlKeys = (['remoteWriteAuth', 'remoteWriteSecretArn', 'remoteWriteHeaders'] as const).filter(
    (k) => read(k) !== undefined,
  );
  if (workspace !== undefined && url !== undefined) {
    throw new ForwarderConfigError(
      'context sets both "workspace" and "remoteWriteUrl"; choose one destination',
    );
  }
  if (url === undefined && urlKeys.length > 0) {
    throw new ForwarderConfigError(`context ${urlKeys.join(', ')} needs "remoteWriteUrl"`);
  }
  if ((workspace !== undefined || url !== undefined) && newWorkspaceKeys.length > 0) {
    throw new ForwarderConfigError(`context ${newWorkspaceKeys.join(', ')} only applies to a new workspace`);
  }
  const roleArn = str(read, 'workspaceRoleArn');
  if (roleArn !== undefined && workspace === undefined) {
    throw new ForwarderConfigError(
      'context "workspaceRoleArn" needs "workspace" (an existing workspace in another account)',
    );
  }

  if (workspace !== undefined) {
    return ForwarderDestination.existingWorkspace(workspace, roleArn === undefined ? {} : { roleArn });
  }
  if (url !== undefined) {
    const secretArn = str(read, 'remoteWriteSecretArn');
    const auth = oneOf(read, 'remoteWriteAuth', {
      bearer: RemoteWriteAuth.BEARER,
      basic: RemoteWriteAuth.BASIC,
      none: RemoteWriteAuth.NONE,
    });
    const headers = headerPairs(read);
    return ForwarderDestination.remoteWrite({
      url,
      ...(auth === undefined ? {} : { auth }),
      ...(secretArn === undefined ? {} : { secret: importSecret(scope, 'RemoteWriteSecret', secretArn) }),
      ...(headers === undefined ? {} : { headers }),
    });
  }
  if (newWorkspaceKeys.length === 0) return undefined;
  const alias = str(read, 'workspaceAlias');
  const removalPolicy = oneOf(read, 'workspaceRemovalPolicy', {
    retain: RemovalPolicy.RETAIN,
    destroy: RemovalPolicy.DESTROY,
  });
  return ForwarderDestination.newWorkspace({
    ...(alias === undefined ? {} : { alias }),
    ...(removalPolicy === undefined ? {} : { removalPolicy }),
  });
}

/**
 * A secret by ARN. A complete ARN ends in `-` and six random characters; without them the policy needs
 * the partial form (and its `-??????` wildcard).
 */
function importSecret(scope: Construct, id: string, arn: string): secretsmanager.ISecret {
  if (!/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/.test(arn)) {
    throw new ForwarderConfigError(`${arn} is not a Secrets Manager secret ARN`);
  }
  return /-[A-Za-z0-9]{6}$/.test(arn)
    ? secretsmanager.Secret.fromSecretCompleteArn(scope, id, arn)
    : secretsmanager.Secret.fromSecretPartialArn(scope, id, arn);
}

/** `Name=Value,...` as in OTEL_EXPORTER_OTLP_HEADERS (values URL-decoded), or a JSON object in cdk.json. */
function headerPairs(read: ContextReader): Record<string, string> | undefined {
  const value = read('remoteWriteHeaders');
  if (value === undefined) return undefined;
  if (typeof value === 'object' && value !== null) return stringRecord(read, 'remoteWriteHeaders');
  if (typeof value !== 'string') throw bad('remoteWriteHeaders', JSON.stringify(value), 'Name=Value pairs');
  // The function's own parser, so the context and REMOTE_WRITE_HEADERS read alike; its errors name the
  // item without quoting it (header values may be secrets), where bad() would quote the whole text.
  try {
    return parsePairs(value, 'context "remoteWriteHeaders"');
  } catch (err) {
    if (err instanceof ConfigError) throw new ForwarderConfigError(err.message);
    throw err;
  }
}

/** CloudWatch Logs accepts only these retention periods; RetentionDays lists them. */
function retention(days: number): logs.RetentionDays {
  const allowed = Object.values(logs.RetentionDays).filter(
    (v): v is logs.RetentionDays => typeof v === 'number',
  );
  const found = new Map<number, logs.RetentionDays>(allowed.map((v) => [v, v])).get(days);
  if (found === undefined) throw bad('logRetentionDays', String(days), `one of ${allowed.join(', ')}`);
  return found;
}
