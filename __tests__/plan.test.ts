import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { StringAccumulator, stringColumnFromByteParts, stringColumnFromBytes } from '../src/artifacts/strings.js'
import type { Column, StringBytes, StringColumn, Table } from '../src/artifacts/table.js'
import type { MetricResult } from '../src/metrics/index.js'
import type { MetricSpec } from '../src/policy/schema.js'
import { computeMetric, computeReference } from '../src/scoring/metric.js'

/**
 * The scoring plan and its kernels (computeMetric) against the reference computation on random
 * tables: small-integer and float columns with ties and nulls, string columns as bytes or as
 * dictionary codes (the readers' two forms), sorted and unsorted ids with duplicates.
 */

const close = (a: number, b: number, rel = 1e-12): boolean => a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + 1e-15

const letters = ['x', 'y', 'z', 'é', '']

/** A string column as a reader with dictionaries makes it: codes into distinct strings, any code on a null row. */
function dictionaryColumn(cells: (string | null)[], order: string[], nullCode: number, touched: Set<string>, name: string): StringColumn {
  const strings = [...new Set([...order, ...cells.filter((c): c is string => c !== null)])]
  const codes = Int32Array.from(cells, (c) => (c === null ? nullCode : strings.indexOf(c)))
  const nulls = cells.includes(null) ? Uint8Array.from(cells, (c) => +(c === null)) : undefined
  const values = cells.map((c) => c ?? '')
  const column = {
    type: 'string' as const,
    // The reference reads values; the kernels must not (a reader may build them lazily).
    get values(): string[] {
      touched.add(name)
      return values
    },
    ...(nulls ? { nulls } : {})
  }
  Object.defineProperty(column, 'dictionary', { value: { codes, strings }, enumerable: false })
  Object.defineProperty(column, 'bytes', {
    get: () => {
      touched.add(name)
      return undefined
    },
    enumerable: false
  })
  return column
}

/** A byte-backed string column, in `parts` parts as a table of parts keeps it (joined when a kernel needs one array). */
function bytesColumn(cells: (string | null)[], parts = 1): Column {
  const size = Math.ceil(cells.length / parts)
  const bytes = Array.from({ length: parts }, (_, p) => {
    const acc = new StringAccumulator(1)
    for (const c of cells.slice(p * size, (p + 1) * size)) acc.appendText(c ?? '')
    return acc.finish()
  })
  return stringColumnFromByteParts(bytes, cells.includes(null) ? Uint8Array.from(cells, (c) => +(c === null)) : undefined)
}

const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b))

const row = fc.record({
  a: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null, freq: 6 }),
  b: fc.integer({ min: 0, max: 9 }),
  c: fc.integer({ min: -2, max: 4 }),
  f: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(0, -0, 1.5, 2)),
  s: fc.constantFrom(...letters),
  t: fc.option(fc.constantFrom('x', 'y', 'w'), { nil: null, freq: 5 }),
  d: fc.option(fc.constantFrom(...letters), { nil: null, freq: 6 }),
  e: fc.constantFrom('x', 'y', 'z', 'w'),
  id: fc.option(fc.string({ unit: fc.constantFrom('a', 'b', 'é', '0'), maxLength: 3 }), { nil: null, freq: 8 })
})

