/**
 * Log lines go straight to fd 1 (lambda/stdout.ts) until that fails: through a pipe the reader drains
 * slowly, every line must arrive whole and in order, whether fd 1 is blocking (nothing touched
 * process.stdout) or non-blocking (process.stdout was created first, as a runtime may, and the direct
 * write hits EAGAIN once the pipe is full).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';

const STDOUT_MODULE = new URL('../lambda/stdout.ts', import.meta.url).href;
const LINES = 5000;

function runWriter(touchStdoutFirst: boolean): Promise<{ out: string; code: number | null; err: string }> {
  const code = `
    ${touchStdoutFirst ? 'process.stdout;' : ''}
    const { writeStdout } = await import(${JSON.stringify(STDOUT_MODULE)});
    for (let i = 0; i < ${LINES}; i++) writeStdout(JSON.stringify({ i, pad: 'x'.repeat(200) }) + '\\n');
  `;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    // Not read at first: the pipe (64 KiB) fills long before the child's ~1 MiB is written.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 300);
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

describe('stdout lines', () => {
  it('arrive whole and in order through a full pipe when fd 1 is blocking', async () => {
    const { out, code, err } = await runWriter(false);
    assert.equal(code, 0, err);
    assertAllInOrder(out);
  });

  it('arrive whole and in order through a full pipe once process.stdout made fd 1 non-blocking', async () => {
    const { out, code, err } = await runWriter(true);
    assert.equal(code, 0, err);
    assertAllInOrder(out);
  });
});
