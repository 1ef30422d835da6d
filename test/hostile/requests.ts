/**
 * Request builders for the hostile tests: protobuf with chosen bytes in a chosen string field, attribute
 * values nested to a chosen depth in both encodings (built in linear time, so 10,000 levels stay cheap),
 * and a forwarder with a recording destination.
 */
import protobuf from 'protobufjs/minimal.js';
import { google, opentelemetry } from '../../proto/generated/protos.js';
import { startScriptedDestination, type ScriptedDestination } from '../delivery/scripted-destination.js';
import { startForwarder, type RunningForwarder } from '../support/forwarder.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

export const TIME = '1700000000000000000';

/**
 * protobufjs's generated decoder (the oracle) run with a recursion limit of `messages` nested messages:
 * its default, 100 (protoc's), is below the 300 that 100 levels of kvlists take.
 */
export function decodeWithProtobufjs(bytes: Uint8Array, messages = 400): unknown {
  const saved = protobuf.Reader.recursionLimit;
  protobuf.Reader.recursionLimit = messages;
  try {
    return ExportMetricsServiceRequest.decode(bytes);
  } finally {
    protobuf.Reader.recursionLimit = saved;
  }
}

/** protobufjs's encoding of an OTLP/JSON-shaped object. */
export const encode = (object: Record<string, unknown>): Buffer =>
  Buffer.from(ExportMetricsServiceRequest.encode(ExportMetricsServiceRequest.fromObject(object)).finish());

/**
 * `encoded` with every occurrence of the ASCII `marker` replaced by `bytes` of the same length, so the
 * length prefixes stay right and only the string's content changes.
 */
export function replaceMarker(encoded: Buffer, marker: string, bytes: readonly number[]): Buffer {
  const needle = Buffer.from(marker);
  if (needle.length !== bytes.length) throw new Error('marker and bytes must be as long');
  const out = Buffer.from(encoded);
  let at = out.indexOf(needle);
  if (at < 0) throw new Error(`marker ${marker} not in the request`);
  for (; at >= 0; at = out.indexOf(needle, at + 1)) out.set(bytes, at);
  return out;
}

/** One gauge point whose attribute `deep` holds `value`, in the OTLP/JSON mapping. */
export const gaugeWithAttribute = (value: Record<string, unknown>): Record<string, unknown> => ({
  resourceMetrics: [
    {
      scopeMetrics: [
        {
          metrics: [
            {
              name: 'deep_metric',
              gauge: {
                dataPoints: [{ asDouble: 1, timeUnixNano: TIME, attributes: [{ key: 'deep', value }] }],
              },
            },
          ],
        },
      ],
    },
  ],
});

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

const field = (tag: number, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from([tag, ...varint(body.length)]), body]);

/**
 * A gauge request whose attribute `deep` is `levels` AnyValues deep: levels-1 arrays (or kvlists with key
 * "k") one inside another around the string "leaf". Each level is a prefix of the one inside it, so the
 * bytes are the prefixes outermost first, then the leaf, sized from the inside out.
 */
export function deepProtobuf(levels: number, kind: 'array' | 'kvlist'): Buffer {
  const leaf = field(0x0a, Buffer.from('leaf')); // AnyValue.string_value(1)
  const prefixes: Buffer[] = [];
  let inner = leaf.length;
  for (let i = 1; i < levels; i++) {
    // array: AnyValue{array_value(5): ArrayValue{values(1): AnyValue}}
    // kvlist: AnyValue{kvlist_value(6): KeyValueList{values(1): KeyValue{key(1) "k", value(2): AnyValue}}}
    const innerMsg = kind === 'kvlist' ? [0x0a, 1, 0x6b, 0x12, ...varint(inner)] : [0x0a, ...varint(inner)];
    const innerSize = innerMsg.length + inner;
    const wrapper = kind === 'kvlist' ? [0x0a, ...varint(innerSize)] : [];
    const wrapperSize = wrapper.length + innerSize;
    const prefix = Buffer.from([
      kind === 'kvlist' ? 0x32 : 0x2a,
      ...varint(wrapperSize),
      ...wrapper,
      ...innerMsg,
    ]);
    prefixes.push(prefix);
    inner += prefix.length;
  }
  const any = Buffer.concat([...prefixes.reverse(), leaf]);
  const attribute = field(0x3a, Buffer.concat([field(0x0a, Buffer.from('deep')), field(0x12, any)])); // attributes(7)
  const time = Buffer.from([
    0x19,
    ...Buffer.from(BigInt(TIME).toString(16).padStart(16, '0'), 'hex').reverse(),
  ]);
  const point = Buffer.concat([attribute, time, Buffer.from([0x21, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f])]); // as_double(4) 1
  const metric = Buffer.concat([field(0x0a, Buffer.from('deep_metric')), field(0x2a, field(0x0a, point))]);
  return field(0x0a, field(0x12, field(0x12, metric))); // resource_metrics(1).scope_metrics(2).metrics(2)
}

/** The same request as OTLP/JSON text. */
export function deepJson(levels: number, kind: 'array' | 'kvlist'): string {
  const open =
    kind === 'kvlist' ? '{"kvlistValue":{"values":[{"key":"k","value":' : '{"arrayValue":{"values":[';
  const close = kind === 'kvlist' ? '}]}}' : ']}}';
  const value = `${open.repeat(levels - 1)}{"stringValue":"leaf"}${close.repeat(levels - 1)}`;
  return JSON.stringify(gaugeWithAttribute({ stringValue: '@' })).replace('{"stringValue":"@"}', value);
}

/** The label value the Collector renders for that attribute (pdata's AsString: Go's encoding/json). */
export function deepLabelValue(levels: number, kind: 'array' | 'kvlist'): string {
  if (levels === 1) return 'leaf';
  const [open, close] = kind === 'kvlist' ? ['{"k":', '}'] : ['[', ']'];
  return `${open.repeat(levels - 1)}"leaf"${close.repeat(levels - 1)}`;
}

export interface Server {
  readonly destination: ScriptedDestination;
  readonly forwarder: RunningForwarder;
  post(body: Uint8Array | string, contentType: 'json' | 'protobuf'): Promise<Response>;
  /** Label values of `name` in every series the destination accepted. */
  labelValues(name: string): string[];
  stop(): Promise<void>;
}

/** A local forwarder in front of a destination that records what it accepts. */
export async function startServer(): Promise<Server> {
  const destination = await startScriptedDestination();
  const forwarder = await startForwarder({ REMOTE_WRITE_URL: destination.url });
  return {
    destination,
    forwarder,
    post: (body, contentType) =>
      fetch(forwarder.metricsUrl, {
        method: 'POST',
        body,
        headers: { 'content-type': contentType === 'json' ? 'application/json' : 'application/x-protobuf' },
      }),
    labelValues: (name) =>
      destination.accepted.flatMap((w) =>
        w.request.timeseries.flatMap((ts) =>
          (ts.labels ?? []).filter((l) => l.name === name).map((l) => l.value ?? ''),
        ),
      ),
    stop: async () => {
      await forwarder.stop();
      await destination.close();
    },
  };
}

/** The message of a google.rpc.Status error body, in JSON or protobuf as the response says. */
export async function errorMessage(res: Response): Promise<string> {
  const body = Buffer.from(await res.arrayBuffer());
  if (res.headers.get('content-type') === 'application/json') {
    return (JSON.parse(body.toString('utf8')) as { message: string }).message;
  }
  return google.rpc.Status.decode(body).message;
}
