/** In-process stage timings of the pipeline on one workload, beside the floor and the npm peer. */
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { opentelemetry } from '../proto/generated/protos.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../lambda/translate/options.js';
import { decodeContent } from '../lambda/otlp/body.js';
import { decodeExportRequest } from '../lambda/otlp/decode.js';
import { translate } from '../lambda/translate/translate.js';
import { compress, encodeWriteRequest } from '../lambda/remote-write/encode.js';
import type { TimeSeries } from '../lambda/translate/series-set.js';
import { summarize, time, type Summary } from './stats.js';
import type { Workload } from './workload.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;
const MAX = 64 * 1024 * 1024;

export interface PipelineFigures {
  readonly decode: Summary;
  readonly translate: Summary;
  readonly encode: Summary;
  readonly snappy: Summary;
  readonly total: Summary;
  readonly floor: Summary;
  readonly peerEncode: Summary | undefined;
  readonly oursEncodeFloatOnly: Summary;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly series: number;
  readonly samples: number;
}

type Form = 'protobuf' | 'json' | 'gzip';

/** Measures each stage `runs` times on the workload in the given wire form. */
export async function measurePipeline(w: Workload, form: Form, runs: number): Promise<PipelineFigures> {
  const body = form === 'json' ? w.json : form === 'gzip' ? w.gzip : w.protobuf;
  const format = form === 'json' ? 'json' : 'protobuf';
  const encoding = form === 'gzip' ? 'gzip' : undefined;
  const opts = DEFAULT_TRANSLATE_OPTIONS;

  // Fixed intermediate results so each stage is timed on its own input.
  const request = decodeExportRequest(decodeContent(body, encoding, MAX), format);
  const { series } = translate(request, opts);
  const raw = encodeWriteRequest(series);
  const out = compress(raw);

  const decode = time(() => decodeExportRequest(decodeContent(body, encoding, MAX), format), runs);
  const translateMs = time(() => translate(request, opts), runs);
  const encode = time(() => encodeWriteRequest(series), runs);
  const snappy = time(() => compress(raw), runs);
  const total = time(() => {
    const r = decodeExportRequest(decodeContent(body, encoding, MAX), format);
    compress(encodeWriteRequest(translate(r, opts).series));
  }, runs);

  // The floor: what any forwarder must do with these bytes using the same libraries, without translating.
  const floor = time(() => {
    if (format === 'json') {
      ExportMetricsServiceRequest.fromObject(
        JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>,
      );
    } else {
      ExportMetricsServiceRequest.decode(form === 'gzip' ? gunzipSync(body) : body);
    }
    compress(encodeWriteRequest(series));
  }, runs);

  const floatSeries = series.filter((s) => s.histograms.length === 0);
  const oursEncodeFloatOnly = time(() => compress(encodeWriteRequest(floatSeries)), runs);
  const peerEncode = await measurePeer(floatSeries, runs);

  let samples = 0;
  for (const s of series) samples += s.samples.length + s.histograms.length;
  return {
    decode: summarize(decode),
    translate: summarize(translateMs),
    encode: summarize(encode),
    snappy: summarize(snappy),
    total: summarize(total),
    floor: summarize(floor),
    peerEncode,
    oursEncodeFloatOnly: summarize(oursEncodeFloatOnly),
    bytesIn: body.length,
    bytesOut: out.length,
    series: series.length,
    samples,
  };
}

interface PeerModule {
  pushTimeseries(
    series: { labels: Record<string, string>; samples: { value: number; timestamp: number }[] }[],
    options: {
      url: string;
      fetch: () => Promise<{ status: number; statusText: string; text(): Promise<string> }>;
    },
  ): Promise<unknown>;
}

/** The npm peer `prometheus-remote-write`: its WriteRequest serialisation and snappyjs, network stubbed. */
async function measurePeer(series: readonly TimeSeries[], runs: number): Promise<Summary | undefined> {
  let peer: PeerModule;
  try {
    peer = createRequire(import.meta.url)('prometheus-remote-write') as PeerModule;
  } catch {
    return undefined;
  }
  const input = series.map((s) => ({
    labels: Object.fromEntries(s.labels.map((l) => [l.name, l.value])),
    samples: s.samples.map((x) => ({ value: x.value ?? 0, timestamp: Number(x.timestamp) })),
  }));
  const options = {
    url: 'http://127.0.0.1:9/',
    fetch: () => Promise.resolve({ status: 200, statusText: 'OK', text: () => Promise.resolve('') }),
  };
  for (let i = 0; i < 3; i++) await peer.pushTimeseries(input, options);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await peer.pushTimeseries(input, options);
    samples.push(performance.now() - t0);
  }
  return summarize(samples);
}
