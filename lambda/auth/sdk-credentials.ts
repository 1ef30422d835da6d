/**
 * The AWS SDK's default Node credential chain (environment, web identity, container, instance metadata,
 * SSO, profiles), for local runs: only the local edge imports this file, so the Lambda bundle, which signs
 * with the function's environment credentials, carries none of the SDK (cold start).
 */
import type { CredentialProvider } from '../remote-write/sign.js';

/**
 * The chain, its module imported on the first call (a local run that does not sign never loads it).
 * @example
 * wireDestination(config, url, logger, { credentialChain: sdkCredentialChain() });
 */
export function sdkCredentialChain(): CredentialProvider {
  let loading: Promise<CredentialProvider> | undefined;
  return async () => {
    // A failed import is not cached, so the next call tries again.
    loading ??= import('@aws-sdk/credential-provider-node').then(
      ({ defaultProvider }) => defaultProvider(),
      (err: unknown) => {
        loading = undefined;
        throw err;
      },
    );
    return (await loading)();
  };
}
