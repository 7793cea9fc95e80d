import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet'
import type { FileMetaData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { GateError } from '../core/errors.js'

/** Decoded Parquet columns, one plain value per row (number, bigint, boolean, string, null, …). */
export interface DecodedParquet {
  rows: number
  /** Top-level column names in file order. */
  names: string[]
  columns: Record<string, ArrayLike<unknown>>
}

/**
 * The one place that decodes Parquet (hyparquet + hyparquet-compressors for zstd, gzip, brotli, lz4),
 * so a faster decoder can replace it. Reads only `columns` (all top-level columns when omitted).
 * A missing column, a nested column or a truncated/corrupt file is a GateError on `where`.
 */
export async function decodeParquet(bytes: Uint8Array, where: string, columns?: string[]): Promise<DecodedParquet> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let metadata: FileMetaData
  try {
    metadata = parquetMetadata(file)
  } catch (e) {
    throw new GateError(where, `not a readable Parquet file (${reason(e)})`)
  }
  try {
    return await decode(file, metadata, where, columns)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(where, `corrupt Parquet data (${reason(e)})`)
  }
}

async function decode(file: ArrayBuffer, metadata: FileMetaData, where: string, wanted?: string[]): Promise<DecodedParquet> {
  const numRows = Number(metadata.num_rows)
  if (!Number.isSafeInteger(numRows) || numRows < 0) throw new GateError(where, `corrupt Parquet footer (num_rows ${metadata.num_rows})`)
  const top = parquetSchema(metadata).children
  const names = top.map((c) => c.element.name)
  const columns = wanted ?? names
  for (const name of columns) {
    const node = top.find((c) => c.element.name === name)
    if (!node) throw new GateError(where, `column "${name}" is missing (the file has: ${names.join(', ')})`)
    if (node.children.length > 0 || node.element.repetition_type === 'REPEATED') {
      throw new GateError(where, `column "${name}" is nested or repeated; only flat columns are supported`)
    }
  }
  const out: Record<string, unknown[]> = {}
  const filled: Record<string, number> = {}
  for (const name of columns) {
    out[name] = new Array(numRows)
    filled[name] = 0
  }
  if (columns.length > 0 && numRows > 0) {
    await parquetRead({
      file,
      metadata,
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
  }
  for (const name of columns) {
    if (filled[name] !== numRows) {
      throw new GateError(where, `corrupt Parquet data (column ${name} has ${filled[name]} values, the footer says ${numRows} rows)`)
    }
  }
  return { rows: numRows, names, columns: out }
}

function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  const flat = message.replace(/\s+/g, ' ').trim()
  return flat.length > 160 ? flat.slice(0, 160) + '…' : flat
}
