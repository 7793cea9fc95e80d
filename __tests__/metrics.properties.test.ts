import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import * as m from '../src/metrics/index.js'
import type { MetricResult } from '../src/metrics/index.js'
import { topCount } from '../src/metrics/concentration.js'

/**
 * Properties over random arrays, with ties and duplicates on purpose (small integer ranges), plus
 * agreement with naive O(n²) or textbook references where they are cheap. Arrays stay short: the
 * machine is shared.
 */

const RUNS = { numRuns: 200 }

/** Small integers: many ties, exact arithmetic in the naive references. */
const tiedInts = (minLength = 0) =>
  fc.array(fc.integer({ min: -6, max: 6 }), { minLength, maxLength: 40 }).map((a) => Float64Array.from(a))
const nonNegativeTiedInts = (minLength = 1) =>
  fc.array(fc.integer({ min: 0, max: 8 }), { minLength, maxLength: 40 }).map((a) => Float64Array.from(a))
/** Finite doubles of mixed magnitudes, with some repeated on purpose. */
const doubles = (minLength = 0) =>
  fc
    .array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, 1, -1, 2.5)), { minLength, maxLength: 40 })
    .map((a) => Float64Array.from(a))
const nonNegativeDoubles = (minLength = 1) =>
  fc
    .array(fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constantFrom(0, 1, 3)), { minLength, maxLength: 40 })
    .map((a) => Float64Array.from(a))
/** Anything a column could hold, including NaN, ±Infinity and -0. */
const anyDoubles = fc.array(fc.double(), { maxLength: 20 }).map((a) => Float64Array.from(a))

function value(r: MetricResult): number {
  if (r.status !== 'ok') throw new Error(`expected a value, got undefined: ${r.reason}`)
  return r.value
}

function near(a: number, b: number, rel = 1e-9, abs = 1e-12): boolean {
  return Math.abs(a - b) <= Math.max(rel * Math.max(Math.abs(a), Math.abs(b)), abs)
}

const min = (x: Float64Array) => x.reduce((a, b) => Math.min(a, b), Infinity)
const max = (x: Float64Array) => x.reduce((a, b) => Math.max(a, b), -Infinity)

describe('every metric', () => {
  it('returns a finite value or an explicit undefined, never NaN/Infinity, and never mutates input', () => {
    fc.assert(
      fc.property(anyDoubles, fc.double({ min: 0, max: 1, noNaN: true }), (x, q) => {
        const y = Float64Array.from(x).reverse()
        const before = Float64Array.from(x)
        const results: MetricResult[] = [
          m.mean(x), m.std(x), m.cv(x), m.median(x), m.quantile(x, q), m.quantileRatio(x, 0.95, 0.05),
          m.gini(x), m.topShare(x, Math.max(q, 0.01)), m.pearson(x, y), m.spearman(x, y),
          m.ratioQuantile(x, y, q), m.minDifference(x, y), m.maxDifference(x, y), m.distinctCount([x, y]),
          m.duplicateCount([x])
        ]
        for (const r of results) {
          if (r.status === 'ok') expect(Number.isFinite(r.value)).toBe(true)
          else expect(r.reason.length).toBeGreaterThan(0)
        }
        expect(x).toEqual(before)
      }),
      RUNS
    )
  })
})

describe('quantile', () => {
  it('lies between min and max and is monotone in q', () => {
    fc.assert(
      fc.property(doubles(1), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, q1, q2) => {
        const [lo, hi] = q1 <= q2 ? [q1, q2] : [q2, q1]
        const a = value(m.quantile(x, lo))
        const b = value(m.quantile(x, hi))
        expect(a).toBeGreaterThanOrEqual(min(x))
        expect(b).toBeLessThanOrEqual(max(x))
        // numpy's two-sided lerp may round one ulp differently on either side of gamma = 0.5
        expect(a).toBeLessThanOrEqual(b + 4 * Number.EPSILON * Math.max(Math.abs(a), Math.abs(b)))
        expect(value(m.quantile(x, 0))).toBe(min(x))
        expect(value(m.quantile(x, 1))).toBe(max(x))
      }),
      RUNS
    )
  })

  it('matches the textbook type-7 formula (1−γ)·x₍ⱼ₎ + γ·x₍ⱼ₊₁₎ and median is q = 0.5', () => {
    fc.assert(
      fc.property(doubles(1), fc.double({ min: 0, max: 1, noNaN: true }), (x, q) => {
        const s = Array.from(x).sort((a, b) => a - b)
        const h = (s.length - 1) * q
        const j = Math.floor(h)
        const g = h - j
        const textbook = j + 1 < s.length ? (1 - g) * s[j] + g * s[j + 1] : s[j]
        expect(near(value(m.quantile(x, q)), textbook, 1e-12, 1e-9)).toBe(true)
        expect(value(m.median(x))).toBe(value(m.quantile(x, 0.5)))
      }),
      RUNS
    )
  })

  it('quantileRatio is the ratio of the two quantiles or undefined when the lower one is 0', () => {
    fc.assert(
      fc.property(nonNegativeTiedInts(), (x) => {
        const lower = value(m.quantile(x, 0.05))
        const r = m.quantileRatio(x, 0.95, 0.05)
        if (lower === 0) expect(r.status).toBe('undefined')
        else expect(value(r)).toBe(value(m.quantile(x, 0.95)) / lower)
      }),
      RUNS
    )
  })
})

