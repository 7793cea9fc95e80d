import { isUtf8 } from 'node:buffer'
import { type BlockKernel, freeCodeTables, newCodeTable, regularSeparators, TABLE_STRING_BYTES, TABLE_STRINGS } from './csv-scan.js'
import type { FastColumn } from './parquet-fast.js'
import { ByteInterner, bytesOfCodes, StringAccumulator } from './strings.js'
import { allocate } from './table.js'
import { numberAt, numberOrNaN, scanned } from './text-bytes.js'

/**
 * The byte-level CSV reader: the grammar of csv.ts (RFC 4180 quotes and doubled quotes, line breaks
 * inside quotes, CRLF, LF or a lone CR, an optional UTF-8 BOM; an empty unquoted field is null, a
 * quoted empty field the empty string), read straight from the file's bytes with no JS string per
 * cell, each wanted column kept the way its cells call for:
 *   'number'  Number(text) of each cell, parsed from the file's bytes (never copied);
 *   'codes'   few distinct strings: a dictionary and one code per row (as a dictionary-encoded Parquet
 *             column), turning into 'bytes' when the strings are not few;
 *   'bytes'   every cell's bytes.
 * A 'number' column meeting a cell that is not plain number text (text, a quoted or long integer, "-0")
 * is read again as 'bytes', which keeps every cell as written. The reader only ever succeeds: anything
 * readCsv would refuse (invalid UTF-8, an empty file, a bad header, a stray quote, a wrong field count)
 * returns undefined, and the caller reads the file with readCsv, which says what and where.
 */

const QUOTE = 34
const COMMA = 44
const CR = 13
const LF = 10
const ZERO = 48

export type CellKind = 'number' | 'codes' | 'bytes'

export interface CsvColumns {
  header: string[]
  rows: number
  /** Per header column (kind number, codes or string, physical 'CSV'); undefined for the columns not wanted. */
  columns: (FastColumn | undefined)[]
  /** Per header column kept as numbers: whether every non-null one is finite, and whether each is an integer within ±(2^53 − 1). */
  numbers: ({ finite: boolean; whole: boolean } | undefined)[]
}

/** Bytes that end an unquoted field (a quote there is an error). */
const STOP = new Uint8Array(256)
STOP[COMMA] = STOP[CR] = STOP[LF] = STOP[QUOTE] = 1
/** Bytes that end a field. */
const ENDS = new Uint8Array(256)
ENDS[COMMA] = ENDS[CR] = ENDS[LF] = 1

// ignoreBOM: a cell that starts with U+FEFF keeps it (the default decoder would drop it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** Records [from, to) of a file: a piece of it (see textPieces); the header is still read from the start. */
export interface ByteRange {
  from: number
  to: number
}

/** A coded column turns into bytes beyond this many distinct strings, or when they are over a quarter of its rows. */
const MAX_CODED = 1 << 16
const MIN_CODED_CHECK = 4096

/** One wanted column's cells while a file is read. */
class Cells {
  values: Float64Array = new Float64Array(0)
  codes: Int32Array = new Int32Array(0)
  interner = new ByteInterner()
  /** The kernel's code table of this column (csv-scan.ts newCodeTable): undefined before the first regular block, -1 for none. */
  table: number | undefined
  /** code + 1 of a string recently seen, by slot (see codeOf); 0 for none. */
  private recent = new Int32Array(256)
  strings = new StringAccumulator(0)
  readonly nullRows: number[] = []
  count = 0
  /** Every non-null number so far is finite / an integer within ±(2^53 − 1). */
  finite = true
  whole = true

  /**
   * `shared`: byte strings go to shared memory (a worker's, for the main thread to keep as they are).
   * `target`: where numbers or codes go while they fit (see CsvReadOptions.targets), instead of a new array.
   */
  constructor(
    public kind: CellKind,
    capacity: number,
    bytesPerCell: number,
    private readonly shared: boolean,
    target?: Float64Array | Int32Array
  ) {
    if (kind === 'number') this.values = target instanceof Float64Array ? target : new Float64Array(capacity)
    else if (kind === 'codes') this.codes = target instanceof Int32Array ? target : new Int32Array(capacity)
    else this.strings = sized(capacity, bytesPerCell * capacity, shared)
  }

