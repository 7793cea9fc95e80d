import type { Band } from '../policy/schema.js'
import type { Outcome } from './types.js'

/** A value passes a band when it lies inside it, ends included; an undefined value is never a pass. */
export function bandOutcome(value: number | null, band: Band): Outcome {
  if (value === null) return 'undefined'
  if (band.min !== undefined && value < band.min) return 'fail'
  if (band.max !== undefined && value > band.max) return 'fail'
  return 'pass'
}

/** Distance from a value to a band (0 inside); how far a value is from passing. */
export function bandDistance(value: number, band: Band): number {
  if (band.min !== undefined && value < band.min) return band.min - value
  if (band.max !== undefined && value > band.max) return value - band.max
  return 0
}

/** Combines per-seed outcomes: any fail fails; otherwise any undefined is undefined; otherwise pass. */
export function acrossSeeds(outcomes: Outcome[]): Outcome {
  if (outcomes.length === 0) return 'undefined'
  if (outcomes.includes('fail')) return 'fail'
  if (outcomes.includes('undefined')) return 'undefined'
  return 'pass'
}

export function formatBand(band: Band): string {
  if (band.min !== undefined && band.max !== undefined) return `[${band.min}, ${band.max}]`
  if (band.min !== undefined) return `≥ ${band.min}`
  return `≤ ${band.max}`
}
