/**
 * SEND_METADATA end to end through the in-process forwarder: the series go in one WriteRequest and the
 * metadata in a separate metadata-only one, as the Collector's send_metadata sends them. The destination
 * is a local node:http server that decodes what it receives.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { prometheus } from '../../proto/generated/protos.js';
import { closeServer, listen } from '../../lambda/local/listen.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { decompress } from '../../lambda/remote-write/encode.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

const body = JSON.stringify({
  resourceMetrics: [
    {
      resource: { attributes: [{ key: 'service.name', value: { stringValue: 'meta' } }] },
      scopeMetrics: [
        {
          metrics: [
            {
              name: 'http.requests',
              unit: '{request}',
              description: 'Requests served.',
              sum: {
                aggregationTemporality: 2,
                isMonotonic: true,
                dataPoints: [{ timeUnixNano: '1700000000000000000', asInt: '3' }],
              },
            },
            {
              name: 'http.duration',
              unit: 's',
              description: 'Request time.',
              histogram: {
                aggregationTemporality: 2,
                dataPoints: [
                  {
                    timeUnixNano: '1700000000000000000',
                    count: '1',
                    sum: 0.2,
                    explicitBounds: [1],
                    bucketCounts: ['1', '0'],
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

describe('SEND_METADATA', () => {
  const received: prometheus.WriteRequest[] = [];
  let destination: Server;
  let forwarder: RunningForwarder | undefined;

  before(async () => {
    destination = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push(decodeWriteRequest(decompress(Buffer.concat(chunks))));
        res.writeHead(204).end();
      });
    });
    await listen(destination);
  });
  after(async () => {
    await forwarder?.stop();
    await closeServer(destination);
  });

  async function post(env: Record<string, string>): Promise<number> {
    received.length = 0;
    await forwarder?.stop();
    const { port } = destination.address() as AddressInfo;
    forwarder = await startForwarder({ REMOTE_WRITE_URL: `http://127.0.0.1:${port}/api/v1/write`, ...env });
    const res = await fetch(forwarder.metricsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    await res.arrayBuffer();
    return res.status;
  }

  it('sends metadata in its own metadata-only write request after the series', async () => {
    assert.equal(await post({ SEND_METADATA: 'true' }), 200);
    assert.equal(received.length, 2);
    const [series, metadata] = received;
    assert.equal(series!.timeseries.length, 5);
    assert.equal(series!.metadata.length, 0);
    assert.equal(metadata!.timeseries.length, 0);
    assert.deepEqual(
      metadata!.metadata.map((m) => [m.type, m.metricFamilyName, m.help, m.unit]),
      [
        [1, 'http_requests_total', 'Requests served.', ''],
        [3, 'http_duration_seconds', 'Request time.', 'seconds'],
      ],
    );
  });

  it('sends no metadata by default', async () => {
    assert.equal(await post({}), 200);
    assert.equal(received.length, 1);
    assert.equal(received[0]!.metadata.length, 0);
  });
});
