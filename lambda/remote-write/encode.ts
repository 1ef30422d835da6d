/**
 * Snappy block compression of remote-write 1.0 bodies (the WriteRequest's protobuf bytes come from
 * write-request.ts).
 */
import { createRequire } from 'node:module';
import type * as SnappyModule from 'snappy';
import { NativeModuleUnavailableError } from '../errors.js';

type Snappy = Pick<typeof SnappyModule, 'compressSync' | 'uncompressSync'>;

/** The loaded module, or why it could not be loaded; loaded on first use, once. */
let snappy: Snappy | NativeModuleUnavailableError | undefined;

/**
 * snappy, loaded on first use rather than imported: it is a native module, and a missing binary or one
 * built for another machine would otherwise throw while this module is imported, crashing the Lambda's
 * init (API Gateway then answers 500, which OTLP clients do not retry). The edges call this at start-up
 * to report the problem once; the outcome is cached, so compress() stays a variable read and a call.
 * @param throughLoader load through snappy's own napi-rs loader (config.snappyLibraryPath is set: that
 *   loader honours NAPI_RS_NATIVE_LIBRARY_PATH) rather than straight from the binary's package
 * @throws NativeModuleUnavailableError (502) when snappy or its binary cannot be loaded.
 */
export function loadSnappy(throughLoader = false): Snappy {
  if (snappy === undefined) {
    try {
      // createRequire, not require: this file is an ES module, and the bundle keeps `snappy` external
      // beside index.mjs (scripts/bundle.mjs, infra/bundling/).
      const require = createRequire(import.meta.url);
      const loaded = throughLoader ? (require('snappy') as Partial<Snappy>) : requireSnappy(require);
      if (typeof loaded.compressSync !== 'function' || typeof loaded.uncompressSync !== 'function') {
        throw new Error('the module has no compressSync/uncompressSync');
      }
      snappy = loaded as Snappy;
    } catch (err) {
      snappy = new NativeModuleUnavailableError(
        `snappy's native binary could not be loaded (${rootCause(err)}); remote-write needs it. ` +
          `Install the binary for this machine (${binaryPackage()}): run npm ci where the forwarder runs; ` +
          `on Lambda, redeploy so the asset carries @napi-rs/snappy-linux-<arm64|x64>-gnu for the function's architecture`,
        { cause: err, retryAfterSeconds: 60 },
      );
    }
  }
  if (snappy instanceof NativeModuleUnavailableError) throw snappy;
  return snappy;
}

/**
 * The binary's own package first (`@napi-rs/snappy-linux-x64-gnu`, what the stack ships for the function's
 * architecture): 3 ms to load on Node 24 against 12-13 ms through `snappy`'s entry point, whose napi-rs
 * loader probes for musl (reading /usr/bin/ldd, else process.report, else spawning `ldd`) and whose
 * wrapper loads Node's streams for APIs we do not use. `snappy` itself where that package is missing:
 * musl, other platforms, a binary inside the snappy package.
 */
function requireSnappy(require: NodeJS.Require): Partial<Snappy> {
  try {
    return require(binaryPackage()) as Partial<Snappy>;
  } catch (direct) {
    try {
      return require('snappy') as Partial<Snappy>;
    } catch (fallback) {
      // A binary that is there but does not load (another machine's, a libc too old) says why itself;
      // snappy's loader would only report the files it could not find.
      throw (direct as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' ? fallback : direct;
    }
  }
}

/** The first failure in napi-rs's chain of load errors (the later ones are its fallbacks). */
function rootCause(err: unknown): string {
  let current = err;
  for (let depth = 0; depth < 10 && current instanceof Error && current.cause instanceof Error; depth++)
    current = current.cause;
  // The first line: Node appends a multi-line require stack to module-not-found messages.
  return (current instanceof Error ? current.message : String(current)).split('\n', 1)[0] ?? '';
}

function binaryPackage(): string {
  const libc = process.platform === 'linux' ? '-gnu' : '';
  return `@napi-rs/snappy-${process.platform}-${process.arch}${libc}`;
}

/**
 * Snappy block format, as remote-write requires (not the framed/stream format).
 * @throws NativeModuleUnavailableError when snappy cannot be loaded.
 */
export function compress(bytes: Uint8Array): Buffer {
  return loadSnappy().compressSync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/**
 * The inverse of {@link compress}, for receivers.
 * @throws NativeModuleUnavailableError when snappy cannot be loaded.
 */
export function decompress(bytes: Uint8Array): Buffer {
  return loadSnappy().uncompressSync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    asBuffer: true,
  }) as Buffer;
}
