/** Entry point of `npx cdk` (cdk.json: `npx tsx infra/app.ts`). */
import { createForwarderApp } from './forwarder-app.js';

createForwarderApp();
