import { afterAll, describe, expect, it } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { outputsDigest, readTable } from '../src/artifacts/index.js'
import { GateError } from '../src/core/errors.js'
import type { ColumnType, TableSpec } from '../src/policy/schema.js'
import { csvText, jsonlText, makeTmp, parquetBytes, writeText } from '../__fixtures__/artifacts/helpers.js'
import type { Cell } from '../__fixtures__/artifacts/helpers.js'

const tmp = makeTmp('rg-readers-prop-')
afterAll(tmp.cleanup)
let counter = 0
const freshRun = (): string => join(tmp.dir, `run-${counter++}`)

interface ColumnDef {
  name: string
  type: ColumnType
  nullable: boolean
}

/** Characters that stress the CSV writer/reader: separators, quotes, line breaks, BOM, non-ASCII. */
const tricky = fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '\r\n', '\uFEFF', 'é', '😀', '\u2028', '\t', '0', '-')
const stringValue = fc.oneof(fc.string({ unit: tricky, maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }))

function valueOf(type: ColumnType): fc.Arbitrary<Cell> {
  switch (type) {
    case 'int':
      return fc.maxSafeInteger()
    case 'float':
      return fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x))
    case 'bool':
      return fc.boolean()
    default:
      return stringValue
  }
}

const columnDefs = fc.uniqueArray(
  fc.record({
    name: fc.stringMatching(/^[a-z_][a-z0-9_]{0,5}$/),
    type: fc.constantFrom<ColumnType>('int', 'float', 'string', 'bool'),
    nullable: fc.boolean()
  }),
  { minLength: 1, maxLength: 4, selector: (c) => c.name }
)

