/**
 * An OTLP/JSON field sent under both its names (`dataPoints` and `data_points`) in one object. Both are
 * accepted spellings, so JSON.parse keeps both keys; the walk kept whichever came last and dropped the
 * other's points with a 200 (the Collector's decoder reads both). Now a 400 naming the field, and nothing
 * is written.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { errorMessage, startServer, TIME, type Server } from './requests.js';

const point = (v: number) => ({ asDouble: v, timeUnixNano: TIME });
const body = (gauge: string): string =>
  `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"g","gauge":${gauge}}]}]}]}`;

const CASES: readonly (readonly [string, string, string])[] = [
  [
    'data points under both names',
    body(`{"dataPoints":[${JSON.stringify(point(1))}],"data_points":[${JSON.stringify(point(2))}]}`),
    'resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.data_points',
  ],
  [
    'a time under both names',
    body(`{"dataPoints":[{"asDouble":1,"timeUnixNano":"${TIME}","time_unix_nano":"1"}]}`),
    'resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].time_unix_nano',
  ],
];

describe('an OTLP/JSON field under both its names', () => {
  for (const [what, text, path] of CASES) {
    it(`refuses ${what}, naming the field`, () => {
      assert.throws(
        () => decodeExportRequest(Buffer.from(text), 'json'),
        (err: unknown) =>
          err instanceof BadRequestError &&
          err.message ===
            `invalid OTLP JSON: ${path} is set under both its names (lowerCamelCase and snake_case); expected one`,
      );
    });
  }

  it('still takes a null under one name beside a value under the other', () => {
    const text = body(`{"dataPoints":null,"data_points":[${JSON.stringify(point(2))}]}`);
    const r = decodeExportRequest(Buffer.from(text), 'json');
    assert.equal(r.resourceMetrics[0]?.scopeMetrics?.[0]?.metrics?.[0]?.gauge?.dataPoints?.length, 1);
  });

  describe('over HTTP', () => {
    let server: Server;
    before(async () => {
      server = await startServer();
    });
    after(async () => {
      await server.stop();
    });

    it('answers 400 naming the field, and writes nothing', async () => {
      const writes = server.destination.received.length;
      for (const [what, text, path] of CASES) {
        const res = await server.post(text, 'json');
        assert.equal(res.status, 400, what);
        assert.match(
          await errorMessage(res),
          new RegExp(`^invalid OTLP JSON: ${path.replace(/[[\].]/g, '\\$&')} is set under both`),
        );
      }
      assert.equal(server.destination.received.length, writes);
    });
  });
});
