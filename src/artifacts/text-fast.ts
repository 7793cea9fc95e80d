import type { ColumnRequest } from './convert.js'
import { columnFromTextBytes } from './convert.js'
import { type ByteRange, type CellKind, type CsvColumns, type CsvReadOptions, csvBodyStart, readCsvColumns, recordPieces } from './csv-bytes.js'
import type { Part, PartColumn } from './digest.js'
import type { Format } from './files.js'
import { ABSENT, FALSE, type JsonlByteColumn, NULL, NUMBER, readJsonlBytes, STRING, TRUE } from './jsonl-bytes.js'
import type { FastColumn } from './parquet-fast.js'
import { stringColumnFromBytes, stringColumnFromCodes } from './strings.js'
import type { Column } from './table.js'
import { numbersOfCells } from './text-bytes.js'

/** A CSV or JSONL file read by the byte-level readers: typed columns, the keys present (JSONL) and a digest part. */
export interface TextFile {
  rows: number
  columns: Column[]
  keys?: string[]
  part?: Part
}

/**
 * The requested columns of a CSV or JSONL file, through its byte-level reader, and with `all` every
 * column as a digest part; undefined when the file must be read the text way (which names its problem).
 * `options.body`: only that piece of the file (see textPieces). A worker also asks a CSV file's byte
 * strings to go to shared memory (so the main thread keeps them while the digest thread reads them) and
 * its numbers and codes to their targets (see CsvReadOptions); JSONL takes only the body.
 */
export function textFromBytes(format: Exclude<Format, 'parquet'>, bytes: Uint8Array, requests: ColumnRequest[], all: boolean, options: CsvReadOptions = {}): TextFile | undefined {
  return format === 'csv' ? csvFromBytes(bytes, requests, all, options) : jsonlFromBytes(bytes, requests, all, options.body)
}

/**
 * A CSV or JSONL file cut into up to `pieces` ranges of whole records (lines), for threads to read one
 * each; undefined when it cannot be cut.
 */
export function textPieces(format: Exclude<Format, 'parquet'>, bytes: Uint8Array, pieces: number): ByteRange[] | undefined {
  const start = format === 'csv' ? csvBodyStart(bytes) : 0
  if (start < 0 || pieces < 2) return undefined
  const ranges = recordPieces(bytes, start, pieces, format === 'csv')
  return ranges.length > 1 ? ranges : undefined
}

/**
 * A CSV file through the byte-level reader: the requested columns typed, and with `all` every column
 * as a digest part. Undefined when the file or a requested cell is anything the text reader would
 * refuse: the caller then reads it the text way, which reports the problem.
 */
function csvFromBytes(bytes: Uint8Array, requests: ColumnRequest[], all: boolean, options: CsvReadOptions): TextFile | undefined {
  const kinds = new Map(requests.map((r): [string, CellKind] => [r.name, r.type === 'int' || r.type === 'float' ? 'number' : r.type === 'string' ? 'codes' : 'bytes']))
  const parsed = readCsvColumns(bytes, all ? 'all' : requests.map((r) => r.name), (name) => kinds.get(name), options)
  if (!parsed) return undefined
  const columns: Column[] = []
  for (const r of requests) {
    const k = parsed.header.indexOf(r.name)
    const cells = parsed.columns[k]
    const column = cells && csvColumn(cells, parsed.numbers[k], r)
    if (!column) return undefined
    columns.push(column)
  }
  if (!all) return { rows: parsed.rows, columns }
  const part: Part = { rows: parsed.rows, names: parsed.header, columns: {} }
  parsed.header.forEach((name, k) => (part.columns[name] = parsed.columns[k] as PartColumn))
  return { rows: parsed.rows, columns, part }
}

/** A requested column from the cells the reader kept (see readCsvColumns), with the checks of pushText. */
function csvColumn(cells: FastColumn, numbers: CsvColumns['numbers'][number], r: ColumnRequest): Column | undefined {
  const mask = cells.nullCount > 0 ? cells.nulls : undefined
  if (mask && !r.nullable) return undefined
  if (cells.kind === 'codes') return r.type === 'string' ? stringColumnFromCodes(cells.codes, cells.dictionary.finish(), mask) : undefined
  if (cells.kind === 'string') return columnFromTextBytes(cells.strings.finish(), cells.nulls as Uint8Array, cells.nullCount, r)
  if (cells.kind !== 'number' || !numbers) return undefined
  // The reader noted whether every number is finite, and whether each is whole and within ±(2^53 − 1).
  const type = r.type
  if (type !== 'int' && type !== 'float') return undefined
  if (type === 'int' ? !numbers.whole : !numbers.finite) return undefined
  return mask ? { type, values: cells.values, nulls: mask } : { type, values: cells.values }
}

/**
 * A JSONL file through the byte-level reader: the requested columns typed, the keys that occur, and with
 * `all` every key as a digest part. Undefined when the file, or a requested value, is anything the text
 * reader would read otherwise or refuse (a missing non-nullable key, a value of another type, an
 * integer that is not whole or safe): the caller then reads it the text way, which reports the problem.
 */
