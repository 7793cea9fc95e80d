import { createHash } from 'node:crypto'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { digestOf } from '../core/canonical.js'
import { GateError } from '../core/errors.js'
import { readCsv } from './csv.js'
import { INT_TEXT, NUMBER_TEXT } from './convert.js'
import { decodeText, formatOfName, readBytes, stripExtension, tableFiles } from './files.js'
import type { Format } from './files.js'
import { readJsonl } from './jsonl.js'
import { textFromBytes } from './text-fast.js'
import { decodeAhead, worthThreads } from './decode-pool.js'
import { decodeParquet } from './parquet.js'
import { codesAsStrings, type FastColumn } from './parquet-fast.js'
import { CodedEntries, StringAccumulator } from './strings.js'
import { boolTextValue, DECIMAL_TEXT, forgetNumbersOfCells, INTEGER_TEXT, NOT_NUMBER, numbersOfCells, numberTextKind } from './text-bytes.js'
import { displayPath, isHidden, realRunDir, resolveInRun } from './paths.js'

/**
 * The outputs digest: a witness of a run's data over DECODED values, so two encodings of the same
 * data agree (Parquet codecs and encodings, CSV vs Parquet vs JSONL, one file vs parts).
 *
 * Encoding (version `outputs-digest/v2`). Per table: `rows <n>`, then per column in sorted name order
 * `column <json name> <type> <mask> <values> <extra> <lengths>`, four sha256 streams of the column:
 *   mask: one byte per row, 1 for null; values: the non-null cells in row order, by type: number →
 *   float64 little-endian (-0 as 0, one NaN); bool → one byte 0/1; string → the UTF-8 bytes, with
 *   lengths: a uint32 LE byte length per string; extra: `<k>:<exact decimal>\n` for the k-th non-null
 *   number when it is an integer beyond ±(2^53−1) (its float64 slot holds 0), so INT64 and long
 *   integer text stay exact.
 * Types are inferred from decoded values, the same way for every format (CSV has no types):
 *   every non-null value a number or numeric text → number; every one a bool or true/false
 *   (any case) → bool; no non-null value → null; otherwise string (numbers then as their JS text).
 * Typed columns stream straight into the hashes (no per-value strings), part by part.
 * Known limit: numeric text is read as a number, so "03" and "3" digest alike.
 */
export async function outputsDigest(runDir: string): Promise<{ tables: Record<string, string>; combined: string }> {
  const tables: Record<string, string> = {}
  for (const t of discoverTables(runDir)) tables[t.key] = await digestTable(runDir, t.relPath, t.key)
  return combineDigests(tables)
}

/** The outputs digest of a run from its per-table digests (keys as discoverTables names them). */
export function combineDigests(tables: Record<string, string>): { tables: Record<string, string>; combined: string } {
  return { tables, combined: digestOf({ digest: 'realism-gate/outputs-digest/v2', tables }) }
}

export interface Discovered {
  /** Path relative to the run folder without the table extension: format-independent. */
  key: string
  relPath: string
}

/**
 * Every table of a run folder, found without a policy: a file with a table extension, or a folder
 * that directly holds such files (one table of parts, named after the folder); other folders are
 * searched recursively. manifest.json and hidden entries ('.x', '_x') are excluded.
 */
