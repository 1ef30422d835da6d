/** Reading a request body on the local server within its size cap and its time budget. */
import type { IncomingMessage } from 'node:http';
import { BadRequestError, PayloadTooLargeError, ServiceBusyError } from '../../errors.js';

/**
 * The request body, refusing more than `maxBytes` as soon as the Content-Length or the bytes read say so,
 * and an upload still unfinished at `deadline` (epoch ms): a client trickling its body must not hold a
 * socket and its buffer past the request's budget.
 * `onRead` runs once the declared length is known to fit, before the first byte is read.
 * @throws PayloadTooLargeError, ServiceBusyError (503: the budget ended during the upload)
 */
export function readBody(
  req: IncomingMessage,
  maxBytes: number,
  deadline: number,
  onRead: () => void,
): Promise<Uint8Array> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) {
    return Promise.reject(
      new PayloadTooLargeError(`request body of ${declared} bytes exceeds the limit of ${maxBytes} bytes`),
    );
  }
  onRead();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const timer = setTimeout(
      () => {
        if (settled) return;
        settled = true;
        chunks.length = 0;
        reject(
          new ServiceBusyError(
            "the upload did not end within the request's time budget (REQUEST_TIMEOUT_MS)",
          ),
        );
      },
      Math.max(0, deadline - Date.now()),
    );
    req.once('close', () => {
      clearTimeout(timer);
    });
    req.once('end', () => {
      clearTimeout(timer);
    });
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        settled = true;
        chunks.length = 0;
        reject(new PayloadTooLargeError(`request body exceeds the limit of ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks, size));
      settled = true;
    });
    const abandon = (cause?: Error): void => {
      if (!settled) {
        reject(
          new BadRequestError('the client closed the connection before sending the whole body', { cause }),
        );
      }
      settled = true;
    };
    req.on('error', abandon);
    // A client that disconnects mid-body may end the stream with 'close' and no 'end': settle anyway.
    req.on('close', () => {
      abandon();
    });
  });
}
