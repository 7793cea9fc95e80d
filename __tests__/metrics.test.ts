import { describe, expect, it } from '@jest/globals'
import * as m from '../src/metrics/index.js'
import type { MetricResult } from '../src/metrics/index.js'
import { MetricSpec } from '../src/policy/schema.js'

/** Hand-computed values: each expectation below is worked out in the comment next to it. */

const f = (...v: number[]) => Float64Array.from(v)

function value(r: MetricResult): number {
  if (r.status !== 'ok') throw new Error(`expected a value, got undefined: ${r.reason}`)
  return r.value
}

function expectUndefined(r: MetricResult, reason: RegExp): void {
  expect(r.status).toBe('undefined')
  if (r.status === 'undefined') expect(r.reason).toMatch(reason)
  expect('value' in r).toBe(false)
}

describe('DEFINITIONS', () => {
  it('names a definition for every metric kind of the policy schema, and nothing else', () => {
    const kinds = MetricSpec.options.map((o) => o.shape.kind.value).sort()
    expect(Object.keys(m.DEFINITIONS).sort()).toEqual(kinds)
    expect(new Set(Object.values(m.DEFINITIONS)).size).toBe(kinds.length)
  })

  it('pins the ids stated in DESIGN.md', () => {
    expect(m.DEFINITIONS.quantile).toBe('quantile/hyndman-fan-type-7')
    expect(m.DEFINITIONS.median).toBe('median/hyndman-fan-type-7')
    expect(m.DEFINITIONS.gini).toBe('gini/population-sorted-weights')
    expect(m.DEFINITIONS.spearman).toBe('spearman/pearson-of-average-ranks')
  })

  it('is the definition each function reports', () => {
    const x = f(1, 2, 3, 4)
    const y = f(4, 1, 3, 2)
    const pairs: [MetricResult, string][] = [
      [m.count(3), 'count'],
      [m.shareOf(1, 2), 'share'],
      [m.mean(x), 'mean'],
      [m.std(x), 'std'],
      [m.cv(x), 'cv'],
      [m.median(x), 'median'],
      [m.quantile(x, 0.3), 'quantile'],
      [m.quantileRatio(x, 0.9, 0.1), 'quantile_ratio'],
      [m.gini(x), 'gini'],
      [m.topShare(x, 0.5), 'top_share'],
      [m.spearman(x, y), 'spearman'],
      [m.pearson(x, y), 'pearson'],
      [m.ratioQuantile(x, y, 0.5), 'ratio_quantile'],
      [m.rateDifference(1, 2, 1, 3, 1), 'rate_difference'],
      [m.distinctCount([x]), 'distinct_count'],
      [m.duplicateCount([x]), 'duplicate_count'],
      [m.nullRate(1, 4), 'null_rate'],
      [m.minDifference(x, y), 'min_difference'],
      [m.maxDifference(x, y), 'max_difference']
    ]
    for (const [result, kind] of pairs) {
      expect({ kind, status: result.status, definition: result.definition }).toEqual({ kind, status: 'ok', definition: m.DEFINITIONS[kind] })
    }
  })
})

describe('count, shareOf, nullRate', () => {
  it('computes plain counts and ratios', () => {
    expect(value(m.count(7))).toBe(7)
    expect(value(m.count(0))).toBe(0)
    expect(value(m.shareOf(1, 4))).toBe(0.25)
    expect(value(m.shareOf(0, 3))).toBe(0)
    expect(value(m.nullRate(2, 8))).toBe(0.25)
  })

  it('is undefined with no rows', () => {
    expectUndefined(m.shareOf(0, 0), /no rows/)
    expectUndefined(m.nullRate(0, 0), /no rows/)
  })

  it('rejects impossible counts as caller bugs', () => {
    expect(() => m.count(-1)).toThrow(RangeError)
    expect(() => m.count(1.5)).toThrow(RangeError)
    expect(() => m.count(NaN)).toThrow(RangeError)
    expect(() => m.shareOf(5, 4)).toThrow(/exceeds/)
    expect(() => m.nullRate(1, -1)).toThrow(RangeError)
  })
})