function jsonlFromBytes(bytes: Uint8Array, requests: ColumnRequest[], all: boolean, body?: ByteRange): TextFile | undefined {
  const parsed = readJsonlBytes(bytes, body)
  if (!parsed) return undefined
  const { rows } = parsed
  const keys = new Map([...parsed.columns].map(([key, c]) => [key, new KeyCells(c, rows)]))
  const columns: Column[] = []
  for (const r of requests) {
    const key = keys.get(r.name)
    const column = key ? typed(key, r) : r.nullable ? absentColumn(r, rows) : undefined
    if (!column) return undefined
    columns.push(column)
  }
  if (!all) return { rows, columns, keys: parsed.keys }
  const part: Part = { rows, names: parsed.keys, columns: {} }
  for (const name of parsed.keys) part.columns[name] = partColumn(keys.get(name) as KeyCells)
  return { rows, columns, keys: parsed.keys, part }
}

/** One key's cells, with what both its typed column and its digest part derive from them (each made once). */
class KeyCells {
  readonly nullCount: number
  readonly present: number
  private mask: Uint8Array | undefined
  private truths: Uint8Array | undefined

  constructor(readonly c: JsonlByteColumn, readonly rows: number) {
    this.nullCount = c.counts[ABSENT] + c.counts[NULL]
    this.present = rows - this.nullCount
  }

  /** Absent and null rows (undefined when there are none). */
  get nulls(): Uint8Array | undefined {
    if (this.nullCount === 0 || this.mask) return this.mask
    this.mask = new Uint8Array(this.rows)
    for (let k = 0; k < this.rows; k++) if (this.c.kinds[k] <= NULL) this.mask[k] = 1
    return this.mask
  }

  /** Number(text) of each cell (numbersOfCells keeps them for the buffer: a second call gets the same array). */
  numbers(): Float64Array {
    const { data, offsets } = this.c.cells.finish()
    return numbersOfCells(data, offsets, this.rows)
  }

  /** 1 for true, 0 otherwise. */
  bools(): Uint8Array {
    this.truths ??= Uint8Array.from(this.c.kinds, (kind) => (kind === TRUE ? 1 : 0))
    return this.truths
  }
}

/** A requested column, with the checks of ColumnBuilder.pushValue (a failing one declines). */
function typed(key: KeyCells, r: ColumnRequest): Column | undefined {
  const { c, rows, nullCount, present } = key
  if (nullCount > 0 && !r.nullable) return undefined
  const nulls = key.nulls
  const withNulls = <C extends Column>(column: C): C => (nulls ? { ...column, nulls } : column)
  if (r.type === 'string') return c.counts[STRING] === present ? stringColumnFromBytes(c.cells.finish(), nulls) : undefined
  if (r.type === 'bool') return c.counts[TRUE] + c.counts[FALSE] === present ? withNulls({ type: 'bool', values: key.bools() }) : undefined
  if (c.counts[NUMBER] !== present) return undefined
  const parsed = key.numbers()
  const values = new Float64Array(rows)
  for (let k = 0; k < rows; k++) {
    if (nulls && nulls[k]) {
      values[k] = NaN
      continue
    }
    const v = parsed[k]
    // JSON numbers can still overflow to ±Infinity; an int must be whole and within ±(2^53 − 1).
    if (v - v !== 0 || (r.type === 'int' && !Number.isSafeInteger(v))) return undefined
    values[k] = v
  }
  return withNulls({ type: r.type, values })
}

/** A nullable key no line of this file has: every row null (no mask when there are no rows, as ColumnBuilder). */
function absentColumn(r: ColumnRequest, rows: number): Column {
  const nulls = rows > 0 ? new Uint8Array(rows).fill(1) : undefined
  const withNulls = <C extends Column>(column: C): C => (nulls ? { ...column, nulls } : column)
  if (r.type === 'string') return stringColumnFromBytes({ data: new Uint8Array(0), offsets: new Uint32Array(rows + 1) }, nulls)
  if (r.type === 'bool') return withNulls({ type: 'bool', values: new Uint8Array(rows) })
  return withNulls({ type: r.type, values: new Float64Array(rows).fill(NaN) })
}

/**
 * A key as a digest part: typed when every value present is of one JSON type (a number, string or bool
 * column of any other format digests the same), else the plain values JSON.parse would give.
 */
function partColumn(key: KeyCells): PartColumn {
  const { c, rows, nullCount, present } = key
  const nulls = key.nulls
  if (present > 0 && c.counts[NUMBER] === present) return { kind: 'number', values: key.numbers(), nulls, nullCount, physical: 'JSONL' }
  if (present > 0 && c.counts[STRING] === present) return { kind: 'string', strings: c.cells, nulls, nullCount, physical: 'JSONL' }
  if (present > 0 && c.counts[TRUE] + c.counts[FALSE] === present) return { kind: 'bool', values: key.bools(), nulls, nullCount, physical: 'JSONL' }
  const values: unknown[] = new Array(rows)
  const numbers = c.counts[NUMBER] > 0 ? key.numbers() : undefined
  for (let k = 0; k < rows; k++) {
    const kind = c.kinds[k]
    values[k] = kind <= NULL ? null : kind === NUMBER ? (numbers as Float64Array)[k] : kind === STRING ? c.cells.get(k) : kind === TRUE
  }
  return { kind: 'loose', values }
}
