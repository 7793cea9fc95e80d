import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { readTable } from '../src/artifacts/index.js'
import { GateError } from '../src/core/errors.js'
import type { TableSpec } from '../src/policy/schema.js'
import { makeTmp, parquetBytes, writeParquet, writeText } from '../__fixtures__/artifacts/helpers.js'
import type { Codec } from '../__fixtures__/artifacts/helpers.js'

const tmp = makeTmp()
afterAll(tmp.cleanup)
let counter = 0
/** A fresh run folder per test so files never collide. */
const newRun = (): string => join(tmp.dir, `run-${counter++}`)

const spec = (path: string, columns: TableSpec['columns'], format?: TableSpec['format']): TableSpec => ({ path, columns, format })

/** Asserts a one-line GateError with exactly this `where` and a cause matching `cause`. */
async function expectGateError(p: Promise<unknown>, where: string, cause: RegExp): Promise<void> {
  let error: unknown
  try {
    await p
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(GateError)
  const g = error as GateError
  expect(g.where).toBe(where)
  expect(g.cause_).toMatch(cause)
  expect(g.message).not.toMatch(/\n/)
}

const mixedColumns = [
  { name: 'id', data: [1n, 2n, 9007199254740991n], type: 'INT64' as const, nullable: false },
  { name: 'amount', data: [1.5, -0.25, 1e300], type: 'DOUBLE' as const, nullable: false },
  { name: 'flag', data: [true, null, false], type: 'BOOLEAN' as const, nullable: true },
  { name: 'label', data: ['a', 'b,"c"', null], type: 'STRING' as const, nullable: true },
  { name: 'small', data: [7, null, -3], type: 'INT32' as const, nullable: true }
]
const mixedSpec = {
  id: 'int',
  amount: 'float',
  flag: { type: 'bool', nullable: true },
  label: { type: 'string', nullable: true },
  small: { type: 'int', nullable: true }
} as const satisfies TableSpec['columns']

describe('readTable: Parquet', () => {
  it.each<Codec>(['SNAPPY', 'UNCOMPRESSED', 'GZIP', 'BROTLI'])('decodes INT64, DOUBLE, BOOLEAN, strings and nulls (%s)', async (codec) => {
    const run = newRun()
    writeParquet(join(run, 't.parquet'), mixedColumns, codec)
    const t = await readTable(run, 't', spec('t.parquet', mixedSpec), ['id', 'amount', 'flag', 'label', 'small'])
    expect(t.rows).toBe(3)
    expect(t.files).toEqual(['t.parquet'])
    expect(t.columns.id).toEqual({ type: 'int', values: Float64Array.from([1, 2, 9007199254740991]) })
    expect(t.columns.amount).toEqual({ type: 'float', values: Float64Array.from([1.5, -0.25, 1e300]) })
    expect(t.columns.flag.type).toBe('bool')
    expect(Array.from(t.columns.flag.values as Uint8Array)).toEqual([1, 0, 0])
    expect(Array.from(t.columns.flag.nulls ?? [])).toEqual([0, 1, 0])
    expect(t.columns.label.values).toEqual(['a', 'b,"c"', ''])
    expect(Array.from(t.columns.label.nulls ?? [])).toEqual([0, 0, 1])
    expect(Array.from(t.columns.small.nulls ?? [])).toEqual([0, 1, 0])
    expect((t.columns.small.values as Float64Array)[2]).toBe(-3)
  })

  it('reads several row groups in order', async () => {
    const run = newRun()
    const ids = Array.from({ length: 7 }, (_, k) => BigInt(k * 10))
    writeParquet(join(run, 't.parquet'), [{ name: 'id', data: ids, type: 'INT64', nullable: false }], 'SNAPPY', 3)
    const t = await readTable(run, 't', spec('t.parquet', { id: 'int' }), ['id'])
    expect(Array.from(t.columns.id.values as Float64Array)).toEqual([0, 10, 20, 30, 40, 50, 60])
  })

  it('reads only the requested columns', async () => {
    const run = newRun()
    writeParquet(join(run, 't.parquet'), mixedColumns)
    const t = await readTable(run, 't', spec('t.parquet', mixedSpec), ['label'])
    expect(Object.keys(t.columns)).toEqual(['label'])
    expect(t.rows).toBe(3)
  })

  it('counts rows when no column is requested', async () => {
    const run = newRun()
    writeParquet(join(run, 't.parquet'), mixedColumns)
    const t = await readTable(run, 't', spec('t.parquet', mixedSpec), [])
    expect(t.rows).toBe(3)
    expect(t.columns).toEqual({})
  })

  it('refuses an INT64 beyond 2^53 instead of rounding it', async () => {
    const run = newRun()
    const file = writeParquet(join(run, 't.parquet'), [{ name: 'id', data: [1n, 9007199254740993n], type: 'INT64', nullable: false }])
    await expectGateError(readTable(run, 't', spec('t.parquet', { id: 'int' }), ['id']), file, /^row 2, column "id": 9007199254740993 is beyond the exact integer range/)
  })

  it('refuses NaN and Infinity in a float column', async () => {
    const run = newRun()
    const file = writeParquet(join(run, 't.parquet'), [{ name: 'x', data: [1, Infinity, NaN], type: 'DOUBLE', nullable: false }])
    await expectGateError(readTable(run, 't', spec('t.parquet', { x: 'float' }), ['x']), file, /^row 2, column "x": Infinity is not a finite number$/)
  })

  it('refuses a non-integer in an int column and a string where a number is declared', async () => {
    const run = newRun()
    const file = writeParquet(join(run, 't.parquet'), [
      { name: 'x', data: [1, 2.5], type: 'DOUBLE', nullable: false },
      { name: 's', data: ['1', 'a'], type: 'STRING', nullable: false }
    ])
    await expectGateError(readTable(run, 't', spec('t.parquet', { x: 'int', s: 'int' }), ['x']), file, /^row 2, column "x": 2.5 is not an integer$/)
    await expectGateError(readTable(run, 't', spec('t.parquet', { x: 'int', s: 'int' }), ['s']), file, /^row 1, column "s": expected int, got "1"$/)
  })

  it('refuses a null in a non-nullable column', async () => {
    const run = newRun()
    const file = writeParquet(join(run, 't.parquet'), mixedColumns)
    await expectGateError(readTable(run, 't', spec('t.parquet', { label: 'string' }), ['label']), file, /^row 3, column "label": null in a non-nullable column$/)
  })

  it('names a missing column and lists the ones present', async () => {
    const run = newRun()
    const file = writeParquet(join(run, 't.parquet'), mixedColumns)
    await expectGateError(
      readTable(run, 't', spec('t.parquet', { nope: 'int' }), ['nope']),
      file,
      /^column "nope" is missing \(the file has: id, amount, flag, label, small\)$/
    )
  })

  it('turns a truncated or corrupt file into a clean error', async () => {
    const run = newRun()
    const bytes = parquetBytes(mixedColumns)
    const truncated = writeText(join(run, 'a.parquet'), bytes.slice(0, bytes.length - 9))
    await expectGateError(readTable(run, 'a', spec('a.parquet', { id: 'int' }), ['id']), truncated, /^not a readable Parquet file \(.+\)$/)
    const notParquet = writeText(join(run, 'b.parquet'), 'id\n1\n')
    await expectGateError(readTable(run, 'b', spec('b.parquet', { id: 'int' }), ['id']), notParquet, /^not a readable Parquet file/)
    const cut = writeText(join(run, 'c.parquet'), bytes.slice(0, 40))
    await expectGateError(readTable(run, 'c', spec('c.parquet', { id: 'int' }), ['id']), cut, /^not a readable Parquet file/)
  })

  it('refuses a table with zero rows', async () => {
    const run = newRun()
    const file = writeParquet(join(run, 't.parquet'), [{ name: 'id', data: [], type: 'INT64', nullable: false }])
    await expectGateError(readTable(run, 't', spec('t.parquet', { id: 'int' }), ['id']), file, /^table t has no rows$/)
  })
})

describe('readTable: CSV', () => {
  it('reads typed columns, nulls and empty strings', async () => {
    const run = newRun()
    writeText(join(run, 't.csv'), 'id,x,ok,name\n1,2.5,true,a\n-2,1e3,FALSE,""\n3,,1,\n')
    const columns = { id: 'int', x: { type: 'float', nullable: true }, ok: 'bool', name: { type: 'string', nullable: true } } as const
    const t = await readTable(run, 't', spec('t.csv', columns), ['id', 'x', 'ok', 'name'])
    expect(t.rows).toBe(3)
    expect(Array.from(t.columns.id.values as Float64Array)).toEqual([1, -2, 3])
    expect(Array.from(t.columns.x.values as Float64Array).slice(0, 2)).toEqual([2.5, 1000])
    expect(Array.from(t.columns.x.nulls ?? [])).toEqual([0, 0, 1])
    expect(Array.from(t.columns.ok.values as Uint8Array)).toEqual([1, 0, 1])
    expect(t.columns.name.values).toEqual(['a', '', ''])
    expect(Array.from(t.columns.name.nulls ?? [])).toEqual([0, 0, 1])
  })

  it('handles quotes, doubled quotes, embedded commas and newlines, CRLF and a BOM', async () => {
    const run = newRun()
    const text = '\uFEFF"id","note"\r\n1,"say ""hi"", then\r\nleave"\r\n2,plain\r\n3,"multi\nline\n"\r\n'
    writeText(join(run, 't.csv'), text)
    const t = await readTable(run, 't', spec('t.csv', { id: 'int', note: 'string' }), ['note', 'id'])
    expect(t.columns.note.values).toEqual(['say "hi", then\r\nleave', 'plain', 'multi\nline\n'])
    expect(Array.from(t.columns.id.values as Float64Array)).toEqual([1, 2, 3])
  })

  it('counts physical lines across embedded newlines in error messages', async () => {
    const run = newRun()
    const file = writeText(join(run, 't.csv'), 'id,note\n1,"a\nb\nc"\n2,d\nx,e\n')
    await expectGateError(readTable(run, 't', spec('t.csv', { id: 'int', note: 'string' }), ['id']), file, /^line 6 \(row 3\), column "id": "x" is not a number$/)
  })

  it.each([
    ['id\n1\nabc\n', { id: 'int' }, /^line 3 \(row 2\), column "id": "abc" is not a number$/],
    ['id\n2.5\n', { id: 'int' }, /^line 2 \(row 1\), column "id": 2.5 is not an integer$/],
    ['id\n9007199254740993\n', { id: 'int' }, /^line 2 \(row 1\), column "id": 9007199254740993 is beyond the exact integer range/],
    ['x\n1\nNaN\n', { x: 'float' }, /^line 3 \(row 2\), column "x": "NaN" is not a finite number$/],
    ['x\n-Infinity\n', { x: 'float' }, /^line 2 \(row 1\), column "x": "-Infinity" is not a finite number$/],
    ['x\n1e400\n', { x: 'float' }, /^line 2 \(row 1\), column "x": "1e400" is not a finite number$/],
    ['x\n 1\n', { x: 'float' }, /^line 2 \(row 1\), column "x": " 1" is not a number$/],
    ['x\n0x10\n', { x: 'float' }, /^line 2 \(row 1\), column "x": "0x10" is not a number$/],
    ['b\nyes\n', { b: 'bool' }, /^line 2 \(row 1\), column "b": "yes" is not a bool/],
    ['s\n\n', { s: 'string' }, /^line 2 \(row 1\), column "s": null in a non-nullable column$/],
    ['a,b\n1,2\n3\n', { a: 'int' }, /^line 3: 1 field, but the header has 2$/],
    ['a,b\n1,2,3\n', { a: 'int' }, /^line 2: 3 fields, but the header has 2$/],
    ['a\n"open\n1\n', { a: 'string' }, /^line 2: unterminated quoted field$/],
    ['a\nx"y\n', { a: 'string' }, /^line 2: a quote inside an unquoted field/],
    ['a\n"x"y\n', { a: 'string' }, /^line 2: unexpected text after a closing quote$/],
    ['a,a\n1,2\n', { a: 'int' }, /^line 1: duplicate column "a" in the header$/],
    ['', { a: 'int' }, /^empty file: no header row$/],
    ['a,b\n1,2\n', { c: 'int' }, /^column "c" is missing \(the header has: a, b\)$/]
  ] as const)('rejects %j', async (text, columns, cause) => {
    const run = newRun()
    const file = writeText(join(run, 't.csv'), text)
    await expectGateError(readTable(run, 't', spec('t.csv', columns), Object.keys(columns)), file, cause)
  })

  it('rejects invalid UTF-8', async () => {
    const run = newRun()
    const file = writeText(join(run, 't.csv'), Uint8Array.from([0x61, 0x0a, 0xff, 0xfe, 0x0a]))
    await expectGateError(readTable(run, 't', spec('t.csv', { a: 'string' }), ['a']), file, /^not valid UTF-8 text$/)
  })

  it('refuses a header-only file as a table with no rows', async () => {
    const run = newRun()
    writeText(join(run, 't.csv'), 'a,b\n')
    await expectGateError(readTable(run, 't', spec('t.csv', { a: 'int' }), ['a']), join(run, 't.csv'), /^table t has no rows$/)
  })
})

describe('readTable: JSONL', () => {
  it('reads values; blank lines ignored; a missing key or null is null', async () => {
    const run = newRun()
    writeText(join(run, 't.ndjson'), '{"id":1,"x":0.5,"b":true,"s":"a"}\n\n  \r\n{"id":2,"b":false,"s":null}\r\n{"id":3,"x":null,"b":true,"s":"c"}')
    const columns = { id: 'int', x: { type: 'float', nullable: true }, b: 'bool', s: { type: 'string', nullable: true } } as const
    const t = await readTable(run, 't', spec('t.ndjson', columns), ['id', 'x', 'b', 's'])
    expect(t.rows).toBe(3)
    expect(Array.from(t.columns.id.values as Float64Array)).toEqual([1, 2, 3])
    expect(Array.from(t.columns.x.nulls ?? [])).toEqual([0, 1, 1])
    expect(Array.from(t.columns.b.values as Uint8Array)).toEqual([1, 0, 1])
    expect(t.columns.s.values).toEqual(['a', '', 'c'])
    expect(Array.from(t.columns.s.nulls ?? [])).toEqual([0, 1, 0])
  })

  it.each([
    ['{"a":1}\n{"a":\n', { a: 'int' }, /^line 2: invalid JSON \(.+\)$/],
    ['{"a":1}\n[1]\n', { a: 'int' }, /^line 2: expected a JSON object, got a list$/],
    ['{"a":"3"}\n', { a: 'int' }, /^line 1, column "a": expected int, got "3"$/],
    ['{"a":1.5}\n', { a: 'int' }, /^line 1, column "a": 1.5 is not an integer$/],
    ['{"a":1}\n\n{"a":"NaN"}\n', { a: 'float' }, /^line 3, column "a": expected float, got "NaN"$/],
    ['{"a":9007199254740993}\n', { a: 'int' }, /^line 1, column "a": 9007199254740992 is beyond the exact integer range/],
    ['{"a":1}\n{"b":2}\n', { a: 'int' }, /^line 2, column "a": key missing in a non-nullable column$/],
    ['{"a":1}\n{"a":null}\n', { a: 'int' }, /^line 2, column "a": null in a non-nullable column$/],
    ['{"a":"x"}\n', { a: 'bool' }, /^line 1, column "a": expected bool, got "x"$/],
    ['{"a":1}\n', { a: 'string' }, /^line 1, column "a": expected string, got 1$/]
  ] as const)('rejects %j', async (text, columns, cause) => {
    const run = newRun()
    const file = writeText(join(run, 't.jsonl'), text)
    await expectGateError(readTable(run, 't', spec('t.jsonl', columns), Object.keys(columns)), file, cause)
  })

  it('calls a column missing when no line has the key, and an empty file a table with no rows', async () => {
    const run = newRun()
    writeText(join(run, 't.jsonl'), '{"a":1}\n')
    writeText(join(run, 'e.jsonl'), '\n\n')
    await expectGateError(
      readTable(run, 't', spec('t.jsonl', { z: { type: 'int', nullable: true } }), ['z']),
      join(run, 't.jsonl'),
      /^column "z" is missing \(no line of table t has it\)$/
    )
    await expectGateError(readTable(run, 'e', spec('e.jsonl', { a: 'int' }), ['a']), join(run, 'e.jsonl'), /^table e has no rows$/)
  })
})

describe('readTable: tables as folders of parts', () => {
  it('concatenates parts in sorted file-name order and ignores hidden files', async () => {
    const run = newRun()
    writeText(join(run, 'events', 'b.csv'), 'id\n3\n4\n')
    writeText(join(run, 'events', 'a.csv'), 'id\n1\n2\n')
    writeText(join(run, 'events', '_SUCCESS'), '')
    writeText(join(run, 'events', '.a.csv.crc'), 'junk')
    const t = await readTable(run, 'events', spec('events', { id: 'int' }), ['id'])
    expect(Array.from(t.columns.id.values as Float64Array)).toEqual([1, 2, 3, 4])
    expect(t.files).toEqual(['events/a.csv', 'events/b.csv'])
  })

  it('reads Parquet parts with the format given explicitly', async () => {
    const run = newRun()
    writeParquet(join(run, 'p', 'part-00001.parquet'), [{ name: 'v', data: [3, 4], type: 'DOUBLE', nullable: false }])
    writeParquet(join(run, 'p', 'part-00000.parquet'), [{ name: 'v', data: [1, 2], type: 'DOUBLE', nullable: false }], 'UNCOMPRESSED')
    writeText(join(run, 'p', 'notes.csv'), 'v\n99\n')
    const t = await readTable(run, 'p', spec('p', { v: 'float' }, 'parquet'), ['v'])
    expect(Array.from(t.columns.v.values as Float64Array)).toEqual([1, 2, 3, 4])
  })

  it('refuses mixed part formats, empty folders, missing tables and undeclared columns', async () => {
    const run = newRun()
    writeText(join(run, 'mixed', 'a.csv'), 'v\n1\n')
    writeText(join(run, 'mixed', 'b.jsonl'), '{"v":2}\n')
    writeText(join(run, 'empty', 'README.txt'), 'nothing')
    writeText(join(run, 'odd.txt'), 'v\n1\n')
    await expectGateError(readTable(run, 'mixed', spec('mixed', { v: 'int' }), ['v']), join(run, 'mixed'), /^table mixed mixes part formats \(csv, jsonl\)$/)
    await expectGateError(readTable(run, 'empty', spec('empty', { v: 'int' }), ['v']), join(run, 'empty'), /^table empty has no parquet, csv or jsonl part files$/)
    await expectGateError(readTable(run, 'gone', spec('gone.csv', { v: 'int' }), ['v']), join(run, 'gone.csv'), /^table gone not found$/)
    await expectGateError(readTable(run, 'odd', spec('odd.txt', { v: 'int' }), ['v']), join(run, 'odd.txt'), /^cannot tell the format of table odd/)
    const ok = await readTable(run, 'odd', spec('odd.txt', { v: 'int' }, 'csv'), ['v'])
    expect(Array.from(ok.columns.v.values as Float64Array)).toEqual([1])
    await expectGateError(
      readTable(run, 'mixed', spec('mixed/a.csv', { v: 'int' }), ['w']),
      join(run, 'mixed', 'a.csv'),
      /^column "w" is not declared for table mixed in the policy$/
    )
  })
})
