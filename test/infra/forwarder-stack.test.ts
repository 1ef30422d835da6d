/**
 * The synthesized stack for each prop path, set through context exactly as `npx cdk deploy -c ...` does.
 * Each variant is synthesized once (cdk-nag runs in synthesis: a finding would throw there).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { functionEnvironment, logicalId, policyStatements, synth, type Synthesized } from './synth.js';

const WORKSPACE_ID = 'ws-12345678-abcd-1234-abcd-123456789012';
const REMOTE_SECRET = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:mimir-token-AbCdEf';
const TOKEN_SECRET = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:my-endpoint-token-XyZ123';
const ROLE = 'arn:aws:iam::444455556666:role/amp-writer';
const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:oncall';

/** The function role's statement letting it write its own log group; every variant has it. */
const LOGS_STATEMENT = (t: Synthesized) => ({
  Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
  Effect: 'Allow',
  Resource: { 'Fn::GetAtt': [functionLogGroupId(t), 'Arn'] },
});

function functionLogGroupId(t: Synthesized): string {
  const fn = Object.values(t.template.findResources('AWS::Lambda::Function'))[0]!;
  return (fn.Properties as { LoggingConfig: { LogGroup: { Ref: string } } }).LoggingConfig.LogGroup.Ref;
}

function outputs(t: Synthesized): Record<string, { Value: unknown } | undefined> {
  return (t.template.toJSON() as { Outputs: Record<string, { Value: unknown }> }).Outputs;
}

/**
 * No secret value anywhere in the template: no secret resource with a literal value, and no credential
 * variable in the function's environment (only the ARNs of the secrets that hold them).
 */
function assertNoSecretValues(t: Synthesized): void {
  const json = JSON.stringify(t.template.toJSON());
  for (const key of ['SecretString', 'SecretBinary', 'SecretStringTemplate']) {
    assert.ok(!json.includes(`"${key}"`), `the template has ${key}`);
  }
  for (const name of Object.keys(functionEnvironment(t.template))) {
    if (name.endsWith('_SECRET_ARN')) continue;
    assert.doesNotMatch(name, /TOKEN|PASSWORD|SECRET|BEARER/, name);
  }
}

function assertNagClean(t: Synthesized): void {
  const report = new AwsSolutionsChecks(t.app).validateScope(t.app);
  assert.deepEqual(report.violations, []);
  assert.equal(report.success, true);
  assert.deepEqual(Annotations.fromStack(t.stack).findError('*', Match.anyValue()), []);
}

/** Every cdk-nag acknowledgement written to the template, by resource type. */
function acknowledgements(t: Synthesized): { type: string; id: string; reason: string }[] {
  const out: { type: string; id: string; reason: string }[] = [];
  for (const resource of Object.values(
    t.template.toJSON().Resources as Record<string, Record<string, unknown>>,
  )) {
    const rules = (
      resource.Metadata as { cdk_nag?: { rules_to_suppress: { id: string; reason: string }[] } } | undefined
    )?.cdk_nag?.rules_to_suppress;
    for (const rule of rules ?? []) out.push({ type: resource.Type as string, ...rule });
  }
  return out;
}

