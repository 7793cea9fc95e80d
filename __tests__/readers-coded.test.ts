import { afterAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { join } from 'node:path'
import type { ColumnSource } from 'hyparquet-writer'
import { outputsDigest, readTable } from '../src/artifacts/index.js'
import { ColumnAssembler } from '../src/artifacts/convert.js'
import { readBytes } from '../src/artifacts/files.js'
import { decodeParquet } from '../src/artifacts/parquet.js'
import { stringAt, stringColumnFromBytes, stringColumnFromCodes, StringAccumulator } from '../src/artifacts/strings.js'
import { type Column, inSharedMemory, type StringBytes, type StringColumn } from '../src/artifacts/table.js'
import { makeTmp, manifestJson, writeParquet, writeText } from '../__fixtures__/artifacts/helpers.js'

/**
 * Dictionary-coded string columns: what the Parquet reader keeps as codes, how parts are joined, and
 * that the outputs digest of coded data is the digest of the same strings written any other way.
 */

const tmp = makeTmp('rg-coded-')
afterAll(tmp.cleanup)
let counter = 0

function run(files: Record<string, ColumnSource[]>, rowGroupSize?: number): string {
  const dir = join(tmp.dir, `run-${counter++}`)
  writeText(join(dir, 'manifest.json'), manifestJson())
  for (const [name, columns] of Object.entries(files)) writeParquet(join(dir, name), columns, 'SNAPPY', rowGroupSize)
  return dir
}

const spec = { path: 'merchants', columns: { label: { type: 'string' as const, nullable: true } } }

describe('coded string columns from Parquet', () => {
  it('keeps few distinct values as codes across parts and row groups, nulls included', async () => {
    const partA = ['DE', 'FR', null, 'DE', 'small', 'FR']
    const partB = ['IT', null, 'DE', 'DE']
    const dir = run(
      {
        'merchants/part-0.parquet': [{ name: 'label', data: partA, type: 'STRING', nullable: true, encoding: 'RLE_DICTIONARY' }],
        'merchants/part-1.parquet': [{ name: 'label', data: partB, type: 'STRING', nullable: true, encoding: 'RLE_DICTIONARY' }]
      },
      4
    )
    const table = await readTable(dir, 'merchants', spec, ['label'])
    const column = table.columns.label as StringColumn
    expect(column.dictionary).toBeDefined()
    const { codes, strings } = column.dictionary as NonNullable<StringColumn['dictionary']>
    expect(new Set(strings).size).toBe(strings.length)
    const expected = [...partA, ...partB]
    expect(Array.from(codes, (c, i) => (column.nulls?.[i] ? null : strings[c]))).toEqual(expected)
    expect(column.values).toEqual(expected.map((v) => v ?? ''))
    expect(Array.from(column.nulls as Uint8Array)).toEqual(expected.map((v) => (v === null ? 1 : 0)))
  })

  it('turns into bytes past 65,536 distinct values (dictionary pages of later row groups)', async () => {
    const n = 70_000
    const labels = Array.from({ length: n }, (_, i) => `id-${i % 69_000}`)
    const bytes = await readBytes(
      writeParquet(join(tmp.dir, `big-${counter++}.parquet`), [{ name: 'label', data: labels, type: 'STRING', nullable: false, encoding: 'RLE_DICTIONARY' }], 'SNAPPY', 20_000)
    )
    const decoded = await decodeParquet(bytes, 'big.parquet', ['label'])
    const column = decoded.columns.label
    expect(column.kind).toBe('string')
    if (column.kind !== 'string') return
    expect(column.strings.count).toBe(n)
    for (const i of [0, 19_999, 20_000, 65_535, 65_536, 69_000, n - 1]) expect(column.strings.get(i)).toBe(labels[i])
  })
})

describe('the outputs digest of coded columns', () => {
  const cases: Record<string, (string | null)[]> = {
    'two-byte codes': ['DE', 'FR', 'DE', 'IT', 'FR'],
    'one-byte codes': ['a', 'b', 'a', 'c'],
    'four-byte codes': ['abcd', 'wxyz', 'abcd'],
    'mixed lengths with nulls': ['large', null, 'small', 'medium', null, 'large'],
    'entries of exactly 8 bytes and longer': ['eight by', 'a label past eight bytes', 'x', 'eight by', null, 'a label past eight bytes'],
    'numeric text (digested as numbers)': ['1', '2', '2.5', '1'],
    'boolean text (digested as booleans)': ['true', 'FALSE', 'true'],
    'empty strings and unicode': ['', 'ü', '', '日本', null],
    // The digest hashes a coded column in chunks of 16,384 rows: these cross several chunk boundaries.
    'rows across digest chunks, short entries': Array.from({ length: 40_000 }, (_, i) => (i % 7 === 3 ? null : ['large', 'small', 'DE', 'medium'][(i * 31) % 4])),
    'rows across digest chunks, two-byte codes': Array.from({ length: 40_000 }, (_, i) => ['DE', 'FR', 'AT'][(i * 13) % 3]),
    'rows across digest chunks, long entries': Array.from({ length: 40_000 }, (_, i) => (i % 5 === 0 ? null : ['a label past eight bytes', 'x', 'another long label'][(i * 17) % 3]))
  }
  for (const [name, labels] of Object.entries(cases)) {
    it(`equals the digest of the same strings written plain: ${name}`, async () => {
      const column = (encoding: 'RLE_DICTIONARY' | 'PLAIN'): ColumnSource[] => [{ name: 'label', data: labels, type: 'STRING', nullable: true, encoding }]
      const coded = run({ 'merchants/part-0.parquet': column('RLE_DICTIONARY'), 'merchants/part-1.parquet': column('RLE_DICTIONARY') })
      const plain = run({ 'merchants/part-0.parquet': column('PLAIN'), 'merchants/part-1.parquet': column('PLAIN') })
      const codedColumn = (await decodeParquet(await readBytes(join(coded, 'merchants/part-0.parquet')), 'x', ['label'])).columns.label
      expect(codedColumn.kind).toBe('codes')
      expect(await outputsDigest(coded)).toEqual(await outputsDigest(plain))
    })
  }
})

/** A random part of a string column in one of the three representations readers produce. */
const stringPart = fc
  .tuple(fc.array(fc.option(fc.constantFrom('DE', 'FR', 'small', '', 'ü'), { nil: null, freq: 4 }), { maxLength: 12 }), fc.constantFrom('codes', 'bytes', 'plain'))
  .map(([cells, form]) => ({ cells, column: stringColumnOf(cells, form) }))

function stringColumnOf(cells: (string | null)[], form: string): StringColumn {
  const hasNulls = cells.some((c) => c === null)
  const nulls = hasNulls ? Uint8Array.from(cells, (c) => (c === null ? 1 : 0)) : undefined
  if (form === 'plain') {
    const values = cells.map((c) => c ?? '')
    return nulls ? { type: 'string', values, nulls } : { type: 'string', values }
  }
  if (form === 'bytes') {
    const acc = new StringAccumulator(cells.length)
    for (const c of cells) acc.appendText(c ?? '')
    return stringColumnFromBytes(acc.finish(), nulls)
  }
  const distinct = [...new Set(cells.map((c) => c ?? ''))]
  const dictionary = new StringAccumulator(distinct.length)
  for (const s of distinct) dictionary.appendText(s)
  return stringColumnFromCodes(Int32Array.from(cells, (c) => distinct.indexOf(c ?? '')), dictionary.finish(), nulls)
}

const cellsOf = (c: Column): (string | number | null)[] => Array.from({ length: c.values.length }, (_, i) => (c.nulls?.[i] ? null : (c.values[i] as string | number)))

describe('ColumnAssembler', () => {
  it('joins string parts of any representation into the concatenation, nulls where they were', () => {
    fc.assert(
      fc.property(fc.array(stringPart, { minLength: 1, maxLength: 5 }), (parts) => {
        const assembler = new ColumnAssembler({ name: 'label', type: 'string', nullable: true }, { parts: parts.length })
        for (const p of parts) assembler.append(p.column)
        const joined = assembler.build() as StringColumn
        const expected = parts.flatMap((p) => p.cells)
        expect(cellsOf(joined)).toEqual(expected)
        if (parts.every((p) => p.column.dictionary)) {
          const { codes, strings } = joined.dictionary as NonNullable<StringColumn['dictionary']>
          expect(new Set(strings).size).toBe(strings.length)
          expect(Array.from(codes, (c, i) => (joined.nulls?.[i] ? null : strings[c]))).toEqual(expected)
        }
        if (joined.bytes) expect(joined.bytes.offsets.length - 1).toBe(expected.length)
      })
    )
  })

  it('keeps byte-string parts as they are, joined on first use of `bytes`; a part handed on is copied unless it is in shared memory', () => {
    const part = fc.array(fc.option(fc.string({ maxLength: 4 }), { nil: null }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 5 }), fc.boolean(), fc.boolean(), (parts, handedOn, shared) => {
        const assembler = new ColumnAssembler({ name: 'id', type: 'string', nullable: true }, { parts: parts.length, handedOn })
        const appended: StringBytes[] = parts.map((cells) => {
          const acc = new StringAccumulator(cells.length, shared)
          for (const c of cells) acc.appendText(c ?? '')
          const bytes = acc.finish()
          expect(inSharedMemory(bytes.data)).toBe(shared)
          const nulls = cells.some((c) => c === null) ? Uint8Array.from(cells, (c) => +(c === null)) : undefined
          assembler.append(stringColumnFromBytes(bytes, nulls))
          return bytes
        })
        const joined = assembler.build() as StringColumn
        const kept = !handedOn || shared
        expect(joined.byteParts?.map((p, k) => p.data === appended[k].data)).toEqual(parts.map(() => kept))
        // What was handed on is gone: the column must not depend on it.
        if (!kept) for (const bytes of appended) bytes.data.fill(0x7a)
        const expected = parts.flat()
        expect(cellsOf(joined)).toEqual(expected)
        const bytes = joined.bytes as StringBytes
        expect(Array.from({ length: expected.length }, (_, i) => (joined.nulls?.[i] ? null : stringAt(bytes, i)))).toEqual(expected)
        expect(Object.keys(joined).sort()).toEqual(joined.nulls ? ['nulls', 'type', 'values'] : ['type', 'values'])
      })
    )
  })

  // Where a part's codes or numbers were read: an array of their own, their rows of the table-wide array
  // (Parquet), or their region of it further on (CSV read in place: moved down when appended).
  const placement = fc.constantFrom('own', 'at its rows', 'further on')

  it('renumbers codes read into the table\'s array at once, and names the rows and dictionary a later reader must use', () => {
    const part = fc.array(fc.option(fc.constantFrom('DE', 'FR', 'IT', 'US', 'é'), { nil: null, freq: 6 }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(fc.array(fc.tuple(part, placement, fc.nat(5)), { minLength: 2, maxLength: 5 }), (parts) => {
        const whole = new Int32Array(new SharedArrayBuffer(parts.reduce((n, [cells, , gap]) => n + cells.length + gap, 0) * 4))
        const assembler = new ColumnAssembler({ name: 'country', type: 'string', nullable: true }, { parts: parts.length, inPlace: whole })
        let at = 0
        let region = 0
        for (const [cells, where, gap] of parts) {
          // Each part's dictionary in its own order (first seen, backwards).
          const own = [...new Set(cells.map((c) => c ?? ''))].reverse()
          const dictionary = new StringAccumulator(own.length)
          for (const text of own) dictionary.appendText(text)
          const start = where === 'at its rows' ? at : region + gap
          const codes = where === 'own' ? new Int32Array(cells.length) : whole.subarray(start, start + cells.length)
          cells.forEach((c, k) => (codes[k] = own.indexOf(c ?? '')))
          const nulls = cells.includes(null) ? Uint8Array.from(cells, (c) => +(c === null)) : undefined
          assembler.append(stringColumnFromCodes(codes, dictionary.finish(), nulls))
          const held = assembler.appended() as { rows: Int32Array; dictionary: StringBytes }
          expect(held.rows.buffer).toBe(whole.buffer)
          expect(held.rows.byteOffset).toBe(at * 4)
          expect(cells.map((c, k) => (c === null ? null : stringAt(held.dictionary, held.rows[k])))).toEqual(cells)
          at += cells.length
          region += gap + cells.length
        }
        expect(cellsOf(assembler.build())).toEqual(parts.flatMap(([cells]) => cells))
      })
    )
  })

  it('moves numbers read into their region of the table\'s array down to their rows, and after relocate leaves the regions alone', () => {
    const part = fc.array(fc.option(fc.integer({ min: -9, max: 9 }), { nil: null, freq: 6 }), { minLength: 1, maxLength: 8 })
    fc.assert(
      fc.property(fc.array(fc.tuple(part, placement, fc.nat(5)), { minLength: 2, maxLength: 6 }), fc.nat(6), (parts, relocateAt) => {
        const whole = new Float64Array(new SharedArrayBuffer(parts.reduce((n, [cells, , gap]) => n + cells.length + gap, 0) * 8))
        const assembler = new ColumnAssembler({ name: 'n', type: 'int', nullable: true }, { parts: parts.length, inPlace: whole, shared: true })
        let at = 0
        let region = 0
        for (const [p, [cells, where, gap]] of parts.entries()) {
          if (p === relocateAt) assembler.relocate()
          const start = where === 'at its rows' ? at : region + gap
          const values = where === 'own' ? new Float64Array(cells.length) : whole.subarray(start, start + cells.length)
          cells.forEach((c, k) => (values[k] = c ?? NaN))
          const nulls = cells.includes(null) ? Uint8Array.from(cells, (c) => +(c === null)) : undefined
          assembler.append(nulls ? { type: 'int', values, nulls } : { type: 'int', values })
          const held = assembler.appended() as { rows: Float64Array }
          expect(cells.map((c, k) => (c === null ? null : held.rows[k]))).toEqual(cells)
          // Relocated: no later part's region is written to.
          if (p >= relocateAt) expect(held.rows.buffer).not.toBe(whole.buffer)
          at += cells.length
          region += gap + cells.length
        }
        expect(cellsOf(assembler.build())).toEqual(parts.flatMap(([cells]) => cells))
      })
    )
  })

  it('joins numeric parts, nulls first seen in a later part included', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.option(fc.integer({ min: -5, max: 5 }), { nil: null, freq: 4 }), { maxLength: 8 }), { minLength: 1, maxLength: 5 }), (parts) => {
        const assembler = new ColumnAssembler({ name: 'n', type: 'int', nullable: true }, { parts: parts.length })
        for (const cells of parts) {
          const values = Float64Array.from(cells, (c) => c ?? NaN)
          const nulls = cells.some((c) => c === null) ? Uint8Array.from(cells, (c) => (c === null ? 1 : 0)) : undefined
          assembler.append(nulls ? { type: 'int', values, nulls } : { type: 'int', values })
        }
        expect(cellsOf(assembler.build())).toEqual(parts.flat())
      })
    )
  })
})
