/**
 * The AWS Lambda entry point (CDK entry `lambda/handler.ts`, export `handler`) behind API Gateway, HTTP
 * API payload 2.0 or REST API 1.0. Everything is built once here, at module scope, during the init phase.
 */
import { createLambdaHandler } from './edges/lambda/lambda-handler.js';

/** API Gateway proxy event in, API Gateway result out; see edges/lambda/lambda-handler.ts. */
export const handler = createLambdaHandler();

/** Longest the init phase waits for the secret and credential reads it began (then requests wait for them). */
const READY_WAIT_MS = 3_000;

// Top-level await: the runtime calls the handler only after the module has settled, so the first request
// finds the secrets read. Bounded, so a slow Secrets Manager delays init by seconds at most.
await Promise.race([
  handler.ready,
  new Promise<void>((resolve) => setTimeout(resolve, READY_WAIT_MS).unref()),
]);
