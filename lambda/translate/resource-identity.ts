/** What identifies the resource a point came from: its `job` and `instance` (the Collector's createAttributes). */
import type { Resource } from '../otlp/types.js';
import { anyValueToString } from './values.js';

/** The resource attributes `job` and `instance` are made of (OTel semantic conventions). */
export const SERVICE_NAME = 'service.name';
export const SERVICE_NAMESPACE = 'service.namespace';
export const SERVICE_INSTANCE_ID = 'service.instance.id';

/** `job` (service.namespace/service.name, or service.name) and `instance` (service.instance.id). */
export function resourceIdentity(resource: Resource | null | undefined): { job?: string; instance?: string } {
  let name: string | undefined;
  let namespace: string | undefined;
  let instance: string | undefined;
  for (const kv of resource?.attributes ?? []) {
    if (kv.key === SERVICE_NAME) name = anyValueToString(kv.value);
    else if (kv.key === SERVICE_NAMESPACE) namespace = anyValueToString(kv.value);
    else if (kv.key === SERVICE_INSTANCE_ID) instance = anyValueToString(kv.value);
  }
  const job = name === undefined ? undefined : namespace === undefined ? name : `${namespace}/${name}`;
  return { ...(job === undefined ? {} : { job }), ...(instance === undefined ? {} : { instance }) };
}
