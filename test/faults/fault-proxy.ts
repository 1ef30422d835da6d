/**
 * A small fault-injecting HTTP proxy on 127.0.0.1:0 in front of a real remote-write receiver. Scripted
 * faults are consumed one per request; everything else is forwarded and the upstream answer relayed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { closeServer, listen } from '../../lambda/local/listen.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { decompress } from '../../lambda/remote-write/encode.js';
import type { prometheus } from '../../proto/generated/protos.js';

export type Fault =
  /** Answer this status (with headers and body) without forwarding. */
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: string }
  /** Close the connection without an answer. */
  | 'drop'
  /** Never answer, never forward: hold the request until the client gives up. */
  | 'stall';

/** What the proxy did with one request. */
export interface ProxyEntry {
  /** Compressed body size. */
  readonly bytes: number;
  /** The injected fault, or the upstream status when forwarded ('unreachable' if upstream was down). */
  readonly outcome: number | 'drop' | 'stall' | 'unreachable';
  readonly forwarded: boolean;
}

export interface FaultProxy {
  /** The remote-write URL to give the forwarder. */
  readonly url: string;
  readonly log: ProxyEntry[];
  /** Faults for the next requests, in order. */
  inject(...faults: Fault[]): void;
  /** Faults still queued. */
  readonly pending: number;
  /** Answer 413 to bodies larger than this (compressed) size; undefined turns it off. */
  tooLargeAbove: number | undefined;
  /** Answer 400 with the returned message to requests it returns a message for. */
  rejectIf: ((request: prometheus.WriteRequest) => string | undefined) | undefined;
  /** Answer the returned status (e.g. a persistent 500 for a poison series) without forwarding. */
  failIf: ((request: prometheus.WriteRequest) => number | undefined) | undefined;
  close(): Promise<void>;
}

export async function startFaultProxy(upstreamUrl: string): Promise<FaultProxy> {
  const queue: Fault[] = [];
  const log: ProxyEntry[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void handle(Buffer.concat(chunks), req, res);
    });
  });

  const proxy: FaultProxy = {
    url: '',
    log,
    inject: (...faults) => queue.push(...faults),
    get pending() {
      return queue.length;
    },
    tooLargeAbove: undefined,
    rejectIf: undefined,
    failIf: undefined,
    async close() {
      for (const s of sockets) s.destroy();
      await closeServer(server);
    },
  };

  async function handle(body: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const fault = queue.shift();
    if (fault === 'drop') {
      log.push({ bytes: body.length, outcome: 'drop', forwarded: false });
      req.socket.destroy();
      return;
    }
    if (fault === 'stall') {
      log.push({ bytes: body.length, outcome: 'stall', forwarded: false });
      return;
    }
    if (fault !== undefined) {
      log.push({ bytes: body.length, outcome: fault.status, forwarded: false });
      res.writeHead(fault.status, { 'content-type': 'text/plain', ...fault.headers }).end(fault.body ?? '');
      return;
    }
    if (proxy.tooLargeAbove !== undefined && body.length > proxy.tooLargeAbove) {
      log.push({ bytes: body.length, outcome: 413, forwarded: false });
      res
        .writeHead(413, { 'content-type': 'text/plain' })
        .end(`body of ${body.length} bytes is over ${proxy.tooLargeAbove}`);
      return;
    }
    const decoded = proxy.rejectIf || proxy.failIf ? decodeWriteRequest(decompress(body)) : undefined;
    const failure = decoded && proxy.failIf?.(decoded);
    if (failure !== undefined) {
      log.push({ bytes: body.length, outcome: failure, forwarded: false });
      res.writeHead(failure, { 'content-type': 'text/plain' }).end(`injected ${failure} for this data`);
      return;
    }
    const rejection = decoded && proxy.rejectIf?.(decoded);
    if (rejection !== undefined) {
      log.push({ bytes: body.length, outcome: 400, forwarded: false });
      res.writeHead(400, { 'content-type': 'text/plain' }).end(rejection);
      return;
    }
    try {
      const upstream = await fetch(upstreamUrl, {
        method: 'POST',
        body,
        headers: Object.fromEntries(
          ['content-type', 'content-encoding', 'x-prometheus-remote-write-version', 'user-agent'].map((h) => [
            h,
            String(req.headers[h] ?? ''),
          ]),
        ),
      });
      const text = await upstream.text();
      log.push({ bytes: body.length, outcome: upstream.status, forwarded: true });
      res.writeHead(upstream.status, { 'content-type': 'text/plain' }).end(text);
    } catch {
      // Upstream down: the client sees a broken connection, as it would without the proxy.
      log.push({ bytes: body.length, outcome: 'unreachable', forwarded: false });
      req.socket.destroy();
    }
  }

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(server);
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/write`,
  });
}
