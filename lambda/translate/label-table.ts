/**
 * Interned labels for one translation: each distinct (name, value) pair becomes one `Label` object with
 * its hash computed once. Points repeat the same few names and values thousands of times; with interning a
 * series' key is a sum of precomputed hashes instead of a hash over every character of every label.
 */

/** A label with both fields present. */
export interface Label {
  name: string;
  value: string;
}

/** An interned label and its {@link labelHash}. */
export interface HashedLabel {
  readonly label: Label;
  readonly hash: number;
}

/**
 * FNV-1a over the name, a separator that cannot occur in a label name, and the value, then murmur3's
 * finaliser so that every bit depends on every input bit: label set hashes are sums of these, and sums of
 * well-mixed values collide as rarely as one hash over everything.
 */
export function labelHash(name: string, value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ 0xff, 0x01000193);
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * The hash of a label set: the sum (mod 2^32) of its labels' hashes, so that the hash of a set grown by one
 * label is one addition away. Equal sets hash equally; SeriesSet compares the labels on equal hashes.
 */
export function hashLabels(labels: readonly Label[]): number {
  let h = 0;
  for (const l of labels) h = (h + labelHash(l.name, l.value)) | 0;
  return h;
}

/** The interned labels of one translation. */
export class LabelTable {
  private readonly byName = new Map<string, Map<string, HashedLabel>>();

  /** The labels named `name`, by value (for callers that look up many values of one name). */
  values(name: string): Map<string, HashedLabel> {
    let values = this.byName.get(name);
    if (values === undefined) {
      values = new Map();
      this.byName.set(name, values);
    }
    return values;
  }

  /** The interned label `name="value"`. */
  get(name: string, value: string): HashedLabel {
    return valueOf(this.values(name), name, value);
  }
}

/** The interned label for `value` among the labels named `name`. */
export function valueOf(values: Map<string, HashedLabel>, name: string, value: string): HashedLabel {
  let hashed = values.get(value);
  if (hashed === undefined) {
    hashed = { label: { name, value }, hash: labelHash(name, value) };
    values.set(value, hashed);
  }
  return hashed;
}