  number(value: number): void {
    if (this.count === this.values.length) this.values = grown(this.values)
    this.values[this.count++] = value
  }

  /** Keeps `finite` and `whole` true while the number read from text (not a null's NaN) is. */
  note(value: number): void {
    if (value - value !== 0) this.finite = this.whole = false
    else if (!Number.isInteger(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) this.whole = false
  }

  code(buf: Uint8Array, start: number, end: number): void {
    if (this.count === this.codes.length) this.codes = grown(this.codes)
    const code = this.codeOf(buf, start, end)
    this.codes[this.count++] = code
    if (code >= MIN_CODED_CHECK && code === this.interner.size - 1 && this.tooMany(this.count)) this.uncode()
  }

  /** True when the distinct strings are not few for a column of `rows` rows so far. */
  tooMany(rows: number): boolean {
    const distinct = this.interner.size
    return distinct > MAX_CODED || distinct * 4 > rows
  }

  /**
   * The code of a string: first the one last seen in its slot of `recent` (by its length and first
   * and last bytes), its bytes compared; else the interner's (which hashes them).
   */
  codeOf(buf: Uint8Array, start: number, end: number): number {
    const length = end - start
    const slot = length === 0 ? 0 : (length * 961 + buf[start] * 31 + buf[end - 1]) & 255
    const seen = this.recent[slot] - 1
    if (seen >= 0) {
      const { data, offsets } = this.interner.strings
      let at = offsets[seen]
      if (offsets[seen + 1] - at === length) {
        let k = start
        while (k < end && data[at] === buf[k]) {
          at++
          k++
        }
        if (k === end) return seen
      }
    }
    const code = this.interner.intern(buf, start, end)
    this.recent[slot] = code + 1
    return code
  }

  append(buf: Uint8Array, start: number, end: number): void {
    this.strings.appendBytes(buf, start, end)
    this.count++
  }

  /** Field k of the block's `rows` records, by its kernel; returns how many were empty (nulls the caller marks). */
  appendFields(kernel: BlockKernel, k: number, rows: number): number {
    const { strings } = this
    const { bytes, ends, empty } = kernel.fields(k, strings.offsets[strings.count])
    strings.appendJoined(bytes, ends)
    this.count += rows
    return empty
  }

  /** An empty unquoted field (NaN, code 0 or no bytes in its slot). */
  null(): void {
    this.nullRows.push(this.count)
    if (this.kind === 'number') this.number(NaN)
    else if (this.kind === 'bytes') this.append(EMPTY, 0, 0)
    else {
      if (this.count === this.codes.length) this.codes = grown(this.codes)
      this.codes[this.count++] = 0
    }
  }

  /** Any other cell (a quoted one's unescaped bytes); false when a 'number' column cannot keep it. */
  text(buf: Uint8Array, start: number, end: number): boolean {
    if (this.kind === 'codes') this.code(buf, start, end)
    else if (this.kind === 'bytes') this.append(buf, start, end)
    else {
      const value = numberOrNaN(buf, start, end)
      if (value !== value || needsText(value, start, end)) return false
      this.note(value)
      this.number(value)
    }
    return true
  }

  /** The strings are not few: the rows so far as bytes, and bytes from now on. */
  uncode(): void {
    const { data, offsets } = bytesOfCodes(this.codes.subarray(0, this.count), this.interner.strings.finish(), maskOf(this.nullRows, this.count), this.shared)
    this.strings = StringAccumulator.over(data, offsets)
    this.codes = new Int32Array(0)
    this.interner = new ByteInterner()
    this.recent.fill(0)
    this.kind = 'bytes'
  }

  finish(rows: number): FastColumn {
    const nullCount = this.nullRows.length
    const nulls = maskOf(this.nullRows, rows)
    const base = { nulls, nullCount, physical: 'CSV' }
    if (this.kind === 'number') return { kind: 'number', values: this.values.subarray(0, rows), ...base }
    if (this.kind === 'codes') return { kind: 'codes', codes: this.codes.subarray(0, rows), dictionary: this.interner.strings, ...base }
    return { kind: 'string', strings: this.strings, ...base }
  }
}

const EMPTY = new Uint8Array(0)

function maskOf(rows: number[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  for (const r of rows) mask[r] = 1
  return mask
}

/**
 * True when a number read from text must keep its text: "-0" as integer text (an int column reads it
 * as 0, a float column as -0), and integer text beyond ±(2^53−1) (exact only as text).
 */
function needsText(value: number, start: number, end: number): boolean {
  if (!scanned.integer) return false
  return value === 0 ? 1 / value < 0 : end - start > 15 && !(Math.abs(value) <= Number.MAX_SAFE_INTEGER)
}

function grown<T extends Float64Array | Int32Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(16, array.length * 2))
  bigger.set(array)
  return bigger
}

