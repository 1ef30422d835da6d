/**
 * The Collector's map-based merge of attributes into labels (createAttributes): keys sanitised in the order
 * of their original bytes, values of keys that sanitise to one name joined. target_info is built this way,
 * and so are the labels of a point whose keys collide after sanitising (point-labeler.ts).
 */
import type { KeyValue } from '../otlp/types.js';
import { labelName } from './label-name.js';
import type { Label } from './label-table.js';
import { anyValueToString, compareBytes } from './values.js';

/** Orders attributes by their original keys as Go compares them (UTF-8 bytes). */
export const byKey = (a: KeyValue, b: KeyValue): number => compareBytes(a.key ?? '', b.key ?? '');
const byName = (a: Label, b: Label): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Adds attributes to a label map in the order of their original keys; names that collide after
 * sanitising get their values joined with ';', and only when the value differs from what is there
 * (the Collector's rule since contrib#36928). `__name__` is never taken from an attribute.
 * @returns false when a key has no valid label name (the Collector drops such a point).
 */
export function mergeAttributes(map: Map<string, string>, attributes: readonly KeyValue[]): boolean {
  const sorted = isSortedByKey(attributes) ? attributes : [...attributes].sort(byKey);
  for (const kv of sorted) {
    const name = labelName(kv.key ?? '');
    if (name === '') return false;
    if (name === '__name__') continue;
    const value = anyValueToString(kv.value);
    const existing = map.get(name);
    map.set(name, existing === undefined || existing === value ? value : `${existing};${value}`);
  }
  return true;
}

function isSortedByKey(attributes: readonly KeyValue[]): boolean {
  let previous: KeyValue | undefined;
  for (const kv of attributes) {
    if (previous !== undefined && byKey(previous, kv) > 0) return false;
    previous = kv;
  }
  return true;
}

/**
 * A label map as a sorted label list. Empty values are left out: Prometheus treats an empty label as an
 * absent one, and remote-write 1.0 forbids sending them.
 */
export function toSortedLabels(map: ReadonlyMap<string, string>): Label[] {
  const labels: Label[] = [];
  for (const [name, value] of map) if (value !== '') labels.push({ name, value });
  return labels.length > 1 ? labels.sort(byName) : labels;
}
