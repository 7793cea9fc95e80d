import { afterAll, describe, expect, it } from '@jest/globals'
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parquetMetadata } from 'hyparquet'
import type { ColumnSource } from 'hyparquet-writer'
import { outputsDigest, readRun, readTable } from '../src/artifacts/index.js'
import type { Column, Table, TableRequest } from '../src/artifacts/index.js'
import { GateError } from '../src/core/errors.js'
import type { Part } from '../src/artifacts/digest.js'
import { type DigestFeed, readTableShared } from '../src/artifacts/read-table.js'
import type { TableSpec } from '../src/policy/schema.js'
import { csvText, jsonlText, makeTmp, writeParquet, writeText } from '../__fixtures__/artifacts/helpers.js'
import type { Cell, Codec } from '../__fixtures__/artifacts/helpers.js'

/**
 * readRun against the two reads it replaces: readTable per requested table, then outputsDigest. On
 * every folder both must give the same tables and a byte-identical digest, or the same error.
 */

const tmp = makeTmp('rg-readrun-')
afterAll(tmp.cleanup)
let counter = 0
const newRun = (write: (run: string) => void): string => {
  const run = join(tmp.dir, `run-${counter++}`)
  writeText(join(run, 'manifest.json'), '{}')
  write(run)
  return run
}

const header = ['id', 'amount', 'flag', 'label', 'note']
const rows: Cell[][] = [
  [1, 0.5, true, 'plain', 'x'],
  [2, -2.5, null, 'with, comma and "quotes"', null],
  [3, 1e300, false, '', 'y'],
  [40, 3, true, null, 'multi\nline'],
  [-5, 0, false, 'é😀', 'z']
]

function parquetColumns(data: Cell[][]): ColumnSource[] {
  const col = (k: number): Cell[] => data.map((r) => r[k])
  return [
    { name: 'id', data: col(0).map((v) => BigInt(v as number)), type: 'INT64', nullable: false },
    { name: 'amount', data: col(1), type: 'DOUBLE', nullable: false },
    { name: 'flag', data: col(2), type: 'BOOLEAN', nullable: true },
    { name: 'label', data: col(3), type: 'STRING', nullable: true },
    { name: 'note', data: col(4), type: 'STRING', nullable: true }
  ]
}

const merchantsSpec = (path: string, format?: TableSpec['format']): TableSpec => ({
  path,
  format,
  columns: {
    id: 'int',
    amount: 'float',
    flag: { type: 'bool', nullable: true },
    label: { type: 'string', nullable: true },
    note: { type: 'string', nullable: true }
  }
})
/** The policy asks for some columns only: the digest still covers all of them. */
const merchants = (path: string, columns = ['amount', 'flag', 'label'], format?: TableSpec['format']): TableRequest => ({
  name: 'merchants',
  spec: merchantsSpec(path, format),
  columns
})

/** A table as plain data (string columns through their `values`, typed arrays as arrays). */
function plainTable(t: Table): unknown {
  const column = (c: Column): unknown => ({ type: c.type, values: Array.from(c.values as ArrayLike<unknown>), nulls: c.nulls ? Array.from(c.nulls) : undefined })
  return { name: t.name, rows: t.rows, files: t.files, columns: Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, column(c)])) }
}

type Outcome = { ok: { tables: Record<string, unknown>; digest: unknown } } | { error: { where: string; cause: string } }

async function outcome(read: () => Promise<{ tables: Record<string, Table>; digest: unknown }>): Promise<Outcome> {
  try {
    const r = await read()
    return { ok: { tables: Object.fromEntries(Object.entries(r.tables).map(([k, t]) => [k, plainTable(t)])), digest: await r.digest } }
  } catch (e) {
    if (!(e instanceof GateError)) throw e
    return { error: { where: e.where, cause: e.cause_ } }
  }
}

/** The two-pass read measureRun used to do. */
async function twoPasses(run: string, requests: TableRequest[]): Promise<{ tables: Record<string, Table>; digest: unknown }> {
  const tables: Record<string, Table> = {}
  for (const r of requests) tables[r.name] = await readTable(run, r.name, r.spec, r.columns)
  return { tables, digest: await outputsDigest(run) }
}

/** Asserts readRun ≡ two passes on this folder, and returns the (shared) outcome for further checks. */
async function same(run: string, requests: TableRequest[]): Promise<Outcome> {
  const expected = await outcome(() => twoPasses(run, requests))
  const got = await outcome(() => readRun(run, requests))
  expect(got).toEqual(expected)
  return got
}