export function discoverTables(runDir: string): Discovered[] {
  const root = realRunDir(runDir)
  const found = new Map<string, Discovered>()
  const visited = new Set<string>()
  const add = (key: string, relPath: string): void => {
    const previous = found.get(key)
    if (previous) throw new GateError(displayPath(root), `two tables would share the name ${key}: ${previous.relPath} and ${relPath}`)
    found.set(key, { key, relPath })
  }
  const walk = (relDir: string): void => {
    const abs = relDir === '' ? root : resolveInRun(root, relDir)
    const real = realpathSync(abs)
    if (visited.has(real)) return
    visited.add(real)
    for (const entry of readdirSync(abs).sort()) {
      if (isHidden(entry)) continue
      const rel = relDir === '' ? entry : `${relDir}/${entry}`
      if (rel === 'manifest.json') continue
      const stats = statSync(resolveInRun(root, rel))
      if (stats.isFile()) {
        if (formatOfName(entry)) add(stripExtension(rel), rel)
      } else if (stats.isDirectory()) {
        const holdsParts = readdirSync(resolveInRun(root, rel)).some((e) => !isHidden(e) && formatOfName(e) !== undefined)
        if (holdsParts) add(rel, rel)
        else walk(rel)
      }
    }
  }
  walk('')
  return [...found.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

type DigestType = 'number' | 'bool' | 'string' | 'null'

/** Thrown when a later part needs an earlier part's cells under another type: the table is redone loosely. */
export class TypeShift extends Error {}

export async function digestTable(runDir: string, relPath: string, name: string): Promise<string> {
  try {
    return await digestTableStreaming(runDir, relPath, name)
  } catch (e) {
    if (!(e instanceof TypeShift)) throw e
    return digestTableLoose(runDir, relPath, name)
  }
}

/** A part's column before it is streamed: typed (fast) or plain values (JSONL, general Parquet reader). */
export type PartColumn =
  | FastColumn
  | { kind: 'loose'; values: unknown[] }

/** One decoded file of a table, every column. */
export interface Part {
  rows: number
  names: string[]
  columns: Record<string, PartColumn>
}

/** Reads the parts one by one, streaming each column into its digest; memory holds one part. */
async function digestTableStreaming(runDir: string, relPath: string, name: string): Promise<string> {
  const located = tableFiles(runDir, relPath, name)
  const digest = new TableDigest(located.format)
  const pooled = located.format === 'parquet' && located.files.length > 1 && worthThreads(located.files) ? decodeAhead(located.files.length, (i) => ({ file: located.files[i] }), undefined, false) : undefined
  for (const [index, file] of located.files.entries()) {
    const where = displayPath(file)
    const part = pooled ? await pooled(index) : await readPart(located.format, await readBytes(file), where)
    digest.push(part, where)
  }
  return digest.finish()
}

/**
 * The streaming digest of one table, fed its parts in file order. `push` throws TypeShift when the
 * table needs the loose path (digestTable), and GateError when parts disagree on their columns.
 */
export class TableDigest {
  private readonly digests = new Map<string, ColumnDigest>()
  private rows = 0
  private firstNames: string[] | undefined

  constructor(private readonly format: Format) {}

  push(part: Part, where: string): void {
    const sorted = [...part.names].sort()
    if (this.firstNames === undefined) this.firstNames = sorted
    else if (sorted.join('\u0000') !== this.firstNames.join('\u0000')) {
      // JSONL columns are the union of keys over all lines: a key only some parts have is null in the
      // others' rows, which the loose path adds (the streaming digests cannot add rows afterwards).
      if (this.format === 'jsonl') throw new TypeShift()
      throw new GateError(where, `columns (${sorted.join(', ')}) differ from the first part's (${this.firstNames.join(', ')})`)
    }
    for (const column of part.names) {
      let d = this.digests.get(column)
      if (!d) this.digests.set(column, (d = new ColumnDigest()))
      d.push(part.columns[column], part.rows)
    }
    this.rows += part.rows
  }

  finish(): string {
    return finishTable(this.rows, this.digests)
  }
}

function finishTable(rows: number, digests: Map<string, ColumnDigest>): string {
  const hash = createHash('sha256')
  hash.update(`realism-gate/table-digest/v2\nrows ${rows}\n`)
  for (const name of [...digests.keys()].sort()) hash.update(`column ${JSON.stringify(name)} ${(digests.get(name) as ColumnDigest).finish()}\n`)
  return hash.digest('hex')
}

async function readPart(format: Format, bytes: Uint8Array, where: string): Promise<Part> {
  if (format === 'parquet') {
    const decoded = await decodeParquet(bytes, where)
    return { rows: decoded.rows, names: decoded.names, columns: decoded.columns }
  }
  const fast = textFromBytes(format, bytes, [], true)
  if (fast) return fast.part as Part
  // The text readers, for what the byte readers refuse: they name the problem.
  const text = decodeText(bytes, where)
  if (format === 'csv') {
    const part = new CsvPart()
    const { rows } = readCsv(text, where, {
      select: (header) => part.select(header),
      row: (fields, _line, row) => part.row(fields, row)
    })
    return part.finish(rows)
  }
  const part = new JsonlPart()
  readJsonl(text, where, (object) => part.add(object))
  return part.finish()
}

/** Collects every column of a CSV file as text (a CsvRowSink's work, shared with readRun). */
export class CsvPart {
  private names: string[] = []
  private targets: StringAccumulator[] = []
  private nullRows: number[][] = []

  /** Takes the header; every column is wanted. */
  select(header: string[]): number[] {
    this.names = header
    this.targets = header.map(() => new StringAccumulator(1024))
    this.nullRows = header.map(() => [])
    return header.map((_, k) => k)
  }

  /** All fields of a record, in header order, and its 1-based row. */
  row(fields: (string | null)[], row: number): void {
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k]
      if (f === null) {
        this.targets[k].appendEmpty()
        this.nullRows[k].push(row - 1)
      } else this.targets[k].appendText(f)
    }
  }

  finish(rows: number): Part {
    const columns: Record<string, PartColumn> = {}
    this.names.forEach((n, k) => {
      const nulls = new Uint8Array(rows)
      for (const r of this.nullRows[k]) nulls[r] = 1
      columns[n] = { kind: 'string', strings: this.targets[k], nulls, nullCount: this.nullRows[k].length, physical: 'CSV' }
    })
    return { rows, names: this.names, columns }
  }
}

