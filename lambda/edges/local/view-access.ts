/**
 * Who may read the local server's views (the inspect page, its JSON and reset, `/metrics`): they show
 * every series and label value received and can empty the store, so they get the endpoint's protection.
 *
 * - From this machine, addressed by a loopback name: allowed (the default `npm start` use). The Host check
 *   stops DNS rebinding: a page on another site whose name resolves to 127.0.0.1 sends its own Host.
 * - Otherwise, when endpoint auth is on: the bearer token, as for writes.
 * - A state-changing request (reset) must come from the page's own origin, or from no browser page at all.
 */
import { isLoopbackHost } from '../../auth/endpoint-auth-config.js';
import { ForbiddenError } from '../../errors.js';
import type { Authenticate, HttpRequest } from '../../http/types.js';

export interface ViewRequest {
  readonly method: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The peer's address (req.socket.remoteAddress). */
  readonly remoteAddress: string | undefined;
}

/**
 * Admits a request to a view, or throws.
 * @throws ForbiddenError (403) for a foreign Host or Origin; the authenticator's UnauthorizedError (401).
 */
export async function admitView(
  request: ViewRequest,
  authenticate: Authenticate | undefined,
  asRequest: () => HttpRequest,
): Promise<void> {
  const host = request.headers.host ?? '';
  const loopbackName = isLoopbackHost(hostname(host));
  const loopbackPeer = request.remoteAddress !== undefined && isLoopbackHost(request.remoteAddress);
  if (loopbackPeer && loopbackName) {
    // This machine's own use.
  } else if (authenticate !== undefined) {
    await authenticate(asRequest());
  } else if (loopbackPeer) {
    // A browser here, sent by a name that resolves to us (DNS rebinding).
    throw foreignHost(host);
  }
  // Otherwise an open endpoint on the network (warned at start): the views are as open as the writes.
  const origin = request.headers.origin;
  if (request.method !== 'GET' && request.method !== 'HEAD' && origin !== undefined) {
    if (origin !== `http://${host}`) {
      throw new ForbiddenError(`cross-origin ${request.method} refused: Origin ${origin} is not this page's`);
    }
  }
}

const foreignHost = (host: string): ForbiddenError =>
  new ForbiddenError(
    `the inspect page answers this machine by a loopback name (localhost, 127.0.0.1, [::1]), not Host ${JSON.stringify(host.slice(0, 100))}`,
  );

/** The host name of a Host header: without the port, brackets kept off an IPv6 literal. */
function hostname(host: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(host);
  if (bracketed) return bracketed[1] ?? '';
  return host.replace(/:\d+$/, '');
}
