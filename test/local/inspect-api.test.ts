/**
 * The inspect page's routes on a real local forwarder: the JSON grouped by family, the recent requests
 * (a sample the embedded receiver refuses among them), reset, the assets served locally, the page's
 * headers and its text without script.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

/** An OTLP/JSON request of one gauge point. */
const gauge = (
  name: string,
  value: number,
  timeMs: number,
  attributes: Record<string, string> = {},
): string =>
  JSON.stringify({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'service.name', value: { stringValue: 'api-test' } }] },
        scopeMetrics: [
          {
            metrics: [
              {
                name,
                gauge: {
                  dataPoints: [
                    {
                      asDouble: value,
                      timeUnixNano: `${timeMs}000000`,
                      attributes: Object.entries(attributes).map(([key, v]) => ({
                        key,
                        value: { stringValue: v },
                      })),
                    },
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
  });

interface SeriesAnswer {
  data: {
    name: string;
    family: string;
    type: string;
    labels: Record<string, string>;
    points: [number, unknown][];
  }[];
  families: { name: string; type: string; series: number; matched: number }[];
  truncated: boolean;
}

interface RequestsAnswer {
  data: { status: number; pointsIn: number; pointsRejected: number; message?: string }[];
}

describe('inspect routes', () => {
  let forwarder: RunningForwarder;
  const T = Date.now() - 60_000;
  const post = (body: string): Promise<Response> =>
    fetch(forwarder.metricsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const get = async <T>(path: string): Promise<T> =>
    (await (await fetch(`${forwarder.url}${path}`)).json()) as T;

  before(async () => {
    forwarder = await startForwarder();
  });
  after(() => forwarder.stop());

  it('passes on a sample the embedded receiver refuses: 400 with its words, in the requests panel too', async () => {
    assert.equal((await post(gauge('room.temperature', 20, T))).status, 200);
    const refused = await post(gauge('room.temperature', 21, T));
    // All of the request refused as bad data: the forwarder answers 400, with the destination's words.
    assert.equal(refused.status, 400);
    const { message } = (await refused.json()) as { message: string };
    assert.match(message, /duplicate sample for timestamp/);
    const [latest] = (await get<RequestsAnswer>('/api/v1/requests')).data;
    assert.deepEqual(
      latest && { status: latest.status, pointsIn: latest.pointsIn, message: latest.message },
      {
        status: 400,
        pointsIn: 1,
        message,
      },
    );
  });

  it('answers the series family by family, with recent points, filtered and limited', async () => {
    for (const room of ['Kitchen', 'hall', 'attic']) {
      assert.equal((await post(gauge('room.humidity', 40, T + 1000, { room }))).status, 200);
    }
    assert.equal((await post(gauge('room.temperature', 22, T + 1000))).status, 200);
    const all = await get<SeriesAnswer>('/api/v1/series');
    assert.deepEqual(
      all.families.map(({ name, type, series }) => ({ name, type, series })),
      [
        { name: 'room_humidity', type: 'gauge', series: 3 },
        { name: 'room_temperature', type: 'gauge', series: 1 },
      ],
    );
    assert.deepEqual(all.data.find((s) => s.name === 'room_temperature')?.points, [
      [T, 20],
      [T + 1000, 22],
    ]);
    const kitchen = await get<SeriesAnswer>('/api/v1/series?match=kITCHEN');
    assert.deepEqual(
      kitchen.families.map(({ name, series, matched }) => ({ name, series, matched })),
      [{ name: 'room_humidity', series: 3, matched: 1 }],
    );
    const limited = await get<SeriesAnswer>('/api/v1/series?limit=2');
    assert.equal(limited.data.length, 2);
    assert.equal(limited.truncated, true);
  });

  it('serves the page with a strict policy, and its text without script, escaped', async () => {
    assert.equal(
      (await post(gauge('hostile', 1, T + 2000, { v: '</noscript><script>alert(1)</script>' }))).status,
      200,
    );
    const page = await fetch(`${forwarder.url}/`);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    const html = await page.text();
    assert.match(html, /v="&lt;\/noscript&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(html, /room_humidity: gauge, 3 series/);
    assert.match(html, /1 series, |\d+ series, \d+ samples in \d+ remote-write requests/);
    assert.doesNotMatch(html, /\b1 samples\b|\b1 remote-write requests\b/);
  });

  it('serves uPlot and the page script itself', async () => {
    for (const [path, type] of [
      ['/assets/uplot.min.js', 'text/javascript'],
      ['/assets/uplot.min.css', 'text/css'],
      ['/assets/inspect.js', 'text/javascript'],
    ] as const) {
      const res = await fetch(`${forwarder.url}${path}`);
      assert.equal(res.status, 200, path);
      assert.ok(res.headers.get('content-type')?.startsWith(type), path);
      assert.ok((await res.text()).length > 1000, path);
    }
  });

  it('resets only on a JSON POST', async () => {
    const form = await fetch(`${forwarder.url}/api/v1/reset`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{}',
    });
    assert.equal(form.status, 415);
    assert.ok((await get<SeriesAnswer>('/api/v1/series')).data.length > 0);
    const reset = await fetch(`${forwarder.url}/api/v1/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    assert.equal(reset.status, 200);
    assert.deepEqual((await get<SeriesAnswer>('/api/v1/series')).data, []);
    assert.deepEqual((await get<RequestsAnswer>('/api/v1/requests')).data, []);
    // A fresh head: a sample older than the last one is taken again.
    assert.equal((await post(gauge('room.temperature', 19, T - 30 * 60_000))).status, 200);
    assert.equal((await get<SeriesAnswer>('/api/v1/series')).data.length, 1);
  });
});
