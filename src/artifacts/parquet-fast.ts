import { parquetHeader } from 'hyparquet/src/column.js'
import type { ColumnChunk, ColumnMetaData, FileMetaData, SchemaElement } from 'hyparquet'
import { ByteInterner, bytesOfCodes, StringAccumulator } from './strings.js'
import { type Cursor, decompress, definitionLevels, deltaCount, fail, PageError, readDeltaBinary, readHybrid, uint32le } from './parquet-pages.js'

/**
 * The flat-column Parquet fast path: pages decoded straight into typed arrays, only the wanted
 * columns. Handles BOOLEAN, INT32, INT64, FLOAT, DOUBLE and BYTE_ARRAY (strings), REQUIRED or
 * OPTIONAL (definition levels), DATA_PAGE v1 and v2, PLAIN, PLAIN_DICTIONARY / RLE_DICTIONARY,
 * RLE booleans, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY, DELTA_BYTE_ARRAY and BYTE_STREAM_SPLIT;
 * every codec hyparquet-compressors knows (gzip via node:zlib, zstd via WebAssembly). Anything else
 * (nested, logical types that change the value such as dates or decimals, FIXED_LEN_BYTE_ARRAY, INT96)
 * is not "fast".
 */

export type FastKind = 'number' | 'bool' | 'string'

/**
 * One decoded column of one file. Null slots hold 0 / NaN / '' (any code for `codes`). A string column
 * whose pages are all dictionary-encoded stays coded: `dictionary` holds its distinct strings and
 * codes[i] indexes them, so few distinct values never cost a copy of their bytes per row. A string
 * column of a CSV file may carry `numbers`, Number(text) of each cell, when a worker parsed them already.
 * `sortedDistinct`: set when the decoder saw every string (no nulls) in non-decreasing byte order, to
 * how many distinct ones (DELTA_BYTE_ARRAY pages tell it almost for free: see deltaBytes).
 */
export type FastColumn =
  | { kind: 'number'; values: Float64Array; nulls?: Uint8Array; nullCount: number; big?: Map<number, bigint>; physical: string }
  | { kind: 'bool'; values: Uint8Array; nulls?: Uint8Array; nullCount: number; physical: string }
  | { kind: 'string'; strings: StringAccumulator; nulls?: Uint8Array; nullCount: number; physical: string; numbers?: Float64Array; sortedDistinct?: number }
  | { kind: 'codes'; codes: Int32Array; dictionary: StringAccumulator; nulls?: Uint8Array; nullCount: number; physical: string }

/** Beyond this many distinct strings a coded column turns into bytes (it is no longer low-cardinality). */
const MAX_CODED = 1 << 16

/** The fast kind of a top-level schema element, or why it is not fast. */
export function fastKind(element: SchemaElement): FastKind | string {
  if ((element.num_children ?? 0) > 0) return 'nested'
  if (element.repetition_type === 'REPEATED') return 'repeated'
  const ct = element.converted_type
  const lt = element.logical_type
  switch (element.type) {
    case 'BOOLEAN':
      return ct === undefined && lt === undefined ? 'bool' : 'annotated boolean'
    case 'INT32':
    case 'INT64': {
      const plainInt = (ct === undefined || ct === 'INT_8' || ct === 'INT_16' || ct === 'INT_32' || ct === 'INT_64') &&
        (lt === undefined || (lt.type === 'INTEGER' && lt.isSigned))
      return plainInt ? 'number' : 'annotated integer'
    }
    case 'FLOAT':
    case 'DOUBLE':
      return ct === undefined && lt === undefined ? 'number' : 'annotated float'
    case 'BYTE_ARRAY':
      return (ct === undefined || ct === 'UTF8') && (lt === undefined || lt.type === 'STRING') ? 'string' : 'annotated bytes'
    default:
      return `physical type ${element.type}`
  }
}

/**
 * Where a column's values go instead of a new array: its rows of a table-wide shared array, or
 * SHARED_STRINGS for byte strings, which then go to new shared memory (so the main thread can keep them
 * while the digest thread reads them).
 */
export type DecodeTarget = Float64Array | Uint8Array | Int32Array | typeof SHARED_STRINGS
export const SHARED_STRINGS = 'shared strings'

