/** `npx cdk synth` with bad context prints the message alone, no stack trace, and exits 1. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

// What the CDK CLI does with `-c key=value`: it runs cdk.json's app with the context in CDK_CONTEXT_JSON.
const runApp = (context: Record<string, unknown>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
    env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context) },
    encoding: 'utf8',
  });

describe('infra/app.ts with invalid context', () => {
  for (const [name, context, message] of [
    ['an unknown key', { workspce: 'ws-1' }, /^unknown context key "workspce"; the app reads stackName, /],
    ['a malformed value', { memorySizeMiB: 'lots' }, /^context "memorySizeMiB" = "lots" is invalid;/],
  ] as const) {
    it(`prints only the message for ${name} and exits 1`, () => {
      const run = runApp(context);
      assert.equal(run.status, 1);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /^\s+at /m);
    });
  }
});
