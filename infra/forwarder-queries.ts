/**
 * Saved CloudWatch Logs Insights queries on the function's log group, over its per-request JSON line
 * (`{"msg":"request","requestId":...,"status":...,"outcome":...,"pointsRejected":...,"ms":...}`).
 */
import { Names } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Props of {@link ForwarderQueries}. */
export interface ForwarderQueriesProps {
  /** The function's log group. */
  readonly logGroup: logs.ILogGroup;
}

/** The request line alone: the function also logs start-up and warnings. */
const REQUEST_LINES = 'msg = "request"';

/** Saved queries under a folder of their own per forwarder, in the console's Logs Insights. */
export class ForwarderQueries extends Construct {
  /** Which reasons rejected the most points, and on which metric. */
  public readonly topRejectionReasons: logs.QueryDefinition;
  /** The slowest requests, with the time their destination calls took. */
  public readonly slowestRequests: logs.QueryDefinition;
  /** The requests the destination did not take, with its status and the error (the alarm's detail). */
  public readonly destinationFailures: logs.QueryDefinition;

  constructor(scope: Construct, id: string, props: ForwarderQueriesProps) {
    super(scope, id);
    // The construct's unique ID, as the alarm metric's namespace: two forwarders' queries never mix.
    const folder = `OtlpPrometheusForwarder/${Names.uniqueId(scope)}`;
    const query = (queryId: string, name: string, queryString: logs.QueryString) =>
      new logs.QueryDefinition(this, queryId, {
        queryDefinitionName: `${folder}/${name}`,
        queryString,
        logGroups: [props.logGroup],
      });

    this.topRejectionReasons = query(
      'TopRejectionReasons',
      'Top rejection reasons by metric',
      new logs.QueryString({
        filterStatements: [`${REQUEST_LINES} and pointsRejected > 0`],
        statsStatements: ['sum(pointsRejected) as points by rejectedReason, rejectedMetric'],
        sort: 'points desc',
        limit: 20,
      }),
    );
    this.slowestRequests = query(
      'SlowestRequests',
      'Slowest requests',
      new logs.QueryString({
        fields: ['@timestamp', 'requestId', 'status', 'pointsIn', 'ms', 'destinationMs'],
        filterStatements: [REQUEST_LINES],
        sort: 'ms desc',
        limit: 20,
      }),
    );
    this.destinationFailures = query(
      'DestinationFailures',
      'Destination failures',
      new logs.QueryString({
        fields: ['@timestamp', 'requestId', 'status', 'destinationStatus', 'destinationMs', 'error'],
        filterStatements: [`${REQUEST_LINES} and outcome = "destination_failed"`],
        sort: '@timestamp desc',
        limit: 50,
      }),
    );
  }
}
