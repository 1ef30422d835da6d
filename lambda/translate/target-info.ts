/**
 * The `target_info` series of a resource (the Collector's addResourceTargetInfo): value 1, one sample at
 * the resource's latest point timestamp, labelled with the resource attributes other than the ones that
 * already became `job` and `instance`.
 */
import type { Metric, Resource } from '../otlp/types.js';
import { mergeAttributes, toSortedLabels } from './attribute-labels.js';
import { dataPointsOf } from './data-points.js';
import type { TranslateOptions } from './options.js';
import {
  resourceIdentity,
  SERVICE_INSTANCE_ID,
  SERVICE_NAME,
  SERVICE_NAMESPACE,
} from './resource-identity.js';
import { insertLabels } from './series-labels.js';
import type { SeriesSet } from './series-set.js';
import { nanosToMillis } from './values.js';

const IDENTIFYING = new Set([SERVICE_NAME, SERVICE_NAMESPACE, SERVICE_INSTANCE_ID]);

/**
 * The latest point timestamp of a metric in milliseconds, at most `latestMs` (points stamped later are
 * refused, and target_info must not carry their time either); 0 when it has none.
 */
export function latestTimestampMs(metric: Metric, latestMs: number): number {
  let latest = 0;
  for (const p of dataPointsOf(metric)) {
    const t = nanosToMillis(p.timeUnixNano);
    if (t > latest && t <= latestMs) latest = t;
  }
  return latest;
}

/**
 * Adds the resource's target_info sample. Nothing is added when the resource has only identifying
 * attributes, when neither `job` nor `instance` results, when the timestamp is 0, or when the series
 * would carry more labels than the destination takes (it is no data point: nothing to count, and sent
 * it would make the destination refuse the good points beside it).
 */
export function addTargetInfo(
  resource: Resource | null | undefined,
  timestampMs: number,
  options: Pick<TranslateOptions, 'namespace' | 'externalLabels' | 'maxLabelsPerSeries'>,
  set: SeriesSet,
): void {
  const { namespace, externalLabels } = options;
  if (timestampMs === 0) return;
  const attributes = (resource?.attributes ?? []).filter((kv) => !IDENTIFYING.has(kv.key ?? ''));
  if (attributes.length === 0) return;
  const map = new Map<string, string>();
  if (!mergeAttributes(map, attributes)) return;
  const { job, instance } = resourceIdentity(resource);
  if (job !== undefined) map.set('job', job);
  if (instance !== undefined) map.set('instance', instance);
  for (const [name, value] of Object.entries(externalLabels)) if (!map.has(name)) map.set(name, value);
  if (!map.has('job') && !map.has('instance')) return;
  const name = namespace === '' ? 'target_info' : `${namespace}_target_info`;
  const labels = insertLabels(toSortedLabels(map), { name: '__name__', value: name });
  if (labels.length > options.maxLabelsPerSeries) return;
  set.addLooseSample(labels, {
    value: 1,
    timestamp: timestampMs,
  });
}
