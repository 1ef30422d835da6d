/** The CDK app `npx cdk synth|deploy` runs: context → stack, checked by cdk-nag's AwsSolutions pack. */
import { App, Validations, type AppProps } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import {
  checkContextKeys,
  forwarderPropsFromContext,
  stackSettingsFromContext,
  type ContextReader,
} from './context.js';
import { OtlpPrometheusForwarderStack } from './forwarder-stack.js';

/** The app and its one stack. */
export interface ForwarderApp {
  readonly app: App;
  readonly stack: OtlpPrometheusForwarderStack;
}

/**
 * Builds the app from its context (`-c key=value`, cdk.json, or `props.context` in tests).
 * @throws ForwarderConfigError on invalid context.
 */
export function createForwarderApp(props: AppProps = {}): ForwarderApp {
  const app = new App(props);
  checkContextKeys(Object.keys(app.node.getAllContext() as object));
  const read: ContextReader = (key) => app.node.tryGetContext(key) as unknown;
  const { stackName, env } = stackSettingsFromContext(read);
  const stack = new OtlpPrometheusForwarderStack(app, stackName, {
    ...(env === undefined ? {} : { env }),
    forwarder: (scope) => forwarderPropsFromContext(scope, read),
  });
  // Findings fail `cdk synth`; the accepted ones carry their reason in the template's Metadata too.
  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }),
  );
  return { app, stack };
}
