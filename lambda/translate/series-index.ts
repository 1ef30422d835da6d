/**
 * Series looked up by their label set without allocating: keyed by a hash of the labels (label-table.ts),
 * equal hashes of different label sets told apart by comparing the labels. Hashes are 32 bits and a client
 * chooses the labels, so a bucket that grows past a few entries becomes a Map keyed by the labels
 * themselves: many label sets with one hash must not make each add O(n).
 */
import type { Label } from './label-table.js';

/** What the index holds: anything that carries a series' labels. */
export interface Indexed {
  readonly series: { readonly labels: readonly Label[] };
}

/** A bucket of the hash map: one entry, a few, or (when a client sends colliding hashes) a Map by key. */
type Bucket<E> = E | E[] | Map<string, E>;
/** Past this many entries in one bucket, lookups switch from scanning to a Map keyed by the labels. */
const MAX_BUCKET_SCAN = 8;

/** Entries by label set. */
export class SeriesIndex<E extends Indexed> {
  private readonly byHash = new Map<number, Bucket<E>>();

  /** The entry of these labels (whose hash is `hash`), if any. */
  find(labels: readonly Label[], hash: number): E | undefined {
    const found = this.byHash.get(hash);
    if (found === undefined) return undefined;
    if (found instanceof Map) return found.get(labelsKey(labels));
    if (!Array.isArray(found)) return sameLabels(found.series.labels, labels) ? found : undefined;
    for (const candidate of found) if (sameLabels(candidate.series.labels, labels)) return candidate;
    return undefined;
  }

  /** Adds the entry of labels not in the index yet. */
  add(labels: readonly Label[], hash: number, entry: E): void {
    const found = this.byHash.get(hash);
    if (found === undefined) this.byHash.set(hash, entry);
    else if (found instanceof Map) found.set(labelsKey(labels), entry);
    else if (!Array.isArray(found)) this.byHash.set(hash, [found, entry]);
    else if (found.length < MAX_BUCKET_SCAN) found.push(entry);
    else {
      // Many label sets with one hash: a client chose them. Scanning would make each add O(n).
      const byKey = new Map<string, E>();
      for (const e of found) byKey.set(labelsKey(e.series.labels), e);
      byKey.set(labelsKey(labels), entry);
      this.byHash.set(hash, byKey);
    }
  }
}

/** A label set as a string no other label set has (JSON of the pairs is unambiguous for any strings). */
function labelsKey(labels: readonly Label[]): string {
  return JSON.stringify(labels.map((l) => [l.name, l.value]));
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue; // interned
    if (x === undefined || y === undefined || x.name !== y.name || x.value !== y.value) return false;
  }
  return true;
}
