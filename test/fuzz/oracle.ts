/**
 * The fuzz oracle: what a request holds, worked out without the server's code. Headers and gzip by the
 * endpoint's documented rules, protobuf through protobufjs's generated decoder (not our wire decoder), JSON
 * through oracle-json.ts (not lambda/otlp/json.ts), points counted here (not by translate's pointCount).
 * A decoder bug that makes the server accept and mis-read a body then shows as a mismatch.
 */
import { gunzipSync } from 'node:zlib';
import protobuf from 'protobufjs/minimal.js';
import { opentelemetry } from '../../proto/generated/protos.js';
import { jsonMetrics } from './oracle-json.js';
import type { FuzzCase } from './mutate.js';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

/** One metric as the oracle read it; `numberPoints` (gauges and sums) hold what makes a sample distinct. */
export interface OracleMetric {
  readonly resource: unknown;
  readonly scope: unknown;
  readonly name: unknown;
  readonly unit: unknown;
  readonly kind: string | undefined;
  readonly points: number;
  readonly numberPoints: readonly unknown[][] | undefined;
  /** A sum's monotonicity and temporality (they change the series name). */
  readonly sumKind?: unknown;
}

/** What the request holds: its points, how many must be distinct samples, whether all are gauges/sums. */
export interface Expected {
  readonly points: number;
  readonly distinct: number;
  readonly numbersOnly: boolean;
}

