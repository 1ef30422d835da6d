/**
 * The Lambda edge's log and EMF lines, written to file descriptor 1 with a synchronous write rather than
 * through `process.stdout`: creating that stream loads Node's stream and net machinery, ~4 ms of a cold
 * start on Node 24 (~10 ms of the bundle's import when its first act is to log a configuration error).
 *
 * Synchronous on purpose, as the Lambda runtime interface client itself writes console output to its
 * telemetry descriptor: a line is out before the invocation's answer, and a reader that stops reading
 * makes the function wait rather than buffer without bound. That trade suits Lambda, whose log agent
 * drains the pipe; the local server keeps Node's asynchronous `process.stdout` (see log.ts), where a slow
 * terminal or log collector must not stall requests.
 *
 * Once fd 1 refuses with EAGAIN (it is non-blocking when something created `process.stdout` first), the
 * rest of that line and every later one go through `process.stdout`, which queues them. When standard
 * output is gone (EPIPE; ECONNRESET when it is a socket, as Node's child processes get; EBADF), lines are
 * dropped: there is nowhere to write them, and the stream would turn the same error into an unhandled
 * 'error' event that ends the process.
 */
import type * as Fs from 'node:fs';
import { createRequire } from 'node:module';

// Required rather than imported: an ES import of node:fs builds its ES module facade, which reads every
// export, fs.promises included, and so loads the promise API (~3 ms on Node 24) that nothing here uses.
const { writeSync } = createRequire(import.meta.url)('node:fs') as typeof Fs;

const STDOUT_FD = 1;

let mode: 'direct' | 'stream' | 'closed' = 'direct';

/** Writes `line` (which ends in a newline) to standard output. */
export function writeStdout(line: string): void {
  if (mode === 'stream') {
    process.stdout.write(line);
    return;
  }
  if (mode === 'closed') return;
  const bytes = Buffer.from(line, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(STDOUT_FD, bytes, written);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EPIPE' || code === 'ECONNRESET' || code === 'EBADF') {
      mode = 'closed';
      return;
    }
    mode = 'stream';
    process.stdout.write(bytes.subarray(written));
  }
}