describe('default stack: new AMP workspace, bearer token, arm64', () => {
  let t: Synthesized;
  before(() => {
    t = synth();
  });
  after(() => {
    t.cleanup();
  });

  it('creates one AMP workspace, retained when the stack goes', () => {
    t.template.resourceCountIs('AWS::APS::Workspace', 1);
    t.template.hasResource('AWS::APS::Workspace', {
      Properties: { Alias: 'OtlpPromForwarder' },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('runs the function on the current Node.js runtime, arm64, 512 MiB, 10 s, from index.handler', () => {
    t.template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 512,
      Timeout: 10,
      Handler: 'index.handler',
      ReservedConcurrentExecutions: Match.absent(),
    });
  });

  it('signs for the new workspace with SigV4 and checks a bearer token from Secrets Manager', () => {
    const workspace = logicalId(t.template, 'AWS::APS::Workspace');
    const secret = logicalId(t.template, 'AWS::SecretsManager::Secret');
    assert.deepEqual(functionEnvironment(t.template), {
      REMOTE_WRITE_URL: {
        'Fn::Join': [
          '',
          [
            'https://aps-workspaces.',
            { Ref: 'AWS::Region' },
            '.',
            { Ref: 'AWS::URLSuffix' },
            '/workspaces/',
            { 'Fn::GetAtt': [workspace, 'WorkspaceId'] },
            '/api/v1/remote_write',
          ],
        ],
      },
      REMOTE_WRITE_AUTH: 'sigv4',
      REMOTE_WRITE_SIGV4_SERVICE: 'aps',
      REMOTE_WRITE_SIGV4_REGION: { Ref: 'AWS::Region' },
      ENDPOINT_AUTH: 'token',
      ENDPOINT_TOKEN_SECRET_ARN: { Ref: secret },
      NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=2',
    });
  });

  it('grants exactly: its log group, aps:RemoteWrite on the workspace, GetSecretValue on the token', () => {
    const workspace = logicalId(t.template, 'AWS::APS::Workspace');
    const secret = logicalId(t.template, 'AWS::SecretsManager::Secret');
    assert.deepEqual(policyStatements(t.template), [
      LOGS_STATEMENT(t),
      { Action: 'aps:RemoteWrite', Effect: 'Allow', Resource: { 'Fn::GetAtt': [workspace, 'Arn'] } },
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: { Ref: secret } },
    ]);
    t.template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it('generates the token in Secrets Manager, alphanumeric, without a value in the template', () => {
    assertNoSecretValues(t);
    t.template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: { PasswordLength: 48, ExcludePunctuation: true, IncludeSpace: false },
      SecretString: Match.absent(),
    });
  });

  it('serves POST /v1/metrics through an HTTP API (payload 2.0) without an API Gateway authorizer', () => {
    t.template.resourceCountIs('AWS::ApiGatewayV2::Route', 1);
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'POST /v1/metrics',
      AuthorizationType: 'NONE',
    });
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('throttles the $default stage at 100 requests/s, burst 200, and writes JSON access logs kept 30 days', () => {
    const accessLogs = Object.entries(t.template.findResources('AWS::Logs::LogGroup')).find(([id]) =>
      id.includes('AccessLogs'),
    )![0];
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 },
      AccessLogSettings: {
        DestinationArn: { 'Fn::GetAtt': [accessLogs, 'Arn'] },
        Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
      },
    });
    t.template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
    t.template.resourceCountIs('AWS::Logs::LogGroup', 2);
  });

  it('alarms on function errors, throttles, API 5xx and destination failures, without actions', () => {
    t.template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    t.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
    });
    t.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Throttles',
    });
    t.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/ApiGateway',
      MetricName: '5xx',
    });
    t.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: Match.stringLikeRegexp('^OtlpPrometheusForwarder/'),
      MetricName: 'DestinationFailures',
    });
    t.template.allResourcesProperties('AWS::CloudWatch::Alarm', { AlarmActions: Match.absent() });
    // The request line's closed `outcome` field, not message wording or statuses.
    t.template.hasResourceProperties('AWS::Logs::MetricFilter', {
      LogGroupName: { Ref: functionLogGroupId(t) },
      FilterPattern: '{ ($.msg = "request") && ($.outcome = "destination_failed") }',
      MetricTransformations: [Match.objectLike({ MetricName: 'DestinationFailures', MetricValue: '1' })],
    });
  });

  it('outputs the endpoint, the token secret, the workspace and the SDK environment to paste', () => {
    assert.deepEqual(Object.keys(outputs(t)).sort(), [
      'CollectorExporter',
      'EndpointAuth',
      'EndpointUrl',
      'OtelSdkEnvironment',
      'RemoteWriteUrl',
      'TokenCommand',
      'TokenSecretArn',
      'WorkspaceId',
    ]);
    const sdk = JSON.stringify(outputs(t).OtelSdkEnvironment!.Value);
    assert.match(sdk, /export OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=/);
    assert.match(sdk, /\/v1\/metrics OTEL_EXPORTER_OTLP_METRICS_PROTOCOL=http\/protobuf/);
    assert.match(
      sdk,
      /OTEL_EXPORTER_OTLP_HEADERS=\\"Authorization=Bearer%20\$\(aws secretsmanager get-secret-value/,
    );
    t.template.hasOutput('WorkspaceId', {
      Value: { 'Fn::GetAtt': [logicalId(t.template, 'AWS::APS::Workspace'), 'WorkspaceId'] },
    });
  });

  it('passes cdk-nag AwsSolutions, acknowledging only the function-checked token and its manual rotation', () => {
    assertNagClean(t);
    assert.deepEqual(
      acknowledgements(t).map(({ type, id }) => `${type} ${id}`),
      ['AWS::SecretsManager::Secret AwsSolutions-SMG4', 'AWS::ApiGatewayV2::Route AwsSolutions-APIG4'],
    );
    for (const { reason } of acknowledgements(t)) assert.ok(reason.length > 80, reason);
  });
});

