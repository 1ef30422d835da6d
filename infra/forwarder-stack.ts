/** The deployable stack: one {@link OtlpPrometheusForwarder} and the outputs a user pastes into clients. */
import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { EndpointAuth, type OtlpPrometheusForwarderProps } from './forwarder-props.js';
import { OtlpPrometheusForwarder } from './otlp-prometheus-forwarder.js';

/** Props of {@link OtlpPrometheusForwarderStack}. */
export interface OtlpPrometheusForwarderStackProps extends StackProps {
  /**
   * The forwarder's props, or a function building them in the stack's scope (for imported resources).
   * @default - all defaults: new AMP workspace, bearer token, arm64
   */
  readonly forwarder?: OtlpPrometheusForwarderProps | ((stack: Stack) => OtlpPrometheusForwarderProps);
}

/** A stack holding the forwarder and its outputs. */
export class OtlpPrometheusForwarderStack extends Stack {
  /** The forwarder. */
  public readonly forwarder: OtlpPrometheusForwarder;

  constructor(scope: Construct, id: string, props: OtlpPrometheusForwarderStackProps = {}) {
    super(scope, id, {
      description: 'otlp-prom-forwarder: OTLP/HTTP metrics endpoint writing to Prometheus remote-write',
      ...props,
    });
    const forwarderProps =
      typeof props.forwarder === 'function' ? props.forwarder(this) : (props.forwarder ?? {});
    const forwarder = new OtlpPrometheusForwarder(this, 'Forwarder', forwarderProps);
    this.forwarder = forwarder;
    const url = forwarder.endpointUrl;

    new CfnOutput(this, 'EndpointUrl', { value: url, description: 'OTLP/HTTP metrics endpoint (POST)' });
    new CfnOutput(this, 'EndpointAuth', {
      value: forwarder.endpointAuth,
      description: 'How clients authenticate',
    });
    new CfnOutput(this, 'RemoteWriteUrl', {
      value: forwarder.remoteWriteUrl,
      description: 'Where the series go',
    });
    if (forwarder.workspaceId !== undefined) {
      new CfnOutput(this, 'WorkspaceId', {
        value: forwarder.workspaceId,
        description: 'AMP workspace receiving the series',
      });
    }

    const sdkBase = `OTEL_EXPORTER_OTLP_METRICS_ENDPOINT=${url} OTEL_EXPORTER_OTLP_METRICS_PROTOCOL=http/protobuf`;
    switch (forwarder.endpointAuth) {
      case EndpointAuth.TOKEN: {
        const secretArn = forwarder.endpointTokenSecret?.secretArn;
        if (secretArn === undefined) throw new Error('token auth without a token secret');
        const getToken = `aws secretsmanager get-secret-value --region ${Aws.REGION} --secret-id ${secretArn} --query SecretString --output text`;
        new CfnOutput(this, 'TokenSecretArn', {
          value: secretArn,
          description: 'Secret holding the bearer token',
        });
        new CfnOutput(this, 'TokenCommand', { value: getToken, description: 'Prints the bearer token' });
        new CfnOutput(this, 'OtelSdkEnvironment', {
          // %20: OTEL_EXPORTER_OTLP_HEADERS values are URL-encoded (OTel spec, "Specifying headers via environment variables").
          value: `export ${sdkBase} OTEL_EXPORTER_OTLP_HEADERS="Authorization=Bearer%20$(${getToken})"`,
          description: 'Paste into a shell to point an OpenTelemetry SDK at the endpoint',
        });
        new CfnOutput(this, 'CollectorExporter', {
          value: `exporters: {otlphttp/forwarder: {metrics_endpoint: "${url}", headers: {Authorization: "Bearer \${env:FORWARDER_TOKEN}"}}}`,
          description: 'Collector otlphttp exporter (set FORWARDER_TOKEN from TokenCommand)',
        });
        break;
      }
      case EndpointAuth.IAM:
        new CfnOutput(this, 'InvokeArn', {
          value: forwarder.invokeArn,
          description: 'Grant execute-api:Invoke on this to callers',
        });
        new CfnOutput(this, 'CollectorExporter', {
          value: `extensions: {sigv4auth: {region: ${Aws.REGION}, service: execute-api}}, exporters: {otlphttp/forwarder: {metrics_endpoint: "${url}", auth: {authenticator: sigv4auth}}}`,
          description:
            'Collector config: sigv4auth extension (add it to service.extensions) and otlphttp exporter',
        });
        break;
      case EndpointAuth.NONE:
        new CfnOutput(this, 'OtelSdkEnvironment', {
          value: `export ${sdkBase}`,
          description: 'Paste into a shell to point an OpenTelemetry SDK at the endpoint',
        });
        new CfnOutput(this, 'CollectorExporter', {
          value: `exporters: {otlphttp/forwarder: {metrics_endpoint: "${url}"}}`,
          description: 'Collector otlphttp exporter',
        });
        break;
    }
  }
}