/**
 * Decodes one top-level flat column of a file whose metadata is already parsed, into `target` when it
 * fits the column (Float64Array for numbers, Uint8Array for booleans, Int32Array for codes; one slot per
 * row; zeros, as a new array is: null rows of codes and booleans are left as they are; SHARED_STRINGS
 * for byte strings).
 * Throws PageError on corrupt or unsupported page data.
 */
export function decodeFastColumn(file: Uint8Array, metadata: FileMetaData, index: number, element: SchemaElement, kind: FastKind, target?: DecodeTarget): FastColumn {
  const rows = Number(metadata.num_rows)
  const nullable = element.repetition_type !== 'REQUIRED'
  const physical = element.type as string
  const coded = kind === 'string' && storedAsCodes(metadata, (g) => g.columns[index])
  const into = <T extends Float64Array | Uint8Array | Int32Array>(type: new (n: number) => T): T => (target instanceof type && target.length === rows ? (target as T) : new type(rows))
  const state: DecodeState = {
    kind,
    physical,
    nullable,
    numbers: kind === 'number' ? into(Float64Array) : undefined,
    bools: kind === 'bool' ? into(Uint8Array) : undefined,
    strings: kind === 'string' && !coded ? new StringAccumulator(rows, target === SHARED_STRINGS) : undefined,
    codes: coded ? into(Int32Array) : undefined,
    interner: coded ? new ByteInterner() : undefined,
    nulls: undefined,
    nullCount: 0,
    big: undefined,
    sortedDistinct: 0,
    row: 0,
    rows
  }
  let rowStart = 0
  for (const group of metadata.row_groups) {
    const chunk = group.columns[index]
    const meta = chunk?.meta_data
    if (!meta) fail(`row group without metadata for column ${element.name}`)
    if (meta.path_in_schema.length !== 1 || meta.path_in_schema[0] !== element.name) fail(`column chunk order does not match the schema`)
    if (meta.type !== element.type) fail(`column chunk type ${meta.type} differs from the schema's ${element.type}`)
    const groupRows = Number(group.num_rows)
    if (!Number.isSafeInteger(groupRows) || groupRows < 0 || rowStart + groupRows > rows) fail('row group sizes exceed the file row count')
    decodeChunk(file, meta, state, rowStart + groupRows)
    rowStart += groupRows
  }
  if (rowStart !== rows || state.row !== rows) fail(`column ${element.name} has ${state.row} values, the footer says ${rows} rows`)
  const base = { nulls: state.nulls, nullCount: state.nullCount, physical }
  if (kind === 'number') return { kind, values: state.numbers as Float64Array, ...base, ...(state.big ? { big: state.big } : {}) }
  if (kind === 'bool') return { kind, values: state.bools as Uint8Array, ...base }
  if (state.codes && state.interner) return { kind: 'codes', codes: state.codes, dictionary: state.interner.strings, ...base }
  const sorted = state.sortedDistinct >= 0 ? { sortedDistinct: state.sortedDistinct } : {}
  return { kind, strings: state.strings as StringAccumulator, ...base, ...sorted }
}

/** A coded column's strings row by row (a null row as ''), for consumers that want bytes. */
export function codesAsStrings(column: Extract<FastColumn, { kind: 'codes' }>): Extract<FastColumn, { kind: 'string' }> {
  const { codes, dictionary, nulls, nullCount, physical } = column
  const { data, offsets } = bytesOfCodes(codes, dictionary.finish(), nullCount > 0 ? nulls : undefined)
  return { kind: 'string', strings: StringAccumulator.over(data, offsets), nulls, nullCount, physical }
}

/** True when every row group stores the column (its chunk found by `chunkOf`) dictionary-encoded: the decoder then keeps its strings as codes. */
export function storedAsCodes(metadata: FileMetaData, chunkOf: (group: FileMetaData['row_groups'][number]) => ColumnChunk | undefined): boolean {
  return metadata.row_groups.every((g) => chunkOf(g)?.meta_data?.encodings.some((e) => e === 'PLAIN_DICTIONARY' || e === 'RLE_DICTIONARY') ?? false)
}

/** A coded column that meets a page it cannot code (or too many distinct strings) continues as bytes. */
function uncode(state: DecodeState): void {
  const { codes, interner } = state
  if (!codes || !interner) return
  const { data, offsets } = bytesOfCodes(codes.subarray(0, state.row), interner.strings.finish(), state.nulls?.subarray(0, state.row))
  state.strings = StringAccumulator.over(data, offsets)
  state.codes = undefined
  state.interner = undefined
  state.sortedDistinct = -1
}

