import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import * as m from '../src/metrics/index.js'
import * as k from '../src/metrics/kernels.js'
import { meanOf, populationVarianceOf } from '../src/metrics/moments.js'
import { joinBytes, StringAccumulator } from '../src/artifacts/strings.js'
import type { MetricResult } from '../src/metrics/index.js'

/**
 * Every fast kernel against the straightforward metric on random inputs, and against numpy/scipy
 * (__fixtures__/metrics/reference.json) within 1e-12 relative.
 */

const close = (a: number, b: number, rel = 1e-12): boolean => a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-15
const value = (r: MetricResult): number | string => (r.status === 'ok' ? r.value : `undefined: ${r.reason}`)

/** Histogram and contingency table of whole columns, through the domain as the scoring plan does. */
const histogram = (x: Float64Array): k.IntHistogram | null => {
  const domain = k.intDomain(x)
  return domain && k.histogramIn(x, domain)
}
const table = (x: Float64Array, y: Float64Array): k.Contingency | null => {
  const [dx, dy] = [k.intDomain(x), k.intDomain(y)]
  return dx && dy && k.contingencyIn(x, dx, y, dy)
}

const smallInts = fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 300 }).map((a) => Float64Array.from(a))
const signedInts = fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }).map((a) => Float64Array.from(a))
const probability = fc.double({ min: 0, max: 1, noNaN: true })

describe('histogram kernels equal the reference bit for bit', () => {
  it('quantiles and medians', () => {
    fc.assert(
      fc.property(signedInts, probability, (x, q) => {
        const h = histogram(x) as k.IntHistogram
        expect(k.histogramQuantile(h, q)).toBe(value(m.quantile(x, q)))
        expect(k.histogramQuantile(h, 0.5)).toBe(value(m.median(x)))
      })
    )
  })

  it('gini and top share', () => {
    fc.assert(
      fc.property(smallInts, fc.double({ min: 0.001, max: 1, noNaN: true }), (x, f) => {
        const h = histogram(x) as k.IntHistogram
        const gini = k.histogramGini(h) as { value: number } | { undefinedReason: string }
        const top = k.histogramTopShare(h, f) as { value: number } | { undefinedReason: string }
        expect('value' in gini ? gini.value : `undefined: ${gini.undefinedReason}`).toBe(value(m.gini(x)))
        expect('value' in top ? top.value : `undefined: ${top.undefinedReason}`).toBe(value(m.topShare(x, f)))
      })
    )
  })

  it('refuses what it cannot do exactly: fractions, wide ranges, beyond ±2^31, negative concentration inputs', () => {
    expect(k.intDomain(Float64Array.of(1, 2.5))).toBeNull()
    expect(k.intDomain(Float64Array.of(0, k.MAX_HISTOGRAM_RANGE))).toBeNull()
    expect(k.intDomain(Float64Array.of(1, NaN))).toBeNull()
    expect(k.intDomain(Float64Array.of(1, Infinity))).toBeNull()
    expect(k.intDomain(Float64Array.of(2 ** 31, 2 ** 31 + 1))).toBeNull()
    expect(k.histogramGini(histogram(Float64Array.of(-1, 2)) as k.IntHistogram)).toBeNull()
  })

  it('the domain skips null rows; a histogram counts exactly the kept rows, whatever null placeholders hold', () => {
    const rows = fc.array(fc.record({ v: fc.integer({ min: -20, max: 20 }), isNull: fc.boolean(), kept: fc.boolean() }), { maxLength: 200 })
    fc.assert(
      fc.property(rows, fc.constantFrom(NaN, 2.5, 1e300), (cells, placeholder) => {
        const values = Float64Array.from(cells, (c) => (c.isNull ? placeholder : c.v))
        const nulls = Uint8Array.from(cells, (c) => +c.isNull)
        const keep = Uint8Array.from(cells, (c) => +(c.kept && !c.isNull))
        const present = cells.filter((c) => !c.isNull).map((c) => c.v)
        const domain = k.intDomain(values, nulls) as k.IntDomain
        expect(domain).toEqual(present.length ? { min: Math.min(...present), max: Math.max(...present) } : { min: 0, max: -1 })
        const h = k.histogramIn(values, domain, keep)
        const kept = cells.filter((c) => c.kept && !c.isNull).map((c) => c.v)
        expect(h.n).toBe(kept.length)
        expect(Array.from(h.counts, (c, b) => [h.min + b, c]).filter(([, c]) => c > 0)).toEqual(
          [...new Set(kept)].sort((a, b) => a - b).map((v) => [v, kept.filter((w) => w === v).length])
        )
      })
    )
  })
})

