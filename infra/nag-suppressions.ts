/**
 * The cdk-nag AwsSolutions findings the forwarder accepts on purpose, each acknowledged on the one
 * resource it concerns, with its reason (`cdk synth` lists any other finding as an error).
 */
import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { EndpointAuth } from './forwarder-props.js';

/** What the acknowledgements attach to. */
export interface NagSubjects {
  readonly endpointAuth: EndpointAuth;
  /** The route clients post to. */
  readonly route: IConstruct;
  /** The endpoint token secret when the construct generated it (a caller's own secret is theirs to judge). */
  readonly generatedTokenSecret?: IConstruct;
}

/** Acknowledges the forwarder's accepted findings. */
export function acknowledgeNagFindings(subjects: NagSubjects): void {
  if (subjects.endpointAuth === EndpointAuth.TOKEN) {
    Validations.of(subjects.route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Authorization is enforced by the function: every request must carry the bearer token kept in Secrets Manager, compared in constant time, 401 otherwise. OTel SDKs can send a static header but cannot sign, so an IAM or JWT authorizer would lock them out; an extra Lambda authorizer would add an invocation and cost per request for the same check.',
    });
  } else if (subjects.endpointAuth === EndpointAuth.NONE) {
    Validations.of(subjects.route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'The deployer chose endpointAuth "none" explicitly (it is never the default), e.g. for a private test or an endpoint behind another gateway; stage throttling still caps the request rate.',
    });
  }
  if (subjects.generatedTokenSecret !== undefined) {
    Validations.of(subjects.generatedTokenSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The endpoint token is a credential shared with OTLP clients, not one a rotation Lambda can hand to them: automatic rotation would cut every client off at once. Rotate it by hand (aws secretsmanager put-secret-value) and roll clients; the function picks the new value up within its secret cache TTL.',
    });
  }
}
