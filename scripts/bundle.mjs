// `npm run build` (after the type check): bundles the Lambda handler with esbuild into dist/lambda/ (or the
// directory given as the first argument), with the settings infra/forwarder-function.ts gives
// NodejsFunction (bundlingOptions): an ES module index.mjs, minified, source maps,
// packages' ES module builds first, `snappy` external (the stack ships its native binary beside the
// bundle). Keep the two in step: the bench and test/lambda/bundle.test.ts measure and run this bundle as
// the one that is deployed.
import { build } from 'esbuild';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outdir = resolve(process.argv[2] ?? 'dist/lambda');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: ['lambda/handler.ts'],
  outfile: join(outdir, 'index.mjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  external: ['snappy'],
  logLevel: 'warning',
});
// As the stack's asset does.
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
console.log(
  `${join(outdir, 'index.mjs')}: ${(statSync(join(outdir, 'index.mjs')).size / 1024).toFixed(1)} KiB`,
);
