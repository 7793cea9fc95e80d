import { nonFiniteReason, requireProbability, requireSameLength } from './guards.js'
import { type MetricResult, ok, undef } from './result.js'
import { DEFINITIONS } from './definitions.js'

/** Ascending copy; the input is never reordered. */
export function sortedCopy(x: ArrayLike<number>): Float64Array {
  return Float64Array.from(x).sort()
}

/**
 * Hyndman–Fan type 7 on an ascending, non-empty array: h = (n−1)·q, interpolate between the order
 * statistics around h. Mirrors numpy's `linear` method step by step (including its two-sided lerp,
 * which is exact at both ends), so results match np.quantile to the last bit or close to it.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  const h = (n - 1) * q
  if (h >= n - 1) return sorted[n - 1]
  const lo = Math.floor(h)
  const gamma = h - lo
  const a = sorted[lo]
  if (gamma === 0) return a
  const b = sorted[lo + 1]
  const diff = b - a
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
}

export function quantile(x: Float64Array, q: number): MetricResult {
  requireProbability(q, 'q')
  const id = DEFINITIONS.quantile
  if (x.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(x)
  if (bad) return undef(bad, id)
  return ok(quantileSorted(sortedCopy(x), q), id)
}

/** The type-7 quantile at 0.5 (for even n: the midpoint of the two middle values). */
export function median(x: Float64Array): MetricResult {
  const id = DEFINITIONS.median
  if (x.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(x)
  if (bad) return undef(bad, id)
  return ok(quantileSorted(sortedCopy(x), 0.5), id)
}

/** quantile(upper) / quantile(lower), e.g. P95/P05; undefined (never Infinity) when the lower one is 0. */
export function quantileRatio(x: Float64Array, upper: number, lower: number): MetricResult {
  requireProbability(upper, 'upper')
  requireProbability(lower, 'lower')
  const id = DEFINITIONS.quantile_ratio
  if (x.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(x)
  if (bad) return undef(bad, id)
  const sorted = sortedCopy(x)
  const denominator = quantileSorted(sorted, lower)
  if (denominator === 0) return undef(`lower quantile (q=${lower}) is 0`, id)
  return ok(quantileSorted(sorted, upper) / denominator, id)
}

/** Type-7 quantile of num[i]/den[i] over the rows where den[i] ≠ 0. */
export function ratioQuantile(num: Float64Array, den: Float64Array, q: number): MetricResult {
  requireProbability(q, 'q')
  requireSameLength(num, den, 'ratioQuantile')
  const id = DEFINITIONS.ratio_quantile
  const bad = nonFiniteReason(num, 'numerator') ?? nonFiniteReason(den, 'denominator')
  if (bad) return undef(bad, id)
  const ratios: number[] = []
  for (let i = 0; i < den.length; i++) {
    if (den[i] === 0) continue
    const r = num[i] / den[i]
    // A finite value over a tiny denominator can overflow; fail closed rather than rank an Infinity.
    if (!Number.isFinite(r)) return undef(`ratio overflows at row ${i} (${num[i]} / ${den[i]})`, id)
    ratios.push(r)
  }
  if (ratios.length === 0) return undef(num.length === 0 ? 'no rows' : 'every denominator is 0', id)
  return ok(quantileSorted(sortedCopy(ratios), q), id)
}
