/** Entry point of `npx cdk` (cdk.json: `npx tsx infra/app.ts`). */
import { ConfigError } from '../lambda/env.js';
import { ForwarderConfigError } from './errors.js';
import { createForwarderApp } from './forwarder-app.js';

try {
  createForwarderApp();
} catch (err) {
  // A context mistake is the user's to fix: its message says what and where; a stack trace would bury it.
  if (!(err instanceof ForwarderConfigError || err instanceof ConfigError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}
