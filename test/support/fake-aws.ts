/**
 * Local stand-ins for the AWS APIs the forwarder calls, on 127.0.0.1 and a free port. Each one verifies
 * the caller's SigV4 signature with the independent verifier and answers in the service's own protocol;
 * the SDK is pointed at them with its standard AWS_ENDPOINT_URL_<SERVICE> variables.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { receive, verifySigV4, type ExpectedSigner } from './sigv4-verifier.js';

export interface FakeService {
  readonly url: string;
  /** Requests that passed verification, by operation. */
  readonly calls: string[];
  /** Requests refused (bad signature, unknown operation), with the reason. */
  readonly refused: string[];
  close(): Promise<void>;
}

export interface FakeSecretsManager extends FakeService {
  /** Sets (or rotates) a secret's string value. */
  set(arn: string, value: string): void;
  /** Makes every GetSecretValue fail with a 500 until called with false. */
  failing(on: boolean): void;
}

/** Secrets Manager's GetSecretValue over its JSON 1.1 protocol. */
export async function startFakeSecretsManager(
  signer: Omit<ExpectedSigner, 'service'>,
): Promise<FakeSecretsManager> {
  const secrets = new Map<string, string>();
  let fail = false;
  const calls: string[] = [];
  const refused: string[] = [];
  const server = createServer((req, res) => {
    void receive(req)
      .then((request) => {
        const reply = (status: number, body: unknown, type = 'application/x-amz-json-1.1'): void => {
          res.writeHead(status, { 'content-type': type }).end(JSON.stringify(body));
        };
        const verdict = verifySigV4(request, { ...signer, service: 'secretsmanager' });
        if (!verdict.ok) {
          refused.push(verdict.reason);
          reply(400, { __type: 'InvalidSignatureException', message: verdict.reason });
          return;
        }
        const target = request.headers.find(([n]) => n.toLowerCase() === 'x-amz-target')?.[1];
        if (target !== 'secretsmanager.GetSecretValue') {
          refused.push(`unexpected operation ${String(target)}`);
          reply(400, { __type: 'UnknownOperationException', message: String(target) });
          return;
        }
        calls.push('GetSecretValue');
        if (fail) {
          reply(500, { __type: 'InternalServiceError', message: 'injected failure' });
          return;
        }
        const { SecretId } = JSON.parse(Buffer.from(request.body).toString('utf8')) as { SecretId: string };
        const value = secrets.get(SecretId);
        if (value === undefined) {
          reply(400, {
            __type: 'ResourceNotFoundException',
            message: "Secrets Manager can't find the specified secret.",
          });
          return;
        }
        reply(200, {
          ARN: SecretId,
          Name: SecretId.split(':')[6],
          SecretString: value,
          VersionId: `v${calls.length}`,
        });
      })
      // A client that gives up mid-upload rejects the read; drop the socket, keep the test process up.
      .catch(() => res.destroy());
  });
  const url = await listen(server);
  return {
    url,
    calls,
    refused,
    set: (arn, value) => secrets.set(arn, value),
    failing: (on) => {
      fail = on;
    },
    close: () => close(server),
  };
}

export interface IssuedCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

/** STS AssumeRole over the AWS query protocol (form-encoded request, XML response). */
export async function startFakeSts(
  signer: Omit<ExpectedSigner, 'service'>,
  issue: (roleArn: string, sessionName: string) => IssuedCredentials,
): Promise<FakeService> {
  const calls: string[] = [];
  const refused: string[] = [];
  const server = createServer((req, res) => {
    void receive(req)
      .then((request) => {
        const verdict = verifySigV4(request, { ...signer, service: 'sts' });
        const form = new URLSearchParams(Buffer.from(request.body).toString('utf8'));
        if (!verdict.ok || form.get('Action') !== 'AssumeRole') {
          refused.push(verdict.ok ? `unexpected action ${String(form.get('Action'))}` : verdict.reason);
          res.writeHead(403, { 'content-type': 'text/xml' });
          res.end(
            `<ErrorResponse><Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>refused</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
          );
          return;
        }
        const roleArn = form.get('RoleArn') ?? '';
        const sessionName = form.get('RoleSessionName') ?? '';
        calls.push(`AssumeRole ${roleArn} ${sessionName}`);
        const c = issue(roleArn, sessionName);
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          `<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult>` +
            `<Credentials><AccessKeyId>${c.accessKeyId}</AccessKeyId><SecretAccessKey>${c.secretAccessKey}</SecretAccessKey>` +
            `<SessionToken>${c.sessionToken}</SessionToken><Expiration>${c.expiration.toISOString()}</Expiration></Credentials>` +
            `<AssumedRoleUser><Arn>${roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/')}/${sessionName}</Arn>` +
            `<AssumedRoleId>AROAEXAMPLE:${sessionName}</AssumedRoleId></AssumedRoleUser></AssumeRoleResult>` +
            `<ResponseMetadata><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ResponseMetadata></AssumeRoleResponse>`,
        );
      })
      // A client that gives up mid-upload rejects the read; drop the socket, keep the test process up.
      .catch(() => res.destroy());
  });
  const url = await listen(server);
  return { url, calls, refused, close: () => close(server) };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}
