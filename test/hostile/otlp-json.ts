/** OTLP/JSON building blocks and a poster for the hostile-input tests. */

/** Epoch seconds a little in the past, so that instant queries at `now` see what was written. */
export const BASE_S = Math.floor(Date.now() / 1000) - 120;

/** Nanoseconds since the epoch as OTLP/JSON's decimal string; `seconds` may carry a fraction. */
export function nanos(seconds: number, extraNanos = 0): string {
  return `${BigInt(Math.round(seconds * 1000)) * 1_000_000n + BigInt(extraNanos)}`;
}

export type Attributes = Record<string, string>;

export function attributes(attrs: Attributes): { key: string; value: { stringValue: string } }[] {
  return Object.entries(attrs).map(([key, value]) => ({ key, value: { stringValue: value } }));
}

/** One resource's metrics; `service` becomes `job`, `instance` becomes `instance`. */
export function resourceMetrics(
  metrics: unknown[],
  service = 'hostile',
  instance = 'i-1',
  extra: Attributes = {},
): Record<string, unknown> {
  return {
    resource: {
      attributes: attributes({ 'service.name': service, 'service.instance.id': instance, ...extra }),
    },
    scopeMetrics: [{ scope: {}, metrics }],
  };
}

export function exportRequest(...resources: Record<string, unknown>[]): string {
  return JSON.stringify({ resourceMetrics: resources });
}

export interface GaugePoint {
  readonly time: string;
  readonly value: number;
  readonly attrs?: Attributes;
}

export function gauge(name: string, points: readonly GaugePoint[]): Record<string, unknown> {
  return {
    name,
    gauge: {
      dataPoints: points.map((p) => ({
        timeUnixNano: p.time,
        asDouble: p.value,
        attributes: attributes(p.attrs ?? {}),
      })),
    },
  };
}

export interface ExportAnswer {
  readonly status: number;
  readonly rejected: number;
  readonly message: string;
  readonly body: Record<string, unknown>;
}

/** POSTs an OTLP/JSON body and reads the answer's partial_success (0 and '' when absent). */
export async function postJson(url: string, body: string): Promise<ExportAnswer> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const parsed = (await res.json()) as Record<string, unknown>;
  const partial = parsed.partialSuccess as { rejectedDataPoints?: string; errorMessage?: string } | undefined;
  return {
    status: res.status,
    rejected: Number(partial?.rejectedDataPoints ?? 0),
    message: partial?.errorMessage ?? (typeof parsed.message === 'string' ? parsed.message : ''),
    body: parsed,
  };
}
