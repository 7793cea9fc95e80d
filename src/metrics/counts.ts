import { requireCount } from './guards.js'
import { type MetricResult, ok, undef } from './result.js'
import { DEFINITIONS } from './definitions.js'

export function count(n: number): MetricResult {
  requireCount(n, 'count')
  return ok(n, DEFINITIONS.count)
}

function requireEventWithin(event: number, total: number, what: string): void {
  requireCount(event, `${what} event count`)
  requireCount(total, `${what} total`)
  if (event > total) throw new RangeError(`${what}: event count ${event} exceeds total ${total}`)
}

/** event / total, e.g. the share of rows matching a filter; undefined when total is 0. */
export function shareOf(event: number, total: number): MetricResult {
  requireEventWithin(event, total, 'share')
  const id = DEFINITIONS.share
  if (total === 0) return undef('no rows', id)
  return ok(event / total, id)
}

/** nullCount / rows; undefined when there are no rows. */
export function nullRate(nullCount: number, rows: number): MetricResult {
  requireEventWithin(nullCount, rows, 'null rate')
  const id = DEFINITIONS.null_rate
  if (rows === 0) return undef('no rows', id)
  return ok(nullCount / rows, id)
}

/**
 * (eventInA/totalA − eventInB/totalB) × scale, e.g. scale 100 for percentage points. Computed as
 * (eventInA·totalB − eventInB·totalA) / (totalA·totalB) while those products are exact integers, so equal
 * rates give exactly 0 and close rates do not lose digits to cancellation.
 */
export function rateDifference(eventInA: number, totalA: number, eventInB: number, totalB: number, scale: number): MetricResult {
  requireEventWithin(eventInA, totalA, 'stratum a')
  requireEventWithin(eventInB, totalB, 'stratum b')
  if (!(Number.isFinite(scale) && scale > 0)) throw new RangeError(`scale must be a positive number, got ${scale}`)
  const id = DEFINITIONS.rate_difference
  if (totalA === 0) return undef('stratum a has no rows', id)
  if (totalB === 0) return undef('stratum b has no rows', id)
  const cross = [eventInA * totalB, eventInB * totalA, totalA * totalB]
  const difference = cross.every(Number.isSafeInteger)
    ? (cross[0] - cross[1]) / cross[2]
    : eventInA / totalA - eventInB / totalB
  return ok(difference * scale, id)
}