/** Collects the values of every key of a JSONL file (a missing key is null). */
export class JsonlPart {
  private readonly values = new Map<string, unknown[]>()
  private row = 0

  add(object: Record<string, unknown>): void {
    for (const key of Object.keys(object)) {
      let target = this.values.get(key)
      if (!target) this.values.set(key, (target = []))
      while (target.length < this.row) target.push(null)
      target.push(object[key])
    }
    this.row++
  }

  finish(): Part {
    const columns: Record<string, PartColumn> = {}
    for (const [key, v] of this.values) {
      while (v.length < this.row) v.push(null)
      columns[key] = { kind: 'loose', values: v }
    }
    return { rows: this.row, names: [...this.values.keys()], columns }
  }
}

/** The general path: every part as plain values, types inferred over the whole table (as in v1). */
async function digestTableLoose(runDir: string, relPath: string, name: string): Promise<string> {
  const located = tableFiles(runDir, relPath, name)
  const columns = new Map<string, unknown[]>()
  let rows = 0
  for (const file of located.files) {
    const where = displayPath(file)
    const part = await readPart(located.format, await readBytes(file), where)
    for (const n of part.names) {
      let target = columns.get(n)
      if (!target) columns.set(n, (target = []))
      while (target.length < rows) target.push(null)
      const c = part.columns[n]
      for (let k = 0; k < part.rows; k++) target.push(looseCell(c, k))
    }
    rows += part.rows
  }
  const digests = new Map<string, ColumnDigest>()
  for (const [n, values] of columns) {
    while (values.length < rows) values.push(null)
    const d = new ColumnDigest()
    // As a part of its own: the column's type is settled (and named in its digest) as when streamed.
    d.push({ kind: 'loose', values }, rows)
    digests.set(n, d)
  }
  return finishTable(rows, digests)
}

function looseCell(c: PartColumn, k: number): unknown {
  if (c.kind === 'loose') return c.values[k]
  if (c.nulls?.[k]) return null
  if (c.kind === 'number') return c.big?.get(k) ?? c.values[k]
  if (c.kind === 'bool') return c.values[k] === 1
  if (c.kind === 'codes') return c.dictionary.get(c.codes[k])
  return c.strings.get(k)
}

function inferType(values: unknown[]): DigestType {
  let numbers = 0
  let bools = 0
  let nonNull = 0
  for (const v of values) {
    if (v === null || v === undefined) continue
    nonNull++
    if (typeof v === 'number' || typeof v === 'bigint') numbers++
    else if (typeof v === 'boolean') bools++
    else if (typeof v === 'string') {
      if (NUMBER_TEXT.test(v)) numbers++
      else if (BOOL_TEXT.test(v)) bools++
    }
  }
  if (nonNull === 0) return 'null'
  if (numbers === nonNull) return 'number'
  if (bools === nonNull) return 'bool'
  return 'string'
}

