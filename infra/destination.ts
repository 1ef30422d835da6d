/**
 * Where the forwarder writes: a new or existing Amazon Managed Service for Prometheus (AMP) workspace, or
 * any Prometheus remote-write URL (Cortex, Mimir, Thanos receive, VictoriaMetrics...).
 */
import { Arn, ArnFormat, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as aps from 'aws-cdk-lib/aws-aps';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import * as ENV from '../lambda/env-names.js';
import { invalid } from './errors.js';
import { grantRemoteWrite, grantSecretValue } from './grants.js';
import { checkRemoteWriteHeaders, checkRemoteWriteUrl, formatHeaders } from './remote-write-checks.js';

/** How the function authenticates to a remote-write URL that is not an AMP workspace. */
export enum RemoteWriteAuth {
  /** `Authorization: Bearer <secret value>`. */
  BEARER = 'bearer',
  /** `Authorization: Basic`, from a secret holding JSON `{"username": "...", "password": "..."}`. */
  BASIC = 'basic',
  /** No credentials (a receiver inside a trusted network, or one that authenticates by header). */
  NONE = 'none',
}

/** Options for {@link ForwarderDestination.newWorkspace}. */
export interface NewWorkspaceOptions {
  /**
   * The workspace alias shown in the AMP console.
   * @default - the stack name
   */
  readonly alias?: string;
  /**
   * What happens to the workspace, and the metrics in it, when it leaves the stack.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
}

/** Options for {@link ForwarderDestination.existingWorkspace}. */
export interface ExistingWorkspaceOptions {
  /**
   * A role the function assumes to write, for a workspace in another account. The role must allow
   * `aps:RemoteWrite` on the workspace and trust the function's role; the function's own role then gets
   * only `sts:AssumeRole` on it.
   * @default - the function's own role writes (same account)
   */
  readonly roleArn?: string;
}

/** Options for {@link ForwarderDestination.remoteWrite}. */
export interface RemoteWriteOptions {
  /** The remote-write endpoint, e.g. `https://mimir.example.com/api/v1/push`. */
  readonly url: string;
  /**
   * How the function authenticates.
   * @default - BEARER when `secret` is set, NONE otherwise
   */
  readonly auth?: RemoteWriteAuth;
  /**
   * The credential: a bearer token (the whole secret string), or JSON `{"username","password"}` for BASIC.
   * The function reads it at run time; its value never enters the template or the environment.
   * @default - no secret (required for BEARER and BASIC)
   */
  readonly secret?: secretsmanager.ISecret;
  /**
   * Extra request headers, e.g. `{ 'X-Scope-OrgID': 'team-a' }` for a Cortex or Mimir tenant. They are
   * stored in the function's environment in clear text, so they must not carry credentials: use `secret`.
   * @default - none
   */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a destination contributes to the function, once bound to it. */
export interface BoundDestination {
  /** The function's environment variables for this destination. */
  readonly environment: Readonly<Record<string, string>>;
  /** The remote-write URL the function posts to. */
  readonly remoteWriteUrl: string;
  /** The workspace created for this stack, if any. */
  readonly workspace?: aps.CfnWorkspace;
  /** The AMP workspace ID, for AMP destinations. */
  readonly workspaceId?: string;
  /** The AMP workspace ARN, for AMP destinations. */
  readonly workspaceArn?: string;
}

/** AMP's service name in SigV4 signatures and IAM actions. */
const APS = 'aps';
/** `ws-` followed by a UUID in practice; we only check the shape so a typo fails at synth, not at 3 am. */
const WORKSPACE_ID = /^ws-[A-Za-z0-9-]+$/;

/**
 * The remote-write destination of an {@link OtlpPrometheusForwarder}.
 *
 * @example
 * ForwarderDestination.newWorkspace();
 * ForwarderDestination.existingWorkspace('ws-12345678-abcd-1234-abcd-123456789012');
 * ForwarderDestination.remoteWrite({ url: 'https://mimir.example.com/api/v1/push', secret, headers: { 'X-Scope-OrgID': 'team-a' } });
 */
export abstract class ForwarderDestination {
  /** A new AMP workspace created with the stack; the function may write to it and nothing else. */
  static newWorkspace(options: NewWorkspaceOptions = {}): ForwarderDestination {
    return new NewWorkspace(options);
  }

  /**
   * An AMP workspace that already exists, by ID (same account and region as the stack) or by ARN.
   * @throws ForwarderConfigError (at bind) when the value is neither a workspace ID nor an AMP workspace ARN.
   */
  static existingWorkspace(
    workspaceIdOrArn: string,
    options: ExistingWorkspaceOptions = {},
  ): ForwarderDestination {
    return new ExistingWorkspace(workspaceIdOrArn, options);
  }

  /**
   * Any Prometheus remote-write URL outside AMP, with optional credentials and headers.
   * @throws ForwarderConfigError (at bind) for an AMP URL (use a workspace destination), an auth without its
   *   secret, or an `Authorization` header.
   */
  static remoteWrite(options: RemoteWriteOptions): ForwarderDestination {
    return new RemoteWrite(options);
  }

  /**
   * Creates what the destination needs in `scope` and grants `grantee` the right to write to it.
   */
  abstract bind(scope: Construct, grantee: iam.IGrantable): BoundDestination;
}

class NewWorkspace extends ForwarderDestination {
  constructor(private readonly options: NewWorkspaceOptions) {
    super();
  }

  bind(scope: Construct, grantee: iam.IGrantable): BoundDestination {
    const workspace = new aps.CfnWorkspace(scope, 'Workspace', {
      alias: this.options.alias ?? Stack.of(scope).stackName,
    });
    workspace.applyRemovalPolicy(this.options.removalPolicy ?? RemovalPolicy.RETAIN);
    grantRemoteWrite(grantee, workspace.attrArn);
    // Built from the ID rather than the PrometheusEndpoint attribute, whose documented examples disagree
    // on whether it already ends in /api/v1/.
    const remoteWriteUrl = ampRemoteWriteUrl(
      Stack.of(scope),
      Stack.of(scope).region,
      workspace.attrWorkspaceId,
    );
    return {
      workspace,
      workspaceId: workspace.attrWorkspaceId,
      workspaceArn: workspace.attrArn,
      remoteWriteUrl,
      environment: sigv4Environment(remoteWriteUrl, Stack.of(scope).region),
    };
  }
}

class ExistingWorkspace extends ForwarderDestination {
  constructor(
    private readonly idOrArn: string,
    private readonly options: ExistingWorkspaceOptions,
  ) {
    super();
  }

  bind(scope: Construct, grantee: iam.IGrantable): BoundDestination {
    const stack = Stack.of(scope);
    let workspaceId: string;
    let region: string;
    let workspaceArn: string;
    if (this.idOrArn.startsWith('arn:')) {
      const parts = Arn.split(this.idOrArn, ArnFormat.SLASH_RESOURCE_NAME);
      const idInArn = parts.resourceName;
      if (
        parts.service !== APS ||
        parts.resource !== 'workspace' ||
        idInArn === undefined ||
        !WORKSPACE_ID.test(idInArn)
      ) {
        throw invalid(
          `${this.idOrArn} is not an AMP workspace ARN (arn:aws:aps:<region>:<account>:workspace/ws-...)`,
          scope,
        );
      }
      workspaceId = idInArn;
      region = parts.region ?? stack.region;
      workspaceArn = this.idOrArn;
    } else {
      if (!WORKSPACE_ID.test(this.idOrArn)) {
        throw invalid(`${JSON.stringify(this.idOrArn)} is not an AMP workspace ID (ws-...) or ARN`, scope);
      }
      workspaceId = this.idOrArn;
      region = stack.region;
      workspaceArn = stack.formatArn({ service: APS, resource: 'workspace', resourceName: workspaceId });
    }

    const environment: Record<string, string> = {};
    const roleArn = this.options.roleArn;
    if (
      roleArn !== undefined &&
      !Token.isUnresolved(roleArn) &&
      !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(roleArn)
    ) {
      throw invalid(`${roleArn} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)`, scope);
    }
    if (roleArn === undefined) {
      grantRemoteWrite(grantee, workspaceArn);
    } else {
      // The role in the workspace's account holds aps:RemoteWrite; ours may only assume it.
      iam.Grant.addToPrincipal({
        grantee,
        actions: ['sts:AssumeRole'],
        resourceArns: [roleArn],
      });
      environment[ENV.REMOTE_WRITE_ROLE_ARN] = roleArn;
    }
    const remoteWriteUrl = ampRemoteWriteUrl(stack, region, workspaceId);
    return {
      workspaceId,
      workspaceArn,
      remoteWriteUrl,
      environment: { ...sigv4Environment(remoteWriteUrl, region), ...environment },
    };
  }
}

class RemoteWrite extends ForwarderDestination {
  constructor(private readonly options: RemoteWriteOptions) {
    super();
  }

  bind(scope: Construct, grantee: iam.IGrantable): BoundDestination {
    const { url, secret, headers = {} } = this.options;
    const auth = this.options.auth ?? (secret === undefined ? RemoteWriteAuth.NONE : RemoteWriteAuth.BEARER);
    checkRemoteWriteUrl(scope, url);
    if (auth === RemoteWriteAuth.NONE && secret !== undefined) {
      throw invalid('a remote-write secret was given with auth "none"; use "bearer" or "basic"', scope);
    }
    if (auth !== RemoteWriteAuth.NONE && secret === undefined) {
      throw invalid(`remote-write auth "${auth}" needs a secret (context key "remoteWriteSecretArn")`, scope);
    }
    checkRemoteWriteHeaders(scope, headers);

    const environment: Record<string, string> = {
      [ENV.REMOTE_WRITE_URL]: url,
      [ENV.REMOTE_WRITE_AUTH]: auth,
    };
    if (secret !== undefined) {
      grantSecretValue(grantee, secret);
      environment[ENV.REMOTE_WRITE_SECRET_ARN] = secret.secretArn;
    }
    const headerList = formatHeaders(headers);
    if (headerList !== '') environment[ENV.REMOTE_WRITE_HEADERS] = headerList;
    return { remoteWriteUrl: url, environment };
  }
}

function sigv4Environment(remoteWriteUrl: string, region: string): Record<string, string> {
  return {
    [ENV.REMOTE_WRITE_URL]: remoteWriteUrl,
    [ENV.REMOTE_WRITE_AUTH]: 'sigv4',
    [ENV.REMOTE_WRITE_SIGV4_SERVICE]: APS,
    [ENV.REMOTE_WRITE_SIGV4_REGION]: region,
  };
}

/** AMP's remote-write endpoint for a workspace (AMP user guide, "RemoteWrite"). */
function ampRemoteWriteUrl(stack: Stack, region: string, workspaceId: string): string {
  return `https://aps-workspaces.${region}.${stack.urlSuffix}/workspaces/${workspaceId}/api/v1/remote_write`;
}