describe('rateDifference', () => {
  it('is (a/A − b/B) × scale', () => {
    // 3/10 − 1/5 = 0.1, × 100 = 10 percentage points
    expect(value(m.rateDifference(3, 10, 1, 5, 100))).toBeCloseTo(10, 12)
    // 1/4 − 3/4 = −0.5
    expect(value(m.rateDifference(1, 4, 3, 4, 1))).toBe(-0.5)
  })

  it('is exactly 0 for equal rates written differently', () => {
    // 1/3 and 2/6: the cross products 1·6 and 2·3 are equal
    expect(value(m.rateDifference(1, 3, 2, 6, 100))).toBe(0)
  })

  it('is undefined when a stratum is empty', () => {
    expectUndefined(m.rateDifference(0, 0, 1, 2, 1), /stratum a/)
    expectUndefined(m.rateDifference(1, 2, 0, 0, 1), /stratum b/)
  })

  it('rejects a non-positive scale or more events than rows', () => {
    expect(() => m.rateDifference(1, 2, 1, 2, 0)).toThrow(/scale/)
    expect(() => m.rateDifference(3, 2, 1, 2, 1)).toThrow(/exceeds/)
  })
})

describe('mean, std, cv', () => {
  it('computes them for [1, 2, 3, 6]', () => {
    const x = f(1, 2, 3, 6)
    // mean 12/4 = 3; deviations −2 −1 0 3, squares 4 1 0 9, Σ 14, /4 = 3.5
    expect(value(m.mean(x))).toBe(3)
    expect(value(m.std(x))).toBe(Math.sqrt(3.5))
    expect(value(m.cv(x))).toBe(Math.sqrt(3.5) / 3)
  })

  it('uses the population std (ddof 0): std([2, 4]) = 1, not √2', () => {
    expect(value(m.std(f(2, 4)))).toBe(1)
  })

  it('is exactly 0 for constant data and for one row', () => {
    expect(value(m.std(f(0.1, 0.1, 0.1)))).toBe(0)
    expect(value(m.std(f(7)))).toBe(0)
    expect(value(m.cv(f(5, 5, 5)))).toBe(0)
  })

  it('keeps the sign of the mean in cv, like scipy.stats.variation', () => {
    // mean −3, std 1
    expect(value(m.cv(f(-2, -4)))).toBeCloseTo(-1 / 3, 15)
  })

  it('keeps digits on a long sum with cancellation', () => {
    // [1e16, 1, −1e16] summed left to right in float64 gives 0; the true mean is 1/3
    expect(value(m.mean(f(1e16, 1, -1e16)))).toBe(1 / 3)
  })

  it('is undefined with no rows, non-finite values, or (cv) a zero mean', () => {
    expectUndefined(m.mean(f()), /no rows/)
    expectUndefined(m.std(f()), /no rows/)
    expectUndefined(m.cv(f()), /no rows/)
    expectUndefined(m.mean(f(1, NaN)), /non-finite.*row 1/)
    expectUndefined(m.std(f(Infinity)), /non-finite/)
    expectUndefined(m.cv(f(-1, 1)), /mean is 0/)
    expectUndefined(m.cv(f(0, 0)), /mean is 0/)
  })

  it('is undefined (not Infinity) when the sum overflows', () => {
    expectUndefined(m.mean(f(1.7e308, 1.7e308)), /non-finite/)
  })
})

