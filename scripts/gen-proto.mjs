// Generates static protobufjs code from proto/*.proto into proto/generated/ (or the directory given as
// the first argument, which the staleness test uses). Run with `npm run proto`; never edit the output.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'proto', 'generated'));
const bin = (name) => join(root, 'node_modules', '.bin', name);

const protos = [
  'opentelemetry/proto/collector/metrics/v1/metrics_service.proto',
  'google/rpc/status.proto',
  'prometheus/remote.proto',
];

mkdirSync(outDir, { recursive: true });
const pbjs = (out, extra) =>
  execFileSync(
    bin('pbjs'),
    [
      '--target',
      'static-module',
      '--wrap',
      'es6',
      // Node's ESM resolver needs the file extension: protobufjs has no subpath exports for it.
      '--dependency',
      'protobufjs/minimal.js',
      '--path',
      join(root, 'proto'),
      '--no-service',
      '--no-delimited',
      '--no-verify',
      '--no-typeurl',
      '--no-beautify',
      ...extra,
      '--out',
      out,
      ...protos,
    ],
    { cwd: join(root, 'proto'), stdio: 'inherit' },
  );

// pbts reads the JSDoc of the commented build; the committed code is the lean one without comments.
const tmp = mkdtempSync(join(tmpdir(), 'gen-proto-'));
try {
  const commented = join(tmp, 'protos.js');
  pbjs(commented, []);
  execFileSync(bin('pbts'), ['--no-comments', '--out', join(outDir, 'protos.d.ts'), commented], {
    stdio: 'inherit',
  });
  pbjs(join(outDir, 'protos.js'), ['--no-comments']);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
