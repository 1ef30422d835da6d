/**
 * The inspect page in a real browser (Chromium through playwright-core) against a real local forwarder fed
 * by the real OTel JS SDK: every instrument type, a delta counter the forwarder rejects, a refused request
 * and a hostile label value. Skipped, saying why, only when /usr/bin/chromium is absent.
 * UPDATE_SCREENSHOT=1 rewrites docs/inspect-page.png from the first screen.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { inspectClient, type InspectClient } from './inspect-sdk.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} is absent: install Debian's chromium package (apt-get install chromium) to run the browser tests`;

const HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
const DEFAULT_BOUNDS = [
  '0',
  '5',
  '10',
  '25',
  '50',
  '75',
  '100',
  '250',
  '500',
  '750',
  '1000',
  '2500',
  '5000',
  '7500',
  '10000',
  '+Inf',
];

/** Waits until the clock has moved on, so two exports never share a millisecond (a duplicate sample). */
async function nextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() <= start + 1) await new Promise((resolve) => setTimeout(resolve, 2));
}

/** Two rounds of every instrument type, the delta counter each round, then a refused request. */
async function feed(forwarder: RunningForwarder, client: InspectClient, delta: InspectClient): Promise<void> {
  const m = client.meter;
  const orders = m.createCounter('orders.placed', { description: 'Orders placed.' });
  const temperature = m.createGauge('room.temperature', { unit: 'Cel', description: 'Room temperature.' });
  const duration = m.createHistogram('http.server.duration', { unit: 'ms' });
  const latency = m.createHistogram('rpc.latency.exp', { unit: 's' });
  const depth = m.createUpDownCounter('queue.depth');
  const deltaRequests = delta.meter.createCounter('delta.requests');
  for (let round = 0; round < 2; round++) {
    orders.add(3 + round, { region: 'eu-west' });
    orders.add(1, { region: HOSTILE });
    for (const room of ['kitchen', 'hall', 'attic', 'cellar', 'porch']) {
      temperature.record(18 + round + room.length, { room });
    }
    for (let i = 0; i < 40; i++) {
      duration.record(1.4 ** (i % 30), { route: '/checkout' });
      latency.record(0.001 * 1.5 ** (i % 25), { method: 'GET' });
    }
    depth.add(round === 0 ? 5 : -2);
    deltaRequests.add(2);
    assert.equal(await client.exportOnce(), 0);
    assert.equal(await delta.exportOnce(), 0);
    await nextMillisecond();
  }
  const refused = await fetch(forwarder.metricsUrl, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: 'x',
  });
  assert.equal(refused.status, 415);
}

/**
 * Runs `expression` in the page and returns its (JSON) value. In-page code is written as strings: the
 * project's TypeScript has no DOM types.
 */
const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate<T>(expression);

/**
 * Waits until `expression` holds in the page, up to 10 s (playwright's waitForFunction evaluates with
 * eval(), which the page's Content-Security-Policy forbids, as it should).
 */
async function until(page: Page, expression: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await inPage<boolean>(page, expression)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`the page never got to: ${expression}`);
}

/** The families on the page: name, type word, series count text. */
const familiesShown = (page: Page): Promise<{ name: string; type: string; count: string }[]> =>
  inPage(
    page,
    `[...document.querySelectorAll('details.family')].map((f) => ({
      name: f.querySelector('.name').textContent,
      type: f.querySelector('.type').textContent,
      count: f.querySelector('.count').textContent,
    }))`,
  );

