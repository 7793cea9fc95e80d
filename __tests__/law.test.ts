import { describe, expect, it } from '@jest/globals'
import { applyLaw, meets } from '../src/certification/law.js'
import { acrossSeeds, bandOutcome } from '../src/certification/band.js'
import type { Outcome } from '../src/certification/types.js'

const outcomes = (pass: number, fail: number, undef = 0): Outcome[] => [
  ...Array<Outcome>(pass).fill('pass'),
  ...Array<Outcome>(fail).fill('fail'),
  ...Array<Outcome>(undef).fill('undefined')
]
const thresholds = { B: 0.7, B_plus: 0.8 }

describe('certification law', () => {
  it('grades exactly 70 % of B checks as B (7/10), and 69 % as none', () => {
    const at = applyLaw({ hard: outcomes(4, 0), B: outcomes(7, 3), B_plus: outcomes(0, 10), concentrationHolds: true, thresholds })
    expect(at.grade).toBe('B')
    expect(at.eligible_B).toBe(true)
    expect(at.B).toEqual({ passed: 7, total: 10, share: 0.7, threshold: 0.7 })
    const below = applyLaw({ hard: outcomes(4, 0), B: outcomes(69, 31), B_plus: outcomes(0, 100), concentrationHolds: true, thresholds })
    expect(below.grade).toBe('none')
    expect(below.eligible_B).toBe(false)
  })

  it('grades exactly 80 % of B+ checks as B+ (4/5, 8/10), and 79 % as B', () => {
    for (const [p, f] of [[4, 1], [8, 2]]) {
      const r = applyLaw({ hard: outcomes(2, 0), B: outcomes(p + f, 0), B_plus: outcomes(p, f), concentrationHolds: true, thresholds })
      expect(r.grade).toBe('B+')
      expect(r.eligible_B_plus).toBe(true)
    }
    const r = applyLaw({ hard: outcomes(2, 0), B: outcomes(100, 0), B_plus: outcomes(79, 21), concentrationHolds: true, thresholds })
    expect(r.grade).toBe('B')
    expect(r.eligible_B_plus).toBe(false)
  })

  it('vetoes every grade when one hard gate fails, even with every band passing', () => {
    const r = applyLaw({ hard: outcomes(3, 1), B: outcomes(14, 0), B_plus: outcomes(14, 0), concentrationHolds: true, thresholds })
    expect(r).toMatchObject({ grade: 'none', eligible_B: false, eligible_B_plus: false, hard: { passed: 3, total: 4 } })
  })

  it('treats an undefined hard gate as a veto and an undefined check as not passing', () => {
    expect(applyLaw({ hard: outcomes(3, 0, 1), B: outcomes(10, 0), B_plus: outcomes(10, 0), concentrationHolds: true, thresholds }).grade).toBe('none')
    const r = applyLaw({ hard: outcomes(1, 0), B: outcomes(6, 0, 4), B_plus: outcomes(0, 10), concentrationHolds: true, thresholds })
    expect(r.B.passed).toBe(6)
    expect(r.grade).toBe('none')
  })

  it('needs concentration protection for B+', () => {
    const r = applyLaw({ hard: outcomes(1, 0), B: outcomes(10, 0), B_plus: outcomes(10, 0), concentrationHolds: false, thresholds })
    expect(r.grade).toBe('B')
    expect(r.eligible_B_plus).toBe(false)
  })

  it('reproduces the seed: hard 4/4, B 13/14, B+ 10/14 is B, not B+', () => {
    const r = applyLaw({ hard: outcomes(4, 0), B: outcomes(13, 1), B_plus: outcomes(10, 4), concentrationHolds: true, thresholds })
    expect(r).toMatchObject({ grade: 'B', eligible_B: true, eligible_B_plus: false })
    expect(r.B.share).toBeCloseTo(0.9286, 4)
    expect(r.B_plus.share).toBeCloseTo(0.7143, 4)
  })

  it('gives no grade to a policy without band checks', () => {
    expect(applyLaw({ hard: outcomes(1, 0), B: [], B_plus: [], concentrationHolds: true, thresholds }).grade).toBe('none')
  })

  it('decides thresholds on integers', () => {
    expect(meets({ passed: 7, total: 10 }, 0.7)).toBe(true)
    expect(meets({ passed: 14, total: 20 }, 0.7)).toBe(true)
    expect(meets({ passed: 13, total: 20 }, 0.7)).toBe(false)
    expect(meets({ passed: 0, total: 0 }, 0)).toBe(false)
  })
})

describe('bands', () => {
  it('includes both ends and never passes an undefined value', () => {
    expect(bandOutcome(0.25, { min: 0.25, max: 0.5 })).toBe('pass')
    expect(bandOutcome(0.5, { min: 0.25, max: 0.5 })).toBe('pass')
    expect(bandOutcome(0.5000001, { min: 0.25, max: 0.5 })).toBe('fail')
    expect(bandOutcome(-1, { max: 0 })).toBe('pass')
    expect(bandOutcome(null, { min: 0 })).toBe('undefined')
  })

  it('passes across seeds only when every seed passes', () => {
    expect(acrossSeeds(['pass', 'pass', 'pass'])).toBe('pass')
    expect(acrossSeeds(['pass', 'fail', 'undefined'])).toBe('fail')
    expect(acrossSeeds(['pass', 'undefined'])).toBe('undefined')
    expect(acrossSeeds([])).toBe('undefined')
  })
})
