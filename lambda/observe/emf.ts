/**
 * Request figures as CloudWatch embedded metrics (EMF): JSON lines on stdout, which CloudWatch Logs turns
 * into metrics without an API call or an extra dependency. The stack's dashboard (infra/) reads these
 * names; keep them in step.
 *
 * Spec: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import type { RequestObserver } from './observer.js';

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
 * An observer that writes one EMF document per request, dimension `Service`, and one per rejection
 * reason, dimensions `Service` and `Reason` (a closed set, so bounded cardinality). The status becomes
 * counters per class, never a dimension. `ColdStart` is 1 on the process's first request.
 * @example
 * const observer = emfObserver(config.metrics); // namespace and service from METRICS_NAMESPACE, AWS_LAMBDA_FUNCTION_NAME
 */
export function emfObserver(options: EmfOptions): RequestObserver {
  const write = options.write ?? ((line: string) => process.stdout.write(line));
  const now = options.now ?? Date.now;
  let first = true;
  const emit = (dimensions: Record<string, string>, values: Record<string, [number, Unit]>): void => {
    const document: Record<string, unknown> = {
      _aws: {
        Timestamp: now(),
        CloudWatchMetrics: [
          {
            Namespace: options.namespace,
            Dimensions: [Object.keys(dimensions)],
            Metrics: Object.entries(values).map(([name, [, unit]]) => ({ Name: name, Unit: unit })),
          },
        ],
      },
      ...dimensions,
    };
    for (const [name, [value]] of Object.entries(values)) document[name] = value;
    write(`${JSON.stringify(document)}\n`);
  };
  return {
    requestDone({ status, figures, durationMs }) {
      const { destination } = figures;
      const failed = destination.requests - (destination.attempts.success ?? 0);
      emit(
        { Service: options.service },
        {
          Requests: [1, 'Count'],
          ClientErrors: [status >= 400 && status < 500 ? 1 : 0, 'Count'],
          ServerErrors: [status >= 500 ? 1 : 0, 'Count'],
          Unauthorized: [status === 401 ? 1 : 0, 'Count'],
          Throttled: [status === 429 ? 1 : 0, 'Count'],
          DataPointsReceived: [figures.pointsIn, 'Count'],
          DataPointsForwarded: [figures.pointsWritten, 'Count'],
          DataPointsRejected: [figures.pointsRejected, 'Count'],
          SamplesSent: [figures.samplesWritten, 'Count'],
          DestinationRequests: [destination.requests, 'Count'],
          DestinationRetries: [destination.retries, 'Count'],
          DestinationFailures: [failed, 'Count'],
          // Mean per destination request; left out when none was made, so it never averages in zeros.
          ...(destination.requests === 0
            ? {}
            : {
                DestinationLatency: [destination.attemptMs / destination.requests, 'Milliseconds'] as [
                  number,
                  Unit,
                ],
              }),
          Duration: [durationMs, 'Milliseconds'],
          ColdStart: [first ? 1 : 0, 'Count'],
        },
      );
      first = false;
      for (const { reason, points } of figures.rejections) {
        emit({ Service: options.service, Reason: reason }, { DataPointsRejected: [points, 'Count'] });
      }
    },
  };
}
