/**
 * deliver() and deliverMetadata() with the configuration's defaults for the options a test does not set,
 * and a report's failure thrown, so tests read as "this delivery fails with that error".
 */
import { DEFAULT_MAX_BATCH_SIZE_BYTES, DEFAULT_MAX_CONCURRENT_SENDS } from '../../lambda/defaults.js';
import * as delivery from '../../lambda/delivery/deliver.js';
import type { DeliveryReport } from '../../lambda/delivery/report.js';
import type { Send } from '../../lambda/remote-write/send.js';
import type { PrwMetricMetadata, PrwTimeSeries } from '../../lambda/remote-write/types.js';

export type TestDeliveryOptions = Partial<delivery.DeliveryOptions> & { readonly deadline: number };

const withDefaults = (options: TestDeliveryOptions): delivery.DeliveryOptions => ({
  maxBatchSizeBytes: DEFAULT_MAX_BATCH_SIZE_BYTES,
  maxConcurrentSends: DEFAULT_MAX_CONCURRENT_SENDS,
  ...options,
});

const orThrow = (report: DeliveryReport): DeliveryReport => {
  if (report.failure !== undefined) throw report.failure;
  return report;
};

/** deliver(), throwing the report's failure. */
export async function deliver(
  series: readonly PrwTimeSeries[],
  send: Send,
  options: TestDeliveryOptions,
): Promise<DeliveryReport> {
  return orThrow(await delivery.deliver(series, send, withDefaults(options)));
}

/** deliverMetadata(), throwing the report's failure. */
export async function deliverMetadata(
  metadata: readonly PrwMetricMetadata[],
  send: Send,
  options: TestDeliveryOptions,
): Promise<DeliveryReport> {
  return orThrow(await delivery.deliverMetadata(metadata, send, withDefaults(options)));
}

/** The report itself, failure or not. */
export async function deliveryReport(
  series: readonly PrwTimeSeries[],
  send: Send,
  options: TestDeliveryOptions,
): Promise<DeliveryReport> {
  return delivery.deliver(series, send, withDefaults(options));
}
