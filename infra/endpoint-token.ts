/** The endpoint's bearer token with `EndpointAuth.TOKEN`: the caller's secret, or one generated here. */
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { grantSecretValue } from './grants.js';

/** The token secret the function reads. */
export interface EndpointToken {
  readonly secret: secretsmanager.ISecret;
  /** Set when the construct generated the secret (its cdk-nag findings are then ours to answer). */
  readonly generated?: secretsmanager.Secret;
}

/**
 * The token secret, `given` or a new one (ID `EndpointToken`) in `scope`, readable by `role`.
 */
export function endpointToken(
  scope: Construct,
  given: secretsmanager.ISecret | undefined,
  role: iam.IGrantable,
): EndpointToken {
  let token: EndpointToken;
  if (given === undefined) {
    // Alphanumeric only: the token travels URL-encoded in OTEL_EXPORTER_OTLP_HEADERS and in shells.
    const generated = new secretsmanager.Secret(scope, 'EndpointToken', {
      description: 'Bearer token OTLP clients send to the otlp-prom-forwarder endpoint',
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
    });
    token = { secret: generated, generated };
  } else {
    token = { secret: given };
  }
  grantSecretValue(role, token.secret);
  return token;
}
