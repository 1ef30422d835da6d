/** Remote-write 1.0 WriteRequest bytes: protobuf, then snappy block format. */
import snappy from 'snappy';
import { prometheus } from '../../proto/generated/protos.js';
import type { PrwMetricMetadata, PrwTimeSeries } from '../otlp/types.js';

/** The uncompressed protobuf WriteRequest. */
export function encodeWriteRequest(
  series: readonly PrwTimeSeries[],
  metadata?: readonly PrwMetricMetadata[],
): Uint8Array {
  return prometheus.WriteRequest.encode({
    timeseries: series as PrwTimeSeries[],
    ...(metadata && metadata.length > 0 ? { metadata: metadata as PrwMetricMetadata[] } : {}),
  }).finish();
}

/** Snappy block format, as remote-write requires (not the framed/stream format). */
export function compress(bytes: Uint8Array): Buffer {
  return snappy.compressSync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The inverse of {@link compress}, for receivers. */
export function decompress(bytes: Uint8Array): Buffer {
  return snappy.uncompressSync(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    asBuffer: true,
  }) as Buffer;
}

/** Decodes a (decompressed) WriteRequest, for receivers and tests. */
export function decodeWriteRequest(bytes: Uint8Array): prometheus.WriteRequest {
  return prometheus.WriteRequest.decode(bytes);
}
