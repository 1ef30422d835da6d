/**
 * The function's `afterBundling` hook, run on the build machine once esbuild has written `index.js`:
 * `tsx finish-asset.ts <assetDir> <arm64|x64> <projectRoot>`.
 *
 * 1. A package.json saying `"type": "commonjs"`: the bundle is CommonJS, and without it Node.js would
 *    read `index.js` as an ES module wherever an enclosing package.json says `"type": "module"` (this
 *    repository's does, so `cdk.out/asset.*` would break when loaded in place).
 * 2. snappy and its native binary for the function's architecture (see snappy-binary.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { installSnappy, type LambdaCpu } from './snappy-binary.js';

const [assetDir, cpu, projectRoot] = process.argv.slice(2);
if (assetDir === undefined || (cpu !== 'arm64' && cpu !== 'x64') || projectRoot === undefined) {
  process.stderr.write('usage: finish-asset.ts <assetDir> <arm64|x64> <projectRoot>\n');
  process.exit(2);
}
writeFileSync(
  join(assetDir, 'package.json'),
  `${JSON.stringify({ name: 'otlp-prom-forwarder-function', private: true, type: 'commonjs' }, null, 2)}\n`,
);
installSnappy(assetDir, cpu satisfies LambdaCpu, projectRoot);