const tables = columnDefs.chain((defs) =>
  fc.record({
    defs: fc.constant(defs),
    rows: fc.array(fc.tuple(...defs.map((d) => (d.nullable ? fc.option(valueOf(d.type), { nil: null }) : valueOf(d.type)))), {
      minLength: 1,
      maxLength: 12
    }),
    parts: fc.integer({ min: 1, max: 3 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    omitNulls: fc.boolean()
  })
)

const specOf = (path: string, defs: ColumnDef[]): TableSpec => ({
  path,
  columns: Object.fromEntries(defs.map((d) => [d.name, { type: d.type, nullable: d.nullable }]))
})

/** What readTable must return for these cells, computed independently of the reader. */
function expectedColumn(def: ColumnDef, cells: Cell[]): unknown {
  const nulls = cells.some((c) => c === null) ? Uint8Array.from(cells.map((c) => (c === null ? 1 : 0))) : undefined
  const values =
    def.type === 'string'
      ? cells.map((c) => (c === null ? '' : c))
      : def.type === 'bool'
        ? Uint8Array.from(cells.map((c) => (c === true ? 1 : 0)))
        : Float64Array.from(cells.map((c) => (c === null ? NaN : (c as number))))
  return nulls ? { type: def.type, values, nulls } : { type: def.type, values }
}

/** Splits rows into `parts` non-empty contiguous chunks (fewer when there are fewer rows). */
function split<T>(rows: T[], parts: number): T[][] {
  const n = Math.min(parts, rows.length)
  const size = Math.ceil(rows.length / n)
  const out: T[][] = []
  for (let k = 0; k < rows.length; k += size) out.push(rows.slice(k, k + size))
  return out
}

describe('property: random tables round-trip', () => {
  for (const format of ['csv', 'jsonl'] as const) {
    it(`through ${format} (one file or parts)`, async () => {
      await fc.assert(
        fc.asyncProperty(tables, async ({ defs, rows, parts, crlf, bom, omitNulls }) => {
          const run = freshRun()
          const names = defs.map((d) => d.name)
          const chunks = split(rows, parts)
          const text = (chunk: Cell[][]) =>
            format === 'csv' ? (bom ? '\uFEFF' : '') + csvText(names, chunk, crlf ? '\r\n' : '\n') : jsonlText(names, chunk, omitNulls)
          let path = `t.${format}`
          if (chunks.length === 1) writeText(join(run, path), text(rows))
          else {
            path = 'parts'
            chunks.forEach((c, k) => writeText(join(run, path, `part-${k}.${format}`), text(c)))
          }
          const allNull = defs.find((_, k) => rows.every((r) => r[k] === null))
          if (format === 'jsonl' && omitNulls && allNull) {
            // No line carries the key: indistinguishable from a misspelt column, so it is refused.
            await expect(readTable(run, 't', specOf(path, defs), names)).rejects.toThrow(`column "${allNull.name}" is missing`)
            return
          }
          const table = await readTable(run, 't', specOf(path, defs), names)
          expect(table.rows).toBe(rows.length)
          defs.forEach((d, k) => expect(table.columns[d.name]).toEqual(expectedColumn(d, rows.map((r) => r[k]))))
          rmSync(run, { recursive: true, force: true })
        }),
        { numRuns: 120 }
      )
    })
  }
})

/** A random edit of a valid file: flipped bytes, a truncation, or inserted bytes. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) })
)

function mutate(bytes: Uint8Array, m: MutationValue): Uint8Array {
  if (m.kind === 'truncate') return bytes.slice(0, m.at % (bytes.length + 1))
  if (m.kind === 'insert') {
    const at = m.at % (bytes.length + 1)
    return Uint8Array.from([...bytes.slice(0, at), ...m.bytes, ...bytes.slice(at)])
  }
  const out = bytes.slice()
  for (const [pos, x] of m.at) out[pos % out.length] ^= x
  return out
}
type MutationValue =
  | { kind: 'flip'; at: [number, number][] }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }

const fuzzDefs: ColumnDef[] = [
  { name: 'id', type: 'int', nullable: false },
  { name: 'x', type: 'float', nullable: true },
  { name: 'ok', type: 'bool', nullable: true },
  { name: 's', type: 'string', nullable: true }
]
const fuzzRows: Cell[][] = [
  [1, 0.5, true, 'a,"b"'],
  [2, null, false, 'line\nbreak'],
  [3, -1e10, null, null],
  [4, 2.25, true, '']
]
const encodings: Record<'csv' | 'jsonl' | 'parquet', Uint8Array> = {
  csv: new TextEncoder().encode(csvText(fuzzDefs.map((d) => d.name), fuzzRows)),
  jsonl: new TextEncoder().encode(jsonlText(fuzzDefs.map((d) => d.name), fuzzRows)),
  parquet: parquetBytes([
    { name: 'id', data: fuzzRows.map((r) => BigInt(r[0] as number)), type: 'INT64', nullable: false },
    { name: 'x', data: fuzzRows.map((r) => r[1]), type: 'DOUBLE', nullable: true },
    { name: 'ok', data: fuzzRows.map((r) => r[2]), type: 'BOOLEAN', nullable: true },
    { name: 's', data: fuzzRows.map((r) => r[3]), type: 'STRING', nullable: true }
  ])
}

/** Either a value, or a GateError: anything else (TypeError, RangeError, …) fails the property. */
async function settlesCleanly(p: Promise<unknown>): Promise<void> {
  try {
    await p
  } catch (e) {
    if (!(e instanceof GateError)) throw new Error(`not a GateError: ${String(e)}`, { cause: e })
    expect(e.message).not.toMatch(/\n/)
  }
}

describe('property: mutated files end in a result or a GateError', () => {
  // A corrupt page (e.g. an RLE run longer than its page) must end in a GateError, quickly.
  for (const format of ['csv', 'jsonl', 'parquet'] as const) {
    it(`${format}`, async () => {
      const run = freshRun()
      const path = join(run, `t.${format}`)
      // Sanity: the unmutated file reads back.
      writeText(path, encodings[format])
      expect((await readTable(run, 't', specOf(`t.${format}`, fuzzDefs), ['id', 'x', 'ok', 's'])).rows).toBe(4)
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          writeText(path, mutate(encodings[format], m as MutationValue))
          await settlesCleanly(readTable(run, 't', specOf(`t.${format}`, fuzzDefs), ['id', 'x', 'ok', 's']))
          await settlesCleanly(outputsDigest(run))
        }),
        { numRuns: format === 'parquet' ? 60 : 250 }
      )
    }, 180_000)
  }

  it('refuses, quickly, a Parquet file whose corrupt boolean page made the general decoder spin', async () => {
    const run = freshRun()
    const bytes = encodings.parquet.slice()
    bytes[108] ^= 136 // found by the property above: the RLE run count of column ok becomes huge
    writeText(join(run, 't.parquet'), bytes)
    const started = Date.now()
    await expect(readTable(run, 't', specOf('t.parquet', fuzzDefs), ['ok'])).rejects.toThrow(/corrupt Parquet data/)
    await expect(outputsDigest(run)).rejects.toThrow(/corrupt Parquet data/)
    expect(Date.now() - started).toBeLessThan(2_000)
  }, 30_000)
})