function okOf(o: Outcome): { tables: Record<string, unknown>; digest: { tables: Record<string, string>; combined: string } } {
  if (!('ok' in o)) throw new Error(`expected a result, got the error ${JSON.stringify(o.error)}`)
  return o.ok as never
}

function errorOf(o: Outcome): { where: string; cause: string } {
  if (!('error' in o)) throw new Error('expected an error, got a result')
  return o.error
}

const parquetRun = (codec: Codec) =>
  newRun((run) => {
    writeParquet(join(run, 'merchants.parquet'), parquetColumns(rows), codec)
    writeText(join(run, 'logs', 'engine.log'), 'not a table\n')
    writeText(join(run, 'extra', 'events.csv'), 'n,kind\n1,a\n2,\n')
  })

describe('readRun: one pass gives readTable\'s tables and outputsDigest\'s digest', () => {
  it.each<Codec>(['SNAPPY', 'GZIP'])('Parquet %s with nullable columns and an undeclared table', async (codec) => {
    const run = parquetRun(codec)
    const got = okOf(await same(run, [merchants('merchants.parquet')]))
    expect(Object.keys(got.digest.tables)).toEqual(['extra', 'merchants'])
    expect(got.digest.combined).toMatch(/^[0-9a-f]{64}$/)
    expect((got.tables.merchants as { rows: number }).rows).toBe(5)
    expect(Object.keys((got.tables.merchants as { columns: object }).columns)).toEqual(['amount', 'flag', 'label'])
  })

  it('Parquet parts (two codecs, several row groups), a TIMESTAMP column only the digest reads, and undeclared Parquet', async () => {
    const stamps: ColumnSource = { name: 'at', data: rows.map((_, k) => new Date(Date.UTC(2024, 0, k + 1))), type: 'TIMESTAMP', nullable: false }
    const run = newRun((run) => {
      writeParquet(join(run, 'merchants', 'part-0.parquet'), [...parquetColumns(rows.slice(0, 2)), { ...stamps, data: stamps.data.slice(0, 2) }], 'SNAPPY')
      writeParquet(join(run, 'merchants', 'part-1.parquet'), [...parquetColumns(rows.slice(2)), { ...stamps, data: stamps.data.slice(2) }], 'GZIP', 2)
      writeText(join(run, 'merchants', '_SUCCESS'), '')
      writeParquet(join(run, 'out', 'deep', 'sites.parquet'), [{ name: 's', data: [1, null, 3], type: 'INT32', nullable: true }])
    })
    const got = okOf(await same(run, [merchants('merchants', ['id', 'note'])]))
    expect(Object.keys(got.digest.tables)).toEqual(['merchants', 'out/deep'])
  })

  it('CSV (BOM, CRLF, quotes, embedded newlines) and JSONL: the same digest as the Parquet run', async () => {
    const parquet = okOf(await same(parquetRun('SNAPPY'), [merchants('merchants.parquet')]))
    const extra = (run: string): void => void writeText(join(run, 'extra', 'events.csv'), 'n,kind\n1,a\n2,\n')
    const csv = newRun((run) => {
      writeText(join(run, 'merchants.csv'), '\uFEFF' + csvText(header, rows, '\r\n'))
      extra(run)
    })
    const jsonl = newRun((run) => {
      writeText(join(run, 'merchants.jsonl'), jsonlText(header, rows))
      extra(run)
    })
    for (const [run, path] of [[csv, 'merchants.csv'], [jsonl, 'merchants.jsonl']]) {
      const got = okOf(await same(run, [merchants(path, ['id', 'amount', 'flag', 'label', 'note'])]))
      expect(got.digest).toEqual(parquet.digest)
    }
  })

  it('tables of parts that need the digest\'s general path (JSONL parts, CSV parts whose text reads as numbers in one part only)', async () => {
    const jsonlParts = newRun((run) => {
      writeText(join(run, 'merchants', 'a.jsonl'), jsonlText(header, rows.slice(0, 2)))
      writeText(join(run, 'merchants', 'b.jsonl'), jsonlText(header, rows.slice(2), true))
    })
    const csvParts = newRun((run) => {
      writeText(join(run, 'merchants', 'a.csv'), 'id,label\n1,10\n2,20\n')
      writeText(join(run, 'merchants', 'b.csv'), 'id,label\n3,thirty\n')
    })
    okOf(await same(jsonlParts, [merchants('merchants')]))
    const got = okOf(await same(csvParts, [{ name: 'merchants', spec: { path: 'merchants', columns: { id: 'int', label: 'string' } }, columns: ['id'] }]))
    expect((got.tables.merchants as { rows: number }).rows).toBe(3)
  })

  it('digests a table of parts on the general path as the same rows in one file', async () => {
    const pairs: [Record<string, string>, string, string][] = [
      // JSONL parts with other keys, and with the same keys (streamed part by part).
      [{ 'a.jsonl': '{"id":1,"label":"x","n":1.5}\n', 'b.jsonl': '{"id":2,"n":-0}\n{"id":3,"n":null}\n' }, 'all.jsonl', '{"id":1,"label":"x","n":1.5}\n{"id":2,"n":-0}\n{"id":3,"n":null}\n'],
      [{ 'a.jsonl': '{"id":1,"label":"x"}\n', 'b.jsonl': '{"label":"y","id":2}\n' }, 'all.jsonl', '{"id":1,"label":"x"}\n{"id":2,"label":"y"}\n'],
      // CSV parts whose text reads as numbers in one part only.
      [{ 'a.csv': 'id,label\n1,10\n2,20\n', 'b.csv': 'id,label\n3,thirty\n' }, 'all.csv', 'id,label\n1,10\n2,20\n3,thirty\n']
    ]
    for (const [parts, single, text] of pairs) {
      const split = newRun((run) => Object.entries(parts).forEach(([file, body]) => writeText(join(run, 'merchants', file), body)))
      const whole = newRun((run) => writeText(join(run, 'merchants', single), text))
      expect({ parts, digest: await outputsDigest(split) }).toEqual({ parts, digest: await outputsDigest(whole) })
    }
  })

  it('policy tables the digest does not see, and two policy tables on one file', async () => {
    const run = newRun((run) => {
      writeText(join(run, 'data.txt'), csvText(header, rows))
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
    })
    const requests: TableRequest[] = [
      { name: 'txt', spec: merchantsSpec('data.txt', 'csv'), columns: ['id'] },
      merchants('merchants.csv', ['id']),
      { name: 'again', spec: merchantsSpec('./merchants.csv'), columns: ['label'] }
    ]
    const got = okOf(await same(run, requests))
    expect(Object.keys(got.digest.tables)).toEqual(['merchants'])
    expect(Object.keys(got.tables)).toEqual(['txt', 'merchants', 'again'])
  })
})