describe('quantile, median (Hyndman–Fan type 7)', () => {
  const x = f(4, 1, 3, 2)
  it('interpolates at h = (n−1)·q', () => {
    // sorted 1 2 3 4; q=0.25: h = 0.75 → 1 + 0.75·(2−1) = 1.75
    expect(value(m.quantile(x, 0.25))).toBe(1.75)
    // q=0.5: h = 1.5 → 2.5
    expect(value(m.quantile(x, 0.5))).toBe(2.5)
    expect(value(m.quantile(x, 0))).toBe(1)
    expect(value(m.quantile(x, 1))).toBe(4)
    // [10..50]: q=0.1: h = 0.4 → 10 + 0.4·10 = 14
    expect(value(m.quantile(f(50, 40, 30, 20, 10), 0.1))).toBe(14)
  })

  it('handles ties', () => {
    // sorted 1 2 3 3 3; q=0.3: h = 1.2 → 2 + 0.2·1 = 2.2; median is the middle 3
    expect(value(m.quantile(f(3, 1, 3, 3, 2), 0.3))).toBeCloseTo(2.2, 15)
    expect(value(m.median(f(3, 1, 3, 3, 2)))).toBe(3)
  })

  it('takes the midpoint for an even count and the value for one row', () => {
    expect(value(m.median(f(5, 1, 3, 2)))).toBe(2.5)
    expect(value(m.median(f(7)))).toBe(7)
    expect(value(m.quantile(f(7), 0.9))).toBe(7)
  })

  it('is undefined with no rows or non-finite values', () => {
    expectUndefined(m.quantile(f(), 0.5), /no rows/)
    expectUndefined(m.median(f()), /no rows/)
    expectUndefined(m.median(f(1, -Infinity)), /non-finite/)
  })

  it('rejects q outside [0, 1]', () => {
    expect(() => m.quantile(x, 1.5)).toThrow(RangeError)
    expect(() => m.quantile(x, -0.1)).toThrow(RangeError)
    expect(() => m.quantile(x, NaN)).toThrow(RangeError)
  })

  it('does not reorder its input', () => {
    m.median(x)
    expect(Array.from(x)).toEqual([4, 1, 3, 2])
  })
})

describe('quantileRatio', () => {
  it('divides the two type-7 quantiles', () => {
    // [1..5]: P75: h = 3 → 4; P25: h = 1 → 2; ratio 2
    expect(value(m.quantileRatio(f(5, 4, 3, 2, 1), 0.75, 0.25))).toBe(2)
  })

  it('is undefined (never Infinity) when the lower quantile is 0', () => {
    // P05 of 0 0 1 2 10: h = 0.2, between 0 and 0 → 0
    expectUndefined(m.quantileRatio(f(0, 0, 1, 2, 10), 0.95, 0.05), /lower quantile.*is 0/)
    expectUndefined(m.quantileRatio(f(), 0.95, 0.05), /no rows/)
  })
})

describe('gini (population form)', () => {
  it('computes Σ(2i−n−1)·x₍ᵢ₎ / (n·Σx)', () => {
    // sorted 1 2 3 4: (−3·1 − 1·2 + 1·3 + 3·4) / (4·10) = 10/40
    expect(value(m.gini(f(4, 1, 3, 2)))).toBe(0.25)
    // ties, sorted 0 0 2 2: (−3·0 − 1·0 + 1·2 + 3·2) / (4·4) = 8/16
    expect(value(m.gini(f(2, 0, 2, 0)))).toBe(0.5)
  })

  it('is 0 for equal values and 1 − 1/n for one holder of everything', () => {
    expect(value(m.gini(f(3, 3, 3)))).toBe(0)
    expect(value(m.gini(f(9)))).toBe(0)
    expect(value(m.gini(f(0, 0, 0, 1)))).toBe(0.75)
  })

  it('is undefined with no rows, a zero total, negative or non-finite values', () => {
    expectUndefined(m.gini(f()), /no rows/)
    expectUndefined(m.gini(f(0, 0)), /total is 0/)
    expectUndefined(m.gini(f(-1, 2)), /non-negative.*-1/)
    expectUndefined(m.gini(f(1, NaN)), /non-finite/)
  })
})

