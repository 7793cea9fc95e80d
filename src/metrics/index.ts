/**
 * The closed metric vocabulary: pure functions over filtered, null-free typed arrays. Every function
 * returns a MetricResult carrying its definition id; undefined cases (no rows, zero variance, zero
 * denominator, values outside the definition's domain, non-finite input) are a status, never NaN or
 * Infinity. Inputs are never mutated. Exact definitions: docs/metrics.md.
 */
export { DEFINITIONS } from './definitions.js'
export type { MetricResult } from './result.js'
export { count, shareOf, nullRate, rateDifference } from './counts.js'
export { mean, std, cv } from './moments.js'
export { quantile, median, quantileRatio, ratioQuantile } from './quantile.js'
export { gini, topShare } from './concentration.js'
export { pearson, spearman, averageRanks } from './correlation.js'
export { distinctCount, duplicateCount, type KeyColumn } from './keys.js'
export { minDifference, maxDifference } from './difference.js'
