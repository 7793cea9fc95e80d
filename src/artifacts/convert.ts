import { GateError } from '../core/errors.js'
import type { ColumnType } from '../policy/schema.js'
import type { DecodedColumn } from './parquet.js'
import { bytesOfCodes, joinBytes, StringAccumulator, stringAt, stringColumnFromByteParts, stringColumnFromBytes, stringColumnFromCodes } from './strings.js'
import { allocate, type Column, inSharedMemory, type StringBytes, type StringCodes, type StringColumn, type TypedKind } from './table.js'
import { boolOrDigitValue, INTEGER_TEXT, latin1, numbersOfCells, numberTextKind } from './text-bytes.js'

/**
 * Turns decoded cells (CSV text, JSON values, Parquet values) into one typed column.
 * `push` returns a one-line problem instead of throwing so the reader can say where it happened.
 */

/** Integer literal, and the number grammar accepted in text (no NaN, Infinity, hex or padding). */
export const INT_TEXT = /^[+-]?\d+$/
export const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

const LIMIT = Number.MAX_SAFE_INTEGER
const beyond = (shown: string): string =>
  `${shown} is beyond the exact integer range ±(2^53−1) and would be rounded`

export interface ColumnRequest {
  name: string
  type: ColumnType
  nullable: boolean
}

/** A short, safe rendering of an offending cell for an error message. */
export function describeCell(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return `${value}`
  if (value instanceof Date) return 'a timestamp'
  if (value instanceof Uint8Array) return 'binary bytes'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : typeof value
}

/** Parses numeric text; returns the number or a problem string. */
export function numberFromText(text: string, type: 'int' | 'float'): number | string {
  if (type === 'int' && INT_TEXT.test(text)) {
    // Up to 15 digits a double is exact: no BigInt needed.
    if (text.length <= 15) return Number(text) === 0 ? 0 : Number(text)
    const big = BigInt(text)
    if (big > BigInt(LIMIT) || big < -BigInt(LIMIT)) return beyond(text)
    return Number(big)
  }
  if (!NUMBER_TEXT.test(text)) {
    return /^[+-]?(nan|inf|infinity)$/i.test(text) ? `${describeCell(text)} is not a finite number` : `${describeCell(text)} is not a number`
  }
  const value = Number(text)
  if (!Number.isFinite(value)) return `${describeCell(text)} is not a finite number`
  return type === 'int' ? intFromNumber(value, text) : value
}

function intFromNumber(value: number, shown: string): number | string {
  if (!Number.isFinite(value)) return `${shown} is not a finite number`
  if (!Number.isInteger(value)) return `${shown} is not an integer`
  if (Math.abs(value) > LIMIT) return beyond(shown)
  return value
}

export function boolFromText(text: string): boolean | undefined {
  const t = text.toLowerCase()
  if (t === 'true' || t === '1') return true
  if (t === 'false' || t === '0') return false
  return undefined
}

export class ColumnBuilder {
  private readonly numbers: number[] = []
  private readonly strings: string[] = []
  private readonly nullRows: number[] = []

  constructor(readonly request: ColumnRequest) {}

  get length(): number {
    return this.request.type === 'string' ? this.strings.length : this.numbers.length
  }

  /** A CSV field: null for an empty unquoted field, otherwise the text. */
  pushText(text: string | null): string | undefined {
    if (text === null) return this.pushNull()
    switch (this.request.type) {
      case 'string':
        this.strings.push(text)
        return undefined
      case 'bool': {
        const b = boolFromText(text)
        if (b === undefined) return `${describeCell(text)} is not a bool (true/false or 1/0)`
        this.numbers.push(b ? 1 : 0)
        return undefined
      }
      default: {
        const n = numberFromText(text, this.request.type)
        if (typeof n === 'string') return n
        this.numbers.push(n)
        return undefined
      }
    }
  }