/** How readCsvColumns reads (see there). */
export interface CsvReadOptions {
  /** Only the records in this range (the header, from the start of the file, names them). */
  body?: ByteRange
  /** Byte-string columns go to shared memory. */
  sharedStrings?: boolean
  /**
   * Per column name, where its numbers ('number') or codes ('codes') go from row 0 while they fit (rows
   * of a table-wide shared array): past its end they move to an array of their own.
   */
  targets?: Record<string, Float64Array | Int32Array>
}

/**
 * `wanted`: 'all', or the column names to collect (one missing from the header → undefined). `kindOf`
 * names how a column is kept ('number' for int and float columns, …); undefined lets its first cell
 * decide ('number' when it is number text, else 'codes').
 */
export function readCsvColumns(bytes: Uint8Array, wanted: 'all' | string[], kindOf: (name: string) => CellKind | undefined = () => undefined, options: CsvReadOptions = {}): CsvColumns | undefined {
  const { body, sharedStrings = false, targets = {} } = options
  if (!isUtf8(body ? bytes.subarray(body.from, body.to) : bytes)) return undefined
  let n = bytes.length
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (i >= n) return undefined

  // The header: a record of non-empty, distinct names.
  const header: string[] = []
  for (;;) {
    let name: string
    if (bytes[i] === QUOTE) {
      const field = quoted(bytes, i)
      if (field === undefined) return undefined
      name = decoder.decode(field.value)
      i = field.next
    } else {
      const start = i
      while (i < n && bytes[i] !== COMMA && bytes[i] !== CR && bytes[i] !== LF) {
        if (bytes[i] === QUOTE) return undefined
        i++
      }
      name = decoder.decode(bytes.subarray(start, i))
    }
    if (name === '' || header.includes(name)) return undefined
    header.push(name)
    if (i >= n) break
    const c = bytes[i++]
    if (c === COMMA) continue
    if (c === CR && bytes[i] === LF) i++
    break
  }

  if (body) {
    if (!isUtf8(bytes.subarray(0, i))) return undefined
    i = body.from
    n = body.to
  }
  const kinds: (CellKind | undefined)[] = new Array(header.length).fill(undefined)
  for (const name of wanted === 'all' ? header : wanted) {
    const k = header.indexOf(name)
    if (k < 0) return undefined
    kinds[k] = kindOf(name) ?? kindOfFirstCell(bytes, i, n, k)
  }
  // A 'number' column that meets a cell it cannot keep is read again as 'bytes' (at most once each).
  for (;;) {
    const read = readRecords(bytes, i, n, kinds, sharedStrings, header.map((name) => (Object.hasOwn(targets, name) ? targets[name] : undefined)))
    if (read === INVALID) return undefined
    if (typeof read === 'number') {
      kinds[read] = 'bytes'
      continue
    }
    const numbers = read.cells.map((c) => (c?.kind === 'number' ? { finite: c.finite, whole: c.whole } : undefined))
    return { header, rows: read.rows, columns: read.cells.map((c) => c?.finish(read.rows)), numbers }
  }
}

const INVALID = -1

/**
 * The records in [from, to) into one Cells per wanted column; INVALID when readCsv would refuse them,
 * or the index of a 'number' column that must be read as 'bytes'. Fields are cut at the separators
 * found beforehand: a block of about BLOCK_BYTES at a time, column by column, while the records are
 * regular (csv-scan.ts, which also reads quoted fields; without its memory, separators here, which does
 * not); otherwise record by record (readAnyRecords).
 */
