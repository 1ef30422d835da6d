/**
 * Decodes a (decompressed) remote-write WriteRequest with protobufjs's generated code, for receivers and
 * tests. Kept apart from encode.ts so the Lambda bundle, which only encodes, carries no protobufjs.
 */
import { prometheus } from '../../proto/generated/protos.js';

/** The WriteRequest in `bytes` (already snappy-decompressed). */
export function decodeWriteRequest(bytes: Uint8Array): prometheus.WriteRequest {
  return prometheus.WriteRequest.decode(bytes);
}