  /** A typed value from JSON or Parquet: null/undefined are nulls, other types must match exactly. */
  pushValue(value: unknown): string | undefined {
    if (value === null || value === undefined) return this.pushNull()
    const type = this.request.type
    if (type === 'string') {
      if (typeof value !== 'string') return `expected string, got ${describeCell(value)}`
      this.strings.push(value)
      return undefined
    }
    if (type === 'bool') {
      if (typeof value !== 'boolean') return `expected bool, got ${describeCell(value)}`
      this.numbers.push(value ? 1 : 0)
      return undefined
    }
    let n: number | string
    if (typeof value === 'bigint') {
      n = value > BigInt(LIMIT) || value < -BigInt(LIMIT) ? beyond(`${value}`) : Number(value)
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) n = `${value} is not a finite number`
      else n = type === 'int' ? intFromNumber(value, String(value)) : value
    } else {
      n = `expected ${type}, got ${describeCell(value)}`
    }
    if (typeof n === 'string') return n
    this.numbers.push(n)
    return undefined
  }

  private pushNull(): string | undefined {
    if (!this.request.nullable) return 'null in a non-nullable column'
    this.nullRows.push(this.length)
    // A null's slot holds NaN / 0 / '' and is only meaningful through `nulls`; NaN makes a forgotten mask loud.
    if (this.request.type === 'string') this.strings.push('')
    else this.numbers.push(this.request.type === 'bool' ? 0 : NaN)
    return undefined
  }

  build(): Column {
    const nulls = this.nullRows.length > 0 ? maskOf(this.nullRows, this.length) : undefined
    const withNulls = <C extends Column>(c: C): C => (nulls ? { ...c, nulls } : c)
    switch (this.request.type) {
      case 'string':
        return withNulls({ type: 'string', values: this.strings })
      case 'bool':
        return withNulls({ type: 'bool', values: Uint8Array.from(this.numbers) })
      default:
        return withNulls({ type: this.request.type, values: Float64Array.from(this.numbers) })
    }
  }
}

