/**
 * The inspect page's HTML: what would have reached AMP, family by family, and the recent requests.
 * The script (inspect/client-script.ts) fills it from the JSON API and polls; without script, the
 * <noscript> part shows the families and their first series as text and reloads.
 */
import { METRICS_PATH } from '../constants.js';
import { groupFamilies } from './inspect/families.js';
import { PAGE_STYLE } from './inspect/style.js';
import type { SeriesStore } from './series-store.js';

/** Series listed without script. */
const NOSCRIPT_SERIES = 300;

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** "1 sample", "2 samples". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The page; `store` absent when the forwarder sends to REMOTE_WRITE_URL. */
export function renderInspectPage(store: SeriesStore | undefined, listenUrl: string): string {
  const endpoint = `${escapeHtml(listenUrl)}${METRICS_PATH}`;
  const intro = store
    ? `Embedded remote-write destination: the series the forwarder would send to AMP. Send OTLP/HTTP metrics to <code>${endpoint}</code>.`
    : `Forwarding OTLP metrics from <code>${endpoint}</code> to the configured remote-write destination (REMOTE_WRITE_URL); no series are kept here.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>otlp-prom-forwarder: inspect</title>
<link rel="stylesheet" href="/assets/uplot.min.css">
<style>${PAGE_STYLE}</style>
<noscript><meta http-equiv="refresh" content="10"></noscript>
</head><body data-embedded="${store ? 'yes' : 'no'}">
<header>
<h1>otlp-prom-forwarder</h1>
<input id="filter" type="search" placeholder="Filter: metric name or label value" aria-label="filter by metric name or label value" autocomplete="off" spellcheck="false">
<button id="reset" type="button" title="Empty the embedded store and the request list">Reset</button>
<nav><a href="/metrics" title="the forwarder's own counters">/metrics</a> <a href="/api/v1/series">series JSON</a> <a href="/api/v1/requests">requests JSON</a></nav>
</header>
<p class="intro">${intro} <span id="stats">${store ? escapeHtml(statsLine(store)) : ''}</span></p>
<main>
<section id="families" aria-label="metric families">${store ? noscriptList(store) : ''}</section>
<aside aria-label="recent requests"><h2>Recent requests</h2><ol id="requests"></ol></aside>
</main>
<script src="/assets/uplot.min.js"></script>
<script src="/assets/inspect.js"></script>
</body></html>
`;
}

function statsLine(store: SeriesStore): string {
  const { series, samples, requests, refused } = store.stats;
  return `${plural(series, 'series', 'series')}, ${plural(samples, 'sample')} in ${plural(requests, 'remote-write request')}${refused > 0 ? `, ${refused} refused` : ''}.`;
}

/** The families and their first series as text, for a browser without script (and for curl). */
function noscriptList(store: SeriesStore): string {
  const { families, series } = groupFamilies(store.list({ points: false }), store.metadata());
  if (families.length === 0) return '<noscript><p>Nothing received yet.</p></noscript>';
  const lines = series.slice(0, NOSCRIPT_SERIES).map((s) => {
    const labels = Object.entries(s.labels)
      .map(([k, v]) => `${escapeHtml(k)}="${escapeHtml(v)}"`)
      .join(', ');
    const value = s.kind === 'histogram' ? `count ${s.value}` : String(s.value);
    return `<li>${escapeHtml(s.name)}{${labels}} ${escapeHtml(value)}</li>`;
  });
  const summary = families
    .map(
      (f) => `<li>${escapeHtml(f.name)}: ${escapeHtml(f.type)}, ${plural(f.series, 'series', 'series')}</li>`,
    )
    .join('');
  return `<noscript><h2>Families</h2><ul>${summary}</ul><h2>Series</h2><ul>${lines.join('')}</ul></noscript>`;
}