describe('existing AMP workspace by ID', () => {
  let t: Synthesized;
  before(() => {
    t = synth({ workspace: WORKSPACE_ID });
  });
  after(() => {
    t.cleanup();
  });

  it('creates no workspace and writes to the one in the stack region', () => {
    t.template.resourceCountIs('AWS::APS::Workspace', 0);
    const env = functionEnvironment(t.template);
    assert.deepEqual(env.REMOTE_WRITE_URL, {
      'Fn::Join': [
        '',
        [
          'https://aps-workspaces.',
          { Ref: 'AWS::Region' },
          '.',
          { Ref: 'AWS::URLSuffix' },
          `/workspaces/${WORKSPACE_ID}/api/v1/remote_write`,
        ],
      ],
    });
    assert.equal(env.REMOTE_WRITE_AUTH, 'sigv4');
    t.template.hasOutput('WorkspaceId', { Value: WORKSPACE_ID });
  });

  it('grants aps:RemoteWrite on that workspace ARN only', () => {
    const statements = policyStatements(t.template);
    assert.deepEqual(statements[1], {
      Action: 'aps:RemoteWrite',
      Effect: 'Allow',
      Resource: {
        'Fn::Join': [
          '',
          [
            'arn:',
            { Ref: 'AWS::Partition' },
            ':aps:',
            { Ref: 'AWS::Region' },
            ':',
            { Ref: 'AWS::AccountId' },
            `:workspace/${WORKSPACE_ID}`,
          ],
        ],
      },
    });
    assert.equal(statements.length, 3);
    assertNagClean(t);
  });
});

describe('existing AMP workspace by ARN in another account, through a role', () => {
  let t: Synthesized;
  before(() => {
    t = synth({
      workspace: `arn:aws:aps:eu-west-1:444455556666:workspace/${WORKSPACE_ID}`,
      workspaceRoleArn: ROLE,
    });
  });
  after(() => {
    t.cleanup();
  });

  it('signs for the workspace region and assumes the role', () => {
    const env = functionEnvironment(t.template);
    assert.deepEqual(env.REMOTE_WRITE_URL, {
      'Fn::Join': [
        '',
        [
          'https://aps-workspaces.eu-west-1.',
          { Ref: 'AWS::URLSuffix' },
          `/workspaces/${WORKSPACE_ID}/api/v1/remote_write`,
        ],
      ],
    });
    assert.equal(env.REMOTE_WRITE_SIGV4_REGION, 'eu-west-1');
    assert.equal(env.REMOTE_WRITE_ROLE_ARN, ROLE);
  });

  it('grants sts:AssumeRole on that role and no aps action at all', () => {
    const secret = logicalId(t.template, 'AWS::SecretsManager::Secret');
    assert.deepEqual(policyStatements(t.template), [
      LOGS_STATEMENT(t),
      { Action: 'sts:AssumeRole', Effect: 'Allow', Resource: ROLE },
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: { Ref: secret } },
    ]);
    assertNagClean(t);
  });
});

describe('Cortex/Mimir remote-write URL with a bearer secret and a tenant header, your own endpoint token', () => {
  let t: Synthesized;
  before(() => {
    t = synth({
      remoteWriteUrl: 'https://mimir.example.com/api/v1/push',
      remoteWriteSecretArn: REMOTE_SECRET,
      remoteWriteHeaders: 'X-Scope-OrgID=team-a',
      endpointTokenSecretArn: TOKEN_SECRET,
      passThroughTenantHeader: 'true',
    });
  });
  after(() => {
    t.cleanup();
  });

  it('creates no workspace and no secret, and passes only ARNs and the URL to the function', () => {
    t.template.resourceCountIs('AWS::APS::Workspace', 0);
    t.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    assert.deepEqual(functionEnvironment(t.template), {
      REMOTE_WRITE_URL: 'https://mimir.example.com/api/v1/push',
      REMOTE_WRITE_AUTH: 'bearer',
      REMOTE_WRITE_SECRET_ARN: REMOTE_SECRET,
      REMOTE_WRITE_HEADERS: 'X-Scope-OrgID=team-a',
      ENDPOINT_AUTH: 'token',
      ENDPOINT_TOKEN_SECRET_ARN: TOKEN_SECRET,
      PASS_THROUGH_TENANT_HEADER: 'true',
      NODE_OPTIONS: '--enable-source-maps --max-semi-space-size=2',
    });
    assert.equal(outputs(t).WorkspaceId, undefined);
  });

  it('keeps both secrets out of the template: the function gets their ARNs only', () => {
    assertNoSecretValues(t);
  });

  it('grants GetSecretValue on exactly the two secrets, and nothing in AMP', () => {
    assert.deepEqual(policyStatements(t.template), [
      LOGS_STATEMENT(t),
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: REMOTE_SECRET },
      { Action: 'secretsmanager:GetSecretValue', Effect: 'Allow', Resource: TOKEN_SECRET },
    ]);
  });

  it('passes cdk-nag with only the function-checked token acknowledged (your secret, your rotation)', () => {
    assertNagClean(t);
    assert.deepEqual(
      acknowledgements(t).map(({ id }) => id),
      ['AwsSolutions-APIG4'],
    );
  });
});

