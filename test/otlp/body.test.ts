import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../lambda/errors.js';
import { decodeContent, formatOf } from '../../lambda/otlp/body.js';

describe('formatOf', () => {
  it('maps the OTLP media types, ignoring case and parameters', () => {
    assert.equal(formatOf('application/x-protobuf'), 'protobuf');
    assert.equal(formatOf('Application/JSON; charset=utf-8'), 'json');
  });
  it('rejects anything else with 415 naming what was sent and what is expected', () => {
    assert.throws(
      () => formatOf('text/plain'),
      (err: unknown) => {
        assert.ok(err instanceof UnsupportedMediaTypeError);
        assert.equal(
          err.message,
          'unsupported content-type "text/plain"; expected application/x-protobuf or application/json',
        );
        return true;
      },
    );
    assert.throws(() => formatOf(undefined), UnsupportedMediaTypeError);
  });
});

describe('decodeContent', () => {
  const text = Buffer.from('hello '.repeat(100));

  it('passes identity bodies through and inflates gzip', () => {
    assert.deepEqual(decodeContent(text, undefined, 1000), text);
    assert.deepEqual(decodeContent(text, 'identity', 1000), text);
    assert.deepEqual(Buffer.from(decodeContent(gzipSync(text), 'gzip', 1000)), text);
  });

  it('refuses a body over the cap before decompressing', () => {
    assert.throws(() => decodeContent(text, undefined, 599), PayloadTooLargeError);
  });

  it('stops inflating a gzip bomb at the cap', () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024)); // ~50 KB on the wire
    assert.ok(bomb.length < 100 * 1024);
    assert.throws(
      () => decodeContent(bomb, 'gzip', 1024 * 1024),
      (err: unknown) => {
        assert.ok(err instanceof PayloadTooLargeError);
        assert.match(err.message, /decompressed request body exceeds the limit of 1048576 bytes/);
        return true;
      },
    );
  });

  it('rejects a corrupt gzip stream with 400 and an unknown encoding with 415', () => {
    assert.throws(() => decodeContent(Buffer.from('not gzip'), 'gzip', 1000), BadRequestError);
    assert.throws(() => decodeContent(text, 'br', 1000), UnsupportedMediaTypeError);
  });
});
