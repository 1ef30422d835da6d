/**
 * The path of the field that holds a byte of an ExportMetricsServiceRequest, for error messages:
 * `resource_metrics[0].scope_metrics[0].metrics[2].name`. Worked out only once decoding has failed, by a
 * second walk down to the offending byte, so the decoder's hot loops carry no path bookkeeping.
 */
import { pathText } from '../path-text.js';
import { Reader, WIRE_LEN } from './reader.js';

/**
 * The length-delimited fields of each message by number: `name` for a string, bytes or packed field,
 * `name: Type` for a message, `name: Type[]` for a repeated one. Other fields never hold an error's byte.
 * test/otlp/field-path.test.ts checks it against proto/opentelemetry/**.
 */
const FIELDS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  ExportMetricsServiceRequest: { 1: 'resource_metrics: ResourceMetrics[]' },
  ResourceMetrics: { 1: 'resource: Resource', 2: 'scope_metrics: ScopeMetrics[]', 3: 'schema_url' },
  Resource: { 1: 'attributes: KeyValue[]' },
  ScopeMetrics: { 1: 'scope: InstrumentationScope', 2: 'metrics: Metric[]', 3: 'schema_url' },
  InstrumentationScope: { 1: 'name', 2: 'version', 3: 'attributes: KeyValue[]' },
  Metric: {
    1: 'name',
    2: 'description',
    3: 'unit',
    5: 'gauge: Gauge',
    7: 'sum: Sum',
    9: 'histogram: Histogram',
    10: 'exponential_histogram: ExponentialHistogram',
    11: 'summary: Summary',
    12: 'metadata: KeyValue[]',
  },
  Gauge: { 1: 'data_points: NumberDataPoint[]' },
  Sum: { 1: 'data_points: NumberDataPoint[]' },
  Histogram: { 1: 'data_points: HistogramDataPoint[]' },
  ExponentialHistogram: { 1: 'data_points: ExponentialHistogramDataPoint[]' },
  Summary: { 1: 'data_points: SummaryDataPoint[]' },
  NumberDataPoint: { 5: 'exemplars: Exemplar[]', 7: 'attributes: KeyValue[]' },
  HistogramDataPoint: {
    6: 'bucket_counts',
    7: 'explicit_bounds',
    8: 'exemplars: Exemplar[]',
    9: 'attributes: KeyValue[]',
  },
  ExponentialHistogramDataPoint: {
    1: 'attributes: KeyValue[]',
    8: 'positive: Buckets',
    9: 'negative: Buckets',
    11: 'exemplars: Exemplar[]',
  },
  Buckets: { 2: 'bucket_counts' },
  SummaryDataPoint: { 6: 'quantile_values: ValueAtQuantile[]', 7: 'attributes: KeyValue[]' },
  ValueAtQuantile: {},
  Exemplar: { 4: 'span_id', 5: 'trace_id', 7: 'filtered_attributes: KeyValue[]' },
  KeyValue: { 1: 'key', 2: 'value: AnyValue' },
  AnyValue: {
    1: 'string_value',
    5: 'array_value: ArrayValue',
    6: 'kvlist_value: KeyValueList',
    7: 'bytes_value',
  },
  ArrayValue: { 1: 'values: AnyValue[]' },
  KeyValueList: { 1: 'values: KeyValue[]' },
};

/** A FIELDS entry read: the field's name, its message type (if any) and whether it repeats. */
export function fieldSpec(
  message: string,
  field: number,
): { name: string; type: string | undefined; repeated: boolean } | undefined {
  const text = FIELDS[message]?.[field];
  if (text === undefined) return undefined;
  const [name = '', type] = text.split(': ');
  const repeated = type?.endsWith('[]') ?? false;
  return { name, type: repeated ? type?.slice(0, -2) : type, repeated };
}

/** The message names FIELDS describes (for its test). */
export const FIELD_PATH_MESSAGES: readonly string[] = Object.keys(FIELDS);

/**
 * The path of the innermost field whose content holds `offset` (an empty content counts when it starts
 * there), as far as the bytes can be walked; `the request` when no field does.
 */
export function fieldPathAt(bytes: Uint8Array, offset: number): string {
  const path: (string | number)[] = [];
  const r = new Reader(bytes);
  let type: string | undefined = 'ExportMetricsServiceRequest';
  let end = bytes.length;
  try {
    descend: while (type !== undefined) {
      const seen = new Map<number, number>();
      while (r.pos < end) {
        const tag = r.tag();
        if ((tag & 7) !== WIRE_LEN) {
          r.skipField(tag);
          continue;
        }
        const n = r.length();
        const start = r.pos;
        const index = seen.get(tag) ?? 0;
        seen.set(tag, index + 1);
        const spec = fieldSpec(type, tag >>> 3);
        if (spec !== undefined && offset >= start && (offset < start + n || (n === 0 && offset === start))) {
          path.push(spec.name);
          if (spec.repeated) path.push(index);
          type = spec.type;
          end = start + n;
          continue descend;
        }
        r.pos = start + n;
      }
      break;
    }
  } catch {
    // The bytes stop making sense past the point the decoder reached: the path so far is the answer.
  }
  return path.length === 0 ? 'the request' : pathText(path);
}
