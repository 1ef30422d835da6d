/**
 * The forwarder for other CDK apps.
 *
 * @example
 * import { OtlpPrometheusForwarder, ForwarderDestination } from 'otlp-prom-forwarder/infra/index.js';
 * new OtlpPrometheusForwarder(this, 'Metrics', { destination: ForwarderDestination.existingWorkspace('ws-...') });
 */
export { ForwarderDestination, RemoteWriteAuth } from './destination.js';
export type {
  BoundDestination,
  ExistingWorkspaceOptions,
  NewWorkspaceOptions,
  RemoteWriteOptions,
} from './destination.js';
export { ForwarderConfigError } from './errors.js';
export { ForwarderAlarms } from './forwarder-alarms.js';
export type { ForwarderAlarmsProps } from './forwarder-alarms.js';
export { EndpointAuth, ExponentialHistograms } from './forwarder-props.js';
export type { OtlpPrometheusForwarderProps } from './forwarder-props.js';
export { OtlpPrometheusForwarderStack } from './forwarder-stack.js';
export type { OtlpPrometheusForwarderStackProps } from './forwarder-stack.js';
export { OtlpPrometheusForwarder } from './otlp-prometheus-forwarder.js';
