/**
 * The names of the function's embedded metrics (observe/emf.ts writes them; the stack's dashboard and
 * alarms in infra/ draw them). One document per request with dimension `Service` (the function name), and
 * one per rejection reason with `Service` and `Reason`. Imports nothing: infra/ reads it too.
 */
export const EMF_METRICS = {
  requests: 'Requests',
  clientErrors: 'ClientErrors',
  serverErrors: 'ServerErrors',
  unauthorized: 'Unauthorized',
  throttled: 'Throttled',
  pointsReceived: 'DataPointsReceived',
  pointsForwarded: 'DataPointsForwarded',
  pointsRejected: 'DataPointsRejected',
  samplesSent: 'SamplesSent',
  destinationRequests: 'DestinationRequests',
  destinationRetries: 'DestinationRetries',
  destinationFailures: 'DestinationFailures',
  destinationLatency: 'DestinationLatency',
  duration: 'Duration',
  coldStart: 'ColdStart',
} as const;
