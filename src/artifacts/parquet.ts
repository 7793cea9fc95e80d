import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet'
import type { FileMetaData, SchemaElement } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { GateError } from '../core/errors.js'
import { decodeFastColumn, fastKind, type DecodeTarget, type FastColumn, type FastKind } from './parquet-fast.js'
import { PageError } from './parquet-pages.js'

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
 * `targets` may name where a column's values go (see decodeFastColumn). A missing or nested column and
 * a truncated or corrupt file are a GateError on `where`.
 */
export async function decodeParquet(bytes: Uint8Array, where: string, columns?: string[], rest = false, targets: Record<string, DecodeTarget> = {}): Promise<DecodedParquet> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let metadata: FileMetaData
  try {
    metadata = parquetMetadata(file)
  } catch (e) {
    throw new GateError(where, `not a readable Parquet file (${reason(e)})`)
  }
  try {
    return await decode(new Uint8Array(file), file, metadata, where, columns, rest, targets)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(where, `corrupt Parquet data (${reason(e)})`)
  }
}

async function decode(bytes: Uint8Array, file: ArrayBuffer, metadata: FileMetaData, where: string, wanted: string[] | undefined, rest: boolean, targets: Record<string, DecodeTarget>): Promise<DecodedParquet> {
  const numRows = Number(metadata.num_rows)
  if (!Number.isSafeInteger(numRows) || numRows < 0) throw new GateError(where, `corrupt Parquet footer (num_rows ${metadata.num_rows})`)
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
    const loose = numRows > 0 ? await readColumnsGeneral(file, slow, numRows, where) : Object.fromEntries(slow.map((c) => [c, []]))
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

/** hyparquet's general reader for the columns our decoder does not cover, checked against the footer's row count. */
async function readColumnsGeneral(file: ArrayBuffer, columns: string[], numRows: number, where: string): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  const filled: Record<string, number> = {}
  for (const name of columns) {
    out[name] = new Array(numRows)
    filled[name] = 0
  }
  await parquetRead({
    file,
    columns,
    compressors,
    onChunk: (chunk) => {
      const target = out[chunk.columnName]
      const data = chunk.columnData
      if (!target || chunk.rowStart < 0 || chunk.rowEnd > numRows || chunk.rowEnd - chunk.rowStart !== data.length) {
        throw new GateError(where, `corrupt Parquet data (column chunk ${chunk.columnName} does not match the footer)`)
      }
      for (let k = 0; k < data.length; k++) target[chunk.rowStart + k] = data[k]
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
