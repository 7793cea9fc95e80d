/**
 * Metric kind (as named in the policy) -> the id of the exact definition used. The id is recorded next
 * to every value so a certificate says which formula produced it; docs/metrics.md states each one.
 * Change a definition only together with its id.
 */
export const DEFINITIONS: Record<string, string> = {
  count: 'count/rows',
  share: 'share/event-rows-over-rows',
  mean: 'mean/arithmetic-compensated-sum',
  std: 'std/population-ddof-0',
  cv: 'cv/population-std-over-mean',
  median: 'median/hyndman-fan-type-7',
  quantile: 'quantile/hyndman-fan-type-7',
  quantile_ratio: 'quantile_ratio/hyndman-fan-type-7-ratio',
  gini: 'gini/population-sorted-weights',
  top_share: 'top_share/largest-ceil-f-n-over-total',
  spearman: 'spearman/pearson-of-average-ranks',
  pearson: 'pearson/product-moment',
  ratio_quantile: 'ratio_quantile/hyndman-fan-type-7-nonzero-denominator',
  rate_difference: 'rate_difference/share-a-minus-share-b-scaled',
  distinct_count: 'distinct_count/composite-key-nulls-equal',
  duplicate_count: 'duplicate_count/rows-minus-distinct-keys',
  null_rate: 'null_rate/null-rows-over-rows',
  min_difference: 'min_difference/rowwise',
  max_difference: 'max_difference/rowwise',
  // Run-level kinds are computed by src/scoring (no arrays involved); their ids live here too so the
  // vocabulary is complete in one place.
  required_outputs_present: 'required_outputs_present/v1',
  replay_determinism: 'replay_determinism/outputs-digest-equal/v1'
}
