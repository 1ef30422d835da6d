/**
 * The JSON normalizer's schema (lambda/otlp/json-schema.ts) against the .proto files it was written from,
 * read by protobufjs's own parser: every message reachable from ExportMetricsServiceRequest, every field
 * with its JSON names, repetition, type and oneof group. A field added to the protos and not to the
 * schema would otherwise be dropped from JSON requests as unknown.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import protobuf from 'protobufjs';
import { EXPORT_REQUEST, MESSAGE_TYPES, type MessageType } from '../../lambda/otlp/json-schema.js';

const PROTO_DIR = join(import.meta.dirname, '..', '..', 'proto');

/** The JSON kind a proto scalar type must have. */
const KIND: Record<string, string> = {
  int64: 'int64',
  sint64: 'int64',
  sfixed64: 'int64',
  uint64: 'uint64',
  fixed64: 'uint64',
  int32: 'int32',
  sint32: 'int32',
  sfixed32: 'int32',
  uint32: 'uint32',
  fixed32: 'uint32',
  double: 'double',
  float: 'double',
  bool: 'bool',
  string: 'string',
  AggregationTemporality: 'temporality',
};

it('matches every message and field of the OTLP metrics protos', () => {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync('opentelemetry/proto/collector/metrics/v1/metrics_service.proto', { keepCase: true });
  root.resolveAll();

  const seen = new Set<string>();
  const queue: [protobuf.Type, MessageType][] = [
    [root.lookupType('opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest'), EXPORT_REQUEST],
  ];
  while (queue.length > 0) {
    const [proto, schema] = queue.shift()!;
    if (seen.has(proto.fullName)) continue;
    seen.add(proto.fullName);
    assert.equal(schema.name, proto.name);
    const distinct = new Set(schema.fields.values());
    assert.equal(distinct.size, proto.fieldsArray.length, `${proto.name}: field count`);

    for (const f of proto.fieldsArray) {
      const where = `${proto.name}.${f.name}`;
      const camel = protobuf.util.jsonName(f.name);
      const field = schema.fields.get(camel);
      assert.ok(field, `${where} missing`);
      assert.equal(schema.fields.get(f.name), field, `${where} under its snake_case name`);
      assert.equal(field.name, camel, where);
      assert.equal(field.repeated, f.repeated, `${where} repeated`);

      if (f.resolvedType instanceof protobuf.Type) {
        assert.equal(typeof field.type, 'object', `${where} is a message`);
        queue.push([f.resolvedType, field.type as MessageType]);
      } else {
        const bytes = f.name === 'trace_id' ? 'trace-id' : f.name === 'span_id' ? 'span-id' : 'base64-bytes';
        assert.equal(field.type, f.type === 'bytes' ? bytes : KIND[f.type], `${where} type ${f.type}`);
      }

      // proto3 `optional` makes a synthetic oneof (named _field); only real oneofs are exclusive.
      const group =
        f.partOf && !f.partOf.name.startsWith('_') ? f.partOf.oneof.map(protobuf.util.jsonName) : undefined;
      assert.deepEqual(field.oneof, group, `${where} oneof`);
    }
  }
  assert.deepEqual([...seen].map((n) => n.split('.').pop()).sort(), [...MESSAGE_TYPES.keys()].sort());
});