describe('readTableShared: a digest on another thread that is behind', () => {
  /** A remote digest whose pushes settle only when the test says so. */
  function slowDigest(backlogBytes?: number): { feed: DigestFeed; pushed: Part[]; hashOne: () => void } {
    const pushed: Part[] = []
    const waiting: (() => void)[] = []
    const feed: DigestFeed = {
      digest: {
        push: (part) => {
          pushed.push(part)
          return new Promise<void>((resolve) => waiting.push(resolve))
        },
        finish: () => 'digest'
      },
      remote: true,
      failed: false,
      ...(backlogBytes === undefined ? {} : { backlogBytes })
    }
    return { feed, pushed, hashOne: () => (waiting.shift() as () => void)() }
  }
  const run = newRun((run) => {
    for (let p = 0; p < 4; p++) writeParquet(join(run, 'merchants', `part-${p}.parquet`), parquetColumns(rows), 'SNAPPY')
  })
  const spec = merchantsSpec('merchants')
  /** Waits (up to five seconds) until `ready`; then a little longer, so that a read going on too far would have. */
  const until = async (ready: () => boolean): Promise<void> => {
    for (let k = 0; k < 1000 && !ready(); k++) await new Promise((resolve) => setTimeout(resolve, 5))
    await new Promise((resolve) => setTimeout(resolve, 20))
  }

  it('holds the read up only beyond the feed\'s backlog: parts of a few bytes all go on, with no part hashed yet', async () => {
    const slow = slowDigest()
    const table = await readTableShared(run, 'merchants', spec, ['id', 'label'], () => slow.feed)
    expect(table.rows).toBe(20)
    expect(slow.pushed.map((p) => p.rows)).toEqual([5, 5, 5, 5])
  })

  it('with a backlog of one byte, pushes one part at a time, each once the one before is hashed', async () => {
    const slow = slowDigest(1)
    let done = false
    const reading = readTableShared(run, 'merchants', spec, ['id', 'label'], () => slow.feed).then((t) => ((done = true), t))
    for (let hashed = 0; hashed < 3; hashed++) {
      await until(() => slow.pushed.length > hashed)
      expect({ hashed, pushed: slow.pushed.length, done }).toEqual({ hashed, pushed: hashed + 1, done: false })
      slow.hashOne()
    }
    expect((await reading).rows).toBe(20)
    expect(slow.pushed.length).toBe(4)
  })
})