describe('moments', () => {
  it('mean lies within [min, max]; std matches a naive two-pass and is shift-invariant', () => {
    fc.assert(
      fc.property(tiedInts(1), fc.integer({ min: -1000, max: 1000 }), (x, shift) => {
        const n = x.length
        const mu = value(m.mean(x))
        expect(mu).toBeGreaterThanOrEqual(min(x))
        expect(mu).toBeLessThanOrEqual(max(x))
        const naiveMean = x.reduce((a, b) => a + b, 0) / n
        const naiveStd = Math.sqrt(x.reduce((a, b) => a + (b - naiveMean) ** 2, 0) / n)
        const sd = value(m.std(x))
        expect(near(sd, naiveStd)).toBe(true)
        expect(near(value(m.std(x.map((v) => v + shift))), sd)).toBe(true)
        const c = m.cv(x)
        if (mu === 0) expect(c.status).toBe('undefined')
        else expect(value(c)).toBe(sd / mu)
      }),
      RUNS
    )
  })
})

describe('gini', () => {
  it('lies in [0, 1 − 1/n] and equals the O(n²) mean absolute difference form Σ|xᵢ−xⱼ| / (2n²·mean)', () => {
    fc.assert(
      fc.property(fc.oneof(nonNegativeTiedInts(), nonNegativeDoubles()), (x) => {
        const n = x.length
        const total = x.reduce((a, b) => a + b, 0)
        const g = m.gini(x)
        if (total === 0) {
          expect(g.status).toBe('undefined')
          return
        }
        const v = value(g)
        expect(v).toBeGreaterThanOrEqual(0)
        expect(v).toBeLessThanOrEqual((1 - 1 / n) * (1 + 1e-15))
        let pairs = 0
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) pairs += Math.abs(x[i] - x[j])
        expect(near(v, pairs / (2 * n * total))).toBe(true)
      }),
      RUNS
    )
  })

  it('is scale-invariant and order-invariant', () => {
    fc.assert(
      fc.property(nonNegativeTiedInts(2), fc.integer({ min: 1, max: 1000 }), (x, k) => {
        fc.pre(x.some((v) => v > 0))
        const v = value(m.gini(x))
        expect(near(value(m.gini(x.map((t) => t * k))), v, 1e-12)).toBe(true)
        expect(value(m.gini(Float64Array.from(x).reverse()))).toBe(v)
      }),
      RUNS
    )
  })
})

describe('topShare', () => {
  it('matches a naive top-k sum, is at least k/n, at most 1, and grows with the fraction', () => {
    fc.assert(
      fc.property(nonNegativeTiedInts(), fc.double({ min: 0.001, max: 1, noNaN: true }), (x, fraction) => {
        const total = x.reduce((a, b) => a + b, 0)
        if (total === 0) return expect(m.topShare(x, fraction).status).toBe('undefined')
        const n = x.length
        const k = topCount(fraction, n)
        expect(k).toBeGreaterThanOrEqual(Math.max(1, Math.floor(fraction * n)))
        expect(k).toBeLessThanOrEqual(Math.min(n, Math.ceil(fraction * n)))
        const top = Array.from(x).sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0)
        const v = value(m.topShare(x, fraction))
        expect(v).toBe(top / total)
        expect(v).toBeGreaterThanOrEqual(k / n - 1e-15)
        expect(v).toBeLessThanOrEqual(1)
        expect(value(m.topShare(x, Math.min(1, fraction * 1.5)))).toBeGreaterThanOrEqual(v)
      }),
      RUNS
    )
  })
})