describe('contingency kernels', () => {
  const pairs = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 })), { minLength: 2, maxLength: 300 })
    .map((a) => [Float64Array.from(a, (p) => p[0]), Float64Array.from(a, (p) => p[1])] as const)

  /** Rows (x, y, kept) as two columns with their domains and a keep mask. */
  const keptRows = (minLength: number) =>
    fc.array(fc.tuple(fc.integer({ min: -3, max: 5 }), fc.integer({ min: 0, max: 6 }), fc.boolean()), { minLength, maxLength: 200 }).map((cells) => {
      const x = Float64Array.from(cells, (c) => c[0])
      const y = Float64Array.from(cells, (c) => c[1])
      return { cells, x, y, keep: Uint8Array.from(cells, (c) => +c[2]), dx: k.intDomain(x) as k.IntDomain, dy: k.intDomain(y) as k.IntDomain }
    })

  it('counts the kept rows per cell, and its margins are the histograms of the same rows', () => {
    fc.assert(
      fc.property(keptRows(0), ({ cells, x, y, keep, dx, dy }) => {
        const t = k.contingencyIn(x, dx, y, dy, keep) as k.Contingency
        const kept = cells.filter((c) => c[2])
        for (let a = dx.min; a <= dx.max; a++) {
          for (let b = dy.min; b <= dy.max; b++) {
            expect(t.cells[(a - dx.min) * t.ny + (b - dy.min)]).toBe(kept.filter((c) => c[0] === a && c[1] === b).length)
          }
        }
        expect(t.n).toBe(kept.length)
        expect(t.x).toEqual(k.histogramIn(x, dx, keep))
        expect(t.y).toEqual(k.histogramIn(y, dy, keep))
      })
    )
  })

  it('split by a mask: the kept rows and all rows in one pass; transposed: the columns swapped', () => {
    fc.assert(
      fc.property(keptRows(1), ({ x, y, keep, dx, dy }) => {
        expect(k.contingencySplit(x, dx, y, dy, keep)).toEqual({ kept: k.contingencyIn(x, dx, y, dy, keep), all: k.contingencyIn(x, dx, y, dy) })
        expect(k.transpose(k.contingencyIn(x, dx, y, dy, keep) as k.Contingency)).toEqual(k.contingencyIn(y, dy, x, dx, keep))
      })
    )
  })

  it('Spearman with midranks equals the reference within 1e-12', () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const reference = m.spearman(x, y)
        const fast = k.contingencySpearman(table(x, y) as k.Contingency)
        if (reference.status === 'ok') expect(close(fast as number, reference.value)).toBe(true)
        else expect(fast).toBeNull()
      })
    )
  })

  it('ratio quantiles equal the reference bit for bit', () => {
    fc.assert(
      fc.property(pairs, probability, ([x, y], q) => {
        const reference = m.ratioQuantile(x, y, q)
        const fast = k.contingencyRatioQuantile(table(x, y) as k.Contingency, q)
        expect(fast ?? 'none').toBe(reference.status === 'ok' ? reference.value : 'none')
      })
    )
  })
})

