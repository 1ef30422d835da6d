/**
 * The CDK app shares constants and parsers with the function (one definition each) but must not load the
 * function's runtime: its dependencies (snappy's native binary, the AWS SDK) belong in the bundle only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url);

describe('infra/ imports from lambda/', () => {
  it('reaches only the dependency-free modules and none of the function’s runtime dependencies', async () => {
    const { metafile } = await build({
      absWorkingDir: ROOT.pathname,
      entryPoints: ['infra/app.ts', 'infra/index.ts'],
      bundle: true,
      write: false,
      outdir: 'out',
      platform: 'node',
      format: 'esm',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    const fromLambda = Object.keys(metafile.inputs)
      .filter((path) => path.startsWith('lambda/'))
      .sort();
    assert.deepEqual(fromLambda, [
      'lambda/constants.ts',
      'lambda/defaults.ts',
      'lambda/env-names.ts',
      'lambda/env.ts',
      'lambda/observe/emf-names.ts',
    ]);

    const { dependencies } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const packages = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
    for (const name of Object.keys(dependencies)) {
      assert.ok(!packages.some((p) => p === name || p.startsWith(`${name}/`)), `infra imports ${name}`);
    }
  });
});
