/**
 * The function's `afterBundling` hook, run on the build machine once esbuild has written `index.mjs`:
 * `tsx finish-asset.ts <assetDir> <arm64|x64> <projectRoot>`.
 *
 * 1. A package.json saying `"type": "module"`, matching the bundle (an ES module, `index.mjs`), so the
 *    asset reads the same wherever it is unpacked.
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
  `${JSON.stringify({ name: 'otlp-prom-forwarder-function', private: true, type: 'module' }, null, 2)}\n`,
);
installSnappy(assetDir, cpu satisfies LambdaCpu, projectRoot);
