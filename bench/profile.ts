/**
 * `npm run bench:profile`: the W1 protobuf pipeline in a loop under `node --cpu-prof`, then the top frames
 * by self time. Profiles go to the directory given as the first argument (default: a temp directory).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { topFrames } from './top-frames.js';

const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'prof-'));
const stage = process.argv[3] ?? 'total';
execFileSync(
  process.execPath,
  ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', 'bench/profile-child.ts', stage],
  { stdio: 'inherit' },
);
// tsx's loader thread writes a profile too; the main thread's is the largest.
const file = readdirSync(dir)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort((a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size)
  .at(-1);
if (!file) throw new Error(`no profile written to ${dir}`);
process.stdout.write(`${join(dir, file)}\n${topFrames(join(dir, file), 25)}\n`);
