/** Remote-write 1.0 WriteRequest bytes: protobuf, then snappy block format. */
import snappy from 'snappy';
import { prometheus } from '../../proto/generated/protos.js';
import type { PrwMetricMetadata, PrwTimeSeries } from '../otlp/types.js';
import { encodeTimeSeriesEntries, encodeWriteRequestBytes } from './write-request.js';

/**
 * The uncompressed protobuf WriteRequest (our single-buffer encoder, see write-request.ts; protobufjs
 * remains the decoder for receivers and the oracle in tests).
 */
export function encodeWriteRequest(
  series: readonly PrwTimeSeries[],
  metadata?: readonly PrwMetricMetadata[],
): Uint8Array {
  return encodeWriteRequestBytes(series, metadata ?? []);
}

/**
 * Each series' `timeseries` entry of a WriteRequest (tag, length, TimeSeries), in one pass over all of
 * them: a WriteRequest's bytes are its entries concatenated, so any run of entries is a WriteRequest.
 */
export function encodeEntries(series: readonly PrwTimeSeries[]): Uint8Array[] {
  return encodeTimeSeriesEntries(series);
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
