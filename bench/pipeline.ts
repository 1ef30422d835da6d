/** In-process stage timings of the pipeline on one workload, beside the floor and the npm peer. */
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { opentelemetry, prometheus } from '../proto/generated/protos.js';
import { DEFAULT_TRANSLATE_OPTIONS } from '../lambda/translate/options.js';
import { decodeContent } from '../lambda/otlp/body.js';
import { decodeExportRequest } from '../lambda/otlp/decode.js';
import { translate } from '../lambda/translate/translate.js';
import { compress } from '../lambda/remote-write/encode.js';
import { planLanes, writeRequestBytes } from '../lambda/delivery/batches.js';
import { loadConfig } from '../lambda/config.js';
import { DEFAULT_MAX_BATCH_SIZE_BYTES } from '../lambda/defaults.js';
import { forward } from '../lambda/forward.js';
import type { TimeSeries } from '../lambda/translate/series-set.js';
import type { PrwTimeSeries } from '../lambda/remote-write/types.js';
import { summarize, time, timeAlternating, type Summary } from './stats.js';
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

  // Fixed intermediate results so each stage is timed on its own input. Encoding is what delivery does:
  // the series' entries in one pass, cut into batches of at most 3 MB (the default), one body each.
  const request = decodeExportRequest(decodeContent(body, encoding, MAX), format);
  const { series } = translate(request, opts);
  const bodies = encodeBatches(series);
  const out = bodies.map(compress);

  const decode = time(() => decodeExportRequest(decodeContent(body, encoding, MAX), format), runs);
  const translateMs = time(() => translate(request, opts), runs);
  const encode = time(() => encodeBatches(series), runs);
  const snappy = time(() => bodies.map(compress), runs);
  // The whole pipeline as the edges run it: forward() to a destination that accepts at once.
  const input = {
    body,
    contentType: format === 'json' ? 'application/json' : 'application/x-protobuf',
    contentEncoding: encoding,
  };
  const deps = {
    config: { ...loadConfig({}), maxBodyBytes: MAX, maxDecodedValues: Infinity, translate: opts },
    send: () => Promise.resolve({ status: 'success' as const, httpStatus: 204 }),
  };
  // The floor: what any forwarder must do with these bytes using the stock libraries, without translating:
  // protobufjs's generated decoder for the OTLP bytes, protobufjs's generated encoder for an equivalent
  // WriteRequest, and snappy. It stays on protobufjs (not our wire decoder and encoder) so that the ratio
  // measures our pipeline against what the libraries give anyone. Ours and the floor run in turn.
  const floorRun = (): void => {
    if (format === 'json') {
      ExportMetricsServiceRequest.fromObject(
        JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, unknown>,
      );
    } else {
      ExportMetricsServiceRequest.decode(form === 'gzip' ? gunzipSync(body) : body);
    }
    compress(protobufjsEncode(series));
  };
  const [total, floor] = await timeAlternating(
    () => forward({ ...input, arrivedAt: Date.now(), deadline: Date.now() + 600_000 }, deps),
    floorRun,
    runs,
  );

  const floatSeries = series.filter((s) => s.histograms.length === 0);
  const peer = await measurePeer(floatSeries, runs);

  let samples = 0;
  for (const s of series) samples += s.samples.length + s.histograms.length;
  return {
    decode: summarize(decode),
    translate: summarize(translateMs),
    encode: summarize(encode),
    snappy: summarize(snappy),
    total: summarize(total),
    floor: summarize(floor),
    peerEncode: peer?.peer,
    oursEncodeFloatOnly: peer?.ours ?? summarize(time(() => encodeBatches(floatSeries).map(compress), runs)),
    bytesIn: body.length,
    bytesOut: out.reduce((n, b) => n + b.length, 0),
    series: series.length,
    samples,
  };
}

/** The uncompressed WriteRequest bodies delivery sends for these series. */
function encodeBatches(series: readonly TimeSeries[]): Uint8Array[] {
  const bodies: Uint8Array[] = [];
  for (const lane of planLanes(series, DEFAULT_MAX_BATCH_SIZE_BYTES)) {
    for (const batch of lane.batches) bodies.push(writeRequestBytes(batch));
  }
  return bodies;
}

/** The WriteRequest as protobufjs's generated encoder writes it (the floor's encoder). */
function protobufjsEncode(series: readonly PrwTimeSeries[]): Uint8Array {
  return prometheus.WriteRequest.encode({ timeseries: series as prometheus.ITimeSeries[] }).finish();
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

/**
 * The npm peer `prometheus-remote-write` (its WriteRequest serialisation and snappyjs, network stubbed),
 * in turn with our encoding and compression of the same series.
 */
async function measurePeer(
  series: readonly TimeSeries[],
  runs: number,
): Promise<{ peer: Summary; ours: Summary } | undefined> {
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
  const [theirs, ours] = await timeAlternating(
    () => peer.pushTimeseries(input, options),
    () => encodeBatches(series).map(compress),
    runs,
  );
  return { peer: summarize(theirs), ours: summarize(ours) };
}