describe('topShare', () => {
  const x = f(1, 2, 3, 4)
  it('sums the largest ⌈f·n⌉ values over the total', () => {
    // f=0.25: ⌈1⌉ = 1 → 4/10
    expect(value(m.topShare(x, 0.25))).toBe(0.4)
    // f=0.3: ⌈1.2⌉ = 2 → (4+3)/10
    expect(value(m.topShare(x, 0.3))).toBe(0.7)
    expect(value(m.topShare(x, 1))).toBe(1)
    // one row is always counted: f=0.01, ⌈0.04⌉ = 1
    expect(value(m.topShare(x, 0.01))).toBe(0.4)
  })

  it('reads a decimal fraction as written: 7 % of 100 rows is 7 rows, not 8', () => {
    const x100 = Float64Array.from({ length: 100 }, (_, i) => i + 1) // Σ = 5050
    expect(0.07 * 100).toBeGreaterThan(7) // the float64 product that a naive ceil turns into 8
    // 94 + 95 + … + 100 = 679
    expect(value(m.topShare(x100, 0.07))).toBe(679 / 5050)
  })

  it('handles ties', () => {
    // f=0.5 of 5 5 5 1: two of the 5s → 10/16
    expect(value(m.topShare(f(5, 1, 5, 5), 0.5))).toBe(0.625)
  })

  it('is undefined with no rows, a zero total or negative values', () => {
    expectUndefined(m.topShare(f(), 0.1), /no rows/)
    expectUndefined(m.topShare(f(0, 0, 0), 0.1), /total is 0/)
    expectUndefined(m.topShare(f(3, -1), 0.5), /non-negative/)
  })

  it('rejects a fraction outside (0, 1]', () => {
    expect(() => m.topShare(x, 0)).toThrow(RangeError)
    expect(() => m.topShare(x, 1.01)).toThrow(RangeError)
  })
})

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they occupy', () => {
    // 10s take ranks 1, 2 → 1.5; 20s take 3, 4, 5 → 4; 30 takes 6
    expect(Array.from(m.averageRanks(f(10, 20, 10, 30, 20, 20)))).toEqual([1.5, 4, 1.5, 6, 4, 4])
    expect(Array.from(m.averageRanks(f(0, -0)))).toEqual([1.5, 1.5])
    expect(Array.from(m.averageRanks(f()))).toEqual([])
  })

  it('rejects NaN, which has no rank', () => {
    expect(() => m.averageRanks(f(1, NaN))).toThrow(/NaN at row 1/)
  })
})

describe('pearson, spearman', () => {
  it('computes the product-moment correlation', () => {
    expect(value(m.pearson(f(1, 2, 3), f(2, 4, 6)))).toBe(1)
    expect(value(m.pearson(f(1, 2, 3), f(3, 2, 1)))).toBe(-1)
    // dx = dy-permuted (−1.5 −0.5 0.5 1.5): Σdxdy = 2.25 − 0.25 − 0.25 + 2.25 = 4; Σdx² = Σdy² = 5
    expect(value(m.pearson(f(1, 2, 3, 4), f(1, 3, 2, 4)))).toBeCloseTo(0.8, 15)
  })

  it('computes spearman on ranks, with ties at their mean rank', () => {
    // y ranks 1 3 2 4 → same as above, 0.8
    expect(value(m.spearman(f(1, 2, 3, 4), f(10, 30, 20, 40)))).toBeCloseTo(0.8, 15)
    // x ranks 1 2.5 2.5 4: Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5 → √0.9
    expect(value(m.spearman(f(1, 2, 2, 3), f(1, 2, 3, 4)))).toBeCloseTo(Math.sqrt(0.9), 15)
    // a monotone but non-linear relation is a perfect rank correlation, not a perfect linear one
    expect(value(m.spearman(f(1, 2, 3, 4), f(1, 8, 27, 64)))).toBe(1)
    expect(value(m.pearson(f(1, 2, 3, 4), f(1, 8, 27, 64)))).toBeLessThan(0.99)
  })

  it('is undefined for fewer than 2 rows, a constant side or non-finite values', () => {
    for (const corr of [m.pearson, m.spearman]) {
      expectUndefined(corr(f(1), f(2)), /at least 2 rows/)
      expectUndefined(corr(f(), f()), /at least 2 rows/)
      expectUndefined(corr(f(3, 3, 3), f(1, 2, 3)), /x is constant/)
      expectUndefined(corr(f(1, 2, 3), f(0, 0, 0)), /y is constant/)
      expectUndefined(corr(f(1, NaN), f(1, 2)), /non-finite/)
    }
    // distinct subnormals: their squared deviations underflow to 0
    expectUndefined(m.pearson(f(0, 5e-324), f(-1, 0)), /underflows/)
  })

  it('rejects arrays of different lengths', () => {
    expect(() => m.pearson(f(1, 2), f(1, 2, 3))).toThrow(/differ in length/)
    expect(() => m.spearman(f(1, 2), f(1))).toThrow(/differ in length/)
  })
})

