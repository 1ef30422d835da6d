/**
 * The embedded default destination: a real remote-write receiver over HTTP on loopback, so the local
 * server exercises the same encode → snappy → HTTP path it uses against AMP, and is refused what
 * Prometheus refuses (out-of-order, duplicate and out-of-bounds samples: see series-store.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decompress } from '../remote-write/encode.js';
import { closeServer, listen } from './listen.js';
import { AppendError } from './append-error.js';
import { SeriesStore } from './series-store.js';

export const RECEIVER_PATH = '/api/v1/write';
const MAX_BODY = 64 * 1024 * 1024;

export interface EmbeddedReceiver {
  readonly url: string;
  readonly store: SeriesStore;
  close(): Promise<void>;
}

/** Starts the receiver on 127.0.0.1 and a free port. */
export async function startEmbeddedReceiver(store = new SeriesStore()): Promise<EmbeddedReceiver> {
  const server = createServer((req, res) => {
    const reply = (status: number, message = ''): void => {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(message);
    };
    if (req.url !== RECEIVER_PATH) {
      reply(404, 'not found\n');
      return;
    }
    if (req.method !== 'POST') {
      reply(405, 'POST only\n');
      return;
    }
    if (req.headers['content-encoding'] !== 'snappy') {
      reply(415, 'expected Content-Encoding: snappy\n');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) {
        reply(413, 'too large\n');
        return;
      }
      try {
        store.addEncoded(decompress(Buffer.concat(chunks)));
      } catch (err) {
        // Prometheus answers a refused sample with its storage error's text alone (http.Error).
        const message =
          err instanceof AppendError
            ? err.message
            : `invalid remote-write request: ${(err as Error).message}`;
        reply(400, `${message}\n`);
        return;
      }
      reply(204);
    });
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${RECEIVER_PATH}`,
    store,
    close: () => closeServer(server),
  };
}
