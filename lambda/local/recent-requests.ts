/**
 * The last OTLP requests the local server answered, for the inspect page: a ring bounded by count and by
 * bytes (a message can be long, and the rejected metrics' names are the client's).
 */
import type { Logger, LogFields } from '../log.js';
import type { RequestOutcome } from '../otlp-http.js';
import { Reader, WIRE_LEN } from '../otlp/wire/reader.js';

/** Points rejected for one reason. */
export interface RequestRejection {
  /** A RejectReason or PointFate (lambda/translate/rejections.ts, lambda/counters.ts). */
  readonly reason: string;
  readonly points: number;
  /** Some of the metrics involved. */
  readonly metrics: readonly string[];
}

/** One answered request. */
export interface RecentRequest {
  /** Milliseconds since the epoch, when it was answered. */
  readonly time: number;
  readonly status: number;
  readonly pointsIn: number;
  readonly pointsRejected: number;
  readonly rejections?: readonly RequestRejection[];
  /** The error of a refused request, or the partial_success message. */
  readonly message?: string;
}

const MAX_MESSAGE_CHARS = 2000;
const MAX_REJECTIONS = 20;
const MAX_METRICS = 5;
const MAX_NAME_CHARS = 200;

/** Keeps the newest `maxEntries` requests in at most about `maxBytes` bytes. */
export class RecentRequests {
  private readonly entries: { entry: RecentRequest; bytes: number }[] = [];
  private bytes = 0;

  constructor(
    private readonly maxEntries = 100,
    private readonly maxBytes = 256 * 1024,
  ) {}

  /** Adds a request, its message and names cut to size, dropping the oldest beyond the bounds. */
  add(request: RecentRequest): void {
    const entry = bounded(request);
    const bytes = 2 * JSON.stringify(entry).length;
    this.entries.push({ entry, bytes });
    this.bytes += bytes;
    while (this.entries.length > this.maxEntries || (this.bytes > this.maxBytes && this.entries.length > 1)) {
      this.bytes -= this.entries.shift()?.bytes ?? 0;
    }
  }

  /** Newest first. */
  list(): RecentRequest[] {
    return this.entries.map((e) => e.entry).reverse();
  }

  clear(): void {
    this.entries.length = 0;
    this.bytes = 0;
  }
}

/**
 * Feeds `requests` from the OTLP handler's deps: `observe` records each outcome, and `logger` (which
 * forwards to `logger`) keeps the error text of the request line the handler logs just before it calls
 * observe, in the same synchronous step: the outcome does not carry the error of a refused request.
 */
export function recordRequests(
  requests: RecentRequests,
  logger: Logger,
  now: () => number = Date.now,
): { readonly logger: Logger; readonly observe: (outcome: RequestOutcome) => void } {
  let lastError: string | undefined;
  return {
    logger: {
      info(message: string, fields?: LogFields) {
        if (message === 'request') lastError = typeof fields?.error === 'string' ? fields.error : undefined;
        logger.info(message, fields);
      },
      warn: (message, fields) => logger.warn(message, fields),
      error: (message, fields) => logger.error(message, fields),
    },
    observe: (outcome) => {
      requests.add(fromOutcome(outcome, now(), lastError));
      lastError = undefined;
    },
  };
}

/** The entry for an outcome; `error` is the request's error text when known. */
export function fromOutcome(outcome: RequestOutcome, time: number, error?: string): RecentRequest {
  const extra = outcome as Partial<Pick<RecentRequest, 'rejections' | 'message'>> & { error?: unknown };
  const known = (typeof extra.error === 'string' ? extra.error : undefined) ?? error;
  // A 200's partial_success says all that was lost (translation and destination); a refusal its error.
  const message =
    (typeof extra.message === 'string' ? extra.message : undefined) ??
    (outcome.status === 200 ? (partialSuccessMessage(outcome) ?? known) : known) ??
    outcome.result?.warning;
  return {
    time,
    status: outcome.status,
    pointsIn: outcome.pointsIn,
    pointsRejected: outcome.result?.pointsRejected ?? 0,
    ...(Array.isArray(extra.rejections) ? { rejections: extra.rejections } : {}),
    ...(message === undefined || message === '' ? {} : { message }),
  };
}

/** The `partial_success.error_message` of a 200's body, JSON or protobuf. */
function partialSuccessMessage(outcome: RequestOutcome): string | undefined {
  const result = outcome.result;
  if (result === undefined || result.body.length === 0) return undefined;
  try {
    if (result.format === 'json') {
      const parsed = JSON.parse(Buffer.from(result.body).toString('utf8')) as {
        partialSuccess?: { errorMessage?: unknown };
      };
      const text = parsed.partialSuccess?.errorMessage;
      return typeof text === 'string' ? text : undefined;
    }
    // ExportMetricsServiceResponse: partial_success (1) { rejected_data_points (1), error_message (2) }.
    const r = new Reader(result.body);
    while (r.pos < result.body.length) {
      const tag = r.tag();
      if (tag !== ((1 << 3) | WIRE_LEN)) {
        r.skipField(tag);
        continue;
      }
      const end = r.length() + r.pos;
      while (r.pos < end) {
        const inner = r.tag();
        if (inner !== ((2 << 3) | WIRE_LEN)) {
          r.skipField(inner);
          continue;
        }
        const stop = r.length() + r.pos;
        return Buffer.from(result.body.subarray(r.pos, stop)).toString('utf8');
      }
    }
  } catch {
    // A body we cannot read has no message to show; the status and counts still are.
  }
  return undefined;
}

function bounded(request: RecentRequest): RecentRequest {
  const { message, rejections, ...rest } = request;
  return {
    ...rest,
    ...(rejections === undefined
      ? {}
      : {
          rejections: rejections.slice(0, MAX_REJECTIONS).map((r) => ({
            reason: cut(r.reason, MAX_NAME_CHARS),
            points: r.points,
            metrics: r.metrics.slice(0, MAX_METRICS).map((m) => cut(m, MAX_NAME_CHARS)),
          })),
        }),
    ...(message === undefined ? {} : { message: cut(message, MAX_MESSAGE_CHARS) }),
  };
}

const cut = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