interface DecodeState {
  kind: FastKind
  physical: string
  nullable: boolean
  numbers?: Float64Array
  bools?: Uint8Array
  strings?: StringAccumulator
  /** A coded string column: codes per row into interner's strings (see FastColumn). */
  codes?: Int32Array
  interner?: ByteInterner
  nulls?: Uint8Array
  nullCount: number
  big?: Map<number, bigint>
  /** Byte strings: how many distinct ones so far while every one is in non-decreasing order; -1 once not known so. */
  sortedDistinct: number
  /** Next row to fill. */
  row: number
  rows: number
}

/**
 * A decoded dictionary page: numbers/bools as an array, strings as an accumulator and, for a coded
 * column, each entry's code in the column's interner.
 */
type Dictionary = { numbers?: Float64Array; big?: Map<number, bigint>; bools?: Uint8Array; strings?: StringAccumulator; codes?: Int32Array; size: number }

/** The bytes [start, end) of the file a column chunk lies in: its dictionary page, if any, then its data pages. */
export function chunkSpan(meta: ColumnMetaData): { start: number; end: number } {
  const dictOffset = meta.dictionary_page_offset === undefined ? undefined : Number(meta.dictionary_page_offset)
  const dataOffset = Number(meta.data_page_offset)
  const start = dictOffset !== undefined && dictOffset > 0 && dictOffset < dataOffset ? dictOffset : dataOffset
  return { start, end: start + Number(meta.total_compressed_size) }
}

function decodeChunk(file: Uint8Array, meta: ColumnMetaData, state: DecodeState, rowEnd: number): void {
  const { start, end } = chunkSpan(meta)
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 4 || end > file.length - 8 || end < start) {
    fail('column chunk lies outside the file')
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength)
  const reader = { view, offset: start }
  let dictionary: Dictionary | undefined
  while (state.row < rowEnd) {
    if (reader.offset >= end) fail('column chunk ends before all its rows')
    let header: ReturnType<typeof parquetHeader>
    try {
      header = parquetHeader(reader)
    } catch (e) {
      fail(`bad page header (${(e as Error).message})`)
    }
    const compressed = header.compressed_page_size
    if (!Number.isSafeInteger(compressed) || compressed < 0 || reader.offset + compressed > end) fail('page lies outside its column chunk')
    const page = file.subarray(reader.offset, reader.offset + compressed)
    reader.offset += compressed
    if (header.type === 'DICTIONARY_PAGE') {
      const h = header.dictionary_page_header
      if (!h) fail('dictionary page without its header')
      const bytes = decompress(meta.codec, page, header.uncompressed_page_size)
      dictionary = decodeDictionary(bytes, h.num_values, state)
    } else if (header.type === 'DATA_PAGE') {
      const h = header.data_page_header
      if (!h) fail('data page without its header')
      const count = pageCount(h.num_values, state, rowEnd)
      const bytes = decompress(meta.codec, page, header.uncompressed_page_size)
      const c: Cursor = { buf: bytes, pos: 0, end: bytes.length }
      let defs: Uint8Array | undefined
      if (state.nullable) {
        if (c.pos + 4 > c.end) fail('definition levels past the page')
        const length = uint32le(bytes, c.pos)
        c.pos += 4
        if (c.pos + length > c.end) fail('definition levels past the page')
        defs = definitionLevels({ buf: bytes, pos: c.pos, end: c.pos + length }, count)
        c.pos += length
      }
      decodeValues(c, h.encoding, count, defs, state, dictionary)
    } else if (header.type === 'DATA_PAGE_V2') {
      const h = header.data_page_header_v2
      if (!h) fail('data page v2 without its header')
      const count = pageCount(h.num_values, state, rowEnd)
      const repLength = h.repetition_levels_byte_length ?? 0
      const defLength = h.definition_levels_byte_length ?? 0
      if (repLength !== 0) fail('repetition levels in a flat column')
      if (!Number.isSafeInteger(defLength) || defLength < 0 || defLength > page.length) fail('definition levels past the page')
      let defs: Uint8Array | undefined
      if (state.nullable) {
        defs = definitionLevels({ buf: page, pos: 0, end: defLength }, count)
      } else if (defLength !== 0) fail('definition levels in a required column')
      const body = page.subarray(defLength)
      const size = header.uncompressed_page_size - defLength
      const bytes = h.is_compressed === false ? body : decompress(meta.codec, body, size)
      if (bytes.length !== size) fail('page size does not match its header')
      decodeValues({ buf: bytes, pos: 0, end: bytes.length }, h.encoding, count, defs, state, dictionary)
    }
    // Index pages and unknown page types carry no values: skipped.
  }
}

