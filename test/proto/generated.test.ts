/** `npm run proto` must leave no diff: the committed generated code matches the .proto files. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';

it('proto/generated is up to date with proto/*.proto', () => {
  const dir = mkdtempSync(join(tmpdir(), 'proto-check-'));
  try {
    execFileSync(process.execPath, ['scripts/gen-proto.mjs', dir], { stdio: 'pipe' });
    for (const file of ['protos.js', 'protos.d.ts']) {
      const fresh = readFileSync(join(dir, file), 'utf8');
      const committed = readFileSync(join('proto', 'generated', file), 'utf8');
      assert.ok(fresh === committed, `proto/generated/${file} is stale: run npm run proto`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
