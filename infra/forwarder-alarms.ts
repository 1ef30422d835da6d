/**
 * The forwarder's CloudWatch alarms: the function failing or throttled, the API answering 5xx, and the
 * destination refusing or failing to take the series.
 */
import { Duration, Names } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

/** Props of {@link ForwarderAlarms}. */
export interface ForwarderAlarmsProps {
  readonly function: lambda.IFunction;
  readonly logGroup: logs.ILogGroup;
  readonly api: apigwv2.IHttpApi;
  /** @default - no actions */
  readonly topic?: sns.ITopic;
}

/** Five minutes: short enough to page on, long enough to not flap on a single cold start. */
const PERIOD = Duration.minutes(5);

/**
 * The function's per-request log line (`{"msg":"request","outcome":...}`) for a request the destination
 * did not take, whatever the client was answered: `outcome` is a closed set the function sets, so the
 * filter does not depend on message wording or on how a destination failure maps to a status.
 */
export const DESTINATION_FAILURE_PATTERN = logs.FilterPattern.all(
  logs.FilterPattern.stringValue('$.msg', '=', 'request'),
  logs.FilterPattern.stringValue('$.outcome', '=', 'destination_failed'),
);

/** Alarms on the forwarder; each fires on one bad event in five minutes and clears by itself. */
export class ForwarderAlarms extends Construct {
  /** Invocations that failed (crash or timeout); the handler itself never throws. */
  public readonly functionErrors: cloudwatch.Alarm;
  /** Invocations Lambda refused for lack of concurrency (clients get 503 from API Gateway). */
  public readonly functionThrottles: cloudwatch.Alarm;
  /** 5xx answers from the API, whatever their cause. */
  public readonly apiServerErrors: cloudwatch.Alarm;
  /** Requests the destination did not accept (throttled, misconfigured, down or rejecting). */
  public readonly destinationFailures: cloudwatch.Alarm;
  /** The metric counted from the function's log lines behind {@link destinationFailures}. */
  public readonly destinationFailuresMetric: cloudwatch.Metric;

  constructor(scope: Construct, id: string, props: ForwarderAlarmsProps) {
    super(scope, id);
    const sum = { period: PERIOD, statistic: cloudwatch.Stats.SUM };

    this.functionErrors = this.alarm(
      'FunctionErrors',
      props.function.metricErrors(sum),
      'The forwarder function failed (crashed or timed out); see its log group.',
    );
    this.functionThrottles = this.alarm(
      'FunctionThrottles',
      props.function.metricThrottles(sum),
      'Lambda throttled the forwarder function: raise its reserved concurrency or the account limit.',
    );
    this.apiServerErrors = this.alarm(
      'ApiServerErrors',
      props.api.metricServerError(sum),
      'The OTLP endpoint answered 5xx; clients retry, but check the function log and the destination.',
    );

    // A namespace of its own per forwarder, so two forwarders in one account never add up.
    const filter = new logs.MetricFilter(this, 'DestinationFailuresFilter', {
      logGroup: props.logGroup,
      filterPattern: DESTINATION_FAILURE_PATTERN,
      metricNamespace: `OtlpPrometheusForwarder/${Names.uniqueId(scope)}`,
      metricName: 'DestinationFailures',
      metricValue: '1',
      defaultValue: 0,
    });
    this.destinationFailuresMetric = filter.metric(sum);
    this.destinationFailures = this.alarm(
      'DestinationFailures',
      this.destinationFailuresMetric,
      'The remote-write destination did not accept series (throttled, credentials or URL wrong, down, or rejecting data); see the function log for the reason.',
    );

    if (props.topic) {
      const action = new actions.SnsAction(props.topic);
      for (const alarm of [
        this.functionErrors,
        this.functionThrottles,
        this.apiServerErrors,
        this.destinationFailures,
      ]) {
        alarm.addAlarmAction(action);
        alarm.addOkAction(action);
      }
    }
  }

  private alarm(id: string, metric: cloudwatch.IMetric, description: string): cloudwatch.Alarm {
    return new cloudwatch.Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
  }
}
