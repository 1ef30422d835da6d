/**
 * The Lambda edge's log lines go straight to fd 1 (lambda/edges/lambda/stdout.ts) until that fails.
 * Through a pipe the reader drains slowly, every line must arrive whole and in order, whether fd 1 is
 * blocking (nothing created process.stdout, as in the bundle on Lambda) or non-blocking (process.stdout
 * was created first, and the direct write hits EAGAIN once the pipe is full); with the reader gone, the
 * process must not crash. The children run plain node on the module bundled (tsx itself would make fd 1
 * non-blocking), and each reports fd 1's O_NONBLOCK flag so the premise is checked, not assumed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';

const LINES = 5000;
const O_NONBLOCK = 0o4000;

let dir = '';
let module = '';

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stdout-test-'));
  module = join(dir, 'stdout.mjs');
  await build({
    entryPoints: [new URL('../../lambda/edges/lambda/stdout.ts', import.meta.url).pathname],
    outfile: module,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
});

after(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  readonly out: string;
  readonly code: number | null;
  readonly err: string;
}

/** A child writing LINES lines of ~210 bytes; the parent reads nothing for 300 ms, then all (or closes). */
function runWriter(touchStdoutFirst: boolean, closeEarly = false): Promise<Run> {
  const code = `
    ${touchStdoutFirst ? 'process.stdout;' : ''}
    const { readFileSync } = await import('node:fs');
    const flags = parseInt(/flags:\\s*(\\d+)/.exec(readFileSync('/proc/self/fdinfo/1', 'utf8'))[1], 8);
    process.stderr.write('nonblocking=' + ((flags & ${O_NONBLOCK}) !== 0) + '\\n');
    const { writeStdout } = await import(${JSON.stringify(module)});
    for (let i = 0; i < ${LINES}; i++) writeStdout(JSON.stringify({ i, pad: 'x'.repeat(200) }) + '\\n');
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    // Not read at first: the pipe (64 KiB) fills long before the child's ~1 MiB is written.
    child.stdout.pause();
    setTimeout(() => (closeEarly ? child.stdout.destroy() : child.stdout.resume()), 300);
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (exitCode) => resolve({ out, code: exitCode, err }));
  });
}

function assertAllInOrder(out: string): void {
  const lines = out.split('\n');
  assert.equal(lines.pop(), '');
  assert.equal(lines.length, LINES);
  lines.forEach((line, i) => assert.equal((JSON.parse(line) as { i: number }).i, i));
}

describe('Lambda stdout lines', () => {
  it('arrive whole and in order through a full pipe when fd 1 is blocking', async () => {
    const { out, code, err } = await runWriter(false);
    assert.equal(code, 0, err);
    assert.match(err, /nonblocking=false/);
    assertAllInOrder(out);
  });

  it('arrive whole and in order through a full pipe once process.stdout made fd 1 non-blocking', async () => {
    const { out, code, err } = await runWriter(true);
    assert.equal(code, 0, err);
    assert.match(err, /nonblocking=true/);
    assertAllInOrder(out);
  });

  it('are dropped, without a crash, once the reader has gone', async () => {
    const { code, err } = await runWriter(false, true);
    assert.equal(code, 0, err);
  });
});
