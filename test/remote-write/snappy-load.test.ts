/**
 * Loading snappy's native binary in the bundle, beside a node_modules laid out as the stack's asset is:
 * a binary that is present but broken must be reported by its own load error (what the operator can act
 * on), not by the "cannot find module" of snappy's loader, which tries it next. Linux with glibc only:
 * elsewhere the binary's package has another name and snappy's own loader is the path.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const glibc =
  process.platform === 'linux' &&
  (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
    ?.glibcVersionRuntime !== undefined;
const BINARY_PACKAGE = `@napi-rs/snappy-linux-${process.arch}-gnu`;

describe('snappy in the bundle', { skip: !glibc && 'not Linux with glibc' }, () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'snappy-load-'));
    execFileSync(process.execPath, ['scripts/bundle.mjs', dir], { stdio: 'ignore' });
    cpSync('node_modules/snappy', join(dir, 'node_modules/snappy'), { recursive: true });
    const broken = join(dir, 'node_modules', BINARY_PACKAGE);
    mkdirSync(broken, { recursive: true });
    writeFileSync(
      join(broken, 'package.json'),
      JSON.stringify({ name: BINARY_PACKAGE, main: 'snappy.node' }),
    );
    writeFileSync(join(broken, 'snappy.node'), 'not an ELF file');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a broken binary by its own load error, and init answers 502 rather than crashing', () => {
    const run = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(join(dir, 'index.mjs'))})`],
      {
        env: {
          PATH: process.env.PATH,
          REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write',
          ENDPOINT_AUTH: 'none',
        },
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stderr);
    const line = run.stdout.split('\n').find((l) => l.includes('native module unavailable')) ?? '';
    const { error } = JSON.parse(line) as { error: string };
    assert.match(error, /snappy\.node/);
    assert.match(error, /invalid ELF header|file too short/);
    assert.doesNotMatch(error, /Cannot find module/);
  });
});
