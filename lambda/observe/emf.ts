/**
 * Request figures as CloudWatch embedded metrics (EMF): JSON lines on stdout, which CloudWatch Logs turns
 * into metrics without an API call or an extra dependency. The names are in emf-names.ts, which the
 * stack's dashboard (infra/) reads too.
 *
 * Spec: https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
 */
import { EMF_METRICS as M } from './emf-names.js';
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
          [M.requests]: [1, 'Count'],
          [M.clientErrors]: [status >= 400 && status < 500 ? 1 : 0, 'Count'],
          [M.serverErrors]: [status >= 500 ? 1 : 0, 'Count'],
          [M.unauthorized]: [status === 401 ? 1 : 0, 'Count'],
          [M.throttled]: [status === 429 ? 1 : 0, 'Count'],
          [M.pointsReceived]: [figures.pointsIn, 'Count'],
          [M.pointsForwarded]: [figures.pointsWritten, 'Count'],
          [M.pointsRejected]: [figures.pointsRejected, 'Count'],
          [M.samplesSent]: [figures.samplesWritten, 'Count'],
          [M.destinationRequests]: [destination.requests, 'Count'],
          [M.destinationRetries]: [destination.retries, 'Count'],
          [M.destinationFailures]: [failed, 'Count'],
          // Mean per destination request; left out when none was made, so it never averages in zeros.
          ...(destination.requests === 0
            ? {}
            : {
                [M.destinationLatency]: [destination.attemptMs / destination.requests, 'Milliseconds'] as [
                  number,
                  Unit,
                ],
              }),
          [M.duration]: [durationMs, 'Milliseconds'],
          [M.coldStart]: [first ? 1 : 0, 'Count'],
        },
      );
      first = false;
      for (const { reason, points } of figures.rejections) {
        emit({ Service: options.service, Reason: reason }, { [M.pointsRejected]: [points, 'Count'] });
      }
    },
  };
}
