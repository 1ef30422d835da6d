/**
 * A real Prometheus with the local forwarder writing to it, started before a suite's tests and stopped
 * after them: the set-up the hostile tests that look at what was stored share.
 */
import { after, before } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { startPrometheus, type Prometheus } from '../support/prometheus.js';

export interface PrometheusForwarder {
  readonly prometheus: Prometheus;
  readonly forwarder: RunningForwarder;
}

/**
 * Registers the suite's before/after hooks; the returned object's fields are set once `before` ran.
 * @example const env = withPrometheusForwarder({ features: ['native-histograms'] });
 */
export function withPrometheusForwarder(
  options: { features?: readonly string[]; env?: Record<string, string> } = {},
): PrometheusForwarder {
  const running = {} as { prometheus: Prometheus; forwarder: RunningForwarder };
  before(async () => {
    running.prometheus = await startPrometheus(options.features ? { features: options.features } : {});
    running.forwarder = await startForwarder({
      REMOTE_WRITE_URL: running.prometheus.remoteWriteUrl,
      ...options.env,
    });
  });
  after(async () => {
    await running.forwarder.stop();
    await running.prometheus.stop({ removeData: true });
  });
  return running;
}