/** A random table, and the names of the dictionary columns the kernels read values or bytes of. */
const tables = fc
  .record({
    rows: fc.array(row, { minLength: 1, maxLength: 120, size: 'medium' }),
    sortedIds: fc.boolean(),
    parts: fc.integer({ min: 1, max: 4 }),
    order: fc.shuffledSubarray(['x', 'y', 'z', 'é', '', 'unused'], { minLength: 6, maxLength: 6 }),
    nullCode: fc.constantFrom(-1, 0, 2)
  })
  .map(({ rows, sortedIds, parts, order, nullCode }): { table: Table; touched: Set<string> } => {
    const ids = rows.map((r) => r.id)
    if (sortedIds) ids.sort((p, q) => (p === null || q === null ? 0 : byteOrder(p, q)))
    const touched = new Set<string>()
    const aNulls = Uint8Array.from(rows, (r) => +(r.a === null))
    const table: Table = {
      name: 't',
      rows: rows.length,
      files: [],
      columns: {
        a: { type: 'int', values: Float64Array.from(rows, (r) => r.a ?? NaN), ...(aNulls.includes(1) ? { nulls: aNulls } : {}) },
        b: { type: 'int', values: Float64Array.from(rows, (r) => r.b) },
        c: { type: 'int', values: Float64Array.from(rows, (r) => r.c) },
        f: { type: 'float', values: Float64Array.from(rows, (r) => r.f) },
        s: bytesColumn(rows.map((r) => r.s)),
        t: bytesColumn(rows.map((r) => r.t), parts),
        d: dictionaryColumn(rows.map((r) => r.d), order, nullCode, touched, 'd'),
        e: dictionaryColumn(rows.map((r) => r.e), [...order].reverse(), nullCode, touched, 'e'),
        id: bytesColumn(ids, parts)
      }
    }
    return { table, touched }
  })

const spec = (s: Record<string, unknown>): MetricSpec => ({ table: 't', ...s }) as unknown as MetricSpec

/** Specs the kernels compute from dictionary codes alone, with the dictionary columns they read. */
const onCodes: MetricSpec[] = [
  spec({ kind: 'share', event: { column: 'd', op: 'eq', value: 'x' } }),
  spec({ kind: 'share', event: { column: 'd', op: 'ne', to_column: 'e' }, where: { column: 'e', op: 'in', values: ['x', 'w'] } }),
  spec({ kind: 'share', event: { column: 'd', op: 'eq', to_column: 'e' }, where: { any: [{ column: 'd', op: 'not_in', values: ['z'] }, { column: 'b', op: 'lt', value: 3 }] } }),
  spec({ kind: 'rate_difference', event: { column: 'a', op: 'ge', value: 10 }, stratum_a: { column: 'd', op: 'eq', value: 'x' }, stratum_b: { column: 'd', op: 'in', values: ['y', 'é', ''] }, scale: 100 }),
  spec({ kind: 'rate_difference', event: { column: 'd', op: 'ne', to_column: 'e' }, stratum_a: { column: 'd', op: 'ne', value: 'x' }, stratum_b: { column: 'd', op: 'not_in', values: ['y'] }, where: { column: 'b', op: 'ge', value: 2 }, scale: 1 }),
  spec({ kind: 'duplicate_count', columns: ['d'] }),
  spec({ kind: 'distinct_count', columns: ['e'], where: { column: 'd', op: 'ne', value: 'y' } }),
  spec({ kind: 'count', where: { column: 'd', op: 'in', values: ['x', 'z'] } })
]

