/**
 * The field tags of proto/prometheus/remote.proto, the remote-write 1.0 wire contract: each is
 * `(field number << 3) | wire type`, the varint that starts the field on the wire. The one place these
 * numbers are written: the encoder (write-request.ts, write-histogram.ts, write-labels.ts) and the
 * embedded receiver's reader use them; test/remote-write/remote-proto.test.ts checks them against the
 * .proto file.
 * @see https://protobuf.dev/programming-guides/encoding/#structure
 */

// Wire types (the low three bits of a tag).
const VARINT = 0;
const FIXED64 = 1;
const LEN = 2;

const tag = (field: number, wireType: number): number => (field << 3) | wireType;

// WriteRequest
/** `repeated TimeSeries timeseries = 1`. */
export const WRITE_REQUEST_TIMESERIES = tag(1, LEN);
/** `repeated MetricMetadata metadata = 3` (2 is reserved). */
export const WRITE_REQUEST_METADATA = tag(3, LEN);

// TimeSeries
/** `repeated Label labels = 1`. */
export const TIME_SERIES_LABELS = tag(1, LEN);
/** `repeated Sample samples = 2`. */
export const TIME_SERIES_SAMPLES = tag(2, LEN);
/** `repeated Exemplar exemplars = 3`. */
export const TIME_SERIES_EXEMPLARS = tag(3, LEN);
/** `repeated Histogram histograms = 4`. */
export const TIME_SERIES_HISTOGRAMS = tag(4, LEN);

// Label
/** `string name = 1`. */
export const LABEL_NAME = tag(1, LEN);
/** `string value = 2`. */
export const LABEL_VALUE = tag(2, LEN);

// Sample
/** `double value = 1`. */
export const SAMPLE_VALUE = tag(1, FIXED64);
/** `int64 timestamp = 2`. */
export const SAMPLE_TIMESTAMP = tag(2, VARINT);

// Exemplar
/** `repeated Label labels = 1`. */
export const EXEMPLAR_LABELS = tag(1, LEN);
/** `double value = 2`. */
export const EXEMPLAR_VALUE = tag(2, FIXED64);
/** `int64 timestamp = 3`. */
export const EXEMPLAR_TIMESTAMP = tag(3, VARINT);

// Histogram
/** `uint64 count_int = 1` (oneof count). */
export const HISTOGRAM_COUNT_INT = tag(1, VARINT);
/** `double count_float = 2` (oneof count). */
export const HISTOGRAM_COUNT_FLOAT = tag(2, FIXED64);
/** `double sum = 3`. */
export const HISTOGRAM_SUM = tag(3, FIXED64);
/** `sint32 schema = 4`. */
export const HISTOGRAM_SCHEMA = tag(4, VARINT);
/** `double zero_threshold = 5`. */
export const HISTOGRAM_ZERO_THRESHOLD = tag(5, FIXED64);
/** `uint64 zero_count_int = 6` (oneof zero_count). */
export const HISTOGRAM_ZERO_COUNT_INT = tag(6, VARINT);
/** `double zero_count_float = 7` (oneof zero_count). */
export const HISTOGRAM_ZERO_COUNT_FLOAT = tag(7, FIXED64);
/** `repeated BucketSpan negative_spans = 8`. */
export const HISTOGRAM_NEGATIVE_SPANS = tag(8, LEN);
/** `repeated sint64 negative_deltas = 9`, packed. */
export const HISTOGRAM_NEGATIVE_DELTAS = tag(9, LEN);
/** `repeated double negative_counts = 10`, packed. */
export const HISTOGRAM_NEGATIVE_COUNTS = tag(10, LEN);
/** `repeated BucketSpan positive_spans = 11`. */
export const HISTOGRAM_POSITIVE_SPANS = tag(11, LEN);
/** `repeated sint64 positive_deltas = 12`, packed. */
export const HISTOGRAM_POSITIVE_DELTAS = tag(12, LEN);
/** `repeated double positive_counts = 13`, packed. */
export const HISTOGRAM_POSITIVE_COUNTS = tag(13, LEN);
/** `ResetHint reset_hint = 14` (an enum: an int32 varint). */
export const HISTOGRAM_RESET_HINT = tag(14, VARINT);
/** `int64 timestamp = 15`. */
export const HISTOGRAM_TIMESTAMP = tag(15, VARINT);
/** `repeated double custom_values = 16`, packed; the only tag of two bytes as a varint. */
export const HISTOGRAM_CUSTOM_VALUES = tag(16, LEN);

// BucketSpan
/** `sint32 offset = 1`. */
export const BUCKET_SPAN_OFFSET = tag(1, VARINT);
/** `uint32 length = 2`. */
export const BUCKET_SPAN_LENGTH = tag(2, VARINT);

// MetricMetadata
/** `MetricType type = 1` (an enum: an int32 varint). */
export const METRIC_METADATA_TYPE = tag(1, VARINT);
/** `string metric_family_name = 2`. */
export const METRIC_METADATA_FAMILY_NAME = tag(2, LEN);
/** `string help = 4` (3 is not used). */
export const METRIC_METADATA_HELP = tag(4, LEN);
/** `string unit = 5`. */
export const METRIC_METADATA_UNIT = tag(5, LEN);
