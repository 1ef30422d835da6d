/** Prometheus's stale marker as tests recognise it, independently of the translator's constant. */

/**
 * The bit pattern of Prometheus's stale marker (prometheus/model/value.StaleNaN), written out here rather
 * than taken from the translator, so that tests check its constant instead of trusting it.
 */
const STALE_NAN_BITS = 0x7ff0000000000002n;

/** Whether a float has exactly the stale marker's bits (a plain NaN does not). */
export function isStaleNaN(value: number): boolean {
  if (!Number.isNaN(value)) return false;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return view.getBigUint64(0) === STALE_NAN_BITS;
}
