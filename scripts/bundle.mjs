// `npm run build`: bundles the Lambda handler (and the local server) with esbuild into dist/, minified
// with source maps, the way the CDK stack does; `snappy` stays external (a native module shipped beside).
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';

const entries = [
  { in: 'lambda/handler.ts', out: 'lambda/index' },
  { in: 'lambda/local/main.ts', out: 'local/server' },
].filter((e) => existsSync(e.in));

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  minify: true,
  sourcemap: true,
  external: ['snappy'],
  // Some AWS SDK dependencies are CommonJS and call require(); give ESM output a require.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
});
for (const e of entries) {
  const file = `dist/${e.out}.mjs`;
  console.log(`${file}: ${(statSync(file).size / 1024).toFixed(1)} KiB`);
}