describe('ranks and correlations', () => {
  it('averageRanks equals the O(n²) midrank 1 + #less + (#equal − 1)/2', () => {
    fc.assert(
      fc.property(tiedInts(), (x) => {
        const ranks = m.averageRanks(x)
        const naive = Array.from(x, (v) => {
          let less = 0
          let equal = 0
          for (const w of x) {
            if (w < v) less++
            else if (w === v) equal++
          }
          return 1 + less + (equal - 1) / 2
        })
        expect(Array.from(ranks)).toEqual(naive)
      }),
      RUNS
    )
  })

  it('spearman is pearson of the average ranks and invariant under strictly increasing transforms', () => {
    const pairs = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n })
      )
    )
    fc.assert(
      fc.property(pairs, ([xs, ys]) => {
        const x = Float64Array.from(xs)
        const y = Float64Array.from(ys)
        const s = m.spearman(x, y)
        const p = m.pearson(m.averageRanks(x), m.averageRanks(y))
        expect(s).toEqual({ ...p, definition: m.DEFINITIONS.spearman })
        if (s.status !== 'ok') return
        // v³ + 3v is strictly increasing and exact on these integers; exp too (rounding keeps order here)
        const cubic = x.map((v) => v ** 3 + 3 * v)
        const exp = y.map((v) => Math.exp(v))
        expect(value(m.spearman(cubic, exp))).toBe(s.value)
        expect(value(m.spearman(y, x))).toBe(s.value)
        expect(Math.abs(s.value)).toBeLessThanOrEqual(1)
      }),
      RUNS
    )
  })

  it('pearson matches the naive formula, is symmetric, in [−1, 1], and 1 against itself', () => {
    const pairs = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.tuple(
        // micro-unit resolution: no subnormals, whose squares underflow (a hand-written test covers those)
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((v) => Math.round(v * 1e6) / 1e6), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -6, max: 6 }), { minLength: n, maxLength: n })
      )
    )
    fc.assert(
      fc.property(pairs, ([xs, ys]) => {
        const x = Float64Array.from(xs)
        const y = Float64Array.from(ys)
        const r = m.pearson(x, y)
        if (r.status !== 'ok') {
          expect(new Set(xs).size === 1 || new Set(ys).size === 1).toBe(true)
          return
        }
        const n = xs.length
        const mx = xs.reduce((a, b) => a + b, 0) / n
        const my = ys.reduce((a, b) => a + b, 0) / n
        let sxy = 0
        let sxx = 0
        let syy = 0
        for (let i = 0; i < n; i++) {
          sxy += (xs[i] - mx) * (ys[i] - my)
          sxx += (xs[i] - mx) ** 2
          syy += (ys[i] - my) ** 2
        }
        expect(near(r.value, sxy / Math.sqrt(sxx * syy), 1e-9, 1e-9)).toBe(true)
        expect(Math.abs(r.value)).toBeLessThanOrEqual(1)
        expect(value(m.pearson(y, x))).toBe(r.value)
        expect(value(m.pearson(x, x))).toBeCloseTo(1, 14)
      }),
      RUNS
    )
  })
})

describe('ratioQuantile, differences', () => {
  it('ratioQuantile is the quantile of the ratios over non-zero denominators', () => {
    const pairs = fc.integer({ min: 0, max: 30 }).chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: -2, max: 3 }), { minLength: n, maxLength: n })
      )
    )
    fc.assert(
      fc.property(pairs, fc.double({ min: 0, max: 1, noNaN: true }), ([ns, ds], q) => {
        const ratios = ns.flatMap((v, i) => (ds[i] === 0 ? [] : [v / ds[i]]))
        const r = m.ratioQuantile(Float64Array.from(ns), Float64Array.from(ds), q)
        if (ratios.length === 0) expect(r.status).toBe('undefined')
        else expect(value(r)).toBe(value(m.quantile(Float64Array.from(ratios), q)))
      }),
      RUNS
    )
  })

  it('min/max difference match a naive scan and are ordered', () => {
    const pairs = fc.integer({ min: 1, max: 30 }).chain((n) =>
      fc.tuple(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: n, maxLength: n })
      )
    )
    fc.assert(
      fc.property(pairs, ([as, bs]) => {
        const d = as.map((v, i) => v - bs[i])
        const lo = value(m.minDifference(Float64Array.from(as), Float64Array.from(bs)))
        const hi = value(m.maxDifference(Float64Array.from(as), Float64Array.from(bs)))
        expect(lo).toBe(Math.min(...d))
        expect(hi).toBe(Math.max(...d))
        expect(lo).toBeLessThanOrEqual(hi)
      }),
      RUNS
    )
  })
})

describe('distinct and duplicate counts', () => {
  const cell = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('0', '1', 'a', ''), fc.boolean(), fc.constant(null))
  const keyTable = fc
    .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 3 }))
    .chain(([rows, cols]) => fc.array(fc.array(cell, { minLength: rows, maxLength: rows }), { minLength: cols, maxLength: cols }))

  it('duplicateCount = rows − distinctCount, and distinctCount matches an O(n²) typed comparison', () => {
    fc.assert(
      fc.property(keyTable, (columns) => {
        const rows = columns[0].length
        const distinct = value(m.distinctCount(columns))
        expect(value(m.duplicateCount(columns))).toBe(rows - distinct)
        // A row is new when no earlier row has, in every column, the same type and the same value.
        let naive = 0
        for (let i = 0; i < rows; i++) {
          let seen = false
          for (let j = 0; j < i && !seen; j++) seen = columns.every((c) => typeof c[i] === typeof c[j] && c[i] === c[j])
          if (!seen) naive++
        }
        expect(distinct).toBe(naive)
      }),
      RUNS
    )
  })

  it('a typed numeric column counts like the same numbers in a plain array', () => {
    fc.assert(
      fc.property(tiedInts(), (x) => {
        expect(m.distinctCount([x])).toEqual(m.distinctCount([Array.from(x)]))
        expect(value(m.distinctCount([x]))).toBe(new Set(x).size)
      }),
      RUNS
    )
  })
})
