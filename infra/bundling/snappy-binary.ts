/**
 * Puts `snappy` and its native binary for the Lambda's architecture into a bundled asset.
 *
 * esbuild cannot bundle a `.node` file, and `npm install` on the build machine would fetch the binary for
 * the build machine (x64 here, arm64 on a Mac), not for the function. So the asset gets `snappy`'s
 * JavaScript copied from the project and the `@napi-rs/snappy-linux-<arch>-gnu` package fetched with
 * `npm pack` at the version and integrity recorded in package-lock.json, then checked to be an ELF file
 * for the right machine. Lambda runs Amazon Linux (glibc), hence `-gnu`.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';

/** Lambda's two architectures, as Node.js names them (`process.arch`). */
export type LambdaCpu = 'arm64' | 'x64';

/** ELF `e_machine` values (System V ABI): what a `.node` binary was compiled for. */
export const ELF_MACHINE: Readonly<Record<LambdaCpu, number>> = { arm64: 0xb7, x64: 0x3e };

/** The npm package holding snappy's native binary for Linux/glibc on `cpu`. */
export function snappyBinaryPackage(cpu: LambdaCpu): string {
  return `@napi-rs/snappy-linux-${cpu}-gnu`;
}

interface LockedPackage {
  readonly version: string;
  readonly integrity: string;
}

/**
 * A package's version and integrity as package-lock.json records them.
 * @throws Error when the lock file does not list it (run `npm install` to refresh the lock).
 */
export function lockedPackage(projectRoot: string, name: string): LockedPackage {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages?: Record<string, { version?: string; integrity?: string }>;
  };
  const entry = lock.packages?.[`node_modules/${name}`];
  if (entry?.version === undefined || entry.integrity === undefined) {
    throw new Error(`package-lock.json has no version and integrity for ${name}; run npm install`);
  }
  return { version: entry.version, integrity: entry.integrity };
}

/**
 * The ELF `e_machine` of a binary, or undefined when it is not a little-endian ELF file.
 */
export function elfMachine(bytes: Uint8Array): number | undefined {
  const isElf = bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
  // EI_DATA 1 = little-endian, the only byte order Lambda's CPUs use.
  if (!isElf || bytes[5] !== 1 || bytes.length < 20) return undefined;
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(18, true);
}

/**
 * Copies `snappy` and the native binary for `cpu` into `<assetDir>/node_modules`.
 * @throws Error when the binary cannot be fetched, fails its integrity check or is for another machine.
 */
export function installSnappy(assetDir: string, cpu: LambdaCpu, projectRoot: string): void {
  const modules = join(assetDir, 'node_modules');
  const snappy = lockedPackage(projectRoot, 'snappy');
  const installed = JSON.parse(
    readFileSync(join(projectRoot, 'node_modules/snappy/package.json'), 'utf8'),
  ) as {
    version: string;
  };
  if (installed.version !== snappy.version) {
    throw new Error(
      `node_modules has snappy ${installed.version} but the lock file says ${snappy.version}; run npm ci`,
    );
  }
  cpSync(join(projectRoot, 'node_modules/snappy'), join(modules, 'snappy'), { recursive: true });

  const name = snappyBinaryPackage(cpu);
  const locked = lockedPackage(projectRoot, name);
  // snappy refuses a binary whose version differs from its own only when asked to; we refuse always.
  if (locked.version !== snappy.version) {
    throw new Error(`${name}@${locked.version} does not match snappy@${snappy.version} in package-lock.json`);
  }
  const tarball = fetchTarball(name, locked, join(projectRoot, 'node_modules/.cache/otlp-prom-forwarder'));
  const target = join(modules, name);
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);

  const binaries = readdirSync(target).filter((f) => f.endsWith('.node'));
  const [binary] = binaries;
  if (binary === undefined || binaries.length !== 1) {
    throw new Error(`${name} should hold one .node file, found ${binaries.join(', ') || 'none'}`);
  }
  const machine = elfMachine(readFileSync(join(target, binary)));
  if (machine !== ELF_MACHINE[cpu]) {
    throw new Error(
      `${name}/${binary} has ELF machine ${String(machine)}, expected ${ELF_MACHINE[cpu]} for ${cpu}`,
    );
  }
}

/**
 * The package tarball in the cache directory, fetched with `npm pack` (so .npmrc registries, proxies and
 * npm's own cache apply) when it is missing, and checked against the lock file's sha512 either way.
 */
function fetchTarball(name: string, locked: LockedPackage, cacheDir: string): string {
  const file = join(cacheDir, `${name.replace('@', '').replace('/', '-')}-${locked.version}.tgz`);
  if (!existsSync(file) || !matchesIntegrity(file, locked.integrity)) {
    mkdirSync(cacheDir, { recursive: true });
    const staging = mkdtempSync(join(cacheDir, 'pack-'));
    try {
      const out = execFileSync(
        'npm',
        [
          'pack',
          `${name}@${locked.version}`,
          '--pack-destination',
          staging,
          '--json',
          '--prefer-offline',
          '--silent',
        ],
        { encoding: 'utf8', shell: process.platform === 'win32', stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const [packed] = JSON.parse(out) as { filename: string }[];
      if (packed === undefined) throw new Error(`npm pack ${name}@${locked.version} reported no file`);
      renameSync(join(staging, packed.filename), file);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    if (!matchesIntegrity(file, locked.integrity)) {
      rmSync(file, { force: true });
      throw new Error(
        `${name}@${locked.version} from the registry does not match package-lock.json's integrity`,
      );
    }
  }
  return file;
}

function matchesIntegrity(file: string, integrity: string): boolean {
  const [algorithm, expected] = integrity.split('-', 2) as [string, string | undefined];
  if (algorithm !== 'sha512' || expected === undefined) throw new Error(`unsupported integrity ${integrity}`);
  return createHash('sha512').update(readFileSync(file)).digest('base64') === expected;
}
