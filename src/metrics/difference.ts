import { nonFiniteReason, requireSameLength } from './guards.js'
import { type MetricResult, ok, undef } from './result.js'
import { DEFINITIONS } from './definitions.js'

function extremeDifference(a: Float64Array, b: Float64Array, pick: 'min' | 'max'): MetricResult {
  requireSameLength(a, b, `${pick}Difference`)
  const id = pick === 'min' ? DEFINITIONS.min_difference : DEFINITIONS.max_difference
  if (a.length === 0) return undef('no rows', id)
  const bad = nonFiniteReason(a, 'minuend') ?? nonFiniteReason(b, 'subtrahend')
  if (bad) return undef(bad, id)
  let best = a[0] - b[0]
  for (let i = 1; i < a.length; i++) {
    const d = a[i] - b[i]
    if (pick === 'min' ? d < best : d > best) best = d
  }
  // ok() turns an overflowed difference (±Infinity) into an undefined result.
  return ok(best, id)
}

/** min over rows of a[i] − b[i], e.g. the smallest gap of a case timeline. */
export function minDifference(a: Float64Array, b: Float64Array): MetricResult {
  return extremeDifference(a, b, 'min')
}

/** max over rows of a[i] − b[i]. */
export function maxDifference(a: Float64Array, b: Float64Array): MetricResult {
  return extremeDifference(a, b, 'max')
}
