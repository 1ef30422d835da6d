/**
 * The inspect page's row renderers, part of /assets/inspect.js (see client-script.ts; same rules: plain
 * browser JavaScript in a raw string, text only through textContent). One row per plain series, per
 * classic histogram (its _bucket, _sum and _count together), per native histogram and per summary; a
 * histogram's buckets as a bar chart (SVG) with the table folded away, recent values as a line (uPlot).
 */
export const CLIENT_ROWS = String.raw`
  var MAX_TABLE_ROWS = 200;

  function svg(tag, attrs) {
    var e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  function renderInstance(f, inst) {
    if (f.type === 'native histogram') return nativeRow(inst.series[0]);
    if (f.type === 'histogram' || f.type === 'gauge histogram') return classicRow(f, inst);
    if (f.type === 'summary') return summaryRow(f, inst);
    var s = inst.series[0];
    var row = baseRow((s.name === f.name ? '' : s.name) + labelText(s.labels, state.common), num(s.value), s.timestamp);
    row.appendChild(lineChart(s.points));
    return row;
  }

  function baseRow(labels, value, time) {
    var row = el('div', 'row');
    row.appendChild(el('code', 'labels', labels));
    var cell = el('span', 'value', value);
    var when = el('time', 'when', clock(time));
    when.dateTime = new Date(time).toISOString();
    when.title = 'latest sample ' + when.dateTime;
    cell.appendChild(when);
    row.appendChild(cell);
    return row;
  }

  function classicRow(f, inst) {
    var buckets = [];
    var sum = null;
    var count = null;
    inst.series.forEach(function (s) {
      if (s.name === f.name + '_bucket') buckets.push(s);
      else if (s.name === f.name + '_sum') sum = s;
      else if (s.name === f.name + '_count') count = s;
    });
    var latest = count || sum || buckets[buckets.length - 1] || inst.series[0];
    var row = baseRow(labelText(inst.labels, state.common), 'count ' + (count ? num(count.value) : '?') + ', sum ' + (sum ? num(sum.value) : '?'), latest.timestamp);
    // Buckets are cumulative and come in numeric le order (+Inf last): each bar is the difference.
    var previous = 0;
    var bars = buckets.map(function (s, i) {
      var cumulative = toNum(s.value);
      var bar = { label: '(' + (i === 0 ? '-Inf' : buckets[i - 1].labels.le) + ', ' + s.labels.le + ']', count: Math.max(0, cumulative - previous), cumulative: cumulative };
      previous = cumulative;
      return bar;
    });
    row.appendChild(lineChart(count ? count.points : []));
    row.appendChild(barChart(bars));
    row.appendChild(table('b:' + f.name + inst.key, plural(bars.length, 'bucket'), ['le', 'cumulative', 'in bucket'],
      bars.map(function (b, i) { return [buckets[i].labels.le, num(b.cumulative), num(b.count)]; })));
    return row;
  }

  function nativeRow(s) {
    var h = s.histogram;
    if (!h) return baseRow(labelText(s.labels, state.common), num(s.value), s.timestamp);
    var row = baseRow(labelText(s.labels, state.common), 'count ' + num(h.count) + ', sum ' + num(h.sum), s.timestamp);
    var bars = h.buckets.map(function (b) { return { label: range(b), count: toNum(b.count) }; });
    row.appendChild(lineChart(s.points));
    row.appendChild(barChart(bars));
    row.appendChild(table('n:' + s.name + JSON.stringify(s.labels), plural(bars.length, 'bucket') + ', schema ' + h.schema,
      ['bucket', 'count'], bars.map(function (b) { return [b.label, num(b.count)]; })));
    return row;
  }

  /** Positive buckets are (lower, upper], negative ones [lower, upper), the zero bucket [-t, t]. */
  function range(b) {
    var lower = toNum(b.lower);
    var upper = toNum(b.upper);
    if (lower < 0 && upper > 0) return '[' + num(lower) + ', ' + num(upper) + ']';
    if (upper <= 0 && lower < 0) return '[' + num(lower) + ', ' + num(upper) + ')';
    return '(' + num(lower) + ', ' + num(upper) + ']';
  }

  function summaryRow(f, inst) {
    var quantiles = [];
    var sum = null;
    var count = null;
    inst.series.forEach(function (s) {
      if (s.name === f.name + '_sum') sum = s;
      else if (s.name === f.name + '_count') count = s;
      else if (s.labels.quantile !== undefined) quantiles.push(s);
    });
    var latest = count || sum || inst.series[0];
    var row = baseRow(labelText(inst.labels, state.common), 'count ' + (count ? num(count.value) : '?') + ', sum ' + (sum ? num(sum.value) : '?'), latest.timestamp);
    row.appendChild(lineChart(count ? count.points : []));
    if (quantiles.length) {
      row.appendChild(el('span', 'quantiles', quantiles.map(function (q) { return 'q' + q.labels.quantile + ' ' + num(q.value); }).join(', ')));
    }
    return row;
  }

  /** Recent values as a small line (uPlot); nothing for fewer than two. NaN and infinities are gaps. */
  function lineChart(points) {
    var box = el('div', 'line');
    if (!points || points.length < 2 || typeof uPlot !== 'function') return box;
    var xs = [];
    var ys = [];
    points.forEach(function (p) {
      var y = toNum(p[1]);
      xs.push(p[0] / 1000);
      ys.push(isFinite(y) ? y : null);
    });
    box.title = plural(points.length, 'recent sample');
    var chart = new uPlot({
      width: 160, height: 36, padding: [3, 2, 3, 2],
      legend: { show: false }, cursor: { show: false }, select: { show: false },
      axes: [{ show: false }, { show: false }],
      scales: { x: { time: false } },
      series: [{}, { stroke: '#0969da', width: 1.5, fill: 'rgba(9,105,218,0.12)', points: { show: false } }],
    }, [xs, ys], box);
    state.charts.push(chart);
    return box;
  }

  /** Buckets as bars (SVG), each with its range and count as a tooltip. */
  function barChart(bars) {
    var W = 220;
    var H = 40;
    var n = Math.max(bars.length, 1);
    var chart = svg('svg', { width: W, height: H, viewBox: '0 0 ' + W + ' ' + H, 'class': 'bars', role: 'img', 'aria-label': plural(bars.length, 'bucket') });
    var max = 0;
    bars.forEach(function (b) { if (isFinite(b.count) && b.count > max) max = b.count; });
    var w = W / n;
    bars.forEach(function (b, i) {
      var h = max > 0 && b.count > 0 ? Math.max(1, (b.count / max) * (H - 2)) : 0;
      var rect = svg('rect', { x: (i * w).toFixed(2), y: (H - h).toFixed(2), width: Math.max(w > 3 ? w - 1 : w, 0.5).toFixed(2), height: h.toFixed(2) });
      var tip = svg('title', {});
      tip.textContent = b.label + ': ' + num(b.count);
      rect.appendChild(tip);
      chart.appendChild(rect);
    });
    return chart;
  }

  /** A folded table; whether it is open survives redraws. */
  function table(id, title, headers, rows) {
    var details = el('details', 'buckets');
    details.open = state.openDetails.has(id);
    toggleIn(state.openDetails, id, details, true);
    details.appendChild(el('summary', '', title));
    var t = el('table');
    var head = el('tr');
    headers.forEach(function (h) { head.appendChild(el('th', '', h)); });
    t.appendChild(head);
    rows.slice(0, MAX_TABLE_ROWS).forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (c) { tr.appendChild(el('td', '', c)); });
      t.appendChild(tr);
    });
    details.appendChild(t);
    if (rows.length > MAX_TABLE_ROWS) details.appendChild(el('p', 'note', (rows.length - MAX_TABLE_ROWS) + ' more'));
    return details;
  }
`;