function readRecords(
  bytes: Uint8Array,
  from: number,
  to: number,
  kinds: (CellKind | undefined)[],
  sharedStrings: boolean,
  targets: (Float64Array | Int32Array | undefined)[]
): { rows: number; cells: (Cells | undefined)[] } | number {
  const width = kinds.length
  freeCodeTables() // the Cells of an earlier reading are done with theirs
  // Sized from the first record, so that equal records never regrow the arrays.
  let firstEnd = bytes.indexOf(LF, from)
  if (firstEnd < 0 || firstEnd >= to) firstEnd = to
  const perRecord = Math.max(1, firstEnd + 1 - from)
  const records = Math.ceil(((to - from) / perRecord) * 1.1) + 16
  const cellsFor = (): (Cells | undefined)[] => kinds.map((kind, k) => (kind === undefined ? undefined : new Cells(kind, records, Math.ceil(perRecord / width) + 1, sharedStrings, targets[k])))
  const cells = cellsFor()
  let stops: Int32Array = new Int32Array(Math.ceil((BLOCK_BYTES / perRecord) * 1.5 * width) + 64)
  let rows = 0
  for (let start = from; start < to; ) {
    const lf = bytes.indexOf(LF, Math.min(to, start + BLOCK_BYTES))
    const end = lf < 0 || lf >= to ? to : lf + 1
    let found = regularSeparators(bytes, start, end, width)
    if (!found) {
      found = separators(bytes, start, end, stops, width)
      stops = found.stops
    }
    const blockRows = found.records
    if (blockRows < 0) return readAnyRecords(bytes, from, to, cellsFor())
    for (const [k, cell] of cells.entries()) if (cell && !readColumn(bytes, start, end, found.stops, found.count, width, k, blockRows, cell, found.kernel)) return k
    rows += blockRows
    start = end
  }
  return { rows, cells }
}

/** Bytes of records per block of the regular path: its separators stay in cache while its columns are read. */
const BLOCK_BYTES = 1 << 16

