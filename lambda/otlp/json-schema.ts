/**
 * The OTLP metrics messages as the JSON normalizer walks them: for every message, its fields' JSON names
 * (lowerCamelCase and the proto's snake_case both), their types and oneof groups. Written from
 * proto/opentelemetry/**; test/otlp/json-schema.test.ts checks it against those .proto files.
 */
/** How a scalar field's JSON value is read (see json-scalars.ts). */
export type ScalarKind =
  | 'int64'
  | 'uint64'
  | 'int32'
  | 'uint32'
  | 'double'
  | 'bool'
  | 'string'
  | 'trace-id'
  | 'span-id'
  | 'base64-bytes'
  | 'temporality';

export interface Field {
  /** The lowerCamelCase name protobufjs reads. */
  readonly name: string;
  readonly repeated: boolean;
  /** A scalar kind, or the message type. */
  readonly type: ScalarKind | MessageType;
  /** The lowerCamelCase names of the field's oneof group (itself included), when it is in one. */
  readonly oneof: readonly string[] | undefined;
}

export interface MessageType {
  readonly name: string;
  /** By JSON key: each field under its lowerCamelCase and its snake_case name. */
  readonly fields: ReadonlyMap<string, Field>;
  /** AnyValue: a level of attribute nesting, which is limited (limits.ts). */
  readonly nests: boolean;
}

/**
 * The enum value names AggregationTemporality accepts (metrics.proto); spelled out rather than read from
 * the generated code, which would pull protobufjs into the Lambda bundle. The schema test checks them.
 */
export const TEMPORALITY_NAMES: ReadonlyMap<string, number> = new Map([
  ['AGGREGATION_TEMPORALITY_UNSPECIFIED', 0],
  ['AGGREGATION_TEMPORALITY_DELTA', 1],
  ['AGGREGATION_TEMPORALITY_CUMULATIVE', 2],
]);

/**
 * Field types by proto field name: a scalar kind or a message name, `[]` for repeated. A field written
 * `name|group` is in that oneof group.
 */
const SPEC: Record<string, Record<string, string>> = {
  ExportMetricsServiceRequest: { resource_metrics: 'ResourceMetrics[]' },
  ResourceMetrics: { resource: 'Resource', scope_metrics: 'ScopeMetrics[]', schema_url: 'string' },
  Resource: { attributes: 'KeyValue[]', dropped_attributes_count: 'uint32' },
  ScopeMetrics: { scope: 'InstrumentationScope', metrics: 'Metric[]', schema_url: 'string' },
  InstrumentationScope: {
    name: 'string',
    version: 'string',
    attributes: 'KeyValue[]',
    dropped_attributes_count: 'uint32',
  },
  Metric: {
    name: 'string',
    description: 'string',
    unit: 'string',
    'gauge|data': 'Gauge',
    'sum|data': 'Sum',
    'histogram|data': 'Histogram',
    'exponential_histogram|data': 'ExponentialHistogram',
    'summary|data': 'Summary',
    metadata: 'KeyValue[]',
  },
  Gauge: { data_points: 'NumberDataPoint[]' },
  Sum: { data_points: 'NumberDataPoint[]', aggregation_temporality: 'temporality', is_monotonic: 'bool' },
  Histogram: { data_points: 'HistogramDataPoint[]', aggregation_temporality: 'temporality' },
  ExponentialHistogram: {
    data_points: 'ExponentialHistogramDataPoint[]',
    aggregation_temporality: 'temporality',
  },
  Summary: { data_points: 'SummaryDataPoint[]' },
  NumberDataPoint: {
    attributes: 'KeyValue[]',
    start_time_unix_nano: 'uint64',
    time_unix_nano: 'uint64',
    'as_double|value': 'double',
    'as_int|value': 'int64',
    exemplars: 'Exemplar[]',
    flags: 'uint32',
  },
  HistogramDataPoint: {
    attributes: 'KeyValue[]',
    start_time_unix_nano: 'uint64',
    time_unix_nano: 'uint64',
    count: 'uint64',
    sum: 'double',
    bucket_counts: 'uint64[]',
    explicit_bounds: 'double[]',
    exemplars: 'Exemplar[]',
    flags: 'uint32',
    min: 'double',
    max: 'double',
  },
  ExponentialHistogramDataPoint: {
    attributes: 'KeyValue[]',
    start_time_unix_nano: 'uint64',
    time_unix_nano: 'uint64',
    count: 'uint64',
    sum: 'double',
    scale: 'int32',
    zero_count: 'uint64',
    positive: 'Buckets',
    negative: 'Buckets',
    flags: 'uint32',
    exemplars: 'Exemplar[]',
    min: 'double',
    max: 'double',
    zero_threshold: 'double',
  },
  Buckets: { offset: 'int32', bucket_counts: 'uint64[]' },
  SummaryDataPoint: {
    attributes: 'KeyValue[]',
    start_time_unix_nano: 'uint64',
    time_unix_nano: 'uint64',
    count: 'uint64',
    sum: 'double',
    quantile_values: 'ValueAtQuantile[]',
    flags: 'uint32',
  },
  ValueAtQuantile: { quantile: 'double', value: 'double' },
  Exemplar: {
    filtered_attributes: 'KeyValue[]',
    time_unix_nano: 'uint64',
    'as_double|value': 'double',
    'as_int|value': 'int64',
    span_id: 'span-id',
    trace_id: 'trace-id',
  },
  KeyValue: { key: 'string', value: 'AnyValue' },
  AnyValue: {
    'string_value|value': 'string',
    'bool_value|value': 'bool',
    'int_value|value': 'int64',
    'double_value|value': 'double',
    'array_value|value': 'ArrayValue',
    'kvlist_value|value': 'KeyValueList',
    'bytes_value|value': 'base64-bytes',
  },
  ArrayValue: { values: 'AnyValue[]' },
  KeyValueList: { values: 'KeyValue[]' },
};

