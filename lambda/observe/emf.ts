/**
 * Request counts as CloudWatch embedded metrics (EMF): one JSON line per request on stdout, which
 * CloudWatch Logs turns into metrics without an API call or an extra dependency.
 *
 * Spec: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import type { RequestOutcome } from './otlp-http.js';

export interface EmfOptions {
  /** CloudWatch namespace. */
  readonly namespace: string;
  /** Value of the one dimension, `Service` (the function name on Lambda). */
  readonly service: string;
  readonly write?: (line: string) => void;
  readonly now?: () => number;
}

type Unit = 'Count' | 'Milliseconds';

/**
 * An `observe` hook for handleOtlpHttp that writes one EMF document per request. Only low-cardinality
 * values: the status becomes counters per class, never a dimension.
 * @example
 * const observe = emfObserver(loadConfig().metrics); // namespace and service from METRICS_NAMESPACE, AWS_LAMBDA_FUNCTION_NAME
 */
export function emfObserver(options: EmfOptions): (outcome: RequestOutcome) => void {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const now = options.now ?? Date.now;
  return (outcome) => {
    const values: Record<string, [number, Unit]> = {
      Requests: [1, 'Count'],
      ClientErrors: [outcome.status >= 400 && outcome.status < 500 ? 1 : 0, 'Count'],
      ServerErrors: [outcome.status >= 500 ? 1 : 0, 'Count'],
      Unauthorized: [outcome.status === 401 ? 1 : 0, 'Count'],
      DataPointsReceived: [outcome.pointsIn, 'Count'],
      DataPointsRejected: [outcome.result?.pointsRejected ?? 0, 'Count'],
      SamplesSent: [outcome.status === 200 ? outcome.samplesOut : 0, 'Count'],
      DestinationRequests: [outcome.result?.destinationRequests ?? 0, 'Count'],
      Duration: [outcome.durationMs, 'Milliseconds'],
    };
    const document: Record<string, unknown> = {
      _aws: {
        Timestamp: now(),
        CloudWatchMetrics: [
          {
            Namespace: options.namespace,
            Dimensions: [['Service']],
            Metrics: Object.entries(values).map(([name, [, unit]]) => ({ Name: name, Unit: unit })),
          },
        ],
      },
      Service: options.service,
    };
    for (const [name, [value]] of Object.entries(values)) document[name] = value;
    write(`${JSON.stringify(document)}\n`);
  };
}