function pageCount(numValues: number, state: DecodeState, rowEnd: number): number {
  if (!Number.isSafeInteger(numValues) || numValues < 0 || state.row + numValues > rowEnd) fail(`page value count ${numValues} exceeds its row group`)
  return numValues
}

function decodeDictionary(bytes: Uint8Array, size: number, state: DecodeState): Dictionary {
  if (!Number.isSafeInteger(size) || size < 0 || size > bytes.length * 8 + 1) fail(`dictionary size ${size} out of range`)
  const c: Cursor = { buf: bytes, pos: 0, end: bytes.length }
  if (state.kind === 'string') {
    const strings = new StringAccumulator(size)
    plainBytes(c, size, strings)
    const interner = state.interner
    if (!interner) return { strings, size }
    const codes = new Int32Array(size)
    for (let k = 0; k < size; k++) codes[k] = interner.intern(strings.data, strings.offsets[k], strings.offsets[k + 1])
    if (interner.size > MAX_CODED) {
      uncode(state)
      return { strings, size }
    }
    return { strings, codes, size }
  }
  if (state.kind === 'bool') {
    const bools = new Uint8Array(size)
    plainBooleans(c, size, bools, 0)
    return { bools, size }
  }
  const numbers = new Float64Array(size)
  const big = new Map<number, bigint>()
  plainNumbers(c, state.physical, size, numbers, 0, big)
  return { numbers, size, big }
}

