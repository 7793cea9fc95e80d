import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import * as m from '../src/metrics/index.js'
import * as k from '../src/metrics/kernels.js'
import { stringColumnFromBytes, StringAccumulator } from '../src/artifacts/strings.js'
import type { Column, Table } from '../src/artifacts/table.js'
import type { MetricResult } from '../src/metrics/index.js'
import type { MetricSpec } from '../src/policy/schema.js'
import { computeMetric, computeReference } from '../src/scoring/metric.js'

/**
 * Every fast kernel against the straightforward metric on random inputs, and against numpy/scipy
 * (__fixtures__/metrics/reference.json) within 1e-12 relative.
 */

const close = (a: number, b: number, rel = 1e-12): boolean => a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-15
const value = (r: MetricResult): number | string => (r.status === 'ok' ? r.value : `undefined: ${r.reason}`)

const smallInts = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 }).map((a) => Float64Array.from(a))
const signedInts = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }).map((a) => Float64Array.from(a))
const probability = fc.double({ min: 0, max: 1, noNaN: true })

describe('histogram kernels equal the reference bit for bit', () => {
  it('quantiles and medians', () => {
    fc.assert(
      fc.property(signedInts, probability, (x, q) => {
        const h = k.intHistogram(x) as k.IntHistogram
        expect(k.histogramQuantile(h, q)).toBe(value(m.quantile(x, q)))
        expect(k.histogramQuantile(h, 0.5)).toBe(value(m.median(x)))
      })
    )
  })

  it('gini and top share', () => {
    fc.assert(
      fc.property(smallInts, fc.double({ min: 0.001, max: 1, noNaN: true }), (x, f) => {
        const h = k.intHistogram(x) as k.IntHistogram
        const gini = k.histogramGini(h) as { value: number } | { undefinedReason: string }
        const top = k.histogramTopShare(h, f) as { value: number } | { undefinedReason: string }
        expect('value' in gini ? gini.value : `undefined: ${gini.undefinedReason}`).toBe(value(m.gini(x)))
        expect('value' in top ? top.value : `undefined: ${top.undefinedReason}`).toBe(value(m.topShare(x, f)))
      })
    )
  })

  it('refuses what it cannot do exactly: fractions, wide ranges, negative concentration inputs', () => {
    expect(k.intHistogram(Float64Array.of(1, 2.5))).toBeNull()
    expect(k.intHistogram(Float64Array.of(0, k.MAX_HISTOGRAM_RANGE))).toBeNull()
    expect(k.intHistogram(Float64Array.of(1, NaN))).toBeNull()
    expect(k.histogramGini(k.intHistogram(Float64Array.of(-1, 2)) as k.IntHistogram)).toBeNull()
  })
})

describe('contingency kernels', () => {
  const pairs = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 2, maxLength: 300 })
    .map((a) => [Float64Array.from(a, (p) => p[0]), Float64Array.from(a, (p) => p[1])] as const)

  it('Spearman with midranks equals the reference within 1e-12', () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const reference = m.spearman(x, y)
        const fast = k.contingencySpearman(k.contingency(x, y) as k.Contingency)
        if (reference.status === 'ok') expect(close(fast as number, reference.value)).toBe(true)
        else expect(fast).toBeNull()
      })
    )
  })

  it('ratio quantiles equal the reference bit for bit', () => {
    fc.assert(
      fc.property(pairs, probability, ([x, y], q) => {
        const reference = m.ratioQuantile(x, y, q)
        const fast = k.contingencyRatioQuantile(k.contingency(x, y) as k.Contingency, q)
        expect(fast ?? 'none').toBe(reference.status === 'ok' ? reference.value : 'none')
      })
    )
  })
})

describe('radix selection', () => {
  it('picks exactly the order statistics of a full sort, quantiles as the reference', () => {
    const floats = fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), { minLength: 1, maxLength: 400 })
    fc.assert(
      fc.property(floats, fc.array(probability, { minLength: 1, maxLength: 4 }), (a, qs) => {
        const x = Float64Array.from(a)
        const sorted = Float64Array.from(x).sort()
        const ranks = qs.map((q) => Math.floor(q * (x.length - 1)))
        expect(k.selectRanks(x, ranks)).toEqual(ranks.map((r) => sorted[r]))
        expect(k.selectQuantiles(x, qs)).toEqual(qs.map((q) => value(m.quantile(x, q))))
      })
    )
  })

  it('orders -0 before 0 and handles clustered values', () => {
    const x = Float64Array.of(0, -0, 1e-300, -1e-300, 3, 3, 3)
    expect(Object.is(k.selectRanks(x, [1])[0], -0)).toBe(true)
    expect(k.selectRanks(x, [0, 6])).toEqual([-1e-300, 3])
  })
})

describe('byte-hash distinct counting', () => {
  const accumulate = (strings: string[]): StringAccumulator => {
    const acc = new StringAccumulator(1)
    for (const s of strings) acc.appendText(s)
    return acc
  }
  it('equals the Set-based reference, nulls as one key', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ maxLength: 3 }), { nil: null }), { maxLength: 200 }), (cells) => {
        const bytes = accumulate(cells.map((c) => c ?? '')).finish()
        const nulls = Uint8Array.from(cells, (c) => (c === null ? 1 : 0))
        expect(k.distinctBytes(bytes.data, bytes.offsets, undefined, nulls)).toBe(new Set(cells).size)
      })
    )
  })

  it('stays exact when the rows are split into many hash groups, with a keep mask', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.option(fc.string({ maxLength: 3 }), { nil: null }), fc.boolean()), { maxLength: 300 }),
        fc.integer({ min: 1, max: 8 }),
        (rows, perGroup) => {
          const cells = rows.map(([c]) => c)
          const keep = Uint8Array.from(rows, ([, kept]) => (kept ? 1 : 0))
          const bytes = accumulate(cells.map((c) => c ?? '')).finish()
          const nulls = Uint8Array.from(cells, (c) => (c === null ? 1 : 0))
          const expected = new Set(rows.filter(([, kept]) => kept).map(([c]) => c)).size
          expect(k.distinctBytes(bytes.data, bytes.offsets, keep, nulls, perGroup)).toBe(expected)
        }
      )
    )
  })
})

