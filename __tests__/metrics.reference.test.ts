import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as m from '../src/metrics/index.js'
import type { MetricResult } from '../src/metrics/index.js'
import { topCount } from '../src/metrics/concentration.js'

/**
 * Agreement with numpy/scipy/pandas on the datasets of scripts/reference_metrics.py (values stored in
 * __fixtures__/metrics/reference.json, so no python is needed here). Tolerance: 1e-12 relative,
 * 1e-15 absolute near zero. Where the fixture also holds the exact value (rational arithmetic), we
 * must be at least as close to it as 1e-14 relative: our sums are compensated, numpy's are not.
 */

type Nullable = number | null
interface Expected {
  n: number
  mean: number
  mean_exact: number
  std: number
  std_exact: number
  cv: Nullable
  quantile: [number, number][]
  median: number
  quantile_ratio: [number, number, Nullable][]
  gini: Nullable
  gini_exact: Nullable
  /** [fraction, rows counted, numpy value, exact value] */
  top_share: [number, number, Nullable, Nullable][]
  pearson: Nullable
  pearson_exact: Nullable
  spearman: Nullable
  spearman_exact: Nullable
  ranks_x?: number[]
  ranks_y?: number[]
  ratio_quantile: [number, Nullable][]
  min_difference: number
  max_difference: number
  distinct_count: Record<string, number>
  duplicate_count: Record<string, number>
}
interface Dataset {
  name: string
  x: number[]
  y: number[]
  labels?: string[]
  expected: Expected
}
interface Reference {
  versions: Record<string, string>
  quantiles: number[]
  ratio_pairs: [number, number][]
  top_fractions: number[]
  ratio_quantiles: number[]
  datasets: Dataset[]
}

const reference = JSON.parse(
  readFileSync(new URL('../__fixtures__/metrics/reference.json', import.meta.url), 'utf8')
) as Reference

const REL = 1e-12
const ABS = 1e-15
const EXACT_REL = 1e-14

function close(actual: number, expected: number, rel: number): boolean {
  return Math.abs(actual - expected) <= Math.max(rel * Math.abs(expected), ABS)
}

/** Asserts `result` matches `expected` (null = must be undefined) within `rel`. */
function expectAgrees(result: MetricResult, expected: Nullable, what: string, rel = REL): void {
  if (expected === null) {
    expect({ what, status: result.status }).toEqual({ what, status: 'undefined' })
    return
  }
  if (result.status !== 'ok') throw new Error(`${what}: expected ${expected}, got undefined (${result.reason})`)
  if (!close(result.value, expected, rel)) {
    throw new Error(`${what}: ${result.value} vs reference ${expected} (rel ${Math.abs(result.value - expected) / Math.abs(expected)})`)
  }
}

describe('reference fixture', () => {
  it('was produced by numpy/scipy/pandas and covers n from 1 to 5000', () => {
    expect(Object.keys(reference.versions).sort()).toEqual(['numpy', 'pandas', 'python', 'scipy'])
    const sizes = reference.datasets.map((d) => d.x.length)
    expect(Math.min(...sizes)).toBe(1)
    expect(Math.max(...sizes)).toBe(5000)
    for (const d of reference.datasets) expect(d.y.length).toBe(d.x.length)
  })
})

describe.each(reference.datasets.map((d) => [d.name, d] as const))('dataset %s', (name, d) => {
  const x = Float64Array.from(d.x)
  const y = Float64Array.from(d.y)
  const e = d.expected
  const xCopy = Float64Array.from(x)
  const yCopy = Float64Array.from(y)

  it('mean, std and cv agree with numpy/scipy (and with the exact values)', () => {
    expectAgrees(m.mean(x), e.mean, `${name} mean`)
    expectAgrees(m.mean(x), e.mean_exact, `${name} mean exact`, EXACT_REL)
    expectAgrees(m.std(x), e.std, `${name} std`)
    expectAgrees(m.std(x), e.std_exact, `${name} std exact`, EXACT_REL)
    expectAgrees(m.cv(x), e.cv, `${name} cv`)
  })

  it('type-7 quantiles, median and quantile ratios agree with np.quantile', () => {
    expect(e.quantile.map(([q]) => q)).toEqual(reference.quantiles)
    for (const [q, expected] of e.quantile) expectAgrees(m.quantile(x, q), expected, `${name} q=${q}`)
    expectAgrees(m.median(x), e.median, `${name} median`)
    expect(e.quantile_ratio).toHaveLength(reference.ratio_pairs.length)
    for (const [upper, lower, expected] of e.quantile_ratio) {
      expectAgrees(m.quantileRatio(x, upper, lower), expected, `${name} ratio ${upper}/${lower}`)
    }
  })

  it('gini and top shares agree with the numpy formula and the exact value', () => {
    expectAgrees(m.gini(x), e.gini, `${name} gini`)
    expectAgrees(m.gini(x), e.gini_exact, `${name} gini exact`, EXACT_REL)
    expect(e.top_share.map(([f]) => f)).toEqual(reference.top_fractions)
    for (const [f, rows, expected, exact] of e.top_share) {
      expect({ f, rows: topCount(f, x.length) }).toEqual({ f, rows })
      expectAgrees(m.topShare(x, f), expected, `${name} top ${f}`)
      expectAgrees(m.topShare(x, f), exact, `${name} top ${f} exact`, EXACT_REL)
    }
  })

  it('pearson and spearman agree with scipy (and the exact values); ranks with rankdata', () => {
    expectAgrees(m.pearson(x, y), e.pearson, `${name} pearson`)
    expectAgrees(m.pearson(x, y), e.pearson_exact, `${name} pearson exact`, EXACT_REL)
    expectAgrees(m.spearman(x, y), e.spearman, `${name} spearman`)
    expectAgrees(m.spearman(x, y), e.spearman_exact, `${name} spearman exact`, EXACT_REL)
    if (e.ranks_x && e.ranks_y) {
      expect(Array.from(m.averageRanks(x))).toEqual(e.ranks_x)
      expect(Array.from(m.averageRanks(y))).toEqual(e.ranks_y)
    }
  })

  it('ratio quantiles (y over x, zero denominators dropped) and row differences agree with numpy', () => {
    expect(e.ratio_quantile.map(([q]) => q)).toEqual(reference.ratio_quantiles)
    for (const [q, expected] of e.ratio_quantile) {
      expectAgrees(m.ratioQuantile(y, x, q), expected, `${name} ratio quantile ${q}`)
    }
    expectAgrees(m.minDifference(x, y), e.min_difference, `${name} min difference`)
    expectAgrees(m.maxDifference(x, y), e.max_difference, `${name} max difference`)
  })

  it('distinct and duplicate counts agree with pandas drop_duplicates', () => {
    const columns: Record<string, m.KeyColumn> = { x, y }
    if (d.labels) columns.label = d.labels
    for (const [key, expected] of Object.entries(e.distinct_count)) {
      const keys = key.split(',').map((c) => columns[c])
      expect({ key, r: m.distinctCount(keys) }).toEqual({ key, r: { status: 'ok', value: expected, definition: m.DEFINITIONS.distinct_count } })
      expect({ key, r: m.duplicateCount(keys) }).toEqual({
        key,
        r: { status: 'ok', value: e.duplicate_count[key], definition: m.DEFINITIONS.duplicate_count }
      })
    }
  })

  it('left its inputs untouched', () => {
    m.quantile(x, 0.5)
    m.gini(x)
    m.spearman(x, y)
    expect(x).toEqual(xCopy)
    expect(y).toEqual(yCopy)
  })
})