describe('selection', () => {
  const floats = fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), fc.constantFrom(0, -0, 1, 1.5)), { minLength: 1, maxLength: 400 })
  const sortedPicks = (x: Float64Array, ranks: number[]): number[] => {
    const sorted = Float64Array.from(x).sort()
    return ranks.map((r) => sorted[r])
  }

  it('picks exactly the order statistics of a full sort, quantiles as the reference', () => {
    fc.assert(
      fc.property(floats, fc.array(probability, { minLength: 1, maxLength: 4 }), (a, qs) => {
        const x = Float64Array.from(a)
        const ranks = qs.map((q) => Math.floor(q * (x.length - 1)))
        expect(k.selectRanks(x, ranks)).toEqual(sortedPicks(x, ranks))
        expect(k.selectQuantiles(x, qs)).toEqual(qs.map((q) => value(m.quantile(x, q))))
      })
    )
  })

  it('splits large buckets by the low words: values that share their high word, or are all equal', () => {
    const base = 1.5
    const close = Float64Array.from({ length: 9000 }, (_, i) => base + (((i * 7919) % 9000) - 4500) * Number.EPSILON)
    const equal = new Float64Array(5000).fill(-2.25)
    for (const x of [close, equal]) {
      const ranks = [0, 1, 2500, 4999]
      expect(k.selectRanks(x, ranks)).toEqual(sortedPicks(x, ranks))
    }
  })

  it('between sample brackets: exactly the full sort, or no answer when a bracket misses; null on NaN or ±Infinity', () => {
    const data = fc.oneof(
      fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1, 1.5)), { minLength: 16, maxLength: 300 }),
      // A period of the sample's stride biases the sample: brackets miss.
      fc.integer({ min: 16, max: 300 }).map((n) => Array.from({ length: n }, (_, i) => (i % Math.floor(n / 16) === 0 ? 1000 + i : i)))
    )
    fc.assert(
      fc.property(data, fc.array(probability, { minLength: 1, maxLength: 4 }), fc.integer({ min: 2, max: 16 }), (a, qs, size) => {
        const x = Float64Array.from(a)
        const ranks = qs.map((q) => Math.floor(q * (x.length - 1)))
        const picked = k.selectBracketed(x, ranks, size)
        if (picked !== undefined) expect(picked).toEqual(sortedPicks(x, ranks))
      })
    )
    const bad = Float64Array.from({ length: 64 }, (_, i) => i)
    for (const v of [NaN, Infinity, -Infinity]) {
      bad[37] = v
      expect(k.selectBracketed(bad, [10, 50], 8)).toBeNull()
      expect(k.selectRanks(bad, [10, 50])).toBeNull()
    }
  })

  it('orders -0 before 0 and handles clustered values', () => {
    const x = Float64Array.of(0, -0, 1e-300, -1e-300, 3, 3, 3)
    expect(Object.is((k.selectRanks(x, [1]) as number[])[0], -0)).toBe(true)
    expect(k.selectRanks(x, [0, 6])).toEqual([-1e-300, 3])
  })
})

describe('mean and variance', () => {
  it('are bit for bit the reference moments, null without values or with a NaN or ±Infinity', () => {
    const doubles = fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 1, 2.5, 1e-300)), { maxLength: 200 })
    fc.assert(
      fc.property(doubles, (a) => {
        const x = Float64Array.from(a)
        const moments = k.meanAndVariance(x)
        if (x.length === 0) return expect(moments).toBeNull()
        expect(moments).toEqual({ mean: meanOf(x), variance: populationVarianceOf(x) })
        const cv = m.cv(x)
        if (cv.status === 'ok') expect(Math.sqrt((moments as { variance: number }).variance) / meanOf(x)).toBe(cv.value)
      })
    )
    expect(k.meanAndVariance(Float64Array.of(1, NaN))).toBeNull()
    expect(k.meanAndVariance(Float64Array.of(1, -Infinity, 2))).toBeNull()
    expect(k.meanAndVariance(Float64Array.of(1e308, 1e308))).toBeNull()
  })
})

