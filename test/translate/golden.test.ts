/**
 * Golden cases: every file test/fixtures/otlp/<case>.json (OTLP JSON, as a client would send it) is
 * decoded and translated, and the result must equal test/fixtures/prw/<case>.json. `UPDATE_GOLDEN=1`
 * rewrites the expectations; review that diff like code. CASES says which rule each case pins and,
 * for facts transcribed from the reference implementations, where they come from.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import prettier from 'prettier';
import { opentelemetry } from '../../proto/generated/protos.js';
import { decodeExportRequest } from '../../lambda/otlp/decode.js';
import { decodeWriteRequest } from '../support/decode-write-request.js';
import { encodeWriteRequest } from '../../lambda/remote-write/write-request.js';
import { DEFAULT_TRANSLATE_OPTIONS, type TranslateOptions } from '../../lambda/translate/options.js';
import { translate, type TranslateResult } from '../../lambda/translate/translate.js';
import { CASES } from './golden-cases.js';
import { toGolden } from './golden-format.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const { ExportMetricsServiceRequest } = opentelemetry.proto.collector.metrics.v1;

/** Translates a case's OTLP JSON, and the same request sent as protobuf (the other decoder). */
function run(name: string, options: Partial<TranslateOptions> = {}): [TranslateResult, TranslateResult] {
  const body = readFileSync(join(FIXTURES, 'otlp', `${name}.json`));
  const fromJson = decodeExportRequest(body, 'json');
  const protobuf = ExportMetricsServiceRequest.encode(
    ExportMetricsServiceRequest.fromObject(fromJson),
  ).finish();
  const all = { ...DEFAULT_TRANSLATE_OPTIONS, ...options };
  return [translate(fromJson, all), translate(decodeExportRequest(protobuf, 'protobuf'), all)];
}

/** Properties every translation must have, whatever the case. */
function assertWellFormed(result: TranslateResult): void {
  for (const s of result.series) {
    const names = s.labels.map((l) => l.name);
    assert.ok(names.includes('__name__'), `series without __name__: ${JSON.stringify(s.labels)}`);
    for (let i = 1; i < names.length; i++) {
      assert.ok(names[i - 1]! < names[i]!, `labels not sorted and unique: ${names.join(',')}`);
    }
    for (const l of s.labels) assert.notEqual(l.value, '', `empty label value for ${l.name}`);
    for (const list of [s.samples, s.histograms, s.exemplars]) {
      for (let i = 1; i < list.length; i++) {
        assert.ok(Number(list[i - 1]!.timestamp) <= Number(list[i]!.timestamp), 'not sorted by timestamp');
      }
    }
  }
  // Whatever we produce must survive the remote-write encoding.
  const decoded = decodeWriteRequest(encodeWriteRequest(result.series, result.metadata));
  assert.equal(decoded.timeseries.length, result.series.length);
  assert.equal(decoded.metadata.length, result.metadata.length);
}

describe('translation golden cases', () => {
  const files = readdirSync(join(FIXTURES, 'otlp'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();

  it('has a documented entry for every fixture and a fixture for every entry', () => {
    assert.deepEqual(files, Object.keys(CASES).sort());
    assert.ok(files.length >= 60, `only ${files.length} cases`);
  });

  for (const name of files) {
    const entry = CASES[name];
    it(`${name}: ${entry?.rule ?? 'undocumented'}`, async () => {
      const [result, viaProtobuf] = run(name, entry?.options);
      assertWellFormed(result);
      const actual = toGolden(result);
      assert.deepEqual(
        toGolden(viaProtobuf),
        actual,
        'the protobuf encoding of the case translates differently',
      );
      const expectedFile = join(FIXTURES, 'prw', `${name}.json`);
      if (UPDATE) {
        const config = (await prettier.resolveConfig(expectedFile)) ?? {};
        writeFileSync(
          expectedFile,
          await prettier.format(JSON.stringify(actual), { ...config, parser: 'json' }),
        );
        return;
      }
      assert.ok(existsSync(expectedFile), `missing ${expectedFile}; run with UPDATE_GOLDEN=1 and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
