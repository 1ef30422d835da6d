/**
 * The AWS Lambda entry point (CDK entry `lambda/handler.ts`, export `handler`) behind API Gateway, HTTP
 * API payload 2.0 or REST API 1.0. Everything is built once here, at module scope, during the init phase.
 */
import { createLambdaHandler } from './lambda-edge.js';

/** API Gateway proxy event in, API Gateway result out; see lambda-edge.ts. */
export const handler = createLambdaHandler();
