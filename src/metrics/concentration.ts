import { negativeReason, nonFiniteReason } from './guards.js'
import { type MetricResult, ok, undef } from './result.js'
import { sortedCopy } from './quantile.js'
import { NeumaierSum, neumaierSum } from './sum.js'
import { DEFINITIONS } from './definitions.js'

/** Shared preconditions of the concentration metrics: rows, finite, non-negative, positive total. */
function concentrationInputProblem(x: Float64Array): string | null {
  if (x.length === 0) return 'no rows'
  return nonFiniteReason(x) ?? negativeReason(x)
}

/**
 * Gini, population form: Σ(2i−n−1)·x₍ᵢ₎ / (n·Σx), x ascending, i = 1..n (no n/(n−1) factor).
 * The numerator is evaluated as the identical sum Σₖ k(n−k)·(x₍ₖ₊₁₎ − x₍ₖ₎), k = 1..n−1: every term is
 * non-negative, so nothing cancels and nearly equal values still get an accurate (small) Gini.
 * Range [0, 1 − 1/n].
 */
export function gini(x: Float64Array): MetricResult {
  const id = DEFINITIONS.gini
  const problem = concentrationInputProblem(x)
  if (problem) return undef(problem, id)
  const sorted = sortedCopy(x)
  const n = sorted.length
  const total = neumaierSum(sorted)
  if (total === 0) return undef('total is 0', id)
  const numerator = new NeumaierSum()
  for (let k = 1; k < n; k++) numerator.add(k * (n - k) * (sorted[k] - sorted[k - 1]))
  return ok(numerator.value() / (n * total), id)
}

/**
 * How many values the top `fraction` covers: ⌈fraction·n⌉, clamped to [1, n]. A product within 1e-9
 * relative above a whole number counts as that number, so a decimal fraction such as 0.1 (stored as
 * 0.1000000000000000055…) of 30 rows is 3 rows, not 4.
 */
export function topCount(fraction: number, n: number): number {
  const product = fraction * n
  const k = Math.ceil(product - product * 1e-9)
  return Math.min(n, Math.max(1, k))
}

/** Sum of the largest ⌈fraction·n⌉ values / sum of all values. */
export function topShare(x: Float64Array, fraction: number): MetricResult {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`fraction must be within (0, 1], got ${fraction}`)
  const id = DEFINITIONS.top_share
  const problem = concentrationInputProblem(x)
  if (problem) return undef(problem, id)
  const sorted = sortedCopy(x)
  const n = sorted.length
  const total = neumaierSum(sorted)
  if (total === 0) return undef('total is 0', id)
  const k = topCount(fraction, n)
  if (k === n) return ok(1, id)
  const top = new NeumaierSum()
  for (let i = n - k; i < n; i++) top.add(sorted[i])
  return ok(top.value() / total, id)
}
