/**
 * One client's point a day ahead used to be written: Prometheus then moved its head forward and refused
 * every other client's samples of that series family as out of bounds. Points further ahead of the
 * forwarder's clock than MAX_TIMESTAMP_AHEAD_MS are now refused alone, with a reason.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startForwarder } from '../support/forwarder.js';
import { withPrometheusForwarder } from './prometheus-forwarder.js';
import { BASE_S, exportRequest, gauge, nanos, postJson, resourceMetrics } from './otlp-json.js';

const DAY_S = 86_400;

describe('points stamped ahead of the clock', () => {
  const env = withPrometheusForwarder();

  it('refuses a point a day ahead alone, and other clients keep writing', async () => {
    const hostile = exportRequest(
      resourceMetrics(
        [
          gauge('shared.family', [
            { time: nanos(BASE_S + DAY_S), value: 1 },
            { time: nanos(BASE_S), value: 2, attrs: { ok: 'yes' } },
          ]),
        ],
        'hostile',
      ),
    );
    const answer = await postJson(env.forwarder.metricsUrl, hostile);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    assert.match(answer.message, /ahead of the forwarder's clock.*MAX_TIMESTAMP_AHEAD_MS.*"shared\.family"/);

    // Another client, a little later, but still in the past: Prometheus must accept it.
    const honest = exportRequest(
      resourceMetrics([gauge('shared.family', [{ time: nanos(BASE_S + 30), value: 3 }])], 'honest'),
    );
    const second = await postJson(env.forwarder.metricsUrl, honest);
    assert.equal(second.status, 200);
    assert.equal(second.rejected, 0);
    const stored = await env.prometheus.query('shared_family');
    assert.deepEqual(stored.map((r) => r.metric.job).sort(), ['honest', 'hostile']);
  });

  it('writes points within the window, and a target_info not later than them', async () => {
    const body = exportRequest(
      resourceMetrics(
        [
          gauge('near.future', [
            { time: nanos(Date.now() / 1000 + 60), value: 1 },
            { time: nanos(Date.now() / 1000 + DAY_S), value: 2, attrs: { far: 'yes' } },
          ]),
        ],
        'clock',
        'i-1',
        { 'host.name': 'h' },
      ),
    );
    const answer = await postJson(env.forwarder.metricsUrl, body);
    assert.equal(answer.status, 200);
    assert.equal(answer.rejected, 1);
    const info = await env.prometheus.api<{ result: { values: [number, string][] }[] }>('/api/v1/query', {
      query: 'target_info{job="clock"}[3d]',
      time: String(Date.now() / 1000 + 2 * DAY_S),
    });
    const times = info.result.flatMap((s) => s.values.map(([t]) => t));
    assert.equal(times.length, 1);
    assert.ok((times[0] ?? Infinity) < Date.now() / 1000 + 600, 'target_info is not stamped a day ahead');
  });

  it('takes the window from MAX_TIMESTAMP_AHEAD_MS', async () => {
    const strict = await startForwarder({
      REMOTE_WRITE_URL: env.prometheus.remoteWriteUrl,
      MAX_TIMESTAMP_AHEAD_MS: '1000',
    });
    try {
      const body = exportRequest(
        resourceMetrics([gauge('strict.window', [{ time: nanos(Date.now() / 1000 + 60), value: 1 }])]),
      );
      const answer = await postJson(strict.metricsUrl, body);
      assert.equal(answer.status, 200);
      assert.equal(answer.rejected, 1);
    } finally {
      await strict.stop();
    }
  });
});