describe('inspect page in Chromium', { skip }, () => {
  let forwarder: RunningForwarder;
  let client: InspectClient;
  let delta: InspectClient;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  /** What before() started, stopped in reverse order by after(), even when before() failed half-way. */
  const stops: (() => Promise<void>)[] = [];

  before(async () => {
    forwarder = await startForwarder({ SEND_METADATA: 'true' });
    stops.push(() => forwarder.stop());
    client = inspectClient(forwarder.metricsUrl, 'shop');
    delta = inspectClient(forwarder.metricsUrl, 'shop-delta', true);
    stops.push(
      () => client.shutdown(),
      () => delta.shutdown(),
    );
    await feed(forwarder, client, delta);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    stops.push(() => browser.close());
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (err) => pageErrors.push(err.message));
    // Nothing is fetched off the forwarder.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(forwarder.url) ? route.continue() : route.abort(),
    );
    await page.goto(`${forwarder.url}/`);
    await page.waitForSelector('details.family');
  });
  after(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  it('groups series by family, with the type in words and the number of series', async () => {
    assert.deepEqual(await familiesShown(page), [
      { name: 'http_server_duration_milliseconds', type: 'histogram', count: '18 series' },
      { name: 'orders_placed_total', type: 'counter', count: '2 series' },
      { name: 'queue_depth', type: 'gauge', count: '1 series' },
      { name: 'room_temperature_celsius', type: 'gauge', count: '5 series' },
      { name: 'rpc_latency_exp_seconds', type: 'native histogram', count: '1 series' },
    ]);
    assert.deepEqual(pageErrors, []);
  });

  it('shows several families on the first screen at 1400x900', async () => {
    const onScreen = await inPage<number>(
      page,
      `[...document.querySelectorAll('details.family > summary')]
        .filter((h) => h.getBoundingClientRect().bottom <= innerHeight).length`,
    );
    assert.ok(onScreen >= 4, `${onScreen} families on the first screen`);
    if (process.env.UPDATE_SCREENSHOT === '1') await page.screenshot({ path: 'docs/inspect-page.png' });
  });

  it('lists classic buckets in numeric le order, +Inf last, adding up to the count', async () => {
    const histogram = page.locator('details.family[data-family="http_server_duration_milliseconds"]');
    await histogram.locator('details.buckets > summary').click();
    const rows = await inPage<string[][]>(
      page,
      `[...document.querySelectorAll('[data-family="http_server_duration_milliseconds"] details.buckets tr')]
        .slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent))`,
    );
    assert.deepEqual(
      rows.map((r) => r[0]),
      DEFAULT_BOUNDS,
    );
    const inBuckets = rows.reduce((n, r) => n + Number(r[2]), 0);
    assert.equal(inBuckets, 80);
    assert.match((await histogram.locator('.row .value').textContent()) ?? '', /^count 80, sum /);
  });

  it('draws every histogram as bars and recent values as lines', async () => {
    for (const family of ['http_server_duration_milliseconds', 'rpc_latency_exp_seconds']) {
      const heights = await inPage<number[]>(
        page,
        `[...document.querySelectorAll('[data-family="${family}"] svg.bars rect')]
          .map((r) => Number(r.getAttribute('height')))`,
      );
      assert.ok(heights.filter((h) => h > 0).length >= 5, `${family}: bars ${heights.join(' ')}`);
    }
    // Every series had two samples: each row has a line, and each line's canvas has pixels drawn.
    const lines = await inPage<number[]>(
      page,
      `[...document.querySelectorAll('.row .line')].map((box) => {
        const canvas = box.querySelector('canvas');
        if (!canvas) return 0;
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let drawn = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
        return drawn;
      })`,
    );
    assert.equal(lines.length, 8, 'rows shown: 1 + 2 + 1 + 3 (of 5) + 1');
    assert.ok(
      lines.every((drawn) => drawn > 20),
      `pixels drawn per line: ${lines.join(' ')}`,
    );
  });

  it('lays out native buckets on the schema: each bound base = 2^(2^-schema) times the last', async () => {
    const answer = (await (await fetch(`${forwarder.url}/api/v1/series?match=rpc_latency`)).json()) as {
      data: {
        histogram?: {
          schema: number;
          count: number;
          buckets: { lower: number; upper: number; count: number }[];
        };
      }[];
    };
    const h = answer.data[0]?.histogram;
    assert.ok(h, 'the native histogram is in the JSON');
    const base = 2 ** (2 ** -h.schema);
    for (const b of h.buckets) assert.ok(Math.abs(b.upper / b.lower - base) < 1e-9, `${b.lower}..${b.upper}`);
    assert.equal(
      h.buckets.reduce((n, b) => n + b.count, 0),
      h.count,
    );
    const shown = page.locator('details.family[data-family="rpc_latency_exp_seconds"]');
    assert.equal(await shown.locator('svg.bars rect').count(), h.buckets.length);
    assert.match(
      (await shown.locator('details.buckets > summary').textContent()) ?? '',
      /buckets, schema \d/,
    );
  });

  it('shows a hostile label value as text', async () => {
    const labels = await page
      .locator('details.family[data-family="orders_placed_total"] .labels')
      .allTextContents();
    assert.ok(labels.includes(`{region="${HOSTILE}"}`), labels.join('\n'));
    // The test's own code runs in the page as strings: the project's TypeScript has no DOM types.
    assert.equal(await page.evaluate('window.__pwned'), undefined);
    assert.equal(await page.locator('#families img, #families script').count(), 0);
  });

  it('lists recent requests: rejected points with the reason, refused requests with their message', async () => {
    const requests = await page.locator('#requests li').allTextContents();
    assert.ok(
      requests.some((r) => /1 point in.*1 rejected.*delta temporality/.test(r)),
      requests.join('\n'),
    );
    assert.ok(
      requests.some((r) => /415.*refused.*unsupported content-type "text\/plain"/.test(r)),
      requests.join('\n'),
    );
    assert.ok(
      requests.some((r) => /200\s*\d+ points in(\d+ native histograms?)?$/.test(r)),
      requests.join('\n'),
    );
    // The SDK's exponential histogram went as a native histogram: said, for receivers that drop them.
    assert.ok(
      requests.some((r) => /\d+ native histograms?$/.test(r)),
      requests.join('\n'),
    );
  });

  it('narrows to what the filter matches, case-insensitively, without reloading', async () => {
    await page.evaluate('window.__samePage = true');
    await page.locator('#filter').fill('KITCHEN');
    await until(page, 'document.querySelectorAll("details.family").length === 1');
    assert.deepEqual(await familiesShown(page), [
      { name: 'room_temperature_celsius', type: 'gauge', count: '5 series, 1 matching' },
    ]);
    await page.locator('#filter').fill('');
    await until(page, 'document.querySelectorAll("details.family").length === 5');
    assert.equal(await page.evaluate('window.__samePage'), true);
  });

  it('shows new series as they arrive', async () => {
    client.meter.createGauge('late.arrival').record(1);
    assert.equal(await client.exportOnce(), 0);
    await page.waitForSelector('details.family[data-family="late_arrival"]');
  });

  it('empties the store on reset', async () => {
    await page.locator('#reset').click();
    await until(page, 'document.querySelectorAll("details.family").length === 0');
    assert.match((await page.locator('#families').textContent()) ?? '', /Nothing received yet/);
    await until(page, 'document.querySelector("#requests").textContent === "No OTLP request yet."');
    const answer = (await (await fetch(`${forwarder.url}/api/v1/series`)).json()) as { data: unknown[] };
    assert.deepEqual(answer.data, []);
    assert.deepEqual(pageErrors, []);
  });
});
