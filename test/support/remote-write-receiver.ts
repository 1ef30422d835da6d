/**
 * A remote-write receiver for tests on 127.0.0.1 and a free port: it keeps every request it got (headers
 * and decoded series), and an optional `check` can refuse a request the way a real destination would
 * (AMP's 403 for a bad signature, Mimir's 401 for a wrong token).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeWriteRequest } from './decode-write-request.js';
import { decompress } from '../../lambda/remote-write/encode.js';
import type { prometheus } from '../../proto/generated/protos.js';
import { receive, verifySigV4, type ExpectedSigner, type ReceivedRequest } from './sigv4-verifier.js';

export interface Refusal {
  readonly status: number;
  readonly message: string;
}

export interface ReceiverOptions {
  /** The path requests must use. */
  readonly path?: string;
  /** Returns a refusal, or undefined to accept. */
  readonly check?: (request: ReceivedRequest) => Refusal | undefined;
}

export interface Received extends ReceivedRequest {
  /** Lower-cased header → value (repeats joined with ", "). */
  readonly header: (name: string) => string | undefined;
  readonly status: number;
  readonly series?: prometheus.ITimeSeries[];
}

export interface RemoteWriteReceiver {
  /** The full remote-write URL. */
  readonly url: string;
  readonly requests: Received[];
  close(): Promise<void>;
}

/** An AMP-shaped workspace path. */
export const AMP_PATH = '/workspaces/ws-1a2b3c4d-5e6f-7a8b-9c0d-e1f2a3b4c5d6/api/v1/remote_write';

export async function startRemoteWriteReceiver(options: ReceiverOptions = {}): Promise<RemoteWriteReceiver> {
  const path = options.path ?? '/api/v1/write';
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    void receive(req)
      .then((request) => {
        const header = (name: string): string | undefined => {
          const values = request.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
          return values.length === 0 ? undefined : values.join(', ');
        };
        let refusal: Refusal | undefined =
          request.target !== path
            ? { status: 404, message: 'not found' }
            : request.method !== 'POST'
              ? { status: 405, message: 'POST only' }
              : undefined;
        refusal ??= options.check?.(request);
        let series: prometheus.ITimeSeries[] | undefined;
        if (refusal === undefined) {
          try {
            series = decodeWriteRequest(decompress(request.body)).timeseries;
          } catch (err) {
            refusal = { status: 400, message: `invalid remote-write body: ${(err as Error).message}` };
          }
        }
        const status = refusal?.status ?? 200;
        requests.push({ ...request, header, status, ...(series ? { series } : {}) });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(refusal ? JSON.stringify({ message: refusal.message }) : '');
      })
      // A client that gives up mid-upload rejects the read; drop the socket, keep the test process up.
      .catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** A receiver at an AMP workspace path that answers 403 unless the SigV4 signature verifies. */
export function startAmpReceiver(signer: ExpectedSigner): Promise<RemoteWriteReceiver> {
  return startRemoteWriteReceiver({
    path: AMP_PATH,
    check: (request) => {
      const verdict = verifySigV4(request, signer);
      return verdict.ok ? undefined : { status: 403, message: verdict.reason };
    },
  });
}