const BOOL_TEXT = /^(true|false)$/i

function asText(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()
  if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('base64')}`
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v)
}

const CHUNK = 1 << 16
const ZEROS = new Uint8Array(CHUNK)

/** The three streams of one column (see outputsDigest), fed part by part. */
class ColumnDigest {
  private type: DigestType | undefined
  private readonly mask = createHash('sha256')
  private readonly values = createHash('sha256')
  private readonly extra = createHash('sha256')
  private readonly lengths = createHash('sha256')
  private readonly lengthBuffer = Buffer.alloc(4)
  private nonNull = 0
  private readonly out = Buffer.alloc(CHUNK + 16)
  private used = 0

  /** Fixes the column type on the first non-null part; a later part of another type needs the loose path. */
  private settle(partType: DigestType, alternatives: DigestType[] = []): DigestType {
    if (partType === 'null') return this.type ?? 'null'
    if (this.type === undefined || this.type === 'null') {
      this.type = partType
      return partType
    }
    if (this.type === partType || alternatives.includes(this.type)) return this.type
    throw new TypeShift()
  }

  push(c: PartColumn, rows: number): void {
    if (c.kind === 'loose') {
      const t = inferType(c.values)
      // Loose text columns can still join typed parts as numbers or bools.
      return this.pushLoose(c.values, this.settle(t))
    }
    if (c.kind === 'codes' && !(codedText(c, rows) === 'string' && this.settle('string') === 'string')) {
      // Cells that read as numbers or booleans: the general text path decides, cell by cell.
      return this.push(codesAsStrings(c), rows)
    }
    this.pushMask(c.nulls, c.nullCount, rows)
    const present = rows - c.nullCount
    if (present === 0) return
    if (c.kind === 'codes') return this.pushCodedStrings(c, rows)
    if (c.kind === 'number') {
      this.settle('number')
      this.pushNumbers(c.values, c.nulls, c.nullCount > 0, c.big, c.physical === 'INT32' || c.physical === 'INT64')
    } else if (c.kind === 'bool') {
      this.settle('bool')
      for (let k = 0; k < rows; k++) if (!(c.nullCount > 0 && c.nulls?.[k])) this.byte(c.values[k])
    } else {
      const natural = classifyStrings(c, rows)
      const type = this.settle(natural, natural === 'string' ? [] : ['string'])
      if (type !== 'number') forgetNumbersOfCells(c.strings.data)
      const bytes = c.strings
      if (type === 'string' && c.nullCount === 0) {
        // Whole part at once: its lengths, then its bytes (the same streams as cell by cell).
        const lengths = new Uint32Array(rows)
        const offsets = bytes.offsets
        for (let k = 0; k < rows; k++) lengths[k] = offsets[k + 1] - offsets[k]
        this.flush()
        this.lengths.update(new Uint8Array(lengths.buffer))
        this.values.update(bytes.data.subarray(0, bytes.offsets[rows]))
        this.nonNull += rows
        return
      }
      const { data, offsets } = bytes
      const numbers = type === 'number' ? numbersOfCells(data, offsets, rows, c.numbers) : undefined
      if (numbers && !hasLongIntegerText(data, offsets, numbers, c.nulls, c.nullCount > 0)) {
        // Every cell's number is Number(text): the typed stream, as for a Parquet double column.
        this.pushNumbers(numbers, c.nulls, c.nullCount > 0)
        forgetNumbersOfCells(data)
        return
      }
      for (let k = 0; k < rows; k++) {
        if (c.nullCount > 0 && c.nulls?.[k]) continue
        const start = offsets[k]
        const end = offsets[k + 1]
        if (type === 'string') this.bytes(data, start, end)
        else if (type === 'bool') this.byte(boolTextValue(data, start, end) === 1 ? 1 : 0)
        else if (end - start <= 15 || numberTextKind(data, start, end) === DECIMAL_TEXT) {
          // Integer text up to 15 characters is exact as a double; other number text is Number(text).
          this.number((numbers as Float64Array)[k])
        } else this.number(bytes.get(k))
      }
      if (numbers) forgetNumbersOfCells(data)
    }
  }

  /**
   * The string streams of a coded column: each non-null row's length and bytes, from its dictionary
   * entry, made and hashed a chunk of rows at a time in buffers that stay in cache.
   */
  private pushCodedStrings(c: Extract<PartColumn, { kind: 'codes' }>, rows: number): void {
    this.flush()
    const entries = new CodedEntries(c.dictionary.finish())
    const nulls = c.nullCount > 0 ? c.nulls : undefined
    const lengths = new Uint32Array(CODED_ROWS)
    const bytes = new Uint8Array(CODED_ROWS * entries.longest + 8)
    for (let from = 0; from < rows; from += CODED_ROWS) {
      const to = Math.min(rows, from + CODED_ROWS)
      const { count, used } = entries.streams(c.codes, from, to, nulls, lengths, bytes)
      this.values.update(bytes.subarray(0, used))
      this.lengths.update(new Uint8Array(lengths.buffer, 0, count * 4))
      this.nonNull += count
    }
  }

  private pushLoose(values: unknown[], type: DigestType): void {
    const nulls = new Uint8Array(values.length)
    let nullCount = 0
    for (let k = 0; k < values.length; k++) {
      if (values[k] === null || values[k] === undefined) {
        nulls[k] = 1
        nullCount++
      }
    }
    this.pushMask(nulls, nullCount, values.length)
    for (let k = 0; k < values.length; k++) {
      const v = values[k]
      if (nulls[k]) continue
      if (type === 'number') this.number(v as number | bigint | string)
      else if (type === 'bool') this.byte(typeof v === 'boolean' ? (v ? 1 : 0) : BOOL_TRUE.test(v as string) ? 1 : 0)
      else {
        const text = Buffer.from(asText(v), 'utf8')
        this.bytes(text, 0, text.length)
      }
    }
  }

  private pushMask(nulls: Uint8Array | undefined, nullCount: number, rows: number): void {
    if (nullCount > 0 && nulls) {
      this.mask.update(nulls.subarray(0, rows))
      return
    }
    for (let k = 0; k < rows; k += CHUNK) this.mask.update(ZEROS.subarray(0, Math.min(CHUNK, rows - k)))
  }

  /** `integral`: Parquet integers, never -0 or NaN, and those beyond 2^53 are in `big`: nothing to look for. */
  private pushNumbers(values: Float64Array, nulls: Uint8Array | undefined, hasNulls: boolean, big?: Map<number, bigint>, integral = false): void {
    const n = values.length
    // Fast path: no nulls, nothing to canonicalize: the float64 buffer is the stream.
    let clean = !hasNulls && !(big && big.size > 0)
    if (clean && !integral) {
      for (let k = 0; k < n; k++) {
        const v = values[k]
        // -0, NaN and integers beyond 2^53 need their canonical form (every double past ±(2^53−1) is an
        // integer or ±Infinity; Infinity takes the slow path too and comes out the same). One comparison
        // refuses NaN too, and Object.is tests the sign bit: a third faster than 1 / v < 0 on zeros.
        if (!(Math.abs(v) <= Number.MAX_SAFE_INTEGER) || Object.is(v, -0)) {
          clean = false
          break
        }
      }
    }
    if (clean) {
      this.flush()
      this.values.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength))
      this.nonNull += n
      return
    }
    for (let k = 0; k < n; k++) {
      if (hasNulls && nulls?.[k]) continue
      const b = big?.get(k)
      this.number(b ?? values[k])
    }
  }

  private number(v: number | bigint | string): void {
    let x: number
    let exact: bigint | undefined
    if (typeof v === 'bigint') {
      x = Number(v)
      if (!Number.isSafeInteger(x)) exact = v
    } else if (typeof v === 'string') {
      if (INT_TEXT.test(v)) {
        const b = BigInt(v)
        x = Number(b)
        if (!Number.isSafeInteger(x)) exact = b
      } else x = Number(v)
    } else x = v
    if (exact === undefined && Number.isInteger(x) && !Number.isSafeInteger(x)) exact = BigInt(x)
    if (exact !== undefined) {
      this.extra.update(`${this.nonNull}:${exact}\n`)
      x = 0
    }
    if (x === 0) x = 0 // -0 → 0
    if (this.used + 8 > CHUNK) this.flush()
    this.out.writeDoubleLE(Number.isNaN(x) ? NaN : x, this.used)
    this.used += 8
    this.nonNull++
  }

  private byte(b: number): void {
    if (this.used + 1 > CHUNK) this.flush()
    this.out[this.used++] = b
    this.nonNull++
  }

  private bytes(data: Uint8Array, start: number, end: number): void {
    const length = end - start
    if (this.used + length > CHUNK) this.flush()
    this.lengthBuffer.writeUInt32LE(length, 0)
    this.lengths.update(this.lengthBuffer)
    if (length > CHUNK) this.values.update(data.subarray(start, end))
    else {
      this.out.set(data.subarray(start, end), this.used)
      this.used += length
    }
    this.nonNull++
  }

  private flush(): void {
    if (this.used > 0) this.values.update(this.out.subarray(0, this.used))
    this.used = 0
  }

  finish(): string {
    this.flush()
    return `${this.type ?? 'null'} ${this.mask.digest('hex')} ${this.values.digest('hex')} ${this.extra.digest('hex')} ${this.lengths.digest('hex')}`
  }
}

const BOOL_TRUE = /^true$/i

/** True when a non-null cell is integer text beyond 15 characters (its digest needs the exact integer). */
function hasLongIntegerText(data: Uint8Array, offsets: Uint32Array, numbers: Float64Array, nulls: Uint8Array | undefined, hasNulls: boolean): boolean {
  for (let k = 0; k < numbers.length; k++) {
    if (offsets[k + 1] - offsets[k] <= 15 || !Number.isInteger(numbers[k]) || (hasNulls && nulls?.[k])) continue
    if (numberTextKind(data, offsets[k], offsets[k + 1]) === INTEGER_TEXT) return true
  }
  return false
}

/** Rows of a coded column per chunk of its digest streams: 64 KB of lengths. */
const CODED_ROWS = 1 << 14

/**
 * 'string' when some used dictionary entry of a coded column is neither number nor true/false text
 * (then the column is text whatever else it holds); otherwise undefined, and classifyStrings decides.
 */
function codedText(c: Extract<PartColumn, { kind: 'codes' }>, rows: number): 'string' | undefined {
  const { data, offsets } = c.dictionary
  const isText = (k: number): boolean => numberTextKind(data, offsets[k], offsets[k + 1]) === NOT_NUMBER && boolTextValue(data, offsets[k], offsets[k + 1]) < 0
  let allText = rows > c.nullCount
  for (let k = 0; k < c.dictionary.count && allText; k++) allText = isText(k)
  if (allText) return 'string' // whichever entries are used (no pass over the rows)
  const used = new Uint8Array(c.dictionary.count)
  for (let r = 0; r < rows; r++) if (!(c.nullCount > 0 && c.nulls?.[r])) used[c.codes[r]] = 1
  for (let k = 0; k < used.length; k++) if (used[k] && isText(k)) return 'string'
  return undefined
}

/** The natural type of a text column part: number if every value is numeric text, bool if every one is true/false. */
function classifyStrings(c: Extract<PartColumn, { kind: 'string' }>, rows: number): DigestType {
  let numbers = 0
  let bools = 0
  let present = 0
  const { data, offsets } = c.strings
  const nulls = c.nullCount > 0 ? c.nulls : undefined
  let first = 0
  while (first < rows && nulls?.[first]) first++
  if (first < rows && numberTextKind(data, offsets[first], offsets[first + 1]) !== NOT_NUMBER) {
    // Looks numeric: the parsed values (which the digest then streams) say which cells are number text.
    const values = numbersOfCells(data, offsets, rows, c.numbers)
    for (let k = first; k < rows; k++) if (values[k] !== values[k] && !nulls?.[k]) return 'string'
    return 'number'
  }
  for (let k = 0; k < rows; k++) {
    if (c.nullCount > 0 && c.nulls?.[k]) continue
    present++
    if (numberTextKind(data, offsets[k], offsets[k + 1]) !== NOT_NUMBER) numbers++
    else if (boolTextValue(data, offsets[k], offsets[k + 1]) >= 0) bools++
    if (numbers < present && bools < present) return 'string'
  }
  if (present === 0) return 'null'
  return numbers === present ? 'number' : 'bool'
}
