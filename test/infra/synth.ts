/**
 * Synthesizes the forwarder app the way `npx cdk synth -c key=value` does, into a temporary directory.
 * Without `bundle`, CDK skips esbuild (`aws:cdk:bundling-stacks` empty) so template tests stay fast.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createForwarderApp } from '../../infra/forwarder-app.js';
import type { OtlpPrometheusForwarderStack } from '../../infra/forwarder-stack.js';

export interface Synthesized {
  readonly app: App;
  readonly stack: OtlpPrometheusForwarderStack;
  /** Synthesizing runs cdk-nag: a finding throws before this exists. */
  readonly template: Template;
  readonly outdir: string;
  /** Removes the cloud assembly. */
  cleanup(): void;
}

/** Context values as `-c key=value` passes them: strings. */
export type CliContext = Readonly<Record<string, string>>;

export function synth(context: CliContext = {}, options: { bundle?: boolean } = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'forwarder-cdk-'));
  try {
    const { app, stack } = createForwarderApp({
      outdir,
      context: { ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }), ...context },
    });
    const template = Template.fromStack(stack);
    return {
      app,
      stack,
      template,
      outdir,
      cleanup: () => {
        rmSync(outdir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(outdir, { recursive: true, force: true });
    throw err;
  }
}

/** The function's environment variables in a template. */
export function functionEnvironment(template: Template): Record<string, unknown> {
  const functions = Object.values(template.findResources('AWS::Lambda::Function'));
  if (functions.length !== 1) throw new Error(`expected one function, found ${functions.length}`);
  const props = functions[0]!.Properties as { Environment: { Variables: Record<string, unknown> } };
  return props.Environment.Variables;
}

/** The statements of the function role's policy. */
export function policyStatements(
  template: Template,
): { Action: unknown; Effect: string; Resource: unknown }[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy'));
  if (policies.length !== 1) throw new Error(`expected one policy, found ${policies.length}`);
  const doc = (policies[0]!.Properties as { PolicyDocument: { Statement: [] } }).PolicyDocument;
  return doc.Statement;
}

/** The logical ID of the only resource of a type. */
export function logicalId(template: Template, type: string): string {
  const ids = Object.keys(template.findResources(type));
  if (ids.length !== 1) throw new Error(`expected one ${type}, found ${ids.length}`);
  return ids[0]!;
}
