/**
 * Translated series that carry `points` (the OTLP data point each sample came from), built by hand so
 * that delivery's point accounting is tested apart from the translator.
 */
import type { TimeSeries } from '../../lambda/translate/series-set.js';
import { T0 } from '../delivery/series.js';

/** A series of `metric` with extra labels, one sample per entry of `points` (one second apart). */
export function pointSeries(
  metric: string,
  labels: Record<string, string>,
  points: readonly number[],
  startMs = T0,
): TimeSeries {
  return {
    labels: [
      { name: '__name__', value: metric },
      ...Object.entries(labels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ({ name, value })),
    ],
    samples: points.map((p, j) => ({ value: p, timestamp: startMs + j * 1000 })),
    exemplars: [],
    histograms: [],
    points: [...points],
  };
}

/** `count` gauge points, point indices `first`..`first+count-1`, one series each. */
export function gauges(count: number, first = 0, metric = 'good_metric'): TimeSeries[] {
  return Array.from({ length: count }, (_, i) =>
    pointSeries(metric, { i: String(first + i).padStart(5, '0') }, [first + i]),
  );
}

/**
 * One classic histogram point (index `point`) as the translator writes it: `_bucket` series for each
 * bound plus +Inf, `_sum` and `_count`: five series, five samples, one point.
 */
export function histogramPoint(point: number, metric = 'bad_hist'): TimeSeries[] {
  return [
    ...['0.1', '1', '+Inf'].map((le) => pointSeries(`${metric}_bucket`, { le }, [point])),
    pointSeries(`${metric}_sum`, {}, [point]),
    pointSeries(`${metric}_count`, {}, [point]),
  ];
}

/** target_info: a sample that is no data point. */
export function targetInfo(): TimeSeries {
  return pointSeries('target_info', { job: 'test' }, [-1]);
}

/** The `__name__` of a decoded series. */
export function nameOf(ts: { labels?: { name?: string | null; value?: string | null }[] | null }): string {
  return ts.labels?.find((l) => l.name === '__name__')?.value ?? '';
}
