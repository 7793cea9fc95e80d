import type { Certificate, Grade, Outcome, Tally } from './types.js'

export interface LawInput {
  hard: Outcome[]
  B: Outcome[]
  B_plus: Outcome[]
  concentrationHolds: boolean
  thresholds: { B: number; B_plus: number }
}

/** The decision part of a certificate. */
export type LawResult = Pick<Certificate, 'grade' | 'eligible_B' | 'eligible_B_plus' | 'hard' | 'B' | 'B_plus'>

/**
 * The certification law of the seed. Hard gates veto: one gate not passing and there is no grade,
 * whatever the bands say. B needs ≥ thresholds.B of B-band checks passing; B+ needs ≥ thresholds.B_plus
 * of B+-band checks passing and concentration protection. A policy with no band checks cannot earn
 * a grade: an empty scorecard proves nothing.
 */
export function applyLaw(input: LawInput): LawResult {
  const hard = tally(input.hard)
  const B = tally(input.B)
  const B_plus = tally(input.B_plus)
  const hardPass = hard.passed === hard.total
  const eligible_B = hardPass && meets(B, input.thresholds.B)
  const eligible_B_plus = hardPass && meets(B_plus, input.thresholds.B_plus) && input.concentrationHolds
  const grade: Grade = eligible_B_plus && eligible_B ? 'B+' : eligible_B ? 'B' : 'none'
  return {
    grade,
    eligible_B,
    eligible_B_plus,
    hard,
    B: { ...B, share: share(B), threshold: input.thresholds.B },
    B_plus: { ...B_plus, share: share(B_plus), threshold: input.thresholds.B_plus }
  }
}

function tally(outcomes: Outcome[]): Tally {
  return { passed: outcomes.filter((o) => o === 'pass').length, total: outcomes.length }
}

function share(t: Tally): number {
  return t.total === 0 ? 0 : t.passed / t.total
}

/** passed/total ≥ threshold, decided on integers so that exactly 70 % of 10 is 7, not 6.999…. */
export function meets(t: Tally, threshold: number): boolean {
  if (t.total === 0) return false
  const needed = Math.ceil(threshold * t.total - 1e-9)
  return t.passed >= needed
}
