/**
 * The last OTLP requests the local server answered, for the inspect page: a ring bounded by count and by
 * bytes (a message can be long, and the rejected metrics' names are the client's).
 */
import type { RequestObserver } from '../observe/observer.js';
import type { RequestOutcome } from '../outcome.js';

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
  /** Native histogram samples the request carried (receivers without native histograms drop them). */
  readonly nativeHistograms?: number;
  /** The error of a refused request, or the partial_success message. */
  readonly message?: string;
}

const MAX_MESSAGE_CHARS = 2000;
const MAX_REJECTIONS = 20;
const MAX_METRICS = 5;
const MAX_NAME_CHARS = 200;

/** Keeps the newest `maxEntries` requests in at most about `maxBytes` bytes. */
export class RecentRequests implements RequestObserver {
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

  /** Records an answered request (the observer seam: observe/observer.ts). */
  requestDone(outcome: RequestOutcome): void {
    this.add(fromOutcome(outcome));
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

/** The entry for an outcome: its figures, and the error or partial_success message it was answered with. */
export function fromOutcome(outcome: RequestOutcome): RecentRequest {
  const { figures } = outcome;
  return {
    time: outcome.time,
    status: outcome.status,
    pointsIn: figures.pointsIn,
    pointsRejected: figures.pointsRejected,
    ...(figures.rejections.length > 0 ? { rejections: figures.rejections } : {}),
    ...(figures.nativeHistogramsOut > 0 ? { nativeHistograms: figures.nativeHistogramsOut } : {}),
    ...(outcome.message === undefined ? {} : { message: outcome.message }),
  };
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
