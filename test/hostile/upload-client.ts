/**
 * A raw node:http client for hostile uploads: it records what a real client would see (the status and body
 * it read, every socket error, whether it got `100 Continue`) and how many body bytes it handed to the
 * socket, and resolves only once the connection is closed.
 */
import { request, type ClientRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';

export interface UploadOptions {
  readonly method?: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Body bytes to send; `Infinity` keeps sending until the connection breaks. */
  readonly size: number;
  /** Declare `Content-Length: <size>` (or `declaredLength`); chunked encoding otherwise. */
  readonly contentLength?: boolean;
  readonly declaredLength?: number;
  /** `whole`: one `end(buffer)`, as the OTel exporters do; `stream`: 64 KiB writes honouring backpressure. */
  readonly mode?: 'whole' | 'stream';
  /** Send `Expect: 100-continue` and write the body only once the server says continue. */
  readonly expectContinue?: boolean;
}

export interface UploadResult {
  /** The response status, when a whole response was read. */
  readonly status: number | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** Error codes (EPIPE, ECONNRESET, ...) the request or response emitted. */
  readonly errors: string[];
  /** Whether the server sent `100 Continue`. */
  readonly continued: boolean;
  /** Body bytes given to the socket. */
  readonly bytesWritten: number;
}

/** Uploads per `options` to `url` on a fresh connection (no agent) and resolves when it is closed. */
export function upload(url: string, options: UploadOptions): Promise<UploadResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.contentLength === true)
    headers['content-length'] = String(options.declaredLength ?? options.size);
  if (options.expectContinue === true) headers.expect = '100-continue';
  const errors: string[] = [];
  const chunks: Buffer[] = [];
  let status: number | undefined;
  let responseHeaders: IncomingHttpHeaders = {};
  let continued = false;
  let bytesWritten = 0;
  let stopped = false;

  return new Promise((resolve) => {
    const req = request(url, { method: options.method ?? 'POST', headers, agent: false }, (res) => {
      responseHeaders = res.headers;
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => (status = res.statusCode));
      res.on('error', (err: NodeJS.ErrnoException) => errors.push(err.code ?? err.message));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      stopped = true;
      errors.push(err.code ?? err.message);
    });
    req.on('response', () => {
      // A client that is told the answer before it sent a body stops there (RFC 9110 §10.1.1).
      if (options.expectContinue === true && !continued) stopped = true;
    });
    req.on('close', () => {
      stopped = true;
      resolve({
        status,
        headers: responseHeaders,
        body: Buffer.concat(chunks),
        errors,
        continued,
        bytesWritten,
      });
    });

    const send = async (): Promise<void> => {
      const mode = options.mode ?? 'whole';
      if (mode === 'whole') {
        bytesWritten = options.size;
        req.end(Buffer.alloc(options.size, 0x41));
        return;
      }
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      while (!stopped && bytesWritten < options.size) {
        const ok = req.write(chunk);
        bytesWritten += chunk.length;
        if (!ok) await drainedOrClosed(req);
      }
      if (!stopped) req.end();
    };
    if (options.expectContinue === true) {
      req.on('continue', () => {
        continued = true;
        void send();
      });
      req.flushHeaders();
    } else {
      void send();
    }
  });
}

/** Resolves on the request's next 'drain' or its 'close', whichever comes first. */
function drainedOrClosed(req: ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    if (req.destroyed) {
      resolve();
      return;
    }
    const done = (): void => {
      req.off('drain', done);
      req.off('close', done);
      resolve();
    };
    req.on('drain', done);
    req.on('close', done);
  });
}

export interface RelentlessOptions {
  /** `Content-Length` to declare; chunked encoding when absent. */
  readonly declaredLength?: number;
  /** Bytes per write. */
  readonly chunkBytes: number;
  /** Pause between writes; as fast as the socket takes them when absent. */
  readonly intervalMs?: number;
}

export interface RelentlessResult {
  /** Everything the server sent back, as text. */
  readonly response: string;
  /** Body bytes given to the socket before it broke. */
  readonly bytesWritten: number;
  /** How the connection ended: the error code, or `closed`. */
  readonly ended: string;
}

/**
 * A hostile client on a raw socket: it ignores the answer and keeps sending body bytes for ever, so only
 * the server can end the connection.
 */
export function relentlessUpload(url: string, options: RelentlessOptions): Promise<RelentlessResult> {
  const { hostname, port, pathname } = new URL(url);
  const chunked = options.declaredLength === undefined;
  const framing = chunked ? 'transfer-encoding: chunked' : `content-length: ${options.declaredLength}`;
  const chunk = Buffer.alloc(options.chunkBytes, 0x41);
  const frame = chunked
    ? Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')])
    : chunk;
  return new Promise((resolve) => {
    let response = '';
    let bytesWritten = 0;
    let ended = 'closed';
    let open = true;
    const socket = connect(Number(port), hostname, () => {
      socket.write(
        `POST ${pathname} HTTP/1.1\r\nhost: ${hostname}:${port}\r\ncontent-type: application/json\r\n${framing}\r\n\r\n`,
      );
      void (async () => {
        while (open) {
          const ok = socket.write(frame);
          bytesWritten += chunk.length;
          if (options.intervalMs !== undefined) await new Promise((r) => setTimeout(r, options.intervalMs));
          else if (!ok) await new Promise((r) => socket.once('drain', r).once('close', r));
        }
      })();
    });
    socket.on('data', (data: Buffer) => (response += data.toString('latin1')));
    socket.on('error', (err: NodeJS.ErrnoException) => (ended = err.code ?? err.message));
    socket.on('close', () => {
      open = false;
      resolve({ response, bytesWritten, ended });
    });
  });
}