function maskOf(rows: number[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  for (const r of rows) mask[r] = 1
  return mask
}

/**
 * A decoded Parquet column as a typed table column, with the same checks and messages as pushValue:
 * the declared type must match, nulls only where nullable, integers whole and within ±(2^53−1).
 */
export function columnFromDecoded(decoded: DecodedColumn, rows: number, request: ColumnRequest, where: string): Column {
  const problemAt = (row: number, problem: string): never => {
    throw new GateError(where, `row ${row + 1}, column "${request.name}": ${problem}`)
  }
  if (decoded.kind === 'loose') {
    const builder = new ColumnBuilder(request)
    for (let k = 0; k < rows; k++) {
      const problem = builder.pushValue(decoded.values[k])
      if (problem) problemAt(k, problem)
    }
    return builder.build()
  }
  const nulls = decoded.nullCount > 0 ? decoded.nulls : undefined
  if (nulls && !request.nullable) problemAt(nulls.indexOf(1), 'null in a non-nullable column')
  const firstPresent = (): number => {
    if (!nulls) return 0
    for (let k = 0; k < rows; k++) if (!nulls[k]) return k
    return -1
  }
  const withNulls = <C extends Column>(c: C): C => (nulls ? { ...c, nulls } : c)
  const type = request.type
  if (decoded.kind === 'number') {
    if (type !== 'int' && type !== 'float') {
      const k = firstPresent()
      if (k >= 0) problemAt(k, `expected ${type}, got ${decoded.big?.get(k) ?? decoded.values[k]}`)
      return emptyOf(type, rows, nulls)
    }
    const values = decoded.values
    if (decoded.big && decoded.big.size > 0) {
      const [k, big] = [...decoded.big].sort((a, b) => a[0] - b[0])[0]
      problemAt(k, beyond(`${big}`))
    }
    // One cheap pass; the exact problem is named only when something is wrong. Parquet integers need
    // none: they are whole, and those beyond ±(2^53−1) were reported in `big` above.
    let bad = -1
    if (decoded.physical === 'INT32' || decoded.physical === 'INT64') {
      // nothing to check
    } else if (type === 'int') {
      for (let k = 0; k < rows; k++) {
        const v = values[k]
        if (!(v - Math.trunc(v) === 0 && v <= LIMIT && v >= -LIMIT) && !(nulls && nulls[k])) {
          bad = k
          break
        }
      }
    } else {
      for (let k = 0; k < rows; k++) {
        const v = values[k]
        if (v - v !== 0 && !(nulls && nulls[k])) {
          bad = k
          break
        }
      }
    }
    if (bad >= 0) {
      const v = values[bad]
      if (!Number.isFinite(v)) problemAt(bad, `${v} is not a finite number`)
      if (!Number.isInteger(v)) problemAt(bad, `${v} is not an integer`)
      problemAt(bad, beyond(String(v)))
    }
    if (type === 'int' && nulls) for (let k = 0; k < rows; k++) if (nulls[k]) values[k] = NaN
    return withNulls({ type, values })
  }
  if (decoded.kind === 'bool') {
    if (type !== 'bool') {
      const k = firstPresent()
      if (k >= 0) problemAt(k, `expected ${type}, got ${decoded.values[k] === 1}`)
      return emptyOf(type, rows, nulls)
    }
    return withNulls({ type: 'bool', values: decoded.values })
  }
  if (type !== 'string') {
    const k = firstPresent()
    if (k >= 0) {
      const text = decoded.kind === 'codes' ? decoded.dictionary.get(decoded.codes[k]) : stringAt(decoded.strings.finish(), k)
      problemAt(k, `expected ${type}, got ${describeCell(text)}`)
    }
    return emptyOf(type, rows, nulls)
  }
  if (decoded.kind === 'codes') return stringColumnFromCodes(decoded.codes, decoded.dictionary.finish(), nulls)
  const sorted = decoded.sortedDistinct === undefined ? {} : { sortedDistinct: decoded.sortedDistinct }
  return stringColumnFromBytes({ ...decoded.strings.finish(), ...sorted }, nulls)
}

/** An all-null column (every row is null, so the declared type was never contradicted). */
function emptyOf(type: ColumnType, rows: number, nulls?: Uint8Array): Column {
  const mask = nulls ?? new Uint8Array(rows).fill(1)
  if (type === 'string') return { type, values: new Array<string>(rows).fill(''), nulls: mask }
  if (type === 'bool') return { type, values: new Uint8Array(rows), nulls: mask }
  return { type, values: new Float64Array(rows).fill(NaN), nulls: mask }
}

/** Rows of a column, without materializing the strings of a coded or byte-backed string column. */
export function columnLength(c: Column): number {
  if (c.type !== 'string') return c.values.length
  return c.dictionary ? c.dictionary.codes.length : c.bytes ? c.bytes.offsets.length - 1 : c.values.length
}

/** A column's values as one typed array: numbers, booleans or string codes. */
export type TableArray = Float64Array | Int32Array | Uint8Array

/** A typed array that grows by doubling. */
class Growing<T extends TableArray> {
  length = 0
  constructor(public array: T) {}

  /** Room for `extra` more elements; returns the (possibly new) array, in shared memory if the old one was. */
  reserve(extra: number): T {
    const need = this.length + extra
    if (need > this.array.length) this.moveTo(Math.max(need, this.array.length * 2))
    return this.array
  }

  /** Moves the rows to a new array of the same size: nothing written from now on lands in the old one. */
  relocate(): void {
    this.moveTo(this.array.length)
  }

  /** The rows in a new array of `size` (in shared memory if the old one was). */
  private moveTo(size: number): void {
    const moved = allocate(this.array.constructor as TypedKind<T>, size, inSharedMemory(this.array))
    moved.set(this.array.subarray(0, this.length))
    this.array = moved
  }

  finish(): T {
    return this.array.subarray(0, this.length) as T
  }
}

/** Writes `part` at row `at` of `out`: a move within the array when the part already lies in it (further on). */
function writeRows(out: TableArray, part: TableArray, at: number): void {
  if (part.buffer !== out.buffer) return out.set(part as Float64Array & Uint8Array, at)
  const from = (part.byteOffset - out.byteOffset) / out.BYTES_PER_ELEMENT
  out.copyWithin(at, from, from + part.length)
}

/**
 * Joins the per-file columns of a table of parts into one column, part by part, so a part can be
 * dropped once appended (a single part is returned as it is; byte strings are kept in their parts). String
 * parts stay coded while every part is coded (their dictionaries merged), then byte-backed while every
 * part has bytes, else plain strings.
 */
export class ColumnAssembler {
  private only: Column | undefined
  private rows = 0
  private numbers?: Growing<Float64Array | Uint8Array>
  private nulls?: Growing<Uint8Array>
  private coded?: { codes: Growing<Int32Array>; dictionary: StringAccumulator; codeOf: Map<string, number> }
  /** Where append put the last part: its first row and row count (see appended). */
  private last: { at: number; n: number } | undefined
  /** Byte-string parts, kept as they are (joined only when a consumer needs one array): see addStrings. */
  private byteParts?: StringBytes[]
  private strings?: string[]

  private readonly expectedParts: number
  private inPlace?: TableArray
  private readonly shared: boolean
  private readonly handedOn: boolean

  /**
   * `parts` (expected) sizes the joined arrays from the first part, so equal parts never regrow them.
   * `inPlace` is the whole column's array (numbers, booleans or string codes) when the parts were
   * decoded into it (at their rows, or in a region further on that they move down from): such parts are
   * not copied into new memory, and codes are renumbered where they land.
   * With `shared`, joined numbers and codes go to shared memory (metrics on a worker read them there).
   * `handedOn`: the parts' buffers are handed on once appended (to a digest on another thread), so even
   * a single part is copied (except what is in shared memory, which is shared, not handed on).
   */
  constructor(
    readonly request: ColumnRequest,
    options: { parts?: number; inPlace?: TableArray; shared?: boolean; handedOn?: boolean } = {}
  ) {
    this.expectedParts = options.parts ?? 1
    this.inPlace = options.inPlace
    this.shared = options.shared ?? false
    this.handedOn = options.handedOn ?? false
  }

  append(column: Column): void {
    this.last = undefined
    // One expected part is kept as it is; with more, each part is joined at once (and may be dropped).
    if (this.expectedParts === 1 && !this.handedOn && !this.inPlace && this.rows === 0 && this.only === undefined) {
      this.only = column
      return
    }
    if (this.only !== undefined) {
      const first = this.only
      this.only = undefined
      this.add(first, columnLength(first) * 2)
    }
    this.add(column, this.rows === 0 ? columnLength(column) * Math.max(2, this.expectedParts) : 0)
  }

  private add(part: Column, capacity: number): void {
    const at = this.rows
    const n = columnLength(part)
    this.last = { at, n }
    if (part.nulls || this.nulls) {
      this.nulls ??= new Growing(new Uint8Array(Math.max(capacity, at + n)))
      const out = this.nulls.reserve(at + n - this.nulls.length)
      if (part.nulls) out.set(part.nulls.subarray(0, n), at)
      this.nulls.length = at + n
    }
    if (part.type !== 'string') {
      const shared = this.inPlace instanceof Float64Array || this.inPlace instanceof Uint8Array ? this.inPlace : undefined
      this.numbers ??= new Growing(shared ?? (part.type === 'bool' ? allocate(Uint8Array, capacity, this.shared) : allocate(Float64Array, capacity, this.shared)))
      const out = this.numbers.reserve(n)
      if (!sameRows(part.values, out, at)) writeRows(out, part.values, at)
      this.numbers.length = at + n
    } else this.addStrings(part, n, capacity)
    this.rows = at + n
  }

  private addStrings(part: StringColumn, n: number, capacity: number): void {
    const at = this.rows
    if (at === 0) {
      const shared = this.inPlace instanceof Int32Array ? this.inPlace : undefined
      if (part.dictionary) this.coded = { codes: new Growing(shared ?? allocate(Int32Array, capacity, this.shared)), dictionary: new StringAccumulator(16), codeOf: new Map() }
      else if (part.bytes) this.byteParts = []
      else this.strings = []
    }
    if (this.coded && !part.dictionary) {
      // A part without codes: what is joined so far continues as bytes.
      const { codes, dictionary } = this.coded
      this.coded = undefined
      const joined = bytesOfCodes(codes.finish(), dictionary.finish(), this.nulls?.array.subarray(0, at))
      this.byteParts = [joined]
    }
    if (this.byteParts && !part.dictionary && !part.bytes) {
      // A part of plain strings: so is the whole column.
      const joined = joinBytes(this.byteParts)
      this.byteParts = undefined
      this.strings = Array.from({ length: at }, (_, k) => (this.nulls?.array[k] ? '' : stringAt(joined, k)))
    }
    if (this.coded) {
      const { codes, dictionary, codeOf } = this.coded
      const own = part.dictionary as StringCodes
      const remap = Int32Array.from(own.strings, (s) => {
        let code = codeOf.get(s)
        if (code === undefined) {
          codeOf.set(s, (code = dictionary.count))
          dictionary.appendText(s)
        }
        return code
      })
      const out = codes.reserve(n)
      // (no `?? 0` below: a third as fast, and a code is always in its part's dictionary). Codes that lie
      // in `out` further on (read in place into their region, see read-table) move down as they are read.
      if (!sameRows(own.codes, out, at)) for (let k = 0; k < n; k++) out[at + k] = remap[own.codes[k]]
      else if (!remap.every((code, k) => code === k)) for (let k = at; k < at + n; k++) out[k] = remap[out[k]]
      codes.length = at + n
    } else if (this.byteParts) {
      // Kept without a copy unless the part is handed on (to the digest thread) and would go with it:
      // shared memory is shared, not handed on.
      const bytes = part.bytes as StringBytes
      this.byteParts.push(this.handedOn && !inSharedMemory(bytes.data) ? joinBytes([bytes]) : bytes)
    }
    else for (const v of part.values) (this.strings as string[]).push(v)
  }

  /**
   * After append: the part's rows as the table now holds them in shared memory — numbers, booleans, or
   * codes with a copy of the table's dictionary so far (what they now refer to) — for whoever reads the
   * part later (the digest): rows of a part read in place may since have moved or been renumbered, and
   * later parts move into what was theirs. Undefined when the column keeps the part as it is, or holds
   * its rows elsewhere than in shared memory.
   */
  appended(): { rows: TableArray; dictionary?: StringBytes } | undefined {
    const array = this.coded?.codes.array ?? this.numbers?.array
    if (!this.last || !array || !inSharedMemory(array)) return undefined
    const rows = array.subarray(this.last.at, this.last.at + this.last.n)
    if (!this.coded) return { rows }
    const { data, offsets, count } = this.coded.dictionary
    return { rows, dictionary: { data: data.slice(0, offsets[count]), offsets: offsets.slice(0, count + 1) } }
  }

  /** Moves the joined rows out of the table-wide array read in place, so later parts' regions of it stay theirs (see read-table). */
  relocate(): void {
    this.inPlace = undefined
    this.numbers?.relocate()
    this.coded?.codes.relocate()
  }

  /** The joined column. */
  build(): Column {
    if (this.only !== undefined) return this.only
    const nulls = this.nulls?.finish()
    const type = this.request.type
    if (type === 'string') {
      if (this.coded) return stringColumnFromCodes(this.coded.codes.finish(), this.coded.dictionary.finish(), nulls)
      if (this.byteParts) return stringColumnFromByteParts(this.byteParts, nulls)
      const values = this.strings ?? []
      return nulls ? { type, values, nulls } : { type, values }
    }
    const values = this.numbers?.finish() ?? new Float64Array(0)
    if (type === 'bool') return nulls ? { type, values: values as Uint8Array, nulls } : { type, values: values as Uint8Array }
    return nulls ? { type, values: values as Float64Array, nulls } : { type, values: values as Float64Array }
  }
}

/** True when `part` is the view of `whole`'s rows from `at` on (decoded in place). */
function sameRows(part: ArrayBufferView, whole: ArrayBufferView, at: number): boolean {
  return part.buffer === whole.buffer && part.byteOffset === whole.byteOffset + at * (whole as Float64Array).BYTES_PER_ELEMENT
}

/**
 * A column of text cells held as bytes (the byte-level CSV reader) as a typed table column, with the
 * values pushText would give. Returns undefined on the first cell pushText would refuse: the caller
 * then reads the file the text way, which names the cell and the problem.
 */
export function columnFromTextBytes(cells: StringBytes, nulls: Uint8Array, nullCount: number, request: ColumnRequest): Column | undefined {
  const rows = cells.offsets.length - 1
  if (nullCount > 0 && !request.nullable) return undefined
  const mask = nullCount > 0 ? nulls : undefined
  const { data, offsets } = cells
  const type = request.type
  if (type === 'string') {
    return stringColumnFromBytes(cells, mask)
  }
  if (type === 'bool') {
    const values = new Uint8Array(rows)
    for (let k = 0; k < rows; k++) {
      if (mask && mask[k]) continue
      const b = boolOrDigitValue(data, offsets[k], offsets[k + 1])
      if (b < 0) return undefined
      values[k] = b
    }
    return mask ? { type, values, nulls: mask } : { type, values }
  }
  // Number(text) per cell, NaN where the cell is not number text (shared with the digest).
  const parsed = numbersOfCells(data, offsets, rows)
  const values = new Float64Array(rows)
  for (let k = 0; k < rows; k++) {
    if (mask && mask[k]) {
      values[k] = NaN
      continue
    }
    let v = parsed[k]
    if (v - v !== 0) return undefined
    if (type === 'int') {
      const start = offsets[k]
      const end = offsets[k + 1]
      if (end - start > 15 && numberTextKind(data, start, end) === INTEGER_TEXT) {
        const n = numberFromText(latin1(data, start, end), 'int')
        if (typeof n === 'string') return undefined
        v = n
      } else if (!Number.isInteger(v) || Math.abs(v) > LIMIT) return undefined
      else if (end - start <= 15 && v === 0 && numberTextKind(data, start, end) === INTEGER_TEXT) v = 0 // "-0" → 0, as numberFromText
    }
    values[k] = v
  }
  return mask ? { type, values, nulls: mask } : { type, values }
}
