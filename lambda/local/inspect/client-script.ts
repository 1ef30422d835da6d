/**
 * The inspect page's script, served as /assets/inspect.js. Plain browser JavaScript (it is sent as is),
 * written as a raw string: no backticks and no dollar-brace in it. Every text from the data goes in
 * with textContent, never as markup: label values are the client's, hostile or not. It polls the JSON
 * and redraws without reloading, keeping the filter and what was opened or closed.
 * The charts, row renderers and polling are in one closure; test/local/inspect-page.test.ts drives it.
 */
import { CLIENT_ROWS } from './client-rows.js';

const CLIENT_CORE = String.raw`
  var POLL_MS = 2000;
  var SERIES_LIMIT = 600;
  var ROWS_SHOWN = 3;
  var state = { filter: '', closed: new Set(), expanded: new Set(), openDetails: new Set(), charts: [],
    series: null, common: {}, lastSeries: '', lastRequests: '', timer: 0, generation: 0 };
  var familiesBox = document.getElementById('families');
  var requestsBox = document.getElementById('requests');
  var statsBox = document.getElementById('stats');
  var filterBox = document.getElementById('filter');
  var embedded = document.body.getAttribute('data-embedded') === 'yes';

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }
  function toNum(v) {
    if (typeof v === 'number') return v;
    if (v === '+Inf') return Infinity;
    if (v === '-Inf') return -Infinity;
    return NaN;
  }
  function num(v) {
    var n = toNum(v);
    if (isNaN(n)) return 'NaN';
    if (!isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
    var a = Math.abs(n);
    if (a !== 0 && (a >= 1e7 || a < 1e-3)) return n.toExponential(3);
    return String(Math.round(n * 1000) / 1000);
  }
  function clock(ms) {
    var d = new Date(ms);
    var pad = function (x) { return (x < 10 ? '0' : '') + x; };
    return pad(d.getHours()) + ':' + pad(d.getMinutes()) + ':' + pad(d.getSeconds());
  }
  function labelText(labels, shared) {
    var keys = Object.keys(labels).filter(function (k) { return !shared || !Object.prototype.hasOwnProperty.call(shared, k); });
    var parts = keys.map(function (k) { return k + '="' + labels[k] + '"'; });
    return '{' + parts.join(', ') + '}';
  }
  function toggleIn(set, key, details, openMeansIn) {
    details.addEventListener('toggle', function () {
      if (details.open === openMeansIn) set.add(key); else set.delete(key);
    });
  }

  function render() {
    var data = state.series;
    state.charts.forEach(function (u) { u.destroy(); });
    state.charts = [];
    var out = document.createDocumentFragment();
    if (!embedded) {
      out.appendChild(el('p', 'empty', 'REMOTE_WRITE_URL is set: series go there and are not kept here. The requests are on the right.'));
    } else if (!data) {
      out.appendChild(el('p', 'empty', 'Loading...'));
    } else if (data.families.length === 0) {
      out.appendChild(el('p', 'empty', state.filter ? 'No series match "' + state.filter + '".' : 'Nothing received yet: send OTLP/HTTP metrics to /v1/metrics.'));
    } else {
      var byFamily = new Map();
      data.data.forEach(function (s) {
        if (!byFamily.has(s.family)) byFamily.set(s.family, []);
        byFamily.get(s.family).push(s);
      });
      data.families.forEach(function (f) { out.appendChild(renderFamily(f, byFamily.get(f.name) || [])); });
      if (data.truncated) out.appendChild(el('p', 'note', 'Showing the first ' + data.data.length + ' series: filter to see the others.'));
    }
    familiesBox.replaceChildren(out);
    if (data && data.stats) {
      var st = data.stats;
      statsBox.textContent = plural(data.families.length, 'family', 'families') + ' shown; ' + plural(st.series, 'series', 'series') + ', ' +
        plural(st.samples, 'sample') + ' in ' + plural(st.requests, 'remote-write request') + (st.refused ? ', ' + st.refused + ' refused' : '') + '.';
    }
  }

  function renderFamily(f, series) {
    var d = el('details', 'family');
    d.open = !state.closed.has(f.name);
    d.setAttribute('data-family', f.name);
    d.setAttribute('data-type', f.type);
    toggleIn(state.closed, f.name, d, false);
    var head = el('summary');
    head.appendChild(el('span', 'name', f.name));
    var type = el('span', 'type t-' + f.type.replace(/ /g, '-') + (f.typeFrom === 'name' ? ' inferred' : ''), f.type);
    type.title = f.typeFrom === 'name' ? 'inferred from the names (SEND_METADATA=true sends the type)' : 'from the metadata sent';
    head.appendChild(type);
    head.appendChild(el('span', 'count', plural(f.series, 'series', 'series') + (f.matched < f.series ? ', ' + f.matched + ' matching' : '')));
    if (f.help) head.appendChild(el('span', 'help', f.help));
    d.appendChild(head);
    var instances = instancesOf(series);
    // Labels every series of the family shares are said once, above the rows, when there are rows to tell apart.
    var common = instances.length > 1 ? commonLabels(series) : {};
    if (Object.keys(common).length) d.appendChild(el('div', 'common', 'all: ' + labelText(common)));
    state.common = common;
    var shown = state.expanded.has(f.name) ? instances : instances.slice(0, ROWS_SHOWN);
    shown.forEach(function (inst) { d.appendChild(renderInstance(f, inst)); });
    if (instances.length > shown.length) {
      var more = el('button', 'more', 'show ' + (instances.length - shown.length) + ' more');
      more.type = 'button';
      more.addEventListener('click', function () { state.expanded.add(f.name); render(); });
      d.appendChild(more);
    }
    return d;
  }

  function commonLabels(series) {
    var common = Object.create(null);
    Object.keys(series[0].labels).forEach(function (k) {
      if (k === 'le' || k === 'quantile') return;
      var v = series[0].labels[k];
      if (series.every(function (s) { return s.labels[k] === v; })) common[k] = v;
    });
    return common;
  }

  /** Series of one family by labels without le and quantile: one histogram, summary or plain series each. */
  function instancesOf(series) {
    var out = [];
    var byKey = new Map();
    series.forEach(function (s) {
      var rest = Object.create(null);
      Object.keys(s.labels).forEach(function (k) { if (k !== 'le' && k !== 'quantile') rest[k] = s.labels[k]; });
      var key = s.kind === 'histogram' ? s.name + JSON.stringify(s.labels) : JSON.stringify(rest);
      var inst = byKey.get(key);
      if (!inst) { inst = { key: key, labels: rest, series: [] }; byKey.set(key, inst); out.push(inst); }
      inst.series.push(s);
    });
    return out;
  }

  function setStatus(text) {
    var box = document.getElementById('status');
    if (!box) { box = el('span'); box.id = 'status'; statsBox.parentNode.appendChild(box); }
    box.textContent = text ? ' ' + text : '';
  }
  function selecting() {
    var sel = window.getSelection();
    return !!sel && !sel.isCollapsed && familiesBox.contains(sel.anchorNode);
  }

  function poll() {
    clearTimeout(state.timer);
    var generation = ++state.generation;
    var query = '?limit=' + SERIES_LIMIT + (state.filter ? '&match=' + encodeURIComponent(state.filter) : '');
    var text = function (r) { if (!r.ok && r.status !== 404) throw new Error('HTTP ' + r.status); return r.text(); };
    Promise.all([
      embedded ? fetch('/api/v1/series' + query).then(text) : Promise.resolve(''),
      fetch('/api/v1/requests').then(text),
    ]).then(function (texts) {
      if (generation !== state.generation) return;
      // Unchanged data is not redrawn, nor is the list while the user selects text in it.
      if ((texts[0] !== state.lastSeries || !state.series) && !selecting()) {
        state.lastSeries = texts[0];
        state.series = texts[0] ? JSON.parse(texts[0]) : null;
        render();
      }
      if (texts[1] !== state.lastRequests) {
        state.lastRequests = texts[1];
        renderRequests(JSON.parse(texts[1]).data);
      }
      setStatus('');
    }).catch(function (err) {
      setStatus('cannot reach the forwarder: ' + err.message);
    }).then(function () {
      if (generation === state.generation) state.timer = setTimeout(poll, POLL_MS);
    });
  }

  function renderRequests(list) {
    var out = document.createDocumentFragment();
    if (list.length === 0) out.appendChild(el('li', 'empty', 'No OTLP request yet.'));
    list.forEach(function (r) {
      var kind = r.status >= 500 ? 's5' : r.status >= 400 ? 's4' : r.pointsRejected > 0 ? 'partial' : 'ok';
      var li = el('li', 'req ' + kind);
      var head = el('div', 'req-head');
      var time = el('time', '', clock(r.time));
      time.dateTime = new Date(r.time).toISOString();
      head.appendChild(time);
      head.appendChild(el('span', 'status', String(r.status)));
      head.appendChild(el('span', 'points', plural(r.pointsIn, 'point') + ' in'));
      if (r.pointsRejected > 0) head.appendChild(el('span', 'rejected', r.pointsRejected + ' rejected'));
      if (r.status >= 400) head.appendChild(el('span', 'rejected', 'refused'));
      // Receivers without native histograms (VictoriaMetrics, Prometheus without the feature) drop these.
      if (r.nativeHistograms > 0) {
        var native = el('span', 'native', plural(r.nativeHistograms, 'native histogram'));
        native.title = 'stored only where the destination supports native histograms; see EXPONENTIAL_HISTOGRAMS';
        head.appendChild(native);
      }
      li.appendChild(head);
      (r.rejections || []).forEach(function (x) {
        var names = x.metrics.length ? ' (' + x.metrics.join(', ') + ')' : '';
        li.appendChild(el('div', 'rejection', plural(x.points, 'point') + ': ' + x.words + names));
      });
      if (r.message) li.appendChild(el('div', 'message', r.message));
      out.appendChild(li);
    });
    requestsBox.replaceChildren(out);
  }

  var typing = 0;
  filterBox.addEventListener('input', function () {
    clearTimeout(typing);
    typing = setTimeout(function () {
      state.filter = filterBox.value.trim();
      history.replaceState(null, '', state.filter ? '#filter=' + encodeURIComponent(state.filter) : location.pathname);
      poll();
    }, 120);
  });
  document.getElementById('reset').addEventListener('click', function () {
    fetch('/api/v1/reset', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
      .then(function () { state.lastSeries = ''; state.lastRequests = ''; poll(); })
      .catch(function (err) { setStatus('reset failed: ' + err.message); });
  });
  var fromHash = /^#filter=(.*)$/.exec(location.hash);
  if (fromHash) {
    try { state.filter = decodeURIComponent(fromHash[1]); } catch (e) { state.filter = ''; }
    filterBox.value = state.filter;
  }
  poll();
`;

/** The whole script: the core above and the row renderers (client-rows.ts), in one closure. */
export const CLIENT_SCRIPT = `(function () {\n'use strict';\n${CLIENT_ROWS}\n${CLIENT_CORE}\n})();\n`;
