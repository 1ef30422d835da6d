// `npm run build` (after the type check): bundles the Lambda handler with esbuild into dist/lambda/ (or the
// directory given as the first argument), with the settings infra/otlp-prometheus-forwarder.ts gives
// NodejsFunction (bundlingOptions): CommonJS index.js, minified, source maps, the AWS SDK's ES module builds,
// `snappy` external (the stack ships its native binary beside the bundle). Keep the two in step: the bench
// and test/lambda/bundle.test.ts measure and run this bundle as the one that is deployed.
import { build } from 'esbuild';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outdir = resolve(process.argv[2] ?? 'dist/lambda');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: ['lambda/handler.ts'],
  outfile: join(outdir, 'index.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  mainFields: ['module', 'main'],
  external: ['snappy'],
  logLevel: 'warning',
});
// The repository is "type": "module"; the asset says what its index.js is, as the stack's asset does.
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
console.log(
  `${join(outdir, 'index.js')}: ${(statSync(join(outdir, 'index.js')).size / 1024).toFixed(1)} KiB`,
);
