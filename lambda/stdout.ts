/**
 * Whole lines to standard output, for the log and the EMF documents. Written straight to file descriptor 1
 * while that works: creating `process.stdout` loads Node's stream and tty/net machinery, ~4 ms of a cold
 * start on Node 24 (and ~10 ms of the bundle's import when its first act is to log a configuration error).
 * On Linux a write to a pipe or file through `process.stdout` is synchronous anyway, so the order and the
 * durability of lines do not change. Once fd 1 refuses (EAGAIN on a non-blocking pipe that is full, or any
 * other error), the rest of that line and every later one go through `process.stdout`, which queues and
 * handles those cases as before.
 */
import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';

// Required rather than imported: an ES import of node:fs builds its ES module facade, which reads every
// export, fs.promises included, and so loads the promise API (~3 ms on Node 24) that nothing here uses.
const { writeSync } = createRequire(import.meta.url)('node:fs') as typeof Fs;

const STDOUT_FD = 1;

let direct = true;

/** Writes `line` (which ends in a newline) to standard output. */
export function writeStdout(line: string): void {
  if (direct) {
    const bytes = Buffer.from(line, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(STDOUT_FD, bytes, written);
      return;
    } catch {
      direct = false;
      process.stdout.write(bytes.subarray(written));
      return;
    }
  }
  process.stdout.write(line);
}