/** Decodes `count` values (nulls included) of one page into the state at state.row. */
function decodeValues(c: Cursor, encoding: string, count: number, defs: Uint8Array | undefined, state: DecodeState, dictionary?: Dictionary): void {
  let present = count
  if (defs) {
    present = 0
    for (let k = 0; k < count; k++) present += defs[k]
  }
  const row = state.row
  if (present < count) {
    state.nulls ??= new Uint8Array(state.rows)
    for (let k = 0; k < count; k++) if (defs && defs[k] === 0) state.nulls[row + k] = 1
    state.nullCount += count - present
  }
  // Non-null values go to a dense scratch region first when there are nulls, then spread out.
  const dense = present === count
  if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
    if (!dictionary) fail('dictionary-encoded page without a dictionary')
    if (c.pos >= c.end && present > 0) fail('dictionary indices past the page')
    const width = present > 0 ? c.buf[c.pos++] : 0
    const indices = scratchIndices(present)
    readHybrid(c, width, indices, present)
    const inDictionary = (largest: number): void => {
      if (present > 0 && largest >= dictionary.size) fail(`dictionary index ${largest} past the dictionary (${dictionary.size})`)
    }
    // The common dense cases check the indices while gathering (a bad page fails before its rows are used).
    if (dense && state.numbers && !(dictionary.big && dictionary.big.size > 0)) {
      inDictionary(gatherNumbers(state.numbers, row, dictionary.numbers as Float64Array, indices, count))
      state.row += count
      return
    }
    if (dense && state.codes) {
      inDictionary(gatherCodes(state.codes, row, dictionary.codes as Int32Array, indices, count))
      state.row += count
      return
    }
    inDictionary(largestIndex(indices, present))
    if (state.codes) {
      const out = state.codes
      const remap = dictionary.codes as Int32Array
      spread(state, row, count, defs, (k, at) => (out[at] = remap[indices[k]]), false)
      state.row += count
      return
    }
    state.sortedDistinct = -1
    if (dense && state.strings) {
      const out = state.strings
      const dict = dictionary.strings as StringAccumulator
      for (let k = 0; k < count; k++) out.appendFrom(dict, indices[k])
      state.row += count
      return
    }
    spread(state, row, count, defs, (k, at) => {
      const index = indices[k]
      if (state.numbers) {
        state.numbers[at] = (dictionary.numbers as Float64Array)[index]
        const b = dictionary.big?.get(index)
        if (b !== undefined) (state.big ??= new Map()).set(at, b)
      } else if (state.bools) state.bools[at] = (dictionary.bools as Uint8Array)[index]
      else (state.strings as StringAccumulator).appendFrom(dictionary.strings as StringAccumulator, index)
    }, dense)
    state.row += count
    return
  }
  if (state.kind === 'string') {
    uncode(state)
    const strings = state.strings as StringAccumulator
    const scratch = dense ? strings : new StringAccumulator(present)
    // Only dense DELTA_BYTE_ARRAY pages tell the order of the strings.
    if (!dense || encoding !== 'DELTA_BYTE_ARRAY') state.sortedDistinct = -1
    if (encoding === 'PLAIN') plainBytes(c, present, scratch)
    else if (encoding === 'DELTA_LENGTH_BYTE_ARRAY') deltaLengthBytes(c, present, scratch)
    else if (encoding === 'DELTA_BYTE_ARRAY') state.sortedDistinct = deltaBytes(c, present, scratch, state.sortedDistinct)
    else fail(`unsupported encoding ${encoding} for strings`)
    if (!dense) spread(state, row, count, defs, (k) => strings.appendFrom(scratch, k), false)
    state.row += count
    return
  }
  if (state.kind === 'bool') {
    const out = dense ? (state.bools as Uint8Array) : new Uint8Array(present)
    const at = dense ? row : 0
    if (encoding === 'PLAIN') plainBooleans(c, present, out, at)
    else if (encoding === 'RLE') {
      if (c.pos + 4 > c.end) fail('RLE booleans past the page')
      const length = uint32le(c.buf, c.pos)
      c.pos += 4
      if (c.pos + length > c.end) fail('RLE booleans past the page')
      readHybrid({ buf: c.buf, pos: c.pos, end: c.pos + length }, 1, out.subarray(at, at + present), present)
    } else fail(`unsupported encoding ${encoding} for booleans`)
    if (!dense) spread(state, row, count, defs, (k, to) => ((state.bools as Uint8Array)[to] = out[k]), false)
    state.row += count
    return
  }
  const numbers = state.numbers as Float64Array
  const out = dense ? numbers : new Float64Array(present)
  const at = dense ? row : 0
  const big = new Map<number, bigint>()
  if (encoding === 'PLAIN') plainNumbers(c, state.physical, present, out, at, big)
  else if (encoding === 'DELTA_BINARY_PACKED') {
    if (state.physical !== 'INT32' && state.physical !== 'INT64') fail(`DELTA_BINARY_PACKED for ${state.physical}`)
    if (present > 0) readDeltaBinary(c, present, state.physical === 'INT32', out, at, big)
  } else if (encoding === 'BYTE_STREAM_SPLIT') byteStreamSplit(c, state.physical, present, out, at)
  else fail(`unsupported encoding ${encoding}`)
  if (!dense) {
    const remap = new Map<number, bigint>()
    spread(state, row, count, defs, (k, to) => {
      numbers[to] = out[k]
      const b = big.get(k)
      if (b !== undefined) remap.set(to, b)
    }, false)
    for (const [k, v] of remap) (state.big ??= new Map()).set(k, v)
  } else for (const [k, v] of big) (state.big ??= new Map()).set(k, v)
  if (state.nulls) for (let k = 0; k < count; k++) if (state.nulls[row + k]) numbers[row + k] = NaN
  state.row += count
}

/**
 * One page's dictionary indices, in an array reused page after page (valid until the next call): a fresh
 * array per page costs more in page faults and cache misses than decoding the indices.
 */
let indexScratch = new Uint32Array(1 << 16)
function scratchIndices(n: number): Uint32Array {
  if (indexScratch.length < n) indexScratch = new Uint32Array(Math.max(n, indexScratch.length * 2))
  return indexScratch.subarray(0, n)
}

// The hot loops of dictionary pages, as small functions V8 optimizes on their own.
function largestIndex(indices: Uint32Array, n: number): number {
  let largest = 0
  for (let k = 0; k < n; k++) if (indices[k] > largest) largest = indices[k]
  return largest
}

/**
 * Gathers n dictionary values; returns the largest index seen (one past the dictionary reads as NaN / 0
 * meanwhile). Numbers and codes have a copy each on purpose: one array type per loop keeps it monomorphic.
 */
function gatherNumbers(out: Float64Array, at: number, dictionary: Float64Array, indices: Uint32Array, n: number): number {
  let largest = 0
  for (let k = 0; k < n; k++) {
    const index = indices[k]
    if (index > largest) largest = index
    out[at + k] = dictionary[index]
  }
  return largest
}