const others: MetricSpec[] = [
  spec({ kind: 'count', where: { column: 'a', op: 'lt', value: 12 } }),
  spec({ kind: 'median', column: 'a' }),
  spec({ kind: 'median', column: 'a', where: { column: 'd', op: 'in', values: ['x', 'z'] } }),
  spec({ kind: 'quantile', column: 'f', q: 0.9, where: { column: 'b', op: 'ne', value: 4 } }),
  spec({ kind: 'quantile_ratio', column: 'b', upper: 0.95, lower: 0.05 }),
  spec({ kind: 'quantile_ratio', column: 'f', upper: 0.75, lower: 0.25, where: { column: 'f', op: 'gt', value: 0 } }),
  spec({ kind: 'mean', column: 'f' }),
  spec({ kind: 'std', column: 'a', where: { column: 's', op: 'ne', value: 'x' } }),
  spec({ kind: 'cv', column: 'f', where: { column: 'a', op: 'le', value: 20 } }),
  spec({ kind: 'cv', column: 'b' }),
  spec({ kind: 'gini', column: 'a', where: { column: 's', op: 'ne', value: 'x' } }),
  spec({ kind: 'top_share', column: 'b', fraction: 0.1 }),
  spec({ kind: 'spearman', x: 'a', y: 'b', where: { column: 'b', op: 'ge', value: 2 } }),
  spec({ kind: 'ratio_quantile', numerator: 'a', denominator: 'b', q: 0.5 }),
  // Without nulls, a filtered table also yields the unfiltered one, and either serves the swapped pair.
  spec({ kind: 'spearman', x: 'b', y: 'c', where: { column: 'c', op: 'ge', value: 0 } }),
  spec({ kind: 'ratio_quantile', numerator: 'c', denominator: 'b', q: 0.25 }),
  spec({ kind: 'ratio_quantile', numerator: 'c', denominator: 'b', q: 0.75, where: { column: 'c', op: 'ge', value: 0 } }),
  spec({ kind: 'share', event: { column: 'c', op: 'gt', value: 1 }, where: { column: 'c', op: 'ge', value: 0 } }),
  spec({ kind: 'median', column: 'b' }),
  spec({ kind: 'share', event: { column: 'a', op: 'ge', value: 10 } }),
  spec({ kind: 'share', event: { column: 'a', op: 'eq', value: 3 }, where: { column: 'b', op: 'ge', value: 2 } }),
  spec({ kind: 'share', event: { column: 'f', op: 'lt', value: 0 }, where: { column: 't', op: 'eq', value: 'x' } }),
  spec({ kind: 'share', event: { column: 's', op: 'ne', to_column: 't' } }),
  spec({ kind: 'share', event: { column: 's', op: 'eq', to_column: 'd' } }),
  spec({ kind: 'share', event: { column: 't', op: 'ne', value: 'w' }, where: { all: [{ column: 's', op: 'in', values: ['é', ''] }, { column: 'a', op: 'gt', value: 4 }] } }),
  spec({ kind: 'rate_difference', event: { column: 'a', op: 'ge', value: 10 }, stratum_a: { column: 's', op: 'eq', value: 'x' }, stratum_b: { column: 's', op: 'in', values: ['y', 'é'] }, scale: 100 }),
  spec({ kind: 'rate_difference', event: { column: 's', op: 'eq', value: '' }, stratum_a: { column: 't', op: 'eq', value: 'x' }, stratum_b: { column: 'd', op: 'eq', value: 'x' }, where: { column: 'a', op: 'ne', value: 7 }, scale: 1 }),
  spec({ kind: 'duplicate_count', columns: ['s'] }),
  spec({ kind: 'duplicate_count', columns: ['id'] }),
  spec({ kind: 'distinct_count', columns: ['id'], where: { column: 'a', op: 'lt', value: 15 } }),
  spec({ kind: 'distinct_count', columns: ['t'], where: { column: 'a', op: 'lt', value: 15 } })
]

function expectSame(fast: MetricResult, reference: MetricResult, what: MetricSpec): void {
  expect({ what, status: fast.status, definition: fast.definition }).toEqual({ what, status: reference.status, definition: reference.definition })
  if (fast.status !== 'ok' || reference.status !== 'ok') return
  // Spearman from a contingency table sums in another order; every other kernel is exact (a histogram
  // has no -0: an order statistic of integer-valued floats may be 0 where the reference keeps -0).
  if (what.kind === 'spearman') expect(close(fast.value, reference.value)).toBe(true)
  else expect({ what, same: fast.value === reference.value, value: fast.value }).toEqual({ what, same: true, value: fast.value })
}

