/**
 * The wire decoder's field paths for error messages (lambda/otlp/wire/field-path.ts): its table of
 * length-delimited fields against the .proto files, read by protobufjs's own parser, and the path found for
 * a byte of a request.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import protobuf from 'protobufjs';
import { FIELD_PATH_MESSAGES, fieldPathAt, fieldSpec } from '../../lambda/otlp/wire/field-path.js';
import { encode, TIME } from '../hostile/requests.js';

const PROTO_DIR = join(import.meta.dirname, '..', '..', 'proto');

/** Scalar types whose repeated fields are packed (length-delimited) in proto3. */
const PACKABLE = new Set(['double', 'float', 'fixed64', 'sfixed64', 'int64', 'uint64', 'sint64', 'int32']);

describe('field paths of the wire decoder', () => {
  it('lists every length-delimited field of the OTLP metrics protos, and nothing else', () => {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
    root.loadSync('opentelemetry/proto/collector/metrics/v1/metrics_service.proto', { keepCase: true });
    root.resolveAll();
    const seen = new Set<string>();
    const queue = [root.lookupType('opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest')];
    while (queue.length > 0) {
      const proto = queue.shift()!;
      if (seen.has(proto.name)) continue;
      seen.add(proto.name);
      for (const f of proto.fieldsArray) {
        const where = `${proto.name}.${f.name}`;
        const message = f.resolvedType instanceof protobuf.Type ? f.resolvedType : undefined;
        if (message !== undefined) queue.push(message);
        const delimited =
          message !== undefined ||
          f.type === 'string' ||
          f.type === 'bytes' ||
          (f.repeated && PACKABLE.has(f.type));
        const spec = fieldSpec(proto.name, f.id);
        if (!delimited) {
          assert.equal(spec, undefined, where);
          continue;
        }
        assert.deepEqual(
          spec,
          { name: f.name, type: message?.name, repeated: message !== undefined && f.repeated },
          where,
        );
      }
    }
    assert.deepEqual([...seen].sort(), [...FIELD_PATH_MESSAGES].sort());
  });

  const bytes = encode({
    resourceMetrics: [
      {
        resource: { attributes: [{ key: 'a', value: { stringValue: 'x' } }] },
        scopeMetrics: [
          {
            scope: { name: 'lib' },
            metrics: [
              { name: 'first', gauge: { dataPoints: [{ asDouble: 1, timeUnixNano: TIME }] } },
              {
                name: 'second',
                sum: {
                  dataPoints: [
                    { asInt: 1, timeUnixNano: TIME },
                    { asInt: 2, attributes: [{ key: 'k', value: { stringValue: 'needle' } }] },
                  ],
                },
              },
            ],
          },
        ],
      },
    ],
  });
  const offsetOf = (text: string): number => Buffer.from(bytes).indexOf(Buffer.from(text));

  it('names the innermost field holding a byte, with the index of each repeated one', () => {
    assert.equal(
      fieldPathAt(bytes, offsetOf('needle') + 3),
      'resource_metrics[0].scope_metrics[0].metrics[1].sum.data_points[1].attributes[0].value.string_value',
    );
    assert.equal(
      fieldPathAt(bytes, offsetOf('second')),
      'resource_metrics[0].scope_metrics[0].metrics[1].name',
    );
    assert.equal(fieldPathAt(bytes, offsetOf('lib')), 'resource_metrics[0].scope_metrics[0].scope.name');
  });

  it('stops where the bytes stop making sense, and never throws', () => {
    const cut = bytes.subarray(0, offsetOf('needle'));
    assert.equal(fieldPathAt(cut, offsetOf('needle')), 'the request');
    assert.equal(fieldPathAt(new Uint8Array([0x0a, 0xff]), 1), 'the request');
    assert.equal(fieldPathAt(new Uint8Array(0), 0), 'the request');
  });
});
