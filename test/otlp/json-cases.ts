/** Shared cases of the OTLP/JSON tests: requests with one value spliced in, and how to read it back. */
import assert from 'node:assert/strict';
import { BadRequestError } from '../../lambda/errors.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import type { ExportMetricsServiceRequest } from '../../lambda/otlp/types.js';

export const decode = (text: string): ExportMetricsServiceRequest =>
  decodeExportRequest(Buffer.from(text), 'json');

/** The message of the BadRequestError decoding `text` throws (fails the test when it does not throw). */
export function refusal(text: string): string {
  try {
    decode(text);
  } catch (err) {
    assert.ok(err instanceof BadRequestError, `not a BadRequestError: ${String(err)}`);
    return err.message;
  }
  assert.fail(`accepted ${text}`);
}

/** A request with one metric whose body (after the name) is `inner`, as JSON text. */
export const metricJson = (inner: string): string =>
  `{"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"m",${inner}}]}]}]}`;
export const M = 'resourceMetrics[0].scopeMetrics[0].metrics[0]';

export type Decoded = ExportMetricsServiceRequest;
export const metric = (r: Decoded) => r.resourceMetrics[0]!.scopeMetrics![0]!.metrics![0]!;

/** Where a field sits: JSON text with the value spliced in, how to read it back, its path in messages. */
export interface Location {
  readonly json: (value: string) => string;
  readonly read: (r: Decoded) => unknown;
  readonly path: string;
}

export const gaugePoint = (field: string): Location => ({
  json: (v) => metricJson(`"gauge":{"dataPoints":[{"${field}":${v}}]}`),
  read: (r) => (metric(r).gauge!.dataPoints![0]! as Record<string, unknown>)[field],
  path: `${M}.gauge.dataPoints[0].${field}`,
});

export const histogramPoint = (field: string, value = (v: string) => v): Location => ({
  json: (v) => metricJson(`"histogram":{"dataPoints":[{"${field}":${value(v)}}]}`),
  read: (r) => (metric(r).histogram!.dataPoints![0]! as Record<string, unknown>)[field],
  path: `${M}.histogram.dataPoints[0].${field}`,
});

export const exponentialPoint = (field: string): Location => ({
  json: (v) => metricJson(`"exponentialHistogram":{"dataPoints":[{"${field}":${v}}]}`),
  read: (r) => (metric(r).exponentialHistogram!.dataPoints![0]! as Record<string, unknown>)[field],
  path: `${M}.exponentialHistogram.dataPoints[0].${field}`,
});

export const expectRefused = (loc: Location, json: string, shown: string, expected: RegExp): void => {
  const message = refusal(loc.json(json));
  assert.ok(message.startsWith(`invalid OTLP JSON: ${loc.path} is ${shown}; expected `), message);
  assert.match(message, expected);
};

/** A string as a literal RegExp. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
