/**
 * Points that end up as one series at one millisecond. Prometheus keeps one of them and says nothing, so
 * before the fix a client got `200 {}` for data that was never stored. Each case goes through the local
 * forwarder into a real Prometheus 2.42; the answer must count every point not written, naming the
 * metric, and Prometheus must hold exactly the points said to be written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';
import { withPrometheusForwarder } from './prometheus-forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';

describe('points that collide in one series and millisecond', () => {
  const env = withPrometheusForwarder();

  /** Samples Prometheus holds for a selector, over the last 30 minutes. */
  const stored = async (selector: string): Promise<number> => {
    const data = await env.prometheus.api<{ result: { values: unknown[] }[] }>('/api/v1/query', {
      query: `${selector}[30m]`,
    });
    return data.result.reduce((n, series) => n + series.values.length, 0);
  };
  const valueAt = async (selector: string, seconds: number): Promise<number | undefined> => {
    const result = await env.prometheus.query(selector, seconds);
    return result.length === 0 ? undefined : Number(result[0]?.value[1]);
  };

  it('counts the second of two points under 1 ms apart and writes the first', async () => {
    const body = exportRequest(
      resourceMetrics([
        gauge('sub.ms', [
          { time: nanos(BASE_S, 100_000), value: 1 },
          { time: nanos(BASE_S, 400_000), value: 2 },
        ]),
      ]),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    assert.match(answer.message, /same series and millisecond.*"sub\.ms"/);
    assert.equal(await stored('sub_ms'), 1);
    assert.equal(await valueAt('sub_ms', BASE_S), 1);
  });

  it('counts attribute keys that sanitise to one label name (a.b and a_b)', async () => {
    const body = exportRequest(
      resourceMetrics([
        gauge('sanitised', [
          { time: nanos(BASE_S), value: 1, attrs: { 'a.b': 'x' } },
          { time: nanos(BASE_S), value: 2, attrs: { a_b: 'x' } },
        ]),
      ]),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    assert.equal(await stored('sanitised'), 1);
  });

  it('counts an empty attribute value against an absent one', async () => {
    const body = exportRequest(
      resourceMetrics([
        gauge('empty.value', [
          { time: nanos(BASE_S), value: 1, attrs: { k: '' } },
          { time: nanos(BASE_S), value: 2 },
        ]),
      ]),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.rejected, 1);
    assert.equal(await stored('empty_value'), 1);
  });

  it('counts two resources with the same service.name and service.instance.id', async () => {
    const body = exportRequest(
      resourceMetrics([gauge('two.resources', [{ time: nanos(BASE_S), value: 1 }])], 'svc', 'i-1', {
        'host.name': 'a',
      }),
      resourceMetrics([gauge('two.resources', [{ time: nanos(BASE_S), value: 2 }])], 'svc', 'i-1', {
        'host.name': 'b',
      }),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.rejected, 1);
    assert.equal(await stored('two_resources'), 1);
  });

  it('rejects a summary point with a repeated quantile as a whole', async () => {
    const summary = {
      name: 'dup.quantile',
      summary: {
        dataPoints: [
          {
            timeUnixNano: nanos(BASE_S),
            count: '10',
            sum: 5,
            quantileValues: [
              { quantile: 0.5, value: 1 },
              { quantile: 0.5, value: 2 },
            ],
          },
        ],
      },
    };
    const answer = await postJson(env.forwarder.metricsUrl, exportRequest(resourceMetrics([summary])));
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    assert.match(answer.message, /"dup\.quantile"/);
    assert.equal(await stored('{__name__=~"dup_quantile.*"}'), 0);
  });

  it('rejects the whole second histogram point when only some of its series clash', async () => {
    const histogram = (sum: number): Record<string, unknown> => ({
      timeUnixNano: nanos(BASE_S),
      count: '2',
      sum,
      explicitBounds: [1],
      bucketCounts: ['1', '1'],
    });
    const metric = {
      name: 'two.histograms',
      histogram: { aggregationTemporality: 2, dataPoints: [histogram(3), histogram(4)] },
    };
    const answer = await postJson(env.forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.rejected, 1);
    // _sum, _count and two buckets of the first point only.
    assert.equal(await stored('{__name__=~"two_histograms_.*"}'), 4);
    assert.equal(await valueAt('two_histograms_sum', BASE_S), 3);
  });

  it('counts an exact copy of a point as not written, and writes it once', async () => {
    const point = { time: nanos(BASE_S), value: 7 };
    const body = exportRequest(resourceMetrics([gauge('copied', [point, point])]));
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    assert.match(answer.message, /identical point.*"copied"/);
    assert.equal(await stored('copied'), 1);
  });

  it('writes points of one series at distinct milliseconds, in any order', async () => {
    const body = exportRequest(
      resourceMetrics([
        gauge('distinct.ms', [
          { time: nanos(BASE_S + 2), value: 3 },
          { time: nanos(BASE_S), value: 1 },
          { time: nanos(BASE_S + 1), value: 2 },
        ]),
      ]),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 0);
    assert.equal(await stored('distinct_ms'), 3);
  });
});

describe('what counts as the same sample', () => {
  let forwarder: RunningForwarder;
  before(async () => {
    forwarder = await startForwarder({});
  });
  after(() => forwarder.stop());

  it('tells a plain NaN from the stale marker at the same millisecond (a clash, not a copy)', async () => {
    const metric = {
      name: 'nan.bits',
      gauge: {
        dataPoints: [
          { timeUnixNano: nanos(BASE_S), asDouble: 'NaN' },
          // NoRecordedValue: the stale marker, another NaN bit pattern.
          { timeUnixNano: nanos(BASE_S), flags: 1 },
        ],
      },
    };
    const answer = await postJson(forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.rejected, 1);
    assert.match(answer.message, /other values/);
  });

  it('writes a summary point that lists one quantile twice with the same value', async () => {
    const metric = {
      name: 'same.quantile',
      summary: {
        dataPoints: [
          {
            timeUnixNano: nanos(BASE_S),
            count: '2',
            sum: 2,
            quantileValues: [
              { quantile: 0.5, value: 1 },
              { quantile: 0.5, value: 1 },
            ],
          },
        ],
      },
    };
    const answer = await postJson(forwarder.metricsUrl, exportRequest(resourceMetrics([metric])));
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 0, answer.message);
  });
});
