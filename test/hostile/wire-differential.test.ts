/**
 * Malformed protobuf against the reference: mutated requests (flipped, inserted and deleted bytes,
 * truncation, invalid UTF-8 in strings) must be accepted by our wire decoder exactly when protobufjs's
 * generated decoder (strict UTF-8, as Go's) accepts them and pdata's trace/span id lengths hold, and then
 * decode to the same message. A decoder that silently accepts, or mis-reads, bytes the reference refuses
 * shows as a mismatch; one that crashes throws something other than WireError.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeMetricsRequest } from '../../lambda/otlp/wire/decode-metrics.js';
import { WireError } from '../../lambda/otlp/wire/reader.js';
import { validRequest } from '../fuzz/corpus.js';
import { rng, type Rng } from '../fuzz/rng.js';
import { canonical } from '../support/canonical.js';
import { decodeWithProtobufjs, encode } from './requests.js';

const SEED = 20261201;
const CASES = 10_000;

function mutate(r: Rng, bytes: Buffer): Buffer {
  const at = r.int(bytes.length + 1);
  switch (r.int(5)) {
    case 0:
      return bytes.subarray(0, at);
    case 1: {
      const out = Buffer.from(bytes);
      for (let k = 0, n = 1 + r.int(3); k < n && out.length > 0; k++) out[r.int(out.length)] = r.int(256);
      return out;
    }
    case 2:
      return Buffer.concat([bytes.subarray(0, at), r.bytes(1 + r.int(6)), bytes.subarray(at)]);
    case 3:
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + r.int(4))]);
    default: {
      // A byte of a string made invalid UTF-8 (a byte >= 0x80 in place of an ASCII letter).
      const out = Buffer.from(bytes);
      for (let i = at; i < out.length; i++) {
        const c = out[i]!;
        if (c >= 0x61 && c <= 0x7a) {
          out[i] = r.pick([0x80, 0xc3, 0xed, 0xff]);
          break;
        }
      }
      return out;
    }
  }
}

/** pdata refuses exemplar ids of other lengths than 16 and 8 bytes (protobufjs does not check). */
function idsOk(message: unknown): boolean {
  const stack: unknown[] = [message];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || v instanceof Uint8Array) continue;
    const o = v as Record<string, unknown>;
    for (const [key, size] of [
      ['traceId', 16],
      ['spanId', 8],
    ] as const) {
      const id = o[key];
      if (id instanceof Uint8Array && id.length !== 0 && id.length !== size) return false;
    }
    for (const child of Object.values(o)) stack.push(child);
  }
  return true;
}

describe('wire decoder against the reference on malformed bytes', () => {
  it(`accepts exactly what the reference accepts, and reads it the same (seed ${SEED}, ${CASES} cases)`, () => {
    const r = rng(SEED);
    const mismatches: string[] = [];
    let refused = 0;
    for (let i = 0; i < CASES; i++) {
      const bytes = mutate(r, encode(validRequest(r)));
      let reference: unknown;
      try {
        reference = decodeWithProtobufjs(bytes);
        if (!idsOk(reference)) reference = undefined;
      } catch {
        reference = undefined;
      }
      let ours: unknown;
      try {
        ours = decodeMetricsRequest(bytes);
      } catch (err) {
        if (!(err instanceof WireError)) {
          mismatches.push(`case ${i}: threw ${String(err)}`);
          continue;
        }
        ours = undefined;
      }
      if (ours === undefined) refused++;
      if ((ours === undefined) !== (reference === undefined)) {
        mismatches.push(
          `case ${i}: ours ${ours === undefined ? 'refuses' : 'accepts'}, the reference does not (${bytes.toString('hex').slice(0, 120)})`,
        );
      } else if (ours !== undefined) {
        try {
          assert.deepEqual(canonical(ours), canonical(reference));
        } catch {
          mismatches.push(`case ${i}: accepted by both, read differently`);
        }
      }
    }
    assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} mismatch(es)`);
    assert.ok(
      refused > CASES / 4,
      `only ${refused} of ${CASES} mutations refused: the mutator is not mutating`,
    );
  });
});
