/**
 * The dashboard and the saved Logs Insights queries in the synthesized stack: on by default, drawn from the
 * metrics the function writes (in the namespace it writes them to), and left out with `-c dashboard=false`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { loadMetricsConfig } from '../../lambda/config.js';
import { DEFAULT_METRICS_NAMESPACE } from '../../infra/forwarder-dashboard.js';
import { emfObserver } from '../../lambda/observe/emf.js';
import { NO_FIGURES } from '../../lambda/outcome.js';
import { OtlpPrometheusForwarder } from '../../infra/index.js';
import { logicalId, synth, type Synthesized } from './synth.js';

/**
 * Every metric the function writes per request, dimension `Service`: read off an EMF document that
 * lambda/observe/emf.ts writes for a request that reached the destination (DestinationLatency is left out
 * of documents for requests that made no destination request).
 */
function emfMetricNames(): string[] {
  const lines: string[] = [];
  emfObserver({ namespace: 'N', service: 'S', write: (l) => lines.push(l) }).requestDone({
    requestId: 'r',
    time: 0,
    status: 200,
    kind: 'written',
    durationMs: 1,
    figures: { ...NO_FIGURES, destination: { ...NO_FIGURES.destination, requests: 1, attemptMs: 5 } },
  });
  const doc = JSON.parse(lines[0] ?? '{}') as {
    _aws: { CloudWatchMetrics: { Metrics: { Name: string }[] }[] };
  };
  return doc._aws.CloudWatchMetrics.flatMap((m) => m.Metrics.map((x) => x.Name));
}
const EMF_METRIC_NAMES = emfMetricNames();

/** The dashboard's metric rows, `[namespace, name, dimension, value, ..., options]` or `[options]`. */
type MetricRow = (string | Record<string, unknown>)[];
interface Widget {
  readonly type: string;
  readonly properties: { title: string; metrics?: MetricRow[]; alarms?: string[] };
}

/**
 * The dashboard body as JSON, with each CloudFormation reference written `{{Ref:<id>}}` or
 * `{{<id>.<attribute>}}` (the body is an Fn::Join of text and references).
 */