describe('basic auth with a secret named by partial ARN', () => {
  it('grants the secret with the suffix wildcard Secrets Manager adds', () => {
    const t = synth({
      remoteWriteUrl: 'https://cortex.internal.example/api/v1/push',
      remoteWriteAuth: 'basic',
      remoteWriteSecretArn: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:cortex/basic',
    });
    try {
      assert.equal(functionEnvironment(t.template).REMOTE_WRITE_AUTH, 'basic');
      assert.deepEqual(policyStatements(t.template)[1], {
        Action: 'secretsmanager:GetSecretValue',
        Effect: 'Allow',
        Resource: 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:cortex/basic-??????',
      });
    } finally {
      t.cleanup();
    }
  });
});

describe('IAM endpoint auth', () => {
  let t: Synthesized;
  before(() => {
    t = synth({ endpointAuth: 'iam' });
  });
  after(() => {
    t.cleanup();
  });

  it('lets API Gateway check SigV4 and creates no token', () => {
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'AWS_IAM' });
    t.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    const env = functionEnvironment(t.template);
    assert.equal(env.ENDPOINT_AUTH, 'none');
    assert.equal(env.ENDPOINT_TOKEN_SECRET_ARN, undefined);
    assert.deepEqual(
      policyStatements(t.template).map((s) => s.Action),
      [['logs:CreateLogStream', 'logs:PutLogEvents'], 'aps:RemoteWrite'],
    );
  });

  it('outputs the route ARN to grant and a sigv4auth Collector exporter', () => {
    t.template.hasOutput('InvokeArn', { Value: Match.anyValue() });
    assert.match(
      JSON.stringify(outputs(t).CollectorExporter?.Value),
      /sigv4auth: \{region: .*service: execute-api/,
    );
    assert.equal(outputs(t).TokenSecretArn, undefined);
  });

  it('passes cdk-nag with nothing acknowledged on the route', () => {
    assertNagClean(t);
    assert.deepEqual(acknowledgements(t), []);
  });
});

describe('no endpoint auth, explicitly', () => {
  let t: Synthesized;
  before(() => {
    t = synth({ endpointAuth: 'none' });
  });
  after(() => {
    t.cleanup();
  });

  it('admits anyone: no authorizer, no token, ENDPOINT_AUTH=none', () => {
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'NONE' });
    t.template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    assert.equal(functionEnvironment(t.template).ENDPOINT_AUTH, 'none');
  });

  it('acknowledges the open route in cdk-nag as the deployer’s explicit choice', () => {
    assertNagClean(t);
    const [ack] = acknowledgements(t);
    assert.equal(ack?.id, 'AwsSolutions-APIG4');
    assert.match(ack.reason, /explicitly/);
  });
});

describe('x86_64 and every tuning key', () => {
  let t: Synthesized;
  before(() => {
    t = synth({
      architecture: 'x86_64',
      memorySizeMiB: '1024',
      timeoutSeconds: '20',
      reservedConcurrentExecutions: '5',
      logRetentionDays: '7',
      throttlingRateLimit: '10',
      throttlingBurstLimit: '20',
      alarmTopicArn: TOPIC,
      secretCacheTtlSeconds: '60',
      workspaceAlias: 'team-metrics',
      workspaceRemovalPolicy: 'destroy',
      environment:
        '{"NAMESPACE":"shop","EXTERNAL_LABELS":"cluster=prod,region=eu","REMOTE_WRITE_TIMEOUT_MS":"3000"}',
      stackName: 'MetricsIngest',
    });
  });
  after(() => {
    t.cleanup();
  });

  it('sizes the function as asked', () => {
    assert.equal(t.stack.stackName, 'MetricsIngest');
    t.template.hasResourceProperties('AWS::Lambda::Function', {
      Architectures: ['x86_64'],
      MemorySize: 1024,
      Timeout: 20,
      ReservedConcurrentExecutions: 5,
    });
  });

  it('passes the translation options and the secret cache TTL through the environment', () => {
    const env = functionEnvironment(t.template);
    assert.equal(env.NAMESPACE, 'shop');
    assert.equal(env.EXTERNAL_LABELS, 'cluster=prod,region=eu');
    assert.equal(env.REMOTE_WRITE_TIMEOUT_MS, '3000');
    assert.equal(env.SECRET_CACHE_TTL_SECONDS, '60');
  });

  it('throttles, keeps logs 7 days, names and destroys the workspace', () => {
    t.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 },
    });
    t.template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 7 });
    t.template.hasResource('AWS::APS::Workspace', {
      Properties: { Alias: 'team-metrics' },
      DeletionPolicy: 'Delete',
    });
  });

  it('notifies the SNS topic when each alarm fires and clears', () => {
    t.template.allResourcesProperties('AWS::CloudWatch::Alarm', {
      AlarmActions: [TOPIC],
      OKActions: [TOPIC],
    });
    assertNagClean(t);
  });
});