/** readRecords for any records (quoted fields, CRs, records of other widths), field by field. */
function readAnyRecords(bytes: Uint8Array, from: number, to: number, cells: (Cells | undefined)[]): { rows: number; cells: (Cells | undefined)[] } | number {
  const width = cells.length
  const { stops, count } = separators(bytes, from, to, new Int32Array(Math.max(16, (to - from) >> 3)), width)
  let p = 0
  let scratch = EMPTY
  let i = from
  let rows = 0
  while (i < to) {
    let k = 0
    for (;; k++) {
      if (k >= width) return INVALID
      const cell = cells[k]
      // The field is [i, end): up to the next separator.
      let end = p < count ? stops[p] : to
      if (end === i && i < to && bytes[i] === QUOTE) {
        // A quoted field: up to the closing quote (a doubled quote reads as one), then a field end.
        let doubled = false
        let close = -1
        for (p++; p < count; p++) {
          const q = stops[p]
          if (bytes[q] !== QUOTE) continue
          if (q + 1 < to && bytes[q + 1] === QUOTE) {
            doubled = true
            p++
            continue
          }
          close = q
          break
        }
        if (close < 0) return INVALID
        p++
        end = close + 1
        if (end < to && ENDS[bytes[end]] === 0) return INVALID
        if (cell) {
          let kept: boolean
          if (!doubled) kept = cell.text(bytes, i + 1, close)
          else {
            if (scratch.length < close - i) scratch = new Uint8Array(2 * (close - i))
            let w = 0
            for (let r = i + 1; r < close; r++) {
              scratch[w++] = bytes[r]
              if (bytes[r] === QUOTE) r++
            }
            kept = cell.text(scratch, 0, w)
          }
          if (!kept) return k
        }
      } else if (end < to && bytes[end] === QUOTE) {
        return INVALID // a quote inside an unquoted field
      } else if (cell !== undefined) {
        if (end === i) cell.null()
        else if (cell.kind === 'number') {
          const value = numberAt(bytes, i, end)
          if (value !== value || scanned.end !== end || needsText(value, i, end)) return k
          cell.note(value)
          cell.number(value)
        } else if (cell.kind === 'codes') cell.code(bytes, i, end)
        else cell.append(bytes, i, end)
      }
      // The separator at `end` (if any) is stops[p].
      i = end
      if (i >= to) break
      p++
      const c = bytes[i++]
      if (c === COMMA) continue
      if (c === CR && i < to && bytes[i] === LF) {
        i++
        p++
      }
      break
    }
    if (k + 1 !== width) return INVALID
    rows++
  }
  return { rows, cells }
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

/** Per byte: 0, or what ends or quotes a field (see separators). */
const SEPARATOR = new Uint8Array(256)
const FIELD_END = 1
const RECORD_END = 2
const IRREGULAR = 3
SEPARATOR[COMMA] = FIELD_END
SEPARATOR[LF] = RECORD_END
SEPARATOR[QUOTE] = SEPARATOR[CR] = IRREGULAR

/**
 * The positions of the commas, CRs, LFs and quotes in [from, to), in order, written to `into` (or a
 * larger copy of it, returned as `stops`); and `records`, the number of records when they are
 * regular: no quotes, no CRs, every record `width` fields, the last ended by an LF (or the end of
 * the range); -1 otherwise. Field k of regular record r then ends at stops[r·width + k]. Four bytes
 * at a time: every separator is below 0x2d, and a word has such a byte exactly when
 * (v − 0x2d2d2d2d) & ~v & 0x80808080 is not 0; its lowest set bit is the first such byte (a borrow
 * only flags bytes above a real one, and each flagged byte is checked).
 */
function separators(bytes: Uint8Array, from: number, to: number, into: Int32Array, width: number): { stops: Int32Array; count: number; records: number } {
  let stops = into
  let count = 0
  let records = 0
  let field = 0
  let regular = true
  // The aligned words of the buffer from the one holding `from` (its bytes before `from` masked off),
  // then the bytes after the last whole word, up to three at a time in a word of their own padded
  // with 'A's (on big-endian platforms, every byte that way).
  const first = (bytes.byteOffset + from) & ~3
  const wholeBytes = LITTLE_ENDIAN && to > from ? ((bytes.byteOffset + to) & ~3) - first : 0
  const words = new Int32Array(bytes.buffer, first, wholeBytes >> 2)
  const origin = first - bytes.byteOffset
  let rest = words.length > 0 ? origin + wholeBytes : from
  for (let w = 0; ; w++) {
    let v: number
    let start: number
    if (w < words.length) {
      v = words[w]
      start = origin + 4 * w
    } else if (rest < to) {
      v = 0x41414141
      start = rest
      for (let k = 0; k < 3 && rest < to; k++) v = (v & ~(0xff << (8 * k))) | (bytes[rest++] << (8 * k))
    } else break
    let flags = (v - 0x2d2d2d2d) & ~v & 0x80808080
    if (start < from) flags &= -1 << (8 * (from - start))
    while (flags !== 0) {
      const bit = flags & -flags
      flags ^= bit
      const at = start + ((31 - Math.clz32(bit)) >> 3)
      const kind = SEPARATOR[bytes[at]]
      if (kind === 0) continue
      if (count === stops.length) stops = grown(stops)
      stops[count++] = at
      if (kind === FIELD_END) {
        if (++field === width) regular = false
      } else {
        if (kind !== RECORD_END || field !== width - 1) regular = false
        field = 0
        records++
      }
    }
  }
  // A last record without its LF.
  if (to > from && bytes[to - 1] !== LF) {
    if (field !== width - 1) regular = false
    records++
  }
  return { stops, count, records: regular ? records : -1 }
}

/**
 * Field k of every regular record (see separators) into `cell`; false when a 'number' column meets
 * a field it cannot keep. With the block's kernels (csv-scan.ts), numbers, codes and bytes are read by them;
 * otherwise integer text of up to 15 digits is read here, other numbers by numberAt.
 */
function readColumn(bytes: Uint8Array, from: number, to: number, stops: Int32Array, count: number, width: number, k: number, rows: number, cell: Cells, kernel?: BlockKernel): boolean {
  if (cell.kind === 'number') return readNumbers(bytes, from, to, stops, count, width, k, rows, cell, kernel)
  if (cell.kind === 'bytes' && kernel) {
    const base = cell.count
    if (cell.appendFields(kernel, k, rows) > 0) {
      for (let r = 0, j = k; r < rows; r++, j += width) {
        const start = j === 0 ? from : stops[j - 1] + 1
        if (fieldEnd(bytes, start, j < count ? stops[j] : to) === start) cell.nullRows.push(base + r)
      }
    }
    return true
  }
  const coded = cell.kind === 'codes' ? readCodes(bytes, from, to, stops, count, width, k, rows, cell, kernel) : 0
  for (let r = coded, j = k + coded * width; r < rows; r++, j += width) {
    const start = j === 0 ? from : stops[j - 1] + 1
    const end = fieldEnd(bytes, start, j < count ? stops[j] : to)
    if (start === end) cell.null()
    else if (bytes[start] === QUOTE) {
      const { value } = quotedField(bytes, start)
      cell.text(value, 0, value.length)
    } else if (cell.kind === 'codes') cell.code(bytes, start, end)
    else cell.append(bytes, start, end)
  }
  return true
}

/** Where a field of a regular block ends: at its stop, or before the CR of a CRLF (the kernel's scan lets a CR outside quotes stand only there). */
function fieldEnd(bytes: Uint8Array, start: number, stop: number): number {
  return stop > start && bytes[stop - 1] === CR ? stop - 1 : stop
}

/** quoted() of a field of a block the kernel scanned, whose quotes it checked: never undefined there. */
function quotedField(bytes: Uint8Array, start: number): { value: Uint8Array; next: number } {
  return quoted(bytes, start) as { value: Uint8Array; next: number }
}

/**
 * readColumn for a 'codes' column, by the block's kernel while the column's strings fit its code table:
 * the number of rows read before it had to turn into 'bytes' (rows when it did not).
 */
function readCodes(bytes: Uint8Array, from: number, to: number, stops: Int32Array, count: number, width: number, k: number, rows: number, cell: Cells, kernel?: BlockKernel): number {
  const base = cell.count
  while (cell.codes.length < base + rows) cell.codes = grown(cell.codes)
  const codes = cell.codes
  if (kernel && cell.table === undefined) cell.table = newCodeTable()
  for (let r = 0, j = k; r < rows; r++, j += width) {
    if (kernel && (cell.table as number) >= 0) {
      r = kernel.codes(k, r, codes, base, cell.table as number)
      if (r === rows) break
      j = k + r * width
    }
    const start = j === 0 ? from : stops[j - 1] + 1
    const end = fieldEnd(bytes, start, j < count ? stops[j] : to)
    if (start === end) {
      cell.nullRows.push(base + r)
      codes[base + r] = 0
      continue
    }
    // The string, and where the block holds it as it reads (not so when a quote in it is doubled).
    const quote = bytes[start] === QUOTE ? 1 : 0
    let code: number
    let length = end - start
    let inBlock = true
    if (quote) {
      const { value } = quotedField(bytes, start)
      code = cell.codeOf(value, 0, value.length)
      inBlock = value.length === end - start - 2
      length = value.length
    } else code = cell.codeOf(bytes, start, end)
    codes[base + r] = code
    if (code >= MIN_CODED_CHECK && code === cell.interner.size - 1 && cell.tooMany(base + r + 1)) {
      cell.count = base + r + 1
      cell.uncode()
      return r + 1
    }
    if (kernel && (cell.table as number) >= 0) {
      // A string the table cannot hold: the column goes on without it. (One with a doubled quote is
      // not in the block as it reads: the kernel leaves it to this loop each time.)
      if (length > TABLE_STRING_BYTES || code >= TABLE_STRINGS) cell.table = -1
      else if (inBlock && length > 0) kernel.learn(cell.table as number, start + quote, end - quote, code)
    }
  }
  cell.count = base + rows
  return rows
}

/** readColumn for a 'number' column: the kernel's numbers, and here the fields it leaves (or all without one). */
function readNumbers(bytes: Uint8Array, from: number, to: number, stops: Int32Array, count: number, width: number, k: number, rows: number, cell: Cells, kernel?: BlockKernel): boolean {
  const base = cell.count
  while (cell.values.length < base + rows) cell.values = grown(cell.values)
  const values = cell.values
  for (let r = 0, j = k; r < rows; r++, j += width) {
    if (kernel) {
      const read = kernel.numbers(k, r, values, base)
      if (read.notWhole) cell.whole = false
      if (read.next === rows) break
      r = read.next
      j = k + r * width
    }
    const start = j === 0 ? from : stops[j - 1] + 1
    const end = fieldEnd(bytes, start, j < count ? stops[j] : to)
    let value = 0
    let at = start
    if (end - start <= 15) {
      for (; at < end; at++) {
        const digit = bytes[at] - ZERO
        if (digit < 0 || digit > 9) break
        value = value * 10 + digit
      }
    }
    if (at !== end || start === end) {
      if (start === end) {
        cell.nullRows.push(base + r)
        value = NaN
      } else if (bytes[start] === QUOTE) {
        // The text between the quotes, as readAnyRecords reads a quoted field (Cells.text).
        const { value: text } = quotedField(bytes, start)
        value = numberAt(text, 0, text.length)
        if (value !== value || scanned.end !== text.length || needsText(value, 0, text.length)) return false
        cell.note(value)
      } else {
        value = numberAt(bytes, start, end)
        if (value !== value || scanned.end !== end || needsText(value, start, end)) return false
        cell.note(value)
      }
    }
    // (Up to 15 digits read here make an integer within range.)
    values[base + r] = value
  }
  cell.count = base + rows
  return true
}

/** 'number' when the column's cell in the first record is number text, else 'codes'. */
function kindOfFirstCell(bytes: Uint8Array, from: number, to: number, column: number): CellKind {
  let i = from
  for (let k = 0; k < column; k++) {
    while (i < to && STOP[bytes[i]] === 0) i++
    if (i >= to || bytes[i] !== COMMA) return 'codes' // a quoted cell or a short record: no guess
    i++
  }
  let end = i
  while (end < to && STOP[bytes[end]] === 0) end++
  return end > i && numberOrNaN(bytes, i, end) === numberOrNaN(bytes, i, end) ? 'number' : 'codes'
}

/** A quoted field starting at the quote at `at`: its unescaped bytes and the index after the closing quote. */
function quoted(bytes: Uint8Array, at: number): { value: Uint8Array; next: number } | undefined {
  const start = at + 1
  let j = start
  let doubled = false
  let close: number
  for (;;) {
    close = bytes.indexOf(QUOTE, j)
    if (close < 0) return undefined
    if (bytes[close + 1] === QUOTE) {
      doubled = true
      j = close + 2
      continue
    }
    break
  }
  const next = close + 1
  if (next < bytes.length && bytes[next] !== COMMA && bytes[next] !== CR && bytes[next] !== LF) return undefined
  const raw = bytes.subarray(start, close)
  if (!doubled) return { value: raw, next }
  const value = new Uint8Array(raw.length)
  let w = 0
  for (let r = 0; r < raw.length; r++) {
    value[w++] = raw[r]
    if (raw[r] === QUOTE) r++
  }
  return { value: value.subarray(0, w), next }
}

function sized(rows: number, bytes: number, shared: boolean): StringAccumulator {
  const acc = new StringAccumulator(rows, shared)
  if (acc.data.length < bytes) acc.data = allocate(Uint8Array, bytes, shared)
  return acc
}

/**
 * Where the records of a CSV file start: after the header record (its line end outside quotes), or -1
 * when the file is nothing but a header.
 */
export function csvBodyStart(bytes: Uint8Array): number {
  let quoted = false
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]
    if (c === QUOTE) quoted = !quoted
    else if (!quoted && (c === LF || c === CR)) return c === CR && bytes[i + 1] === LF ? i + 2 : i + 1
  }
  return -1
}

/**
 * Up to `pieces` ranges of whole records covering bytes [start, end): each ends just after a line feed
 * outside quotes (an even number of quote bytes since `start`: doubled quotes count twice). A file
 * whose records end in a lone CR has no such place and stays one piece.
 */
export function recordPieces(bytes: Uint8Array, start: number, pieces: number, quotes: boolean): ByteRange[] {
  const end = bytes.length
  const out: ByteRange[] = []
  let from = start
  let looked = start
  let odd = false
  for (let k = 1; k < pieces; k++) {
    let lf = bytes.indexOf(LF, Math.max(from, start + Math.floor(((end - start) * k) / pieces)))
    for (;;) {
      if (lf < 0) break
      if (quotes) {
        // Only the bytes since the last look: a search past `lf` would scan to the end of the file.
        const span = bytes.subarray(looked, lf)
        for (let q = span.indexOf(QUOTE); q >= 0; q = span.indexOf(QUOTE, q + 1)) odd = !odd
        looked = lf
      }
      if (!odd) break
      lf = bytes.indexOf(LF, lf + 1)
    }
    if (lf < 0 || lf + 1 >= end) break
    out.push({ from, to: lf + 1 })
    from = lf + 1
  }
  out.push({ from, to: end })
  return out
}
