/**
 * A remote-write destination on 127.0.0.1:0 whose answers a test scripts request by request. It decodes
 * and keeps every WriteRequest it receives, so tests assert on what really arrived.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { SendAttempt } from '../../lambda/remote-write/send.js';
import { closeServer, listen } from '../../lambda/local/listen.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { decompress } from '../../lambda/remote-write/encode.js';
import { sendWriteRequest, type SendResult } from '../../lambda/remote-write/send.js';
import { int64ToNumber } from '../../lambda/translate/values.js';
import type { prometheus } from '../../proto/generated/protos.js';

/** How to answer one request: an HTTP response, never (until closed), or a dropped connection. */
export type Reply = { status: number; headers?: Record<string, string>; body?: string } | 'stall' | 'drop';

export interface ReceivedWrite {
  /** 0-based arrival order. */
  readonly index: number;
  /** Date.now() on arrival. */
  readonly at: number;
  /** Uncompressed WriteRequest size. */
  readonly bytes: number;
  readonly request: prometheus.WriteRequest;
  readonly headers: IncomingMessage['headers'];
}

export interface ScriptedDestination {
  readonly url: string;
  /** Every request, in arrival order. */
  readonly received: ReceivedWrite[];
  /** The requests answered 2xx. */
  readonly accepted: ReceivedWrite[];
  /** Most requests in flight at once. */
  readonly maxInFlight: number;
  /** Requests refused with 400 because they did not decode. */
  readonly invalid: number;
  /** A `Send` for deliver(): the real HTTP client, with the attempt's signal and timeout. */
  readonly send: (body: Uint8Array, attempt?: SendAttempt) => Promise<SendResult>;
  close(): Promise<void>;
}

/** Starts the destination; `script` picks the reply for each request (default: 204). */
export async function startScriptedDestination(
  script: (write: ReceivedWrite) => Reply | Promise<Reply> = () => ({ status: 204 }),
): Promise<ScriptedDestination> {
  const received: ReceivedWrite[] = [];
  const accepted: ReceivedWrite[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let invalid = 0;
  let maxInFlight = 0;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => inFlight--);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        let raw: Buffer;
        let request: prometheus.WriteRequest;
        try {
          raw = decompress(Buffer.concat(chunks));
          request = decodeWriteRequest(raw);
        } catch (err) {
          // As a real receiver does: an undecodable request (invalid UTF-8 in a label, say) is a 400.
          invalid++;
          res.writeHead(400, { 'content-type': 'text/plain' }).end(`invalid write request: ${String(err)}`);
          return;
        }
        const write: ReceivedWrite = {
          index: received.length,
          at: Date.now(),
          bytes: raw.length,
          request,
          headers: req.headers,
        };
        received.push(write);
        const reply = await script(write);
        if (reply === 'stall') return;
        if (reply === 'drop') {
          req.socket.destroy();
          return;
        }
        if (reply.status >= 200 && reply.status < 300) accepted.push(write);
        res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers }).end(reply.body ?? '');
      })();
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await listen(server);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/write`;
  return {
    url,
    received,
    accepted,
    get maxInFlight() {
      return maxInFlight;
    },
    get invalid() {
      return invalid;
    },
    send: (body, attempt) =>
      sendWriteRequest(body, {
        url,
        timeoutMs: Math.max(1, Math.floor(attempt?.timeoutMs ?? 5000)),
        ...(attempt === undefined ? {} : { signal: attempt.signal }),
      }),
    async close() {
      for (const socket of sockets) socket.destroy();
      await closeServer(server);
    },
  };
}

/** Samples per series name+labels key, in arrival order, from the accepted requests. */
export function samplesBySeries(
  writes: readonly ReceivedWrite[],
): Map<string, { timestamp: number; value: number }[]> {
  const out = new Map<string, { timestamp: number; value: number }[]>();
  for (const w of writes) {
    for (const ts of w.request.timeseries) {
      const key = (ts.labels ?? []).map((l) => `${l.name}=${l.value}`).join(',');
      const list = out.get(key) ?? [];
      for (const s of ts.samples ?? [])
        list.push({ timestamp: int64ToNumber(s.timestamp), value: s.value ?? 0 });
      out.set(key, list);
    }
  }
  return out;
}
