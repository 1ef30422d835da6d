/** The loop `bench/profile.ts` profiles: one W1 stage (or the whole pipeline) many times. */
import { loadConfig } from '../lambda/config.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../lambda/translate/options.js';
import { decodeExportRequest } from '../lambda/otlp/decode.js';
import { translate } from '../lambda/translate/translate.js';
import { compress } from '../lambda/remote-write/encode.js';
import { encodeWriteRequest } from '../lambda/remote-write/write-request.js';
import { forward } from '../lambda/forward.js';
import { makeWorkload } from './workload.js';

const stage = process.argv[2] ?? 'total';
const w1 = makeWorkload('W1', 10_000, 20261125);
const request = decodeExportRequest(w1.protobuf, 'protobuf');
const { series } = translate(request, DEFAULT_TRANSLATE_OPTIONS);
const raw = encodeWriteRequest(series);
const run: Record<string, () => unknown> = {
  decode: () => decodeExportRequest(w1.protobuf, 'protobuf'),
  translate: () => translate(request, DEFAULT_TRANSLATE_OPTIONS),
  encode: () => encodeWriteRequest(series),
  snappy: () => compress(raw),
  total: () =>
    forward(
      {
        body: w1.protobuf,
        contentType: 'application/x-protobuf',
        contentEncoding: undefined,
        arrivedAt: Date.now(),
        deadline: Date.now() + 600_000,
      },
      {
        config: { ...loadConfig({ MAX_BODY_BYTES: String(64 * 1024 * 1024) }), maxDecodedValues: Infinity },
        send: () => Promise.resolve({ status: 'success', httpStatus: 204 }),
      },
    ),
};
const fn = run[stage];
if (!fn) throw new Error(`unknown stage ${stage}; one of ${Object.keys(run).join(', ')}`);
const t0 = performance.now();
let n = 0;
while (performance.now() - t0 < 8000) {
  await fn();
  n++;
}
process.stdout.write(`${stage}: ${n} runs, ${((performance.now() - t0) / n).toFixed(2)} ms each (mean)\n`);
