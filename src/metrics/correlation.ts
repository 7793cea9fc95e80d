import { isConstant, nonFiniteReason, requireSameLength } from './guards.js'
import { type MetricResult, ok, undef } from './result.js'
import { meanOf } from './moments.js'
import { NeumaierSum } from './sum.js'
import { DEFINITIONS } from './definitions.js'

/**
 * 1-based average ranks (midranks): tied values share the mean of the ranks they occupy, like
 * scipy.stats.rankdata(method='average'). Throws RangeError on NaN, which has no rank.
 */
export function averageRanks(x: Float64Array): Float64Array {
  const n = x.length
  for (let i = 0; i < n; i++) if (Number.isNaN(x[i])) throw new RangeError(`averageRanks: NaN at row ${i}`)
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || a - b)
  const ranks = new Float64Array(n)
  let start = 0
  while (start < n) {
    let end = start + 1
    // -0 and 0 tie, as they do in numpy.
    while (end < n && x[order[end]] === x[order[start]]) end++
    const rank = (start + 1 + end) / 2 // mean of the ranks start+1 .. end
    for (let j = start; j < end; j++) ranks[order[j]] = rank
    start = end
  }
  return ranks
}

const MIN_NORMAL = 2.2250738585072014e-308

/** Shared preconditions of the correlations; null when the pair is usable. */
function pairProblem(x: Float64Array, y: Float64Array): string | null {
  if (x.length < 2) return `needs at least 2 rows, got ${x.length}`
  const bad = nonFiniteReason(x, 'x') ?? nonFiniteReason(y, 'y')
  if (bad) return bad
  if (isConstant(x)) return 'x is constant (zero variance)'
  if (isConstant(y)) return 'y is constant (zero variance)'
  return null
}

/**
 * Product-moment correlation Σdx·dy / √(Σdx²·Σdy²) of finite, non-constant, paired arrays, by a
 * corrected two-pass: deviations from the rounded means, minus the small bias that rounding left.
 * Clamped to [−1, 1] like scipy.
 */
function correlationOf(x: ArrayLike<number>, y: ArrayLike<number>): number | null {
  const n = x.length
  const mx = meanOf(x)
  const my = meanOf(y)
  const sx = new NeumaierSum()
  const sy = new NeumaierSum()
  const sxx = new NeumaierSum()
  const syy = new NeumaierSum()
  const sxy = new NeumaierSum()
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx
    const dy = y[i] - my
    sx.add(dx)
    sy.add(dy)
    sxx.add(dx * dx)
    syy.add(dy * dy)
    sxy.add(dx * dy)
  }
  const biasX = sx.value()
  const biasY = sy.value()
  const cxx = sxx.value() - (biasX * biasX) / n
  const cyy = syy.value() - (biasY * biasY) / n
  const cxy = sxy.value() - (biasX * biasY) / n
  // Distinct values whose squared deviations underflow (subnormals) leave no usable variance.
  if (!(cxx > 0 && cyy > 0)) return null
  // One square root of the product rounds least (perfectly aligned data gives exactly ±1); two roots
  // only when the product would overflow or lose bits as a subnormal.
  const product = cxx * cyy
  const scale = Number.isFinite(product) && product >= MIN_NORMAL ? Math.sqrt(product) : Math.sqrt(cxx) * Math.sqrt(cyy)
  const r = cxy / scale
  return Math.max(-1, Math.min(1, r))
}

function correlationResult(r: number | null, id: string): MetricResult {
  return r === null ? undef('variance underflows to 0 in float64', id) : ok(r, id)
}

export function pearson(x: Float64Array, y: Float64Array): MetricResult {
  requireSameLength(x, y, 'pearson')
  const id = DEFINITIONS.pearson
  const problem = pairProblem(x, y)
  if (problem) return undef(problem, id)
  return correlationResult(correlationOf(x, y), id)
}

/** Pearson correlation of the average ranks, like scipy.stats.spearmanr. */
export function spearman(x: Float64Array, y: Float64Array): MetricResult {
  requireSameLength(x, y, 'spearman')
  const id = DEFINITIONS.spearman
  const problem = pairProblem(x, y)
  if (problem) return undef(problem, id)
  return correlationResult(correlationOf(averageRanks(x), averageRanks(y)), id)
}
