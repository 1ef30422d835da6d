/**
 * The local server's routes besides OTLP: the inspect page, its assets and JSON, reset. The server hands
 * every request here first; undefined means "not mine".
 */
import type { HttpResponse } from '../../http/types.js';
import { renderInspectPage } from '../page.js';
import type { RecentRequests } from '../recent-requests.js';
import type { SeriesStore } from '../series-store.js';
import { requestsAnswer, seriesAnswer } from './api.js';
import { asset } from './assets.js';

export interface InspectDeps {
  /** The embedded destination's store; absent when REMOTE_WRITE_URL is set. */
  readonly store?: SeriesStore;
  readonly requests?: RecentRequests;
  /** The address users send to, for the page. */
  readonly publicUrl: string;
}

/** The page may load only what the forwarder serves; label values are never markup, this is a second fence. */
const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Answers the inspect routes; undefined for any other request. */
export function handleInspect(
  method: string,
  url: string,
  headers: Readonly<Record<string, string | undefined>>,
  deps: InspectDeps,
): HttpResponse | undefined {
  const [path = '/', search = ''] = url.split('?', 2);
  const query = new URLSearchParams(search);
  if (method === 'GET' || method === 'HEAD') {
    if (path === '/') {
      return {
        status: 200,
        headers: PAGE_HEADERS,
        body: Buffer.from(renderInspectPage(deps.store, deps.publicUrl)),
      };
    }
    if (path === '/api/v1/series') {
      if (!deps.store)
        return json(404, { status: 'error', error: 'no embedded destination: REMOTE_WRITE_URL is set' });
      return json(200, seriesAnswer(deps.store, query));
    }
    if (path === '/api/v1/requests') return json(200, requestsAnswer(deps.requests));
    const file = asset(path);
    if (file) {
      return {
        status: 200,
        headers: {
          'content-type': file.contentType,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        },
        body: file.body,
      };
    }
    return undefined;
  }
  if (method === 'POST' && path === '/api/v1/reset') {
    // JSON only: a page elsewhere cannot send that without a CORS preflight, which we never grant.
    if (!(headers['content-type'] ?? '').startsWith('application/json')) {
      return json(415, { status: 'error', error: 'expected Content-Type: application/json' });
    }
    deps.store?.clear();
    deps.requests?.clear();
    return json(200, { status: 'success' });
  }
  return undefined;
}

function json(status: number, value: unknown): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
    body: Buffer.from(JSON.stringify(value, finite)),
  };
}

/** NaN and infinities as Prometheus' API writes them ("NaN", "+Inf", "-Inf"): JSON has no such numbers. */
const finite = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf') : v;
