import { fmt } from '../core/number-format.js'

export { fmt }

export function signed(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—'
  return (x > 0 ? '+' : '') + fmt(x)
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(2)} %`
}

/** Escapes text for a markdown table cell. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

import type { Certificate } from '../certification/types.js'

/** The honest non-claim of a certificate: the grade it does not claim, and why. Null for B+. */
export function nonClaim(c: Certificate): { notClaimed: string; reasons: string[] } | null {
  if (c.grade === 'B+') return null
  const reasons: string[] = []
  const failing = c.hard_gates.filter((g) => g.outcome !== 'pass')
  if (failing.length > 0) reasons.push(`hard gates not passing: ${failing.map((g) => `${g.name} (${g.outcome})`).join(', ')}`)
  if (c.B.share < c.B.threshold) reasons.push(`B ${c.B.passed}/${c.B.total} (${pct(c.B.share)}) is below ${pct(c.B.threshold)}`)
  if (c.B_plus.share < c.B_plus.threshold) reasons.push(`B+ ${c.B_plus.passed}/${c.B_plus.total} (${pct(c.B_plus.share)}) is below ${pct(c.B_plus.threshold)}`)
  if (!c.concentration_protection.holds) reasons.push('concentration protection does not hold')
  return { notClaimed: c.grade === 'B' ? 'B+' : 'any grade', reasons }
}

export const outcomeMark = (o: string | boolean): string =>
  o === 'pass' || o === true || o === 'PASS' ? '✅ pass' : o === 'undefined' ? '⚠️ undefined' : '❌ fail'
