// Runs every test/**/*.test.ts with node:test through tsx. `npm test -- <filter>` runs files whose path
// contains <filter>.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.test.ts')) files.push(relative(process.cwd(), path));
  }
};
walk('test');
const selected = files.sort().filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)));
if (selected.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    // A hung test fails on its own instead of stalling the run (the slowest, CDK synth with bundling, take ~40 s).
    '--test-timeout=240000',
    ...selected,
  ],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
