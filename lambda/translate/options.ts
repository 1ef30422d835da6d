/** Translation options, named after the Collector's `prometheusremotewrite` exporter settings. */
import type { NamingStrategy } from './metric-name.js';

export interface TranslateOptions {
  /** Metric naming: `add_metric_suffixes: true` is `UnderscoreEscapingWithSuffixes`. */
  readonly namingStrategy: NamingStrategy;
  /** `namespace`: prefix for every metric name. */
  readonly namespace: string;
  /** `external_labels`: added to every series where the label is absent. Names already sanitised. */
  readonly externalLabels: Readonly<Record<string, string>>;
}

export const DEFAULT_TRANSLATE_OPTIONS: TranslateOptions = {
  namingStrategy: 'UnderscoreEscapingWithSuffixes',
  namespace: '',
  externalLabels: {},
};