describe('event counts by dictionary code', () => {
  it('count kept rows per code and event', () => {
    const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean(), fc.boolean()), { maxLength: 200 })
    fc.assert(
      fc.property(rows, fc.boolean(), (cells, masked) => {
        const codes = Int32Array.from(cells, (c) => c[0])
        const event = Uint8Array.from(cells, (c) => +c[1])
        const keep = masked ? Uint8Array.from(cells, (c) => +c[2]) : undefined
        const counts = k.eventCountsByCode(codes, 5, event, keep)
        const kept = cells.filter((c) => !masked || c[2])
        expect(Array.from(counts)).toEqual(Array.from({ length: 10 }, (_, j) => kept.filter((c) => c[0] === j >> 1 && +c[1] === (j & 1)).length))
      })
    )
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

  it('by comparing neighbours when the kept rows are in byte order, or by merging up to 64 sorted runs; null beyond', () => {
    // Strings that share prefixes, differ in length and hold multi-byte characters (byte order is not UTF-16 order).
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', 'é', '😀', '\u0000'), maxLength: 6 })
    const cell = fc.tuple(fc.option(text, { nil: null }), fc.boolean())
    const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b))
    // Rows in 1 to 80 chunks, each sorted or not (sorted chunks of overlapping values: parts of ids with duplicates).
    const layout = fc.array(fc.tuple(fc.array(cell, { maxLength: 12 }), fc.boolean()), { minLength: 1, maxLength: 80 })
    fc.assert(
      fc.property(layout, fc.boolean(), (chunks, masked) => {
        const cells = chunks.flatMap(([rows, sorted]) => {
          const strings = rows.map(([c]) => c)
          if (sorted) strings.sort((a, b) => (a === null || b === null ? 0 : byteOrder(a, b)))
          return strings.map((c, i) => [c, rows[i][1]] as const)
        })
        const strings = cells.map(([c]) => c)
        const keep = masked ? Uint8Array.from(cells, ([, kept]) => +kept) : undefined
        const bytes = accumulate(strings.map((c) => c ?? '')).finish()
        const nulls = Uint8Array.from(strings, (c) => +(c === null))
        const kept = strings.filter((_, i) => !keep || keep[i])
        const present = kept.filter((c): c is string => c !== null)
        const runs = present.length === 0 ? 0 : 1 + present.filter((c, i) => i > 0 && byteOrder(present[i - 1], c) > 0).length
        const distinct = k.distinctSortedBytes(bytes.data, bytes.offsets, keep, nulls)
        expect({ runs, distinct }).toEqual({ runs, distinct: runs <= 64 ? new Set(kept).size : null })
      }),
      { numRuns: 500 }
    )
  })

  it('part by part, without joining, when the parts in order are in byte order; null otherwise', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', 'é', '\u0000'), maxLength: 4 })
    const cell = fc.tuple(fc.option(text, { nil: null, freq: 6 }), fc.boolean())
    const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b))
    // Parts sorted on their own or not, then (often) the whole column sorted: equal strings then meet across part boundaries.
    const layout = fc.array(fc.tuple(fc.array(cell, { maxLength: 6 }), fc.boolean()), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(layout, fc.boolean(), fc.boolean(), fc.boolean(), (chunks, sortAll, masked, hinted) => {
        const sizes = chunks.map(([rows]) => rows.length)
        let cells = chunks.flatMap(([rows, sorted]) => (sorted ? [...rows].sort(([a], [b]) => (a === null || b === null ? 0 : byteOrder(a, b))) : rows))
        if (sortAll) cells = [...cells].sort(([a], [b]) => byteOrder(a ?? '', b ?? ''))
        const strings = cells.map(([c]) => c)
        const keep = masked ? Uint8Array.from(cells, ([, kept]) => +kept) : undefined
        const nulls = Uint8Array.from(strings, (c) => +(c === null))
        let at = 0
        const parts = sizes.map((n) => {
          const own = strings.slice(at, (at += n))
          const bytes = accumulate(own.map((c) => c ?? '')).finish()
          // What a reader that saw a part's strings sorted (and no nulls) notes: used unless a mask leaves rows out.
          const sorted = !own.includes(null) && own.every((c, i) => i === 0 || byteOrder(own[i - 1] as string, c as string) <= 0)
          return sorted && hinted ? { ...bytes, sortedDistinct: new Set(own).size } : bytes
        })
        const kept = strings.filter((_, i) => !keep || keep[i])
        const present = kept.filter((c): c is string => c !== null)
        const inOrder = present.every((c, i) => i === 0 || byteOrder(present[i - 1], c) <= 0)
        expect(k.distinctSortedByteParts(parts, keep, nulls)).toBe(inOrder ? new Set(kept).size : null)
      }),
      { numRuns: 500 }
    )
  })

  it('takes a part its reader saw sorted at its word, unless a mask leaves rows out', () => {
    // The reader's note says sorted with 2 distinct strings: the rows are not compared (they would say otherwise).
    const noted = { ...accumulate(['b', 'a']).finish(), sortedDistinct: 2 }
    expect(k.distinctSortedByteParts([noted])).toBe(2)
    expect(k.distinctSortedByteParts([noted], Uint8Array.of(1, 1))).toBe(null)
  })

  it('joinBytes concatenates parts, views into larger arrays included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(fc.string({ maxLength: 3 }), { maxLength: 6 }), fc.nat(), fc.nat()), { maxLength: 5 }), (specs) => {
        const parts = specs.map(([strings, cut, keepFrom]) => {
          // A part that is rows [from, to) of a larger accumulator: its offsets start past 0.
          const all = accumulate(['pad', ...strings, 'tail']).finish()
          const from = 1 + (strings.length === 0 ? 0 : keepFrom % (strings.length + 1))
          const to = from + (strings.length + 1 - from === 0 ? 0 : cut % (strings.length + 2 - from))
          return { strings: ['pad', ...strings, 'tail'].slice(from, to), bytes: { data: all.data, offsets: all.offsets.subarray(from, to + 1) } }
        })
        const joined = joinBytes(parts.map((p) => p.bytes))
        const expected = accumulate(parts.flatMap((p) => p.strings)).finish()
        expect(Array.from(joined.offsets)).toEqual(Array.from(expected.offsets))
        expect(Buffer.from(joined.data).equals(Buffer.from(expected.data))).toBe(true)
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

describe('kernels agree with numpy/scipy (reference fixture) within 1e-12', () => {
  const fixture = JSON.parse(readFileSync(new URL('../__fixtures__/metrics/reference.json', import.meta.url), 'utf8')) as {
    datasets: { name: string; x: number[]; y: number[]; expected: { quantile: [number, number][]; gini: number | null; spearman: number | null; ratio_quantile: [number, number | null][]; top_share: [number, number, number | null, number | null][] } }[]
  }
  for (const d of fixture.datasets) {
    it(d.name, () => {
      const x = Float64Array.from(d.x)
      const y = Float64Array.from(d.y)
      const h = histogram(x)
      for (const [q, expected] of d.expected.quantile) {
        expect(close((k.selectQuantiles(x, [q]) as number[])[0], expected)).toBe(true)
        if (h) expect(close(k.histogramQuantile(h, q), expected)).toBe(true)
      }
      const t = table(x, y)
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
        const ratios = table(y, x) as k.Contingency
        for (const [q, expected] of d.expected.ratio_quantile) {
          const v = k.contingencyRatioQuantile(ratios, q)
          if (expected !== null) expect(close(v as number, expected)).toBe(true)
        }
      }
    })
  }
})