describe('context that cannot make a working forwarder fails synthesis', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'a misspelt key',
      { workspaceId: WORKSPACE_ID },
      /unknown context key "workspaceId"; the app reads stackName, /,
    ],
    [
      'two destinations',
      { workspace: WORKSPACE_ID, remoteWriteUrl: 'https://m.example/push' },
      /choose one destination/,
    ],
    ['remote-write keys without a URL', { remoteWriteAuth: 'bearer' }, /needs "remoteWriteUrl"/],
    [
      'bearer without a secret',
      { remoteWriteUrl: 'https://m.example/push', remoteWriteAuth: 'bearer' },
      /needs a secret/,
    ],
    [
      'an AMP URL as a plain URL',
      {
        remoteWriteUrl: `https://aps-workspaces.eu-west-1.amazonaws.com/workspaces/${WORKSPACE_ID}/api/v1/remote_write`,
      },
      /existingWorkspace/,
    ],
    [
      'credentials in a header',
      { remoteWriteUrl: 'https://m.example/push', remoteWriteHeaders: 'Authorization=Bearer%20x' },
      /must not carry credentials/,
    ],
    ['a malformed workspace', { workspace: 'my-workspace' }, /not an AMP workspace ID/],
    [
      'a role that is not a role',
      { workspace: WORKSPACE_ID, workspaceRoleArn: 'arn:aws:iam::444455556666:user/bob' },
      /not an IAM role ARN/,
    ],
    ['a timeout API Gateway would cut', { timeoutSeconds: '29' }, /timeout must be 3 to 28 s/],
    ['a timeout that leaves delivery no time', { timeoutSeconds: '2' }, /timeout must be 3 to 28 s/],
    ['an unknown architecture', { architecture: 'sparc' }, /arm64 \| x86_64/],
    ['an unknown endpoint auth', { endpointAuth: 'apikey' }, /token \| iam \| none/],
    ['a retention CloudWatch Logs refuses', { logRetentionDays: '2' }, /logRetentionDays/],
    [
      'a managed variable in environment',
      { environment: '{"REMOTE_WRITE_URL":"https://x"}' },
      /set by the construct/,
    ],
    [
      'a credential in environment',
      { environment: '{"REMOTE_WRITE_BEARER_TOKEN":"t0p"}' },
      /set by the construct|looks like a credential/,
    ],
    [
      'a credential-like name in environment',
      { environment: '{"GRAFANA_API_KEY":"abc"}' },
      /looks like a credential/,
    ],
    ['environment that is not JSON', { environment: 'NAMESPACE=shop' }, /JSON object/],
    [
      'a token secret with IAM auth',
      { endpointAuth: 'iam', endpointTokenSecretArn: TOKEN_SECRET },
      /only used with endpointAuth TOKEN/,
    ],
  ];
  for (const [name, context, message] of cases) {
    it(`refuses ${name}`, () => {
      assert.throws(() => synth(context), { name: 'ForwarderConfigError', message });
    });
  }

  it('refuses a header that is not URL-encoded without quoting it (header values may be secrets)', () => {
    const context = {
      remoteWriteUrl: 'https://m.example/push',
      remoteWriteHeaders: 'X-Api-Key=k3y-s3cr3t%zz',
    };
    assert.throws(
      () => synth(context),
      (err: unknown) => {
        assert.ok(err instanceof Error && err.name === 'ForwarderConfigError', String(err));
        assert.match(err.message, /context "remoteWriteHeaders": item 1 is not URL-encoded/);
        assert.ok(!err.message.includes('k3y-s3cr3t'), err.message);
        return true;
      },
    );
  });
});
