import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet'
import type { FileMetaData, SchemaElement } from 'hyparquet'
import { GateError } from '../core/errors.js'
import { decodeFastColumn, fastKind, type DecodeTarget, type FastColumn, type FastKind } from './parquet-fast.js'
import { PageError, pageCodecs, zstdReady } from './parquet-pages.js'

/** A column decoded by the general reader: one plain value per row (number, bigint, boolean, string, Date, null, …). */
export type LooseColumn = { kind: 'loose'; values: unknown[] }
export type DecodedColumn = FastColumn | LooseColumn

export interface DecodedParquet {
  rows: number
  /** Top-level column names in file order. */
  names: string[]
  columns: Record<string, DecodedColumn>
}

/**
 * The one place that decodes Parquet. Flat columns of the common physical types go through our own
 * bounds-checked page decoder into typed arrays (no worker, no deadline: every count is checked, every
 * loop consumes input). Columns outside it (logical types such as dates and decimals, INT96,
 * FIXED_LEN_BYTE_ARRAY) fall back to hyparquet's general reader, in-process. Unknown encodings of a
 * flat column are refused rather than handed to the general reader, whose RLE decoder can spin on a
 * corrupt page. Reads only `columns` (all top-level columns when omitted; with `rest`, `columns` first and
 * then every other top-level column, so a problem in `columns` is reported as if only they were read).
 * `targets` may name where a column's values go (see decodeFastColumn); `groups` limits the read to the
 * row groups [from, to) (the part a worker thread decodes). A missing or nested column and a truncated or
 * corrupt file are a GateError on `where`.
 */
