/**
 * Answering an upload that is refused before its body has been read: answer at once, then read and discard
 * the rest of the body, bounded, and only then close. This is nginx's "lingering close"
 * (https://nginx.org/en/docs/http/ngx_http_core_module.html#lingering_close).
 *
 * Closing while the client is still writing makes the kernel answer its next segments with a reset, and
 * the client sees EPIPE or ECONNRESET, often before (or instead of) reading the answer. OTLP clients retry
 * transport errors, so a refused upload would be sent again and again; a 413 they read is final.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** How much of a refused body is read and discarded before the connection is cut instead. */
export interface DrainLimits {
  /** Bytes discarded after the answer. */
  readonly maxBytes: number;
  /** Milliseconds from the answer to the end of the body. */
  readonly maxMs: number;
}

/** The answer, as the edge hands it over. */
export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
}

const MiB = 1024 * 1024;

/**
 * 128 MiB or four times the body cap, whichever is more, within 10 s: a client uploading an over-cap body
 * at any sensible rate finishes and reads its 413; OTel SDKs give up on an export after 10 s anyway.
 */
export function defaultDrainLimits(maxBodyBytes: number): DrainLimits {
  return { maxBytes: Math.max(128 * MiB, 4 * maxBodyBytes), maxMs: 10_000 };
}

/**
 * Sends the whole answer now with `Connection: close`, discards the rest of the request body, then ends the
 * response (node then closes the connection). Past either limit the socket is destroyed instead: a client
 * that never stops sending must not hold it.
 */
export function answerThenDrain(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Answer,
  limits: DrainLimits,
): void {
  res.writeHead(answer.status, {
    ...answer.headers,
    'content-length': String(answer.body.length),
    connection: 'close',
  });
  // The body is complete on the wire (Content-Length says so), so the client can read the answer while it
  // is still writing; end() waits until the upload is over.
  res.write(answer.body);

  let discarded = 0;
  const stop = (): void => {
    clearTimeout(timer);
    req.off('data', discard);
    req.off('end', finish);
    req.off('close', stop);
  };
  const cutOff = (): void => {
    stop();
    req.socket.destroy();
  };
  const finish = (): void => {
    stop();
    res.end();
  };
  const discard = (chunk: Buffer): void => {
    discarded += chunk.length;
    if (discarded > limits.maxBytes) cutOff();
  };
  const timer = setTimeout(cutOff, limits.maxMs);
  if (req.readableEnded) {
    finish();
    return;
  }
  req.on('data', discard);
  req.on('end', finish);
  // The client gave up (or the socket broke): nothing left to wait for.
  req.on('close', stop);
  req.resume();
}
