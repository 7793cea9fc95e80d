import { isConstant, nonFiniteReason } from './guards.js'
import { type MetricResult, ok, undef } from './result.js'
import { NeumaierSum, neumaierSum } from './sum.js'
import { DEFINITIONS } from './definitions.js'

/** Σx/n with a compensated sum; caller guarantees n > 0. */
export function meanOf(x: ArrayLike<number>): number {
  return neumaierSum(x) / x.length
}

/**
 * Population variance Σ(x−m)²/n by the corrected two-pass algorithm: the second term removes the error
 * left by rounding the mean, so nearly constant data (large mean, tiny spread) keeps its digits.
 * Exactly 0 for constant data. Caller guarantees n > 0 and finite values.
 */
export function populationVarianceOf(x: ArrayLike<number>): number {
  if (isConstant(x)) return 0
  const n = x.length
  const m = meanOf(x)
  const squares = new NeumaierSum()
  const deviations = new NeumaierSum()
  for (let i = 0; i < n; i++) {
    const d = x[i] - m
    squares.add(d * d)
    deviations.add(d)
  }
  const s = deviations.value()
  return Math.max(0, (squares.value() - (s * s) / n) / n)
}

export function mean(x: Float64Array): MetricResult {
  const id = DEFINITIONS.mean
  if (x.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(x)
  if (bad) return undef(bad, id)
  return ok(meanOf(x), id)
}

/** Population standard deviation (ddof 0), like numpy.std. */
export function std(x: Float64Array): MetricResult {
  const id = DEFINITIONS.std
  if (x.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(x)
  if (bad) return undef(bad, id)
  return ok(Math.sqrt(populationVarianceOf(x)), id)
}

/** Coefficient of variation std(ddof 0)/mean, like scipy.stats.variation; keeps the sign of the mean. */
export function cv(x: Float64Array): MetricResult {
  const id = DEFINITIONS.cv
  if (x.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(x)
  if (bad) return undef(bad, id)
  const m = meanOf(x)
  if (m === 0) return undef('mean is 0', id)
  return ok(Math.sqrt(populationVarianceOf(x)) / m, id)
}