describe('readRun: errors are readTable\'s first, then outputsDigest\'s', () => {
  it('keeps the typed read\'s errors (missing table or column, nulls, text in numbers, NaN, empty table, path escape)', async () => {
    const csv = (text: string) => newRun((run) => writeText(join(run, 'merchants.csv'), text))
    const cases: Array<[string, TableRequest[], RegExp]> = [
      [csv(csvText(header, rows)), [merchants('nowhere.csv')], /table merchants not found/],
      [csv('id,amount\n1,2\n'), [merchants('merchants.csv', ['id', 'label'])], /column "label" is missing \(the header has: id, amount\)/],
      [csv('id,amount\n1,\n'), [merchants('merchants.csv', ['amount'])], /line 2 \(row 1\), column "amount": null in a non-nullable column/],
      [csv('id,amount\n1,abc\n'), [merchants('merchants.csv', ['amount'])], /column "amount": "abc" is not a number/],
      [csv('id,amount\n1,NaN\n'), [merchants('merchants.csv', ['amount'])], /column "amount": "NaN" is not a finite number/],
      [csv('id,amount\n'), [merchants('merchants.csv', ['amount'])], /table merchants has no rows/],
      [csv(csvText(header, rows)), [merchants('../merchants.csv')], /'\.\.' is not allowed/],
      [csv(csvText(header, rows)), [merchants('merchants.csv', ['undeclared'])], /column "undeclared" is not declared for table merchants/]
    ]
    for (const [run, requests, cause] of cases) expect(errorOf(await same(run, requests)).cause).toMatch(cause)
  })

  it('a typed-read error wins over a digest error of the same run', async () => {
    const run = newRun((run) => {
      writeText(join(run, 'merchants.csv'), 'id,amount\n1,x\n')
      writeText(join(run, 'merchants.jsonl'), '{"id":1}\n')
    })
    expect(errorOf(await same(run, [merchants('merchants.csv', ['amount'])])).cause).toMatch(/"x" is not a number/)
  })

  it('reports digest errors when the typed read is fine (name clash, parts with other columns, symlink out, a corrupt column the policy does not read)', async () => {
    const clash = newRun((run) => {
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
      writeText(join(run, 'merchants.jsonl'), jsonlText(header, rows))
    })
    expect(errorOf(await same(clash, [merchants('merchants.csv')])).cause).toMatch(/two tables would share the name merchants/)

    const parts = newRun((run) => {
      writeText(join(run, 'merchants', 'a.csv'), 'id,amount\n1,2\n')
      writeText(join(run, 'merchants', 'b.csv'), 'id,amount,more\n1,2,3\n')
    })
    expect(errorOf(await same(parts, [merchants('merchants', ['amount'])])).cause).toMatch(/columns \(amount, id, more\) differ from the first part's \(amount, id\)/)

    const outside = parquetRun('SNAPPY')
    const leak = newRun((run) => {
      writeText(join(run, 'merchants.csv'), csvText(header, rows))
      symlinkSync(join(outside, 'merchants.parquet'), join(run, 'stolen.parquet'))
    })
    expect(errorOf(await same(leak, [merchants('merchants.csv')])).cause).toMatch(/leads outside the run folder/)

    // Garbage over the first page header of column `note`: only the digest reads that column.
    const corrupt = parquetRun('SNAPPY')
    const file = join(corrupt, 'merchants.parquet')
    const bytes = new Uint8Array(readFileSync(file))
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
    const note = metadata.row_groups[0].columns.find((c) => c.meta_data?.path_in_schema[0] === 'note')?.meta_data
    const at = Number(note?.dictionary_page_offset ?? note?.data_page_offset)
    bytes.fill(0xff, at, at + 12)
    writeFileSync(file, bytes)
    await expect(readTable(corrupt, 'merchants', merchantsSpec('merchants.parquet'), ['amount', 'label'])).resolves.toBeDefined()
    const error = errorOf(await same(corrupt, [merchants('merchants.parquet')]))
    expect(error.cause).toMatch(/corrupt Parquet data/)
    expect(error.where).toMatch(/merchants\.parquet$/)
    // ...and a typed-read error in a later table still comes first.
    writeText(join(corrupt, 'sites.csv'), 'n\nfive\n')
    const sites: TableRequest = { name: 'sites', spec: { path: 'sites.csv', columns: { n: 'int' } }, columns: ['n'] }
    expect(errorOf(await same(corrupt, [merchants('merchants.parquet'), sites])).cause).toMatch(/"five" is not a number/)
  })
})
