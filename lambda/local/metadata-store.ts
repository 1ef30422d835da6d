/** The metric metadata the embedded receiver got, bounded whatever clients send. */
import type { ReadMetadata } from './read-write-request.js';

/** Metadata entries kept, and characters of help kept per entry. */
const MAX_METADATA = 10_000;
const MAX_HELP_CHARS = 1024;
/** Longest metadata family name or unit kept. */
const MAX_NAME_CHARS = 256;

const cut = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** The latest metadata per family, the least recently updated dropped first beyond MAX_METADATA. */
export class MetadataStore {
  readonly entries = new Map<string, ReadMetadata>();

  add(m: ReadMetadata): void {
    if (m.family === '') return;
    // Every text cut: 10,000 families of megabyte names or units must not grow the process (at most
    // ~30 MiB of metadata).
    const family = cut(m.family, MAX_NAME_CHARS);
    this.entries.delete(family);
    this.entries.set(family, {
      ...m,
      family,
      help: cut(m.help, MAX_HELP_CHARS),
      unit: cut(m.unit, MAX_NAME_CHARS),
    });
    if (this.entries.size > MAX_METADATA) {
      const first = this.entries.keys().next();
      if (first.done !== true) this.entries.delete(first.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }
}
