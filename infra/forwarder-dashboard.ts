/**
 * The forwarder's CloudWatch dashboard: requests, data points and their fates, the destination, and the
 * function itself, from the function's embedded metrics (EMF) and Lambda's own.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { DEFAULT_METRICS_NAMESPACE } from '../lambda/defaults.js';
import { EMF_METRICS } from '../lambda/observe/emf-names.js';

/** The function's METRICS_NAMESPACE when unset (lambda/config.ts, loadMetricsConfig). */
export { DEFAULT_METRICS_NAMESPACE };

/** Props of {@link ForwarderDashboard}. */
export interface ForwarderDashboardProps {
  /** The forwarder function: its name is the metrics' `Service` dimension. */
  readonly function: lambda.IFunction;
  /**
   * The namespace the function writes its embedded metrics to (its METRICS_NAMESPACE).
   * @default DEFAULT_METRICS_NAMESPACE
   */
  readonly metricsNamespace?: string;
  /**
   * Alarms shown in a status row at the top.
   * @default - no status row
   */
  readonly alarms?: readonly cloudwatch.IAlarm[];
}

/** Five minutes, the alarms' period: a graph and the alarm on it count alike. */
const PERIOD = Duration.minutes(5);
/** Three graphs to a row of the dashboard's 24 columns. */
const WIDTH = 8;
const HEIGHT = 6;

/** How one embedded metric is drawn. */
interface Drawn {
  readonly label: string;
  /** @default Stats.SUM */
  readonly statistic?: string;
}

/** One dashboard for one forwarder: what came in, what went out, and why the rest did not. */
export class ForwarderDashboard extends Construct {
  /** The dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;
  private readonly namespace: string;
  private readonly service: string;

  constructor(scope: Construct, id: string, props: ForwarderDashboardProps) {
    super(scope, id);
    this.namespace = props.metricsNamespace ?? DEFAULT_METRICS_NAMESPACE;
    this.service = props.function.functionName;
    this.dashboard = new cloudwatch.Dashboard(this, 'Resource', { defaultInterval: Duration.hours(3) });
    if (props.alarms !== undefined && props.alarms.length > 0) {
      this.dashboard.addWidgets(
        new cloudwatch.AlarmStatusWidget({
          title: 'Alarms',
          alarms: [...props.alarms],
          width: 24,
          height: 2,
        }),
      );
    }
    this.dashboard.addWidgets(...this.trafficRow());
    this.dashboard.addWidgets(...this.destinationRow());
    this.dashboard.addWidgets(...this.functionRow(props.function));
  }

  /** Requests by status class, data points by fate, and the rejected ones by reason. */
  private trafficRow(): cloudwatch.IWidget[] {
    const m = EMF_METRICS;
    const ok = new cloudwatch.MathExpression({
      expression: 'requests - clientErrors - serverErrors',
      usingMetrics: {
        requests: this.emf(m.requests, { label: 'requests' }),
        clientErrors: this.emf(m.clientErrors, { label: '4xx' }),
        serverErrors: this.emf(m.serverErrors, { label: '5xx' }),
      },
      label: '2xx',
      period: PERIOD,
    });
    return [
      graph(
        'Requests by status class',
        [ok, this.emf(m.clientErrors, { label: '4xx' }), this.emf(m.serverErrors, { label: '5xx' })],
        { stacked: true },
      ),
      graph(
        'Data points',
        [
          this.emf(m.pointsReceived, { label: 'received' }),
          this.emf(m.pointsForwarded, { label: 'forwarded' }),
          this.emf(m.pointsRejected, { label: 'rejected' }),
        ],
        { right: [this.emf(m.samplesSent, { label: 'samples sent' })] },
      ),
      graph('Rejected data points by reason', [
        // A search, not a fixed list: a reason the function starts reporting shows without a deploy.
        new cloudwatch.SearchExpression({
          expression: `SEARCH('{"${this.namespace}",Service,Reason} MetricName="${m.pointsRejected}" Service="${this.service}"', 'Sum', ${PERIOD.toSeconds()})`,
          label: "${PROP('Dim.Reason')}",
          period: PERIOD,
        }),
      ]),
    ];
  }

  /** Time per request and in destination calls, those calls' fates, and what clients were refused. */
  private destinationRow(): cloudwatch.IWidget[] {
    const m = EMF_METRICS;
    return [
      // The whole request beside its destination calls: what the rest (decode, translate, encode) costs.
      graph('Time per request (ms)', [
        this.emf(m.duration, { label: 'request p50', statistic: cloudwatch.Stats.p(50) }),
        this.emf(m.duration, { label: 'request p99', statistic: cloudwatch.Stats.p(99) }),
        this.emf(m.destinationLatency, { label: 'destination p50', statistic: cloudwatch.Stats.p(50) }),
        this.emf(m.destinationLatency, { label: 'destination p99', statistic: cloudwatch.Stats.p(99) }),
      ]),
      graph('Destination requests, retries and failures', [
        this.emf(m.destinationRequests, { label: 'requests' }),
        this.emf(m.destinationRetries, { label: 'retries' }),
        this.emf(m.destinationFailures, { label: 'failures' }),
      ]),
      graph('Unauthorized and throttled answers', [
        this.emf(m.unauthorized, { label: '401 unauthorized' }),
        this.emf(m.throttled, { label: '429 throttled' }),
      ]),
    ];
  }

  /** Lambda's view of the function (duration, throttles, errors) and the function's own cold starts. */
  private functionRow(fn: lambda.IFunction): cloudwatch.IWidget[] {
    const sum = { period: PERIOD, statistic: cloudwatch.Stats.SUM };
    return [
      graph('Function duration (ms)', [
        fn.metricDuration({ period: PERIOD, statistic: cloudwatch.Stats.p(50), label: 'p50' }),
        fn.metricDuration({ period: PERIOD, statistic: cloudwatch.Stats.p(99), label: 'p99' }),
      ]),
      graph('Cold starts', [this.emf(EMF_METRICS.coldStart, { label: 'cold starts' })]),
      graph('Function throttles and errors', [
        fn.metricThrottles({ ...sum, label: 'throttles' }),
        fn.metricErrors({ ...sum, label: 'errors' }),
      ]),
    ];
  }

  /** One of the function's embedded metrics, for this forwarder's function. */
  private emf(metricName: string, drawn: Drawn): cloudwatch.Metric {
    return new cloudwatch.Metric({
      namespace: this.namespace,
      metricName,
      dimensionsMap: { Service: this.service },
      statistic: drawn.statistic ?? cloudwatch.Stats.SUM,
      period: PERIOD,
      label: drawn.label,
    });
  }
}

function graph(
  title: string,
  left: cloudwatch.IMetric[],
  options: { readonly stacked?: boolean; readonly right?: cloudwatch.IMetric[] } = {},
): cloudwatch.GraphWidget {
  return new cloudwatch.GraphWidget({
    title,
    left,
    ...(options.right ? { right: options.right } : {}),
    stacked: options.stacked ?? false,
    width: WIDTH,
    height: HEIGHT,
  });
}
