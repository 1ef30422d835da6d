/**
 * The field tags in remote-proto.ts against proto/prometheus/remote.proto itself, read with protobufjs's
 * parser: each tag is its field's number and wire type, and every exported tag is checked.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import protobuf from 'protobufjs';
import * as tags from '../../lambda/remote-write/remote-proto.js';

/** Each exported tag: the message and (proto) field name it is for. */
const FIELDS: Record<keyof typeof tags, [message: string, field: string]> = {
  WRITE_REQUEST_TIMESERIES: ['WriteRequest', 'timeseries'],
  WRITE_REQUEST_METADATA: ['WriteRequest', 'metadata'],
  TIME_SERIES_LABELS: ['TimeSeries', 'labels'],
  TIME_SERIES_SAMPLES: ['TimeSeries', 'samples'],
  TIME_SERIES_EXEMPLARS: ['TimeSeries', 'exemplars'],
  TIME_SERIES_HISTOGRAMS: ['TimeSeries', 'histograms'],
  LABEL_NAME: ['Label', 'name'],
  LABEL_VALUE: ['Label', 'value'],
  SAMPLE_VALUE: ['Sample', 'value'],
  SAMPLE_TIMESTAMP: ['Sample', 'timestamp'],
  EXEMPLAR_LABELS: ['Exemplar', 'labels'],
  EXEMPLAR_VALUE: ['Exemplar', 'value'],
  EXEMPLAR_TIMESTAMP: ['Exemplar', 'timestamp'],
  HISTOGRAM_COUNT_INT: ['Histogram', 'count_int'],
  HISTOGRAM_COUNT_FLOAT: ['Histogram', 'count_float'],
  HISTOGRAM_SUM: ['Histogram', 'sum'],
  HISTOGRAM_SCHEMA: ['Histogram', 'schema'],
  HISTOGRAM_ZERO_THRESHOLD: ['Histogram', 'zero_threshold'],
  HISTOGRAM_ZERO_COUNT_INT: ['Histogram', 'zero_count_int'],
  HISTOGRAM_ZERO_COUNT_FLOAT: ['Histogram', 'zero_count_float'],
  HISTOGRAM_NEGATIVE_SPANS: ['Histogram', 'negative_spans'],
  HISTOGRAM_NEGATIVE_DELTAS: ['Histogram', 'negative_deltas'],
  HISTOGRAM_NEGATIVE_COUNTS: ['Histogram', 'negative_counts'],
  HISTOGRAM_POSITIVE_SPANS: ['Histogram', 'positive_spans'],
  HISTOGRAM_POSITIVE_DELTAS: ['Histogram', 'positive_deltas'],
  HISTOGRAM_POSITIVE_COUNTS: ['Histogram', 'positive_counts'],
  HISTOGRAM_RESET_HINT: ['Histogram', 'reset_hint'],
  HISTOGRAM_TIMESTAMP: ['Histogram', 'timestamp'],
  HISTOGRAM_CUSTOM_VALUES: ['Histogram', 'custom_values'],
  BUCKET_SPAN_OFFSET: ['BucketSpan', 'offset'],
  BUCKET_SPAN_LENGTH: ['BucketSpan', 'length'],
  METRIC_METADATA_TYPE: ['MetricMetadata', 'type'],
  METRIC_METADATA_FAMILY_NAME: ['MetricMetadata', 'metric_family_name'],
  METRIC_METADATA_HELP: ['MetricMetadata', 'help'],
  METRIC_METADATA_UNIT: ['MetricMetadata', 'unit'],
};

// https://protobuf.dev/programming-guides/encoding/#structure
const VARINT = 0;
const FIXED64 = 1;
const LEN = 2;
const SCALAR_WIRE_TYPES: Record<string, number> = {
  double: FIXED64,
  int64: VARINT,
  uint64: VARINT,
  uint32: VARINT,
  sint32: VARINT,
  sint64: VARINT,
  string: LEN,
};

/** The wire type a field is written with: a packed repeated scalar and a message are length-delimited. */
function wireType(field: protobuf.Field): number {
  if (field.resolvedType instanceof protobuf.Type) return LEN;
  if (field.resolvedType instanceof protobuf.Enum) return field.repeated ? LEN : VARINT;
  if (field.repeated && field.packed) return LEN;
  const wire = SCALAR_WIRE_TYPES[field.type];
  assert.ok(wire !== undefined, `no wire type for ${field.type}`);
  return wire;
}

describe('remote.proto field tags', () => {
  // keepCase: field names as the .proto file spells them.
  const root = new protobuf.Root().loadSync('proto/prometheus/remote.proto', { keepCase: true }).resolveAll();

  it("are each field's number and wire type, as the .proto file declares them", () => {
    for (const [name, [message, fieldName]] of Object.entries(FIELDS)) {
      const type = root.lookupType(`prometheus.${message}`);
      const field = type.fields[fieldName];
      assert.ok(field, `${message}.${fieldName} is in remote.proto`);
      const tag = tags[name as keyof typeof tags];
      assert.equal(tag >> 3, field.id, `${name}: field number`);
      assert.equal(tag & 7, wireType(field), `${name}: wire type`);
    }
  });

  it('cover every field of every message the encoder writes', () => {
    const covered = new Set(Object.values(FIELDS).map(([m, f]) => `${m}.${f}`));
    for (const message of Object.values(FIELDS).map(([m]) => m)) {
      for (const field of root.lookupType(`prometheus.${message}`).fieldsArray) {
        assert.ok(covered.has(`${message}.${field.name}`), `${message}.${field.name} has a tag`);
      }
    }
  });
});