/** A random small table: int columns, a float column, string columns, some nulls. */
const tables = fc
  .array(
    fc.record({
      a: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 8 }),
      b: fc.integer({ min: 0, max: 9 }),
      f: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      s: fc.constantFrom('x', 'y', 'z', 'é'),
      t: fc.constantFrom('x', 'y', 'w')
    }),
    { minLength: 1, maxLength: 120 }
  )
  .map((rows): Table => {
    const strings = (key: 's' | 't'): Column => {
      const acc = new StringAccumulator(1)
      for (const r of rows) acc.appendText(r[key])
      return stringColumnFromBytes(acc.finish())
    }
    const nulls = Uint8Array.from(rows, (r) => (r.a === null ? 1 : 0))
    return {
      name: 't',
      rows: rows.length,
      files: [],
      columns: {
        a: { type: 'int', values: Float64Array.from(rows, (r) => r.a ?? NaN), ...(nulls.includes(1) ? { nulls } : {}) },
        b: { type: 'int', values: Float64Array.from(rows, (r) => r.b) },
        f: { type: 'float', values: Float64Array.from(rows, (r) => r.f) },
        s: strings('s'),
        t: strings('t')
      }
    }
  })

const specs: MetricSpec[] = ([
  { kind: 'median', table: 't', column: 'a' },
  { kind: 'quantile', table: 't', column: 'f', q: 0.9 },
  { kind: 'quantile_ratio', table: 't', column: 'b', upper: 0.95, lower: 0.05 },
  { kind: 'gini', table: 't', column: 'a', where: { column: 's', op: 'ne', value: 'x' } },
  { kind: 'top_share', table: 't', column: 'b', fraction: 0.1 },
  { kind: 'spearman', table: 't', x: 'a', y: 'b', where: { column: 'b', op: 'ge', value: 2 } },
  { kind: 'ratio_quantile', table: 't', numerator: 'a', denominator: 'b', q: 0.5 },
  { kind: 'share', table: 't', event: { column: 's', op: 'ne', to_column: 't' } },
  { kind: 'rate_difference', table: 't', event: { column: 'a', op: 'ge', value: 10 }, stratum_a: { column: 's', op: 'eq', value: 'x' }, stratum_b: { column: 's', op: 'in', values: ['y', 'é'] }, scale: 100 },
  { kind: 'duplicate_count', table: 't', columns: ['s'] },
  { kind: 'distinct_count', table: 't', columns: ['t'], where: { column: 'a', op: 'lt', value: 15 } }
] as unknown[]) as MetricSpec[]

describe('computeMetric (plan + kernels) equals the reference computation', () => {
  it('on random tables, for every kernel-backed kind', () => {
    fc.assert(
      fc.property(tables, (table) => {
        for (const spec of specs) {
          const fast = computeMetric(spec, { t: table }, { missingOutputs: [] })
          const reference = computeReference(spec, { t: table }, { missingOutputs: [] })
          expect(fast.status).toBe(reference.status)
          if (fast.status === 'ok' && reference.status === 'ok') expect(close(fast.value, reference.value)).toBe(true)
          expect(fast.definition).toBe(reference.definition)
        }
      }),
      { numRuns: 150 }
    )
  })
})

describe('kernels agree with numpy/scipy (reference fixture) within 1e-12', () => {
  const fixture = JSON.parse(readFileSync(new URL('../__fixtures__/metrics/reference.json', import.meta.url), 'utf8')) as {
    datasets: { name: string; x: number[]; y: number[]; expected: { quantile: [number, number][]; gini: number | null; spearman: number | null; ratio_quantile: [number, number | null][]; top_share: [number, number, number | null, number | null][] } }[]
  }
  for (const d of fixture.datasets) {
    it(d.name, () => {
      const x = Float64Array.from(d.x)
      const y = Float64Array.from(d.y)
      const h = k.intHistogram(x)
      for (const [q, expected] of d.expected.quantile) {
        expect(close(k.selectQuantiles(x, [q])[0], expected)).toBe(true)
        if (h) expect(close(k.histogramQuantile(h, q), expected)).toBe(true)
      }
      const t = k.contingency(x, y)
      if (h && t) {
        const g = k.histogramGini(h)
        if (g && 'value' in g && d.expected.gini !== null) expect(close(g.value, d.expected.gini)).toBe(true)
        for (const [f, , expected] of d.expected.top_share) {
          const s = k.histogramTopShare(h, f)
          if (s && 'value' in s && expected !== null) expect(close(s.value, expected)).toBe(true)
        }
        const r = k.contingencySpearman(t)
        if (d.expected.spearman !== null && x.length >= 2) expect(close(r as number, d.expected.spearman)).toBe(true)
        // The fixture's ratio is y / x.
        const ratios = k.contingency(y, x) as k.Contingency
        for (const [q, expected] of d.expected.ratio_quantile) {
          const v = k.contingencyRatioQuantile(ratios, q)
          if (expected !== null) expect(close(v as number, expected)).toBe(true)
        }
      }
    })
  }
})
