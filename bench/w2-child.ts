/**
 * W2 in a fresh process so its peak RSS is its own: reads a protobuf request from the file given as the
 * first argument, runs decode → translate → encode → snappy once, prints JSON figures.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_TRANSLATE_OPTIONS } from '../lambda/translate/options.js';
import { decodeExportRequest } from '../lambda/otlp/decode.js';
import { translate } from '../lambda/translate/translate.js';
import { compress, encodeWriteRequest } from '../lambda/remote-write/encode.js';

const file = process.argv[2];
if (!file) throw new Error('usage: w2-child <request.pb>');
const body = readFileSync(file);
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const { series } = translate(decodeExportRequest(body, 'protobuf'), DEFAULT_TRANSLATE_OPTIONS);
const out = compress(encodeWriteRequest(series));
const ms = performance.now() - t0;
process.stdout.write(
  JSON.stringify({
    ms,
    bytesIn: body.length,
    bytesOut: out.length,
    rssBeforeBytes: rssBefore,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