describe('ratioQuantile', () => {
  it('drops rows with a zero denominator, then takes the type-7 quantile', () => {
    // kept rows 0, 2, 3: ratios 1, 1.5, 1 → sorted 1 1 1.5
    const num = f(1, 2, 3, 4)
    const den = f(1, 0, 2, 4)
    expect(value(m.ratioQuantile(num, den, 0.5))).toBe(1)
    expect(value(m.ratioQuantile(num, den, 1))).toBe(1.5)
    // q=0.75: h = 1.5 → 1 + 0.5·0.5 = 1.25
    expect(value(m.ratioQuantile(num, den, 0.75))).toBe(1.25)
  })

  it('is undefined without usable rows, with non-finite values, or when a ratio overflows', () => {
    expectUndefined(m.ratioQuantile(f(), f(), 0.5), /no rows/)
    expectUndefined(m.ratioQuantile(f(1, 2), f(0, 0), 0.5), /every denominator is 0/)
    expectUndefined(m.ratioQuantile(f(1, NaN), f(1, 1), 0.5), /numerator has a non-finite/)
    expectUndefined(m.ratioQuantile(f(1e308), f(1e-308), 0.5), /overflows at row 0/)
  })
})

describe('minDifference, maxDifference', () => {
  it('takes the extreme row-wise difference', () => {
    // differences 4, −1, 7
    expect(value(m.minDifference(f(5, 3, 9), f(1, 4, 2)))).toBe(-1)
    expect(value(m.maxDifference(f(5, 3, 9), f(1, 4, 2)))).toBe(7)
  })

  it('is undefined with no rows, non-finite values or an overflowing difference', () => {
    expectUndefined(m.minDifference(f(), f()), /no rows/)
    expectUndefined(m.maxDifference(f(1), f(NaN)), /subtrahend/)
    expectUndefined(m.maxDifference(f(1e308), f(-1e308)), /non-finite result/)
  })

  it('rejects arrays of different lengths', () => {
    expect(() => m.minDifference(f(1), f(1, 2))).toThrow(RangeError)
  })
})

describe('distinctCount, duplicateCount', () => {
  it('counts distinct values of one column; -0 and 0 are one value', () => {
    const x = f(1, 1, 2, -0, 0)
    expect(value(m.distinctCount([x]))).toBe(3)
    expect(value(m.duplicateCount([x]))).toBe(2)
    expect(value(m.distinctCount([Uint8Array.from([1, 0, 1])]))).toBe(2)
  })

  it('counts composite keys of several columns', () => {
    // (1,a) (1,b) (2,a) (1,a) → 3 distinct, 1 duplicate
    const ids = f(1, 1, 2, 1)
    const labels = ['a', 'b', 'a', 'a']
    expect(value(m.distinctCount([ids, labels]))).toBe(3)
    expect(value(m.duplicateCount([ids, labels]))).toBe(1)
    expect(value(m.distinctCount([ids, ['a', 'a', 'a', 'a']]))).toBe(2)
  })

  it('never lets numbers, strings and booleans collide, nor concatenations', () => {
    expect(value(m.distinctCount([[1, '1', true, null, null, 'null', 'true']]))).toBe(6)
    // 'ab'+'c' and 'a'+'bc' are different keys
    expect(value(m.distinctCount([['ab', 'a'], ['c', 'bc']]))).toBe(2)
    expect(value(m.distinctCount([['1', 1], [2, '2']]))).toBe(2)
  })

  it('is 0 for no rows and undefined for non-finite numbers', () => {
    expect(value(m.distinctCount([f()]))).toBe(0)
    expect(value(m.duplicateCount([f(), []]))).toBe(0)
    expectUndefined(m.distinctCount([f(1, NaN)]), /key column 0 has a non-finite value/)
    expectUndefined(m.duplicateCount([['a'], [Infinity]]), /key column 1/)
  })

  it('rejects no columns and columns of different lengths', () => {
    expect(() => m.distinctCount([])).toThrow(RangeError)
    expect(() => m.duplicateCount([f(1, 2), ['a']])).toThrow(/differ in length/)
  })
})
