import { afterAll, describe, expect, it } from '@jest/globals'
import { symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { ColumnSource } from 'hyparquet-writer'
import { outputsDigest } from '../src/artifacts/index.js'
import { GateError } from '../src/core/errors.js'
import { csvText, jsonlText, makeTmp, manifestJson, writeParquet, writeText } from '../__fixtures__/artifacts/helpers.js'
import type { Cell, Codec } from '../__fixtures__/artifacts/helpers.js'

const tmp = makeTmp()
afterAll(tmp.cleanup)
let counter = 0

/** One table, as rows, written in every encoding below. */
const header = ['id', 'amount', 'flag', 'label']
const rows: Cell[][] = [
  [1, 0.1, true, 'plain'],
  [2, -2.5, null, 'with, comma and "quotes"'],
  [3, 1e300, false, ''],
  [40, 3, true, null],
  [-5, 0, false, 'multi\nline']
]

function parquetColumns(data: Cell[][], idType: 'INT64' | 'INT32' | 'DOUBLE' = 'INT64'): ColumnSource[] {
  const col = (k: number) => data.map((r) => r[k])
  const ids = col(0).map((v) => (idType === 'INT64' ? BigInt(v as number) : v))
  return [
    { name: 'id', data: ids, type: idType, nullable: false },
    { name: 'amount', data: col(1), type: 'DOUBLE', nullable: false },
    { name: 'flag', data: col(2), type: 'BOOLEAN', nullable: true },
    { name: 'label', data: col(3), type: 'STRING', nullable: true }
  ]
}

/** A run folder with manifest.json, an unrelated log file and the table `merchants` written by `write`. */
function newRun(write: (run: string) => void, fingerprint = `f${counter}`): string {
  const run = join(tmp.dir, `run-${counter++}`)
  writeText(join(run, 'manifest.json'), manifestJson({ manifest_fingerprint: fingerprint }))
  writeText(join(run, 'logs', 'engine.log'), `run ${counter}\n`)
  write(run)
  return run
}

const parquetRun = (codec: Codec, idType: 'INT64' | 'INT32' | 'DOUBLE' = 'INT64') =>
  newRun((run) => writeParquet(join(run, 'merchants.parquet'), parquetColumns(rows, idType), codec))

describe('outputsDigest', () => {
  const reference = parquetRun('SNAPPY')

  it('agrees across Parquet codecs, integer widths, CSV, JSONL and split parts', async () => {
    const expected = await outputsDigest(reference)
    expect(Object.keys(expected.tables)).toEqual(['merchants'])
    expect(expected.tables.merchants).toMatch(/^[0-9a-f]{64}$/)
    expect(expected.combined).toMatch(/^[0-9a-f]{64}$/)
    expect(expected.combined).not.toBe(expected.tables.merchants)

    const variants = [
      parquetRun('UNCOMPRESSED'),
      parquetRun('GZIP'),
      parquetRun('BROTLI'),
      parquetRun('SNAPPY', 'INT32'),
      parquetRun('SNAPPY', 'DOUBLE'),
      newRun((run) => writeText(join(run, 'merchants.csv'), csvText(header, rows))),
      newRun((run) => writeText(join(run, 'merchants.csv'), '\uFEFF' + csvText(header, rows, '\r\n'))),
      newRun((run) => writeText(join(run, 'merchants.jsonl'), jsonlText(header, rows))),
      newRun((run) => writeText(join(run, 'merchants.ndjson'), jsonlText(header, rows, true))),
      newRun((run) => {
        writeParquet(join(run, 'merchants', 'part-0.parquet'), parquetColumns(rows.slice(0, 2)), 'SNAPPY')
        writeParquet(join(run, 'merchants', 'part-1.parquet'), parquetColumns(rows.slice(2)), 'GZIP')
        writeText(join(run, 'merchants', '_SUCCESS'), '')
      }),
      newRun((run) => {
        writeText(join(run, 'merchants', 'a.csv'), csvText(header, rows.slice(0, 3)))
        writeText(join(run, 'merchants', 'b.csv'), csvText(header, rows.slice(3)))
      })
    ]
    for (const run of variants) expect(await outputsDigest(run)).toEqual(expected)
  })

  it('ignores manifest.json (a different fingerprint gives the same digest)', async () => {
    const a = newRun((run) => writeText(join(run, 'merchants.csv'), csvText(header, rows)), 'fingerprint-A')
    const b = newRun((run) => writeText(join(run, 'merchants.csv'), csvText(header, rows)), 'fingerprint-B')
    expect((await outputsDigest(a)).combined).toBe((await outputsDigest(b)).combined)
  })

  it('changes when one value, the row order, a null, or a column name changes', async () => {
    const expected = await outputsDigest(reference)
    const changed = (mutate: (r: Cell[][]) => void): Cell[][] => {
      const copy = rows.map((r) => [...r])
      mutate(copy)
      return copy
    }
    const variants: Array<[string, Cell[][], string[]]> = [
      ['one amount', changed((r) => (r[2][1] = 1e299)), header],
      ['one id', changed((r) => (r[4][0] = -6)), header],
      ['one bool', changed((r) => (r[0][2] = false)), header],
      ['null → empty string', changed((r) => (r[3][3] = '')), header],
      ['row order', changed((r) => r.reverse()), header],
      ['column name', rows, ['id', 'amount', 'flag', 'name']]
    ]
    const seen = new Set<string>([expected.combined])
    for (const [label, data, names] of variants) {
      const run = newRun((r) => writeText(join(r, 'merchants.csv'), csvText(names, data)))
      const got = await outputsDigest(run)
      expect({ label, changed: got.tables.merchants !== expected.tables.merchants }).toEqual({ label, changed: true })
      seen.add(got.combined)
    }
    expect(seen.size).toBe(variants.length + 1)
  })

  it('names tables by path without extension (a folder holding table files is one table of parts; others are searched), and keeps INT64 beyond 2^53 exact', async () => {
    const big = 9007199254740993n
    const a = newRun((run) => {
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
      writeParquet(join(run, 'out', 'events', 'part-0.parquet'), [{ name: 'n', data: [big, 1n], type: 'INT64', nullable: false }])
    })
    const b = newRun((run) => {
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
      writeText(join(run, 'out', 'events', 'part-0.csv'), `n\n${big}\n1\n`)
    })
    const c = newRun((run) => {
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
      writeText(join(run, 'out', 'events', 'part-0.csv'), `n\n${big - 1n}\n1\n`)
    })
    const da = await outputsDigest(a)
    expect(Object.keys(da.tables)).toEqual(['merchants', 'out/events'])
    expect(await outputsDigest(b)).toEqual(da)
    expect((await outputsDigest(c)).tables['out/events']).not.toBe(da.tables['out/events'])
  })

  it('streams doubles in their canonical form: -0 as 0, and an integer beyond 2^53 as INT64 gives it', async () => {
    const doubles = (name: string, data: (number | bigint)[], type: 'DOUBLE' | 'INT64' = 'DOUBLE') =>
      newRun((run) => writeParquet(join(run, `${name}.parquet`), [{ name: 'x', data, type, nullable: false }]))
    const digest = async (run: string): Promise<string> => Object.values((await outputsDigest(run)).tables)[0]
    const zero = await digest(doubles('t', [0, 1.5, 3]))
    expect(await digest(doubles('t', [-0, 1.5, 3]))).toBe(zero)
    expect(await digest(doubles('t', [-0, 1.5, -0]))).toBe(await digest(doubles('t', [0, 1.5, 0])))
    expect(await digest(doubles('t', [0.5, 1.5, 3]))).not.toBe(zero)
    const huge = 2 ** 60
    expect(await digest(doubles('t', [huge, 1, -huge]))).toBe(await digest(doubles('t', [BigInt(huge), 1n, -BigInt(huge)], 'INT64')))
    expect(await digest(doubles('t', [2 ** 53 - 1, 1]))).toBe(await digest(doubles('t', [2n ** 53n - 1n, 1n], 'INT64')))
  })

  it('refuses two tables that would share a name, and symlinks leading outside', async () => {
    const clash = newRun((run) => {
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
      writeText(join(run, 'merchants.jsonl'), jsonlText(header, rows))
    })
    await expect(outputsDigest(clash)).rejects.toThrow(/two tables would share the name merchants/)
    const leak = newRun((run) => symlinkSync(join(reference, 'merchants.parquet'), join(run, 'stolen.parquet')))
    await expect(outputsDigest(leak)).rejects.toBeInstanceOf(GateError)
    await expect(outputsDigest(leak)).rejects.toThrow(/leads outside the run folder/)
  })

  it('refuses parts whose columns differ, and unreadable tables', async () => {
    const parts = newRun((run) => {
      writeText(join(run, 'merchants', 'a.csv'), 'id,amount\n1,2\n')
      writeText(join(run, 'merchants', 'b.csv'), 'id,total\n1,2\n')
    })
    await expect(outputsDigest(parts)).rejects.toThrow(/columns \(id, total\) differ from the first part's \(amount, id\)/)
    const broken = newRun((run) => writeText(join(run, 'merchants.parquet'), 'PAR1 not really'))
    await expect(outputsDigest(broken)).rejects.toThrow(/not a readable Parquet file/)
  })
})
