/**
 * Attribute values nested inside arrays and kvlists. The limit is MAX_ANY_VALUE_DEPTH AnyValue levels
 * (the README's promise), the same for arrays and kvlists and in both encodings: exactly the limit is
 * accepted and rendered as the Collector renders it, one level more is a 400 naming the limit, and 10,000
 * levels are a clean 400 (no stack overflow, no 500). Before, a KeyValue counted as a level too, so a
 * kvlist 16 deep was refused although the README promised 32.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { MAX_ANY_VALUE_DEPTH } from '../../lambda/otlp/limits.js';
import { anyValueToString } from '../../lambda/translate/values.js';
import { canonical } from '../support/canonical.js';
import {
  decodeWithProtobufjs,
  deepJson,
  deepLabelValue,
  deepProtobuf,
  errorMessage,
  startServer,
  type Server,
} from './requests.js';

const N = MAX_ANY_VALUE_DEPTH;
const KINDS = ['array', 'kvlist'] as const;
const FORMATS = ['protobuf', 'json'] as const;

const body = (levels: number, kind: 'array' | 'kvlist', format: 'protobuf' | 'json'): Uint8Array =>
  format === 'json' ? Buffer.from(deepJson(levels, kind)) : deepProtobuf(levels, kind);

const attributeOf = (levels: number, kind: 'array' | 'kvlist', format: 'protobuf' | 'json') =>
  decodeExportRequest(body(levels, kind, format), format).resourceMetrics[0]?.scopeMetrics?.[0]?.metrics?.[0]
    ?.gauge?.dataPoints?.[0]?.attributes?.[0];

const refusal = (format: 'protobuf' | 'json'): RegExp =>
  format === 'json'
    ? /^invalid OTLP JSON: resourceMetrics\[0\]\.scopeMetrics\[0\]\.metrics\[0\]\.gauge\.dataPoints\[0\]\.attributes\[0\]\.value\..* nests attribute values \(AnyValue\) deeper than 100 levels$/
    : /^request body is not a valid OTLP protobuf ExportMetricsServiceRequest: resource_metrics\[0\]\.scope_metrics\[0\]\.metrics\[0\]\.gauge\.data_points\[0\]\.attributes\[0\]\.value\..* nests attribute values \(AnyValue\) deeper than 100 levels$/;

describe('attribute nesting limit (decoder)', () => {
  it('is 100 AnyValue levels, as the README says', () => {
    assert.equal(N, 100);
  });

  for (const format of FORMATS) {
    for (const kind of KINDS) {
      it(`${format}: accepts ${kind}s exactly ${N} levels deep and renders the label value as the Collector does`, () => {
        const kv = attributeOf(N, kind, format);
        assert.equal(kv?.key, 'deep');
        assert.equal(anyValueToString(kv.value), deepLabelValue(N, kind));
      });

      it(`${format}: refuses ${kind}s ${N + 1} levels deep with a 400 naming the limit`, () => {
        assert.throws(
          () => attributeOf(N + 1, kind, format),
          (err: unknown) => err instanceof BadRequestError && refusal(format).test(err.message),
        );
      });

      it(`${format}: refuses ${kind}s 10,000 levels deep cleanly`, () => {
        assert.throws(
          () => attributeOf(10_000, kind, format),
          (err: unknown) => err instanceof BadRequestError && refusal(format).test(err.message),
        );
      });
    }
  }

  it('decodes the deepest accepted protobuf as protobufjs does', () => {
    for (const kind of KINDS) {
      const bytes = deepProtobuf(N, kind);
      assert.deepEqual(
        canonical(decodeExportRequest(bytes, 'protobuf')),
        canonical(decodeWithProtobufjs(bytes)),
      );
    }
  });

  it('counts the same levels in both encodings', () => {
    for (const kind of KINDS) {
      for (const levels of [1, 2, 17, N]) {
        const fromJson = attributeOf(levels, kind, 'json');
        const fromProtobuf = attributeOf(levels, kind, 'protobuf');
        assert.equal(anyValueToString(fromJson?.value), deepLabelValue(levels, kind));
        assert.equal(anyValueToString(fromProtobuf?.value), deepLabelValue(levels, kind));
      }
    }
  });
});

describe('attribute nesting limit over HTTP', () => {
  let server: Server;
  before(async () => {
    server = await startServer();
  });
  after(async () => {
    await server.stop();
  });

  for (const format of FORMATS) {
    for (const kind of KINDS) {
      it(`${format}: writes ${kind}s ${N} levels deep with the Collector's label value`, async () => {
        const accepted = server.destination.accepted.length;
        const res = await server.post(body(N, kind, format), format);
        assert.equal(res.status, 200);
        const values = server.destination.accepted
          .slice(accepted)
          .flatMap((w) =>
            w.request.timeseries.flatMap((ts) => (ts.labels ?? []).filter((l) => l.name === 'deep')),
          )
          .map((l) => l.value);
        assert.deepEqual(values, [deepLabelValue(N, kind)]);
      });

      for (const levels of [N + 1, 10_000]) {
        it(`${format}: answers 400 naming the limit to ${kind}s ${levels} levels deep, and writes nothing`, async () => {
          const writes = server.destination.received.length;
          const res = await server.post(body(levels, kind, format), format);
          assert.equal(res.status, 400);
          assert.match(await errorMessage(res), refusal(format));
          assert.equal(server.destination.received.length, writes);
        });
      }
    }
  }
});