function gatherCodes(out: Int32Array, at: number, remap: Int32Array, indices: Uint32Array, n: number): number {
  let largest = 0
  for (let k = 0; k < n; k++) {
    const index = indices[k]
    if (index > largest) largest = index
    out[at + k] = remap[index]
  }
  return largest
}

/** Calls put(denseIndex, row) for each present value of the page, in order. */
function spread(state: DecodeState, row: number, count: number, defs: Uint8Array | undefined, put: (k: number, at: number) => void, dense: boolean): void {
  if (dense || !defs) {
    for (let k = 0; k < count; k++) put(k, row + k)
    return
  }
  let k = 0
  for (let r = 0; r < count; r++) {
    if (defs[r]) put(k++, row + r)
    else if (state.strings) state.strings.appendEmpty()
  }
}

function plainNumbers(c: Cursor, physical: string, count: number, out: Float64Array, at: number, big: Map<number, bigint>): void {
  const width = physical === 'INT64' || physical === 'DOUBLE' ? 8 : 4
  if (c.pos + count * width > c.end) fail('PLAIN values past the page')
  const view = new DataView(c.buf.buffer, c.buf.byteOffset + c.pos, count * width)
  if (physical === 'INT32') for (let k = 0; k < count; k++) out[at + k] = view.getInt32(4 * k, true)
  else if (physical === 'FLOAT') for (let k = 0; k < count; k++) out[at + k] = view.getFloat32(4 * k, true)
  else if (physical === 'DOUBLE') {
    if ((c.buf.byteOffset + c.pos) % 8 === 0) out.set(new Float64Array(c.buf.buffer, c.buf.byteOffset + c.pos, count), at)
    else for (let k = 0; k < count; k++) out[at + k] = view.getFloat64(8 * k, true)
  } else if (physical === 'INT64') {
    for (let k = 0; k < count; k++) {
      const lo = view.getUint32(8 * k, true)
      const hi = view.getInt32(8 * k + 4, true)
      if (hi >= -0x200000 && hi < 0x200000) out[at + k] = hi * 4294967296 + lo
      else {
        const v = view.getBigInt64(8 * k, true)
        out[at + k] = Number(v)
        if (!Number.isSafeInteger(Number(v)) || BigInt(Number(v)) !== v) big.set(at + k, v)
      }
    }
  } else fail(`unsupported physical type ${physical}`)
  c.pos += count * width
}

function byteStreamSplit(c: Cursor, physical: string, count: number, out: Float64Array, at: number): void {
  const width = physical === 'INT64' || physical === 'DOUBLE' ? 8 : 4
  if (physical !== 'DOUBLE' && physical !== 'FLOAT') fail(`BYTE_STREAM_SPLIT for ${physical}`)
  if (c.pos + count * width > c.end) fail('BYTE_STREAM_SPLIT values past the page')
  const tmp = new Uint8Array(width)
  const view = new DataView(tmp.buffer)
  for (let k = 0; k < count; k++) {
    for (let b = 0; b < width; b++) tmp[b] = c.buf[c.pos + b * count + k]
    out[at + k] = width === 8 ? view.getFloat64(0, true) : view.getFloat32(0, true)
  }
  c.pos += count * width
}

function plainBooleans(c: Cursor, count: number, out: Uint8Array, at: number): void {
  if (c.pos + Math.ceil(count / 8) > c.end) fail('PLAIN booleans past the page')
  for (let k = 0; k < count; k++) out[at + k] = (c.buf[c.pos + (k >> 3)] >> (k & 7)) & 1
  c.pos += Math.ceil(count / 8)
}

function plainBytes(c: Cursor, count: number, out: StringAccumulator): void {
  const buf = c.buf
  for (let k = 0; k < count; k++) {
    if (c.pos + 4 > c.end) fail('PLAIN string past the page')
    const length = uint32le(buf, c.pos)
    c.pos += 4
    if (c.pos + length > c.end) fail('PLAIN string past the page')
    out.appendBytes(buf, c.pos, c.pos + length)
    c.pos += length
  }
}

