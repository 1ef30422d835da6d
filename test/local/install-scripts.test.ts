/**
 * npm 11.16+ warns about dependencies' install scripts that `allowScripts` does not cover, and npm 12
 * skips them. Ours are denied on purpose: esbuild's postinstall only swaps its JS launcher for the binary
 * of `@esbuild/<platform>`, an optional dependency that works without it; the nested protobufjs 7's
 * (under prometheus-remote-write, the bench's peer) only checks CLI versions.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface LockPackage {
  readonly version?: string;
  readonly hasInstallScript?: boolean;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockPackage>;
};

describe('install scripts', () => {
  it('has every dependency with an install script covered by allowScripts (no npm warning)', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript === true)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    assert.ok(withScripts.length > 0);
    for (const name of withScripts)
      assert.ok(name in (pkg.allowScripts ?? {}), `${name} not in allowScripts`);
  });

  // Without the postinstall bin/esbuild is a node script finding @esbuild/<platform>; with it, the binary.
  it('runs esbuild, its CLI and its API', () => {
    const cli = spawnSync('node_modules/.bin/esbuild', ['--version'], { encoding: 'utf8' });
    assert.equal(cli.status, 0, cli.stderr);
    const api = spawnSync(
      process.execPath,
      [
        '-e',
        "process.stdout.write(require('esbuild').transformSync('let a: number = 1', { loader: 'ts' }).code)",
      ],
      { encoding: 'utf8' },
    );
    assert.equal(api.stdout, 'let a = 1;\n', api.stderr);
  });
});
