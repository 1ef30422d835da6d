/**
 * STS AssumeRole over the AWS query protocol (form in, XML out), signed with our SigV4 signer, for a role
 * in another account (cross-account AMP). `AWS_ENDPOINT_URL_STS` points it elsewhere, e.g. a test double.
 */
import type { Env } from '../env.js';
import type { AwsCredentials, CredentialProvider } from '../remote-write/sign.js';
import { awsCall, awsError } from './aws-call.js';

export interface AssumeRoleOptions {
  readonly roleArn: string;
  readonly sessionName: string;
  /** Region of the (regional) STS endpoint. */
  readonly region: string;
  /** The credentials that assume the role. */
  readonly credentials: CredentialProvider;
  /** The environment, for AWS_ENDPOINT_URL_STS. */
  readonly env: Env;
}

/**
 * A provider of the role's temporary credentials: one AssumeRole per call (wrap it in memoizeCredentials).
 * @example
 * const role = memoizeCredentials(assumeRoleProvider({ roleArn, sessionName: 'fwd', region, credentials }));
 */
export function assumeRoleProvider(options: AssumeRoleOptions): CredentialProvider {
  const call = awsCall({
    service: 'sts',
    envName: 'STS',
    region: options.region,
    credentials: options.credentials,
    timeoutMs: 5000,
    maxAttempts: 3,
    env: options.env,
  });
  const form = new URLSearchParams({
    Action: 'AssumeRole',
    Version: '2011-06-15',
    RoleArn: options.roleArn,
    RoleSessionName: options.sessionName,
  }).toString();
  return async () => {
    const response = await call({ 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, form);
    if (response.status !== 200) throw awsError('AssumeRole', response);
    return credentialsOf(response.body);
  };
}

/** The <Credentials> of an AssumeRoleResponse. */
function credentialsOf(xml: string): AwsCredentials {
  const block = /<Credentials>([\s\S]*?)<\/Credentials>/.exec(xml)?.[1] ?? '';
  const field = (name: string): string => {
    const value = new RegExp(`<${name}>([^<]*)</${name}>`).exec(block)?.[1];
    if (value === undefined) throw new Error(`AssumeRole answered without Credentials.${name}`);
    return unescapeXml(value.trim());
  };
  const expiration = new Date(field('Expiration'));
  if (Number.isNaN(expiration.getTime())) throw new Error('AssumeRole answered an invalid Expiration');
  return {
    accessKeyId: field('AccessKeyId'),
    secretAccessKey: field('SecretAccessKey'),
    sessionToken: field('SessionToken'),
    expiration,
  };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? '');
}