/** A page's string lengths (DELTA_BINARY_PACKED) into lengthScratch[slot], valid until the next call with that slot. */
function lengthsOf(c: Cursor, count: number, slot: 0 | 1 = 0): Float64Array {
  const total = deltaCount(c)
  if (total < count || total > c.end - c.pos + count * 8 + 64) fail('DELTA lengths count out of range')
  if (lengthScratch[slot].length < total) lengthScratch[slot] = new Float64Array(Math.max(total, lengthScratch[slot].length * 2))
  const lengths = lengthScratch[slot].subarray(0, total)
  readDeltaBinary(c, total, true, lengths, 0)
  for (let k = 0; k < total; k++) if (lengths[k] < 0) fail('negative string length')
  return lengths
}
const lengthScratch = [new Float64Array(1 << 12), new Float64Array(1 << 12)]

function deltaLengthBytes(c: Cursor, count: number, out: StringAccumulator): void {
  const lengths = lengthsOf(c, count)
  for (let k = 0; k < count; k++) {
    const length = lengths[k]
    if (c.pos + length > c.end) fail('DELTA_LENGTH_BYTE_ARRAY data past the page')
    out.appendBytes(c.buf, c.pos, c.pos + length)
    c.pos += length
  }
}

/** Each value shares a prefix with the one before it (in this page), which `out` already holds. */
/**
 * Appends `count` DELTA_BYTE_ARRAY values. `sortedDistinct` (-1: not wanted) goes on counting distinct
 * strings while each is not below the one before (else -1), and is returned: value k shares its first
 * `prefix` bytes with value k − 1, so their order is decided from there (usually by the next byte).
 */
function deltaBytes(c: Cursor, count: number, out: StringAccumulator, sortedDistinct: number): number {
  const prefixes = lengthsOf(c, count, 0)
  const suffixes = lengthsOf(c, count, 1)
  // Checked first, so the copy loop below runs without checks into room reserved once.
  let previousLength = 0
  let total = 0
  let data = 0
  for (let k = 0; k < count; k++) {
    if (prefixes[k] > previousLength) fail('DELTA_BYTE_ARRAY prefix longer than the previous value')
    previousLength = prefixes[k] + suffixes[k]
    total += previousLength
    data += suffixes[k]
  }
  if (c.pos + data > c.end) fail('DELTA_BYTE_ARRAY data past the page')
  // 4 bytes of slack: a prefix is copied 4 bytes at a time, the last word may run past it.
  out.reserve(count, total + 4)
  const dst = out.data
  const words = new DataView(dst.buffer, dst.byteOffset, dst.byteLength)
  const offsets = out.offsets
  const src = c.buf
  // Small integers (| 0, >>> 0) keep V8 on integer arithmetic in the byte loops.
  let pos = c.pos | 0
  let n = out.count | 0
  let at = offsets[n] >>> 0
  let previous = at
  let distinct = sortedDistinct
  for (let k = 0; k < count; k++) {
    const prefix = prefixes[k] | 0
    const suffix = suffixes[k] | 0
    // Bytes read past the prefix are garbage written past it, which the suffix (or the next value) overwrites;
    // the prefix itself is read from the previous value, which ends at or before `at`.
    for (let b = 0; b < prefix; b += 4) words.setInt32(at + b, words.getInt32(previous + b, true), true)
    for (let b = 0; b < suffix; b++) dst[at + prefix + b] = src[pos + b]
    if (distinct >= 0) {
      // The first value of a page against the last one before it (it shares no prefix with it).
      const end = at + prefix + suffix
      const order = k > 0 ? orderAfter(dst, previous, at, at, end, prefix) : n === 0 ? 1 : orderAfter(dst, offsets[n - 1], offsets[n], at, end, 0)
      distinct = order < 0 ? -1 : distinct + (order > 0 ? 1 : 0)
    }
    previous = at
    at += prefix + suffix
    pos += suffix
    offsets[++n] = at
  }
  out.count = n
  c.pos = pos
  return distinct
}

/**
 * The order of data[b, bEnd) after data[a, aEnd), whose first `from` bytes are known equal: positive
 * when it is above, 0 when equal, negative when below (byte order, a proper prefix first).
 */
function orderAfter(data: Uint8Array, a: number, aEnd: number, b: number, bEnd: number, from: number): number {
  const common = Math.min(aEnd - a, bEnd - b)
  for (let k = from; k < common; k++) {
    const x = data[a + k]
    const y = data[b + k]
    if (x !== y) return y - x
  }
  return bEnd - b - (aEnd - a)
}

export { PageError }
