/** The init's warm-up request must go through the whole pipeline, or it warms nothing. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '../../lambda/config.js';
import { warmUp } from '../../lambda/edges/lambda/warm-up.js';

describe('the Lambda warm-up', () => {
  it('forwards its five points (one of every type), none rejected, with the default settings', async () => {
    assert.equal(await warmUp(loadConfig({ REMOTE_WRITE_URL: 'http://127.0.0.1:9/api/v1/write' })), 5);
  });
});