const SCALARS: ReadonlySet<string> = new Set<ScalarKind>([
  'int64',
  'uint64',
  'int32',
  'uint32',
  'double',
  'bool',
  'string',
  'trace-id',
  'span-id',
  'base64-bytes',
  'temporality',
]);

const lowerCamel = (snake: string): string =>
  snake.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

/** Every message type by name, built once from SPEC. */
export const MESSAGE_TYPES: ReadonlyMap<string, MessageType> = (() => {
  const fieldMaps = new Map<string, Map<string, Field>>();
  const types = new Map<string, MessageType>();
  for (const name of Object.keys(SPEC)) {
    const fields = new Map<string, Field>();
    fieldMaps.set(name, fields);
    types.set(name, { name, fields, nests: name === 'AnyValue' });
  }
  for (const [name, spec] of Object.entries(SPEC)) {
    const groups = new Map<string, string[]>();
    for (const key of Object.keys(spec)) {
      const [field, group] = key.split('|') as [string, string | undefined];
      if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), lowerCamel(field)]);
    }
    // json.ts tracks one set oneof member per message.
    if (groups.size > 1) throw new Error(`json-schema: ${name} has more than one oneof`);
    for (const [key, typeText] of Object.entries(spec)) {
      const [snake, group] = key.split('|') as [string, string | undefined];
      const repeated = typeText.endsWith('[]');
      const typeName = repeated ? typeText.slice(0, -2) : typeText;
      const type = SCALARS.has(typeName) ? (typeName as ScalarKind) : types.get(typeName);
      if (type === undefined) throw new Error(`json-schema: ${name}.${snake} has unknown type ${typeName}`);
      const field: Field = {
        name: lowerCamel(snake),
        repeated,
        type,
        oneof: group === undefined ? undefined : groups.get(group),
      };
      fieldMaps.get(name)?.set(field.name, field);
      fieldMaps.get(name)?.set(snake, field);
    }
  }
  return types;
})();

/** The request message the walk starts from. */
export const EXPORT_REQUEST = MESSAGE_TYPES.get('ExportMetricsServiceRequest') as MessageType;
