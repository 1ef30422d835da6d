/**
 * The inspect page's JSON: the series grouped by family, the recent requests, and reset. Answers stay
 * bounded: at most `limit` series (with their recent points) per answer, the store and the request ring
 * being bounded themselves.
 */
import type { RecentRequests } from '../recent-requests.js';
import type { SeriesStore } from '../series-store.js';
import { groupFamilies } from './families.js';
import { reasonInWords } from './reasons.js';

/** Series in one answer when the query names no limit: the store's own bound, so all of them. */
export const DEFAULT_SERIES_LIMIT = 10_000;

/**
 * GET /api/v1/series: `data` is every series (as before, with `family`, `type` and recent `points`
 * added), family by family; `families` names each family with its type and series count.
 * Query: `match` (case-insensitive, in names and label values), `limit` (series in `data`).
 */
export function seriesAnswer(store: SeriesStore, query: URLSearchParams): unknown {
  const limit = clampInt(query.get('limit'), 1, DEFAULT_SERIES_LIMIT, DEFAULT_SERIES_LIMIT);
  const match = (query.get('match') ?? '').slice(0, 200);
  // Points only for the series answered: the store holds up to 60 for each of 10,000.
  const { families, series } = groupFamilies(store.list({ points: false }), store.metadata(), match);
  return {
    status: 'success',
    data: series.slice(0, limit).map((s) => ({ ...s, points: store.recentPoints(s) })),
    families,
    truncated: series.length > limit,
    stats: store.stats,
  };
}

/** GET /api/v1/requests: the recent requests, newest first, each rejection's reason in words too. */
export function requestsAnswer(requests: RecentRequests | undefined): unknown {
  return {
    status: 'success',
    data: (requests?.list() ?? []).map((r) =>
      r.rejections === undefined
        ? r
        : { ...r, rejections: r.rejections.map((x) => ({ ...x, words: reasonInWords(x.reason) })) },
    ),
  };
}

function clampInt(text: string | null, min: number, max: number, fallback: number): number {
  const n = text === null ? NaN : Number.parseInt(text, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}
