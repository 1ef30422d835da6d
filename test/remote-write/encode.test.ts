import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { compress, decompress, loadSnappy } from '../../lambda/remote-write/encode.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import { int64ToNumber } from '../../lambda/translate/values.js';

describe('remote-write encoding', () => {
  const series = [
    {
      labels: [
        { name: '__name__', value: 'up' },
        { name: 'job', value: 'a' },
      ],
      samples: [
        { value: 1, timestamp: 1700000000000 },
        { value: 0.5, timestamp: 1700000001000 },
      ],
    },
  ];

  it('round-trips a WriteRequest through protobuf and snappy', () => {
    const decoded = decodeWriteRequest(decompress(compress(encodeWriteRequest(series))));
    assert.equal(decoded.timeseries.length, 1);
    assert.deepEqual(
      (decoded.timeseries[0]?.labels ?? []).map((l) => [l.name, l.value]),
      [
        ['__name__', 'up'],
        ['job', 'a'],
      ],
    );
    assert.deepEqual(
      (decoded.timeseries[0]?.samples ?? []).map((s) => [s.value, int64ToNumber(s.timestamp)]),
      [
        [1, 1700000000000],
        [0.5, 1700000001000],
      ],
    );
  });

  it('uses the snappy block format (a varint of the uncompressed length first), not the framed format', () => {
    const raw = encodeWriteRequest(series);
    const block = compress(raw);
    assert.equal(block[0], raw.length, 'first byte is the uncompressed length for bodies under 128 bytes');
    assert.notEqual(block[0], 0xff, 'the framed format starts with a 0xff stream identifier chunk');
  });

  it('writes field numbers of the remote-write 1.0 proto (timeseries = 1, labels = 1, samples = 2)', () => {
    const raw = encodeWriteRequest([
      { labels: [{ name: 'a', value: 'b' }], samples: [{ value: 0, timestamp: 1 }] },
    ]);
    assert.deepEqual(
      [...raw],
      // WriteRequest.timeseries (1, LEN) { labels (1, LEN) { name "a" value "b" } samples (2, LEN) { timestamp 1 } }
      [0x0a, 0x0c, 0x0a, 0x06, 0x0a, 0x01, 0x61, 0x12, 0x01, 0x62, 0x12, 0x02, 0x10, 0x01],
    );
  });

  const glibc =
    process.platform === 'linux' &&
    (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header
      ?.glibcVersionRuntime !== undefined;
  // Elsewhere (musl, macOS, Windows) the package has another name and snappy's own loader is the path.
  it(
    "loads snappy's binary package directly, not through snappy's napi-rs loader (a cold-start cost)",
    {
      skip: !glibc && 'not Linux with glibc',
    },
    () => {
      const require = createRequire(import.meta.url);
      const binary = `@napi-rs/snappy-linux-${process.arch}-gnu`;
      assert.equal(loadSnappy(), require(binary));
      assert.notEqual(loadSnappy(), require('snappy'));
    },
  );
});