function dashboardWidgets(template: Template): Widget[] {
  const dashboards = Object.values(template.findResources('AWS::CloudWatch::Dashboard'));
  assert.equal(dashboards.length, 1);
  const body = (dashboards[0]!.Properties as { DashboardBody: { 'Fn::Join': [string, unknown[]] } })
    .DashboardBody['Fn::Join'][1];
  const text = body
    .map((part) => {
      if (typeof part === 'string') return part;
      const ref = (part as { Ref?: string }).Ref;
      if (ref !== undefined) return `{{Ref:${ref}}}`;
      const [id, attribute] = (part as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'];
      return `{{${id}.${attribute}}}`;
    })
    .join('');
  return (JSON.parse(text) as { widgets: Widget[] }).widgets;
}

/** `namespace name` of every plain metric drawn, with its `Service` or `FunctionName` dimension. */
function drawnMetrics(widgets: Widget[]): { namespace: string; name: string; dimension: string }[] {
  return widgets
    .flatMap((w) => w.properties.metrics ?? [])
    .filter((row) => typeof row[0] === 'string')
    .map((row) => ({
      namespace: row[0] as string,
      name: row[1] as string,
      dimension: `${row[2] as string}=${row[3] as string}`,
    }));
}

function widget(widgets: Widget[], title: string): Widget {
  const found = widgets.find((w) => w.properties.title === title);
  assert.ok(found, `no widget "${title}"; have ${widgets.map((w) => w.properties.title).join(', ')}`);
  return found;
}

describe('the dashboard, by default', () => {
  let t: Synthesized;
  let widgets: Widget[];
  let fn: string;
  before(() => {
    t = synth();
    widgets = dashboardWidgets(t.template);
    fn = `{{Ref:${logicalId(t.template, 'AWS::Lambda::Function')}}}`;
  });
  after(() => {
    t.cleanup();
  });

  it('is in the stack, its body naming the metrics the function writes', () => {
    t.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    t.template.hasResourceProperties('AWS::CloudWatch::Dashboard', {
      DashboardBody: {
        'Fn::Join': [
          '',
          Match.arrayWith([
            Match.stringLikeRegexp('"OtlpPromForwarder","Requests","Service"'),
            Match.stringLikeRegexp('"OtlpPromForwarder","DataPointsRejected","Service"'),
            Match.stringLikeRegexp('"AWS/Lambda","Duration","FunctionName"'),
          ]),
        ],
      },
    });
  });

  it("draws every per-request metric, in the function's default namespace, for this function only", () => {
    const emf = drawnMetrics(widgets).filter((m) => m.namespace !== 'AWS/Lambda');
    assert.deepEqual([...new Set(emf.map((m) => m.name))].sort(), [...EMF_METRIC_NAMES].sort());
    for (const m of emf) {
      assert.equal(m.namespace, 'OtlpPromForwarder', m.name);
      assert.equal(m.dimension, `Service=${fn}`, m.name);
    }
    assert.equal(DEFAULT_METRICS_NAMESPACE, loadMetricsConfig({}).namespace);
  });

  it('graphs rejected points by reason with a SEARCH over the Reason dimension, so new reasons appear', () => {
    const [row] = widget(widgets, 'Rejected data points by reason').properties.metrics!;
    assert.deepEqual(row, [
      {
        expression: `SEARCH('{"OtlpPromForwarder",Service,Reason} MetricName="DataPointsRejected" Service="${fn}"', 'Sum', 300)`,
        label: "${PROP('Dim.Reason')}",
      },
    ]);
  });

  it('stacks requests by status class: 2xx computed, 4xx and 5xx counted', () => {
    const { metrics } = widget(widgets, 'Requests by status class').properties;
    assert.deepEqual(metrics![0], [{ expression: 'requests - clientErrors - serverErrors', label: '2xx' }]);
    const labels = metrics!.map((row) => (row.at(-1) as { label?: string }).label);
    assert.deepEqual(labels, ['2xx', 'requests', '4xx', '5xx']);
  });

  it("shows Lambda's duration p50/p99, throttles and errors, and the function's cold starts and times", () => {
    const stats = (title: string) =>
      widget(widgets, title).properties.metrics!.map((row) => {
        const options = row.at(-1) as { stat: string };
        return `${row[0] as string} ${row[1] as string} ${options.stat}`;
      });
    assert.deepEqual(stats('Function duration (ms)'), ['AWS/Lambda Duration p50', 'AWS/Lambda Duration p99']);
    assert.deepEqual(stats('Function throttles and errors'), [
      'AWS/Lambda Throttles Sum',
      'AWS/Lambda Errors Sum',
    ]);
    assert.deepEqual(stats('Cold starts'), ['OtlpPromForwarder ColdStart Sum']);
    assert.deepEqual(stats('Time per request (ms)'), [
      'OtlpPromForwarder Duration p50',
      'OtlpPromForwarder Duration p99',
      'OtlpPromForwarder DestinationLatency p50',
      'OtlpPromForwarder DestinationLatency p99',
    ]);
    for (const m of drawnMetrics(widgets).filter((d) => d.namespace === 'AWS/Lambda')) {
      assert.equal(m.dimension, `FunctionName=${fn}`);
    }
  });

  it("opens with the status of the forwarder's four alarms", () => {
    const alarms = widget(widgets, 'Alarms').properties.alarms!;
    const ids = Object.keys(t.template.findResources('AWS::CloudWatch::Alarm'));
    assert.deepEqual([...alarms].sort(), ids.map((id) => `{{${id}.Arn}}`).sort());
  });

  it('saves the Logs Insights queries on the function log group', () => {
    const functionLogs = (
      Object.values(t.template.findResources('AWS::Lambda::Function'))[0]!.Properties as {
        LoggingConfig: { LogGroup: { Ref: string } };
      }
    ).LoggingConfig.LogGroup;
    t.template.resourceCountIs('AWS::Logs::QueryDefinition', 3);
    t.template.hasResourceProperties('AWS::Logs::QueryDefinition', {
      Name: Match.stringLikeRegexp('^OtlpPrometheusForwarder/[A-Za-z0-9]+/Top rejection reasons by metric$'),
      LogGroupNames: [functionLogs],
      QueryString: [
        'filter msg = "request" and pointsRejected > 0',
        '| stats sum(pointsRejected) as points by rejectedReason, rejectedMetric',
        '| sort points desc',
        '| limit 20',
      ].join('\n'),
    });
    t.template.hasResourceProperties('AWS::Logs::QueryDefinition', {
      Name: Match.stringLikeRegexp('/Slowest requests$'),
      LogGroupNames: [functionLogs],
      QueryString: [
        'fields @timestamp, requestId, status, pointsIn, ms, destinationMs',
        '| filter msg = "request"',
        '| sort ms desc',
        '| limit 20',
      ].join('\n'),
    });
    t.template.hasResourceProperties('AWS::Logs::QueryDefinition', {
      Name: Match.stringLikeRegexp('/Destination failures$'),
      LogGroupNames: [functionLogs],
      QueryString: Match.stringLikeRegexp('filter msg = "request" and outcome = "destination_failed"'),
    });
  });
});

describe('the dashboard with METRICS_NAMESPACE set in the environment', () => {
  it('reads the metrics where the function writes them', () => {
    const t = synth({ environment: '{"METRICS_NAMESPACE":" Shop/Forwarder "}' });
    try {
      const widgets = dashboardWidgets(t.template);
      const emf = drawnMetrics(widgets).filter((m) => m.namespace !== 'AWS/Lambda');
      assert.equal(emf.length > 0, true);
      // Trimmed, as the function reads it.
      for (const m of emf) assert.equal(m.namespace, 'Shop/Forwarder', m.name);
      const [row] = widget(widgets, 'Rejected data points by reason').properties.metrics!;
      assert.match(
        (row![0] as { expression: string }).expression,
        /^SEARCH\('\{"Shop\/Forwarder",Service,Reason\} /,
      );
    } finally {
      t.cleanup();
    }
  });
});

describe('-c dashboard=false', () => {
  it('leaves the dashboard out and keeps the saved queries', () => {
    const t = synth({ dashboard: 'false' });
    try {
      t.template.resourceCountIs('AWS::CloudWatch::Dashboard', 0);
      t.template.resourceCountIs('AWS::Logs::QueryDefinition', 3);
      t.template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    } finally {
      t.cleanup();
    }
  });

  it('refuses a value that is not true or false', () => {
    assert.throws(
      () => synth({ dashboard: 'no' }),
      /context "dashboard" = "\\"no\\"" is invalid; expected true or false/,
    );
  });
});

describe('the dashboard prop in another app', () => {
  it('exposes the dashboard by default and none with dashboard: false', () => {
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    const stack = new Stack(app, 'Consumer');
    const withIt = new OtlpPrometheusForwarder(stack, 'WithDashboard');
    const without = new OtlpPrometheusForwarder(stack, 'WithoutDashboard', { dashboard: false });
    assert.ok(withIt.dashboard?.dashboard);
    assert.equal(without.dashboard, undefined);
    assert.ok(without.queries.topRejectionReasons);
    Template.fromStack(stack).resourceCountIs('AWS::CloudWatch::Dashboard', 1);
  });
});
