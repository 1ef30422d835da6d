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
export { ForwarderDashboard } from './forwarder-dashboard.js';
export type { ForwarderDashboardProps } from './forwarder-dashboard.js';
export { EndpointAuth, ExponentialHistograms } from './forwarder-props.js';
export type { OtlpPrometheusForwarderProps } from './forwarder-props.js';
export { ForwarderQueries } from './forwarder-queries.js';
export type { ForwarderQueriesProps } from './forwarder-queries.js';
export { OtlpPrometheusForwarderStack } from './forwarder-stack.js';
export type { OtlpPrometheusForwarderStackProps } from './forwarder-stack.js';
export { OtlpPrometheusForwarder } from './otlp-prometheus-forwarder.js';