/** The request's metrics, or undefined when no truthful server could accept it (so a 2xx is a lie). */
export function oracleMetrics(c: FuzzCase, maxBodyBytes: number): OracleMetric[] | undefined {
  const media = (c.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const format =
    media === 'application/json'
      ? 'json'
      : media === 'application/x-protobuf' || media === 'application/protobuf'
        ? 'protobuf'
        : undefined;
  if (format === undefined || c.body.length > maxBodyBytes) return undefined;

  let body: Uint8Array = c.body;
  const encoding = (c.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') {
    if (body.length > 0) {
      try {
        body = gunzipSync(body, { maxOutputLength: maxBodyBytes });
      } catch {
        return undefined;
      }
    }
  } else if (encoding !== '' && encoding !== 'identity') {
    return undefined;
  }
  return format === 'json' ? jsonMetrics(body) : protobufMetrics(body);
}

type Message = Record<string, unknown>;

/** README: attribute values nest at most 100 AnyValue levels (an attribute's value is level 1). */
const MAX_LEVELS = 100;
/**
 * Enough nested messages for 100 levels of kvlists (three messages a level) in protobufjs's decode and
 * toObject (JSON.stringify in keyOf); its default is protoc's 100. Set for the whole test process: the
 * server decodes with its own wire decoder, and the messages it and the destination encode are shallow.
 */
const RECURSION_LIMIT = 400;
protobuf.Reader.recursionLimit = RECURSION_LIMIT;
protobuf.util.recursionLimit = RECURSION_LIMIT;

/** Whether every attribute value below `kvs` (inside `level` AnyValues) is within MAX_LEVELS. */
function nestingOk(kvs: readonly Message[] | null | undefined, level = 0): boolean {
  return (kvs ?? []).every((kv) => valueOk(kv.value as Message | null | undefined, level + 1));
}

function valueOk(v: Message | null | undefined, level: number): boolean {
  if (v === null || v === undefined) return true;
  if (level > MAX_LEVELS) return false;
  const array = v.arrayValue as { values?: Message[] } | null | undefined;
  const kvlist = v.kvlistValue as { values?: Message[] } | null | undefined;
  return (array?.values ?? []).every((e) => valueOk(e, level + 1)) && nestingOk(kvlist?.values, level);
}

/** Every attribute list of a decoded request. */
function* attributeLists(request: Message): Generator<Message[] | null | undefined> {
  for (const rm of (request.resourceMetrics ?? []) as Message[]) {
    yield (rm.resource as Message | null)?.attributes as Message[] | undefined;
    for (const sm of (rm.scopeMetrics ?? []) as Message[]) {
      yield (sm.scope as Message | null)?.attributes as Message[] | undefined;
      for (const m of (sm.metrics ?? []) as Message[]) {
        yield m.metadata as Message[] | undefined;
        const kind = m.data as string | undefined;
        const data = kind === undefined ? undefined : (m[kind] as { dataPoints?: Message[] } | null);
        for (const p of data?.dataPoints ?? []) {
          yield p.attributes as Message[] | undefined;
          for (const e of (p.exemplars ?? []) as Message[])
            yield e.filteredAttributes as Message[] | undefined;
        }
      }
    }
  }
}

/** pdata's rule: an exemplar's trace id is 16 bytes and its span id 8, or they are empty. */
function idsOk(request: Message): boolean {
  const sized = (id: unknown, n: number): boolean => {
    const length = (id as Uint8Array | null | undefined)?.length ?? 0;
    return length === 0 || length === n;
  };
  for (const rm of (request.resourceMetrics ?? []) as Message[])
    for (const sm of (rm.scopeMetrics ?? []) as Message[])
      for (const m of (sm.metrics ?? []) as Message[]) {
        const kind = m.data as string | undefined;
        const data = kind === undefined ? undefined : (m[kind] as { dataPoints?: Message[] } | null);
        for (const p of data?.dataPoints ?? [])
          for (const e of (p.exemplars ?? []) as Message[])
            if (!sized(e.traceId, 16) || !sized(e.spanId, 8)) return false;
      }
  return true;
}

function protobufMetrics(body: Uint8Array): OracleMetric[] | undefined {
  // protobufjs's generated decoder refuses invalid UTF-8 in string fields (it reads them with
  // stringVerify), as the endpoint must. The nesting limit is checked below.
  let request;
  try {
    request = ExportMetricsServiceRequest.decode(body);
  } catch {
    return undefined;
  }
  for (const list of attributeLists(request as unknown as Message)) if (!nestingOk(list)) return undefined;
  if (!idsOk(request as unknown as Message)) return undefined;
  const out: OracleMetric[] = [];
  for (const rm of request.resourceMetrics) {
    for (const sm of rm.scopeMetrics ?? []) {
      for (const m of sm.metrics ?? []) {
        // protobufjs keeps the last oneof member on the wire and names it in `data`.
        const kind = m.data;
        const data = kind === undefined ? undefined : (m[kind] as { dataPoints?: Message[] | null });
        const points = data?.dataPoints ?? [];
        const numberPoints =
          kind === 'gauge' || kind === 'sum'
            ? points.map((p) => [p.attributes, p.timeUnixNano, p.value, p.asDouble ?? p.asInt, p.flags])
            : undefined;
        out.push({
          resource: rm.resource?.attributes,
          scope: [sm.scope?.name, sm.scope?.version, sm.scope?.attributes],
          name: m.name,
          unit: m.unit,
          kind,
          points: points.length,
          numberPoints,
          sumKind: kind === 'sum' ? [m.sum.isMonotonic, m.sum.aggregationTemporality] : undefined,
        });
      }
    }
  }
  return out;
}

/** A stable JSON key (bigints, Longs' toString and non-finite numbers written as text). */
const keyOf = (...parts: unknown[]): string =>
  JSON.stringify(parts, (_k, v: unknown) =>
    typeof v === 'bigint' || (typeof v === 'number' && !Number.isFinite(v)) ? String(v) : v,
  );

/**
 * Points in the metrics. Two gauge or sum points alike in resource, scope, metric, attributes, time and
 * value are one sample (the forwarder sends an exact repeat once), so `distinct` counts them once.
 */
export function expectedPoints(metrics: readonly OracleMetric[]): Expected {
  let points = 0;
  let others = 0;
  let numbersOnly = true;
  const keys = new Set<string>();
  for (const m of metrics) {
    points += m.points;
    if (m.numberPoints === undefined) {
      if (m.points > 0) numbersOnly = false;
      others += m.points;
      continue;
    }
    for (const p of m.numberPoints)
      keys.add(keyOf(m.resource, m.scope, m.name, m.unit, m.kind, m.sumKind, p));
  }
  return { points, distinct: keys.size + others, numbersOnly };
}