describe('computeMetric (plan + kernels) equals the reference computation', () => {
  it('on random tables, for every kernel-backed kind and filter form', () => {
    fc.assert(
      fc.property(tables, ({ table }) => {
        for (const s of [...onCodes, ...others]) {
          expectSame(computeMetric(s, { t: table }, { missingOutputs: [] }), computeReference(s, { t: table }, { missingOutputs: [] }), s)
        }
      }),
      { numRuns: 120 }
    )
  })

  it('reads dictionary columns by their codes alone: neither values nor bytes', () => {
    fc.assert(
      fc.property(tables, ({ table, touched }) => {
        for (const s of onCodes) {
          const fast = computeMetric(s, { t: table }, { missingOutputs: [] })
          expect({ s, touched: [...touched] }).toEqual({ s, touched: [] })
          expectSame(fast, computeReference(s, { t: table }, { missingOutputs: [] }), s)
          touched.clear()
        }
      }),
      { numRuns: 60 }
    )
  })

  it('counts sorted ids in one pass and unsorted ones by hashing, equally', () => {
    const ids = ['a', 'a', 'ab', 'b', 'b', 'é', 'é', 'é']
    const table = (cells: (string | null)[]): Record<string, Table> => ({ t: { name: 't', rows: cells.length, files: [], columns: { id: bytesColumn(cells) } } })
    const duplicates = spec({ kind: 'duplicate_count', columns: ['id'] })
    for (const cells of [ids, [...ids].reverse(), [null, ...ids, null], ['b', 'a', 'b']]) {
      expect(computeMetric(duplicates, table(cells), { missingOutputs: [] })).toEqual(computeReference(duplicates, table(cells), { missingOutputs: [] }))
    }
    // In parts (a table of parts): sorted across the boundaries, or not (then joined), with equal ids meeting at them.
    const inParts = (cells: (string | null)[], parts: number): Record<string, Table> => ({ t: { name: 't', rows: cells.length, files: [], columns: { id: bytesColumn(cells, parts) } } })
    for (const cells of [ids, [...ids].reverse(), [null, ...ids, null], ['b', 'a', 'b']]) {
      for (const parts of [2, 3]) expect(computeMetric(duplicates, inParts(cells, parts), { missingOutputs: [] })).toEqual(computeReference(duplicates, table(cells), { missingOutputs: [] }))
    }
    // One part its reader saw sorted (the note is taken at its word: a wrong one would show here).
    const noted = (bytes: StringBytes): Record<string, Table> => ({ t: { name: 't', rows: ids.length, files: [], columns: { id: stringColumnFromBytes(bytes) } } })
    const sorted = { ...(bytesColumn(ids) as StringColumn).bytes as StringBytes, sortedDistinct: new Set(ids).size }
    expect(computeMetric(duplicates, noted(sorted), { missingOutputs: [] })).toEqual(computeReference(duplicates, table(ids), { missingOutputs: [] }))
    expect((computeMetric(duplicates, noted({ ...sorted, sortedDistinct: 1 }), { missingOutputs: [] }) as { value: number }).value).toBe(ids.length - 1)
  })
})

describe('metrics shared between threads', () => {
  it('go in units such that two metrics over a common column (metric or filter) are in the same unit, largest unit first', async () => {
    const { unitsOverColumns } = await import('../src/pipeline.js')
    const m = (table: string, column: string, where?: string): MetricSpec =>
      ({ kind: 'median', table, column, ...(where ? { where: { column: where, op: 'ge', value: 1 } } : {}) }) as MetricSpec
    const metrics: [string, MetricSpec][] = [
      ['a', m('t', 'x')],
      ['b', m('t', 'y')],
      ['c', m('t', 'z', 'x')], // joins a through its filter on x
      ['d', m('u', 'x')], // the same column name in another table: not joined
      ['e', m('t', 'v')],
      ['f', { kind: 'spearman', table: 't', x: 'z', y: 'y' } as MetricSpec] // joins a+c (z) with b (y)
    ]
    const units = unitsOverColumns(metrics).map((u) => u.map(([name]) => name).sort())
    expect(units[0]).toEqual(['a', 'b', 'c', 'f'])
    expect(units.slice(1).sort()).toEqual([['d'], ['e']])
    // Without f, x's and y's metrics stay apart.
    const apart = unitsOverColumns(metrics.filter(([name]) => name !== 'f')).map((u) => u.map(([name]) => name).sort())
    expect(apart[0]).toEqual(['a', 'c'])
    expect(apart.slice(1).sort()).toEqual([['b'], ['d'], ['e']])
  })
})
