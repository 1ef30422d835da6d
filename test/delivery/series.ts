/** Generated remote-write series for delivery tests: fixed timestamps, distinct values. */
import type { TimeSeries } from '../../lambda/translate/series-set.js';

/** Epoch ms every generated series starts at. */
export const T0 = 1_700_000_000_000;

/** `count` series named `metric`, each with `samples` samples one second apart. */
export function makeSeries(
  count: number,
  samples: number,
  metric = 'delivery_test',
  extra = '',
): TimeSeries[] {
  return Array.from({ length: count }, (_, i) => ({
    labels: [
      { name: '__name__', value: metric },
      { name: 'pad', value: extra },
      { name: 'series', value: String(i).padStart(6, '0') },
    ].filter((l) => l.value !== ''),
    samples: Array.from({ length: samples }, (_, j) => ({ value: i * 1000 + j, timestamp: T0 + j * 1000 })),
    exemplars: [],
    histograms: [],
  }));
}
