/**
 * Input checks shared by the metrics. Data problems (non-finite values, bad signs) become undefined
 * results with a reason; caller bugs (bad parameters, mismatched lengths) throw RangeError, because
 * the policy schema already validated parameters and the scoring module builds paired arrays itself.
 */

/** Reason text when some value is NaN or ±Infinity, else null. */
export function nonFiniteReason(x: ArrayLike<number>, label = 'input'): string | null {
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) return `${label} has a non-finite value (${x[i]}) at row ${i}`
  }
  return null
}

/** Reason text when some value is negative, else null. */
export function negativeReason(x: ArrayLike<number>): string | null {
  for (let i = 0; i < x.length; i++) {
    if (x[i] < 0) return `needs non-negative values, found ${x[i]} at row ${i}`
  }
  return null
}

export function requireProbability(q: number, name: string): void {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`${name} must be within [0, 1], got ${q}`)
}

export function requireSameLength(a: ArrayLike<unknown>, b: ArrayLike<unknown>, what: string): void {
  if (a.length !== b.length) throw new RangeError(`${what}: paired arrays differ in length (${a.length} vs ${b.length})`)
}

/** Counts are whole, non-negative numbers (row counts). */
export function requireCount(n: number, name: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a non-negative integer, got ${n}`)
}

export function isConstant(x: ArrayLike<number>): boolean {
  for (let i = 1; i < x.length; i++) if (x[i] !== x[0]) return false
  return true
}
