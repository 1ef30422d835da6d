/** The embedded destination's page: what would have reached AMP, readable in a browser. */
import { METRICS_PATH } from '../constants.js';
import type { SeriesStore } from './series-store.js';

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Renders the series as an HTML table that refreshes itself every 5 seconds. */
export function renderSeriesPage(store: SeriesStore, listenUrl: string): string {
  const rows = store
    .list()
    .map((s) => {
      const labels = Object.entries(s.labels)
        .map(([k, v]) => `${escapeHtml(k)}="${escapeHtml(v)}"`)
        .join(', ');
      const value = s.kind === 'histogram' ? `histogram, count ${s.value}` : String(s.value);
      return `<tr><td>${escapeHtml(s.name)}</td><td class="labels">{${labels}}</td><td>${escapeHtml(value)}</td><td>${new Date(s.timestamp).toISOString()}</td><td>${s.received}</td></tr>`;
    })
    .join('\n');
  const { series, samples, requests } = store.stats;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
<title>otlp-prom-forwarder: received series</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}td.labels{font-family:monospace}</style>
</head><body>
<h1>otlp-prom-forwarder</h1>
<p>Embedded remote-write destination: these are the series the forwarder would send to AMP.
Send OTLP/HTTP metrics to <code>${escapeHtml(listenUrl)}${METRICS_PATH}</code>. JSON: <a href="/api/v1/series">/api/v1/series</a>.</p>
<p>${series} series, ${samples} samples in ${requests} remote-write requests. Refreshes every 5 s.</p>
<table><thead><tr><th>metric</th><th>labels</th><th>last value</th><th>time</th><th>samples</th></tr></thead>
<tbody>
${rows || '<tr><td colspan="5">nothing received yet</td></tr>'}
</tbody></table>
</body></html>
`;
}