export async function decodeParquet(
  bytes: Uint8Array,
  where: string,
  columns?: string[],
  rest = false,
  targets: Record<string, DecodeTarget> = {},
  groups?: RowGroups
): Promise<DecodedParquet> {
  let metadata: FileMetaData
  try {
    metadata = parquetMetadata(bytes)
  } catch (e) {
    throw new GateError(where, `not a readable Parquet file (${reason(e)})`)
  }
  if (metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD'))) await zstdReady()
  try {
    return await decode(bytes, metadata, where, columns, rest, targets, groups)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(where, `corrupt Parquet data (${reason(e)})`)
  }
}

/** Row groups [from, to) of one file. */
export interface RowGroups {
  from: number
  to: number
}

async function decode(
  bytes: Uint8Array,
  whole: FileMetaData,
  where: string,
  wanted: string[] | undefined,
  rest: boolean,
  targets: Record<string, DecodeTarget>,
  groups?: RowGroups
): Promise<DecodedParquet> {
  const fileRows = Number(whole.num_rows)
  if (!Number.isSafeInteger(fileRows) || fileRows < 0) throw new GateError(where, `corrupt Parquet footer (num_rows ${whole.num_rows})`)
  // A range of row groups reads as a file of just those groups.
  const firstRow = groups ? whole.row_groups.slice(0, groups.from).reduce((n, g) => n + Number(g.num_rows), 0) : 0
  const metadata = groups ? { ...whole, row_groups: whole.row_groups.slice(groups.from, groups.to) } : whole
  const numRows = groups ? metadata.row_groups.reduce((n, g) => n + Number(g.num_rows), 0) : fileRows
  if (groups) metadata.num_rows = BigInt(numRows)
  if (!Number.isSafeInteger(numRows) || firstRow + numRows > fileRows) throw new GateError(where, `corrupt Parquet footer (row groups exceed num_rows ${whole.num_rows})`)
  const top = parquetSchema(metadata).children
  const names = top.map((c) => c.element.name)
  const columns = wanted === undefined ? names : rest ? [...wanted, ...names.filter((n) => !wanted.includes(n))] : wanted
  const out: Record<string, DecodedColumn> = {}
  const slow: string[] = []
  for (const name of columns) {
    const index = top.findIndex((c) => c.element.name === name)
    if (index < 0) throw new GateError(where, `column "${name}" is missing (the file has: ${names.join(', ')})`)
    const node = top[index]
    if (node.children.length > 0 || node.element.repetition_type === 'REPEATED') {
      throw new GateError(where, `column "${name}" is nested or repeated; only flat columns are supported`)
    }
    const kind = fastKind(node.element)
    if (kind !== 'number' && kind !== 'bool' && kind !== 'string') {
      slow.push(name)
      continue
    }
    // Leaf columns of a flat schema are in top-level order: the chunk index is the leaf index.
    out[name] = fastColumn(bytes, metadata, leafIndex(top, index), node.element, kind, where, Object.hasOwn(targets, name) ? targets[name] : undefined)
  }
  if (slow.length > 0) {
    // hyparquet's reader wants the file as an ArrayBuffer of its own.
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    const loose = numRows > 0 ? await readColumnsGeneral(file, slow, firstRow, numRows, where) : Object.fromEntries(slow.map((c) => [c, []]))
    for (const name of slow) out[name] = { kind: 'loose', values: loose[name] }
  }
  return { rows: numRows, names, columns: out }
}

type SchemaNode = ReturnType<typeof parquetSchema>
const leaves = (node: SchemaNode): number => (node.children.length === 0 ? 1 : node.children.reduce((n, c) => n + leaves(c), 0))

/** Column chunks are stored per leaf: the chunk index of a flat top-level column counts the leaves before it. */
function leafIndex(top: SchemaNode[], index: number): number {
  let n = 0
  for (let k = 0; k < index; k++) n += leaves(top[k])
  return n
}

function fastColumn(bytes: Uint8Array, metadata: FileMetaData, index: number, element: SchemaElement, kind: FastKind, where: string, target?: DecodeTarget): FastColumn {
  try {
    return decodeFastColumn(bytes, metadata, index, element, kind, target)
  } catch (e) {
    if (e instanceof PageError || e instanceof RangeError || e instanceof TypeError) {
      throw new GateError(where, `corrupt Parquet data (column ${element.name}: ${reason(e)})`)
    }
    throw e
  }
}

/** hyparquet's general reader for the columns our decoder does not cover (rows [firstRow, firstRow + numRows)), checked against the footer. */
async function readColumnsGeneral(file: ArrayBuffer, columns: string[], firstRow: number, numRows: number, where: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  const filled: Record<string, number> = {}
  for (const name of columns) {
    out[name] = new Array(numRows)
    filled[name] = 0
  }
  await parquetRead({
    file,
    columns,
    compressors: pageCodecs,
    rowStart: firstRow,
    rowEnd: firstRow + numRows,
    onChunk: (chunk) => {
      const target = out[chunk.columnName]
      const data = chunk.columnData
      const start = chunk.rowStart - firstRow
      if (!target || start < 0 || start + data.length > numRows || chunk.rowEnd - chunk.rowStart !== data.length) {
        throw new GateError(where, `corrupt Parquet data (column chunk ${chunk.columnName} does not match the footer)`)
      }
      for (let k = 0; k < data.length; k++) target[start + k] = data[k]
      filled[chunk.columnName] += data.length
    }
  })
  for (const name of columns) {
    if (filled[name] !== numRows) {
      throw new GateError(where, `corrupt Parquet data (column ${name} has ${filled[name]} values, the footer says ${numRows} rows)`)
    }
  }
  return out
}

/** A Parquet file's footer, read without reading the rest of the file; undefined when it cannot be read. */
export function parquetFooter(path: string): FileMetaData | undefined {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const size = fstatSync(fd).size
    const tail = Buffer.alloc(8)
    if (size < 12 || readSync(fd, tail, 0, 8, size - 8) !== 8) return undefined
    const length = tail.readUInt32LE(0)
    if (length + 12 > size) return undefined
    const footer = Buffer.alloc(length + 8)
    if (readSync(fd, footer, 0, length + 8, size - length - 8) !== length + 8) return undefined
    const metadata = parquetMetadata(new Uint8Array(footer.buffer, footer.byteOffset, footer.length))
    const rows = Number(metadata.num_rows)
    return Number.isSafeInteger(rows) && rows >= 0 ? metadata : undefined
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

export function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  const flat = message.replace(/\s+/g, ' ').trim()
  return flat.length > 160 ? flat.slice(0, 160) + '…' : flat
}
