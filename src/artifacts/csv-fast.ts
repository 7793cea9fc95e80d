import type { ColumnRequest } from './convert.js'
import { columnFromTextBytes } from './convert.js'
import { readCsvBytes } from './csv-bytes.js'
import { csvPartOf } from './digest.js'
import type { Part } from './digest.js'
import type { Column } from './table.js'

/**
 * A CSV file through the byte-level reader: the requested columns typed, and with `all` every column
 * as a digest part. Undefined when the file or a requested cell is anything the text reader would
 * refuse: the caller then reads it the text way, which reports the problem.
 */
export function csvFromBytes(bytes: Uint8Array, requests: ColumnRequest[], all: boolean): { rows: number; columns: Column[]; part?: Part } | undefined {
  const parsed = readCsvBytes(bytes, all ? 'all' : requests.map((r) => r.name))
  if (!parsed) return undefined
  const columns: Column[] = []
  for (const r of requests) {
    const cells = parsed.columns[parsed.header.indexOf(r.name)]
    if (!cells) return undefined
    const column = columnFromTextBytes(cells.strings.finish(), cells.nulls, cells.nullCount, r)
    if (!column) return undefined
    columns.push(column)
  }
  return { rows: parsed.rows, columns, part: all ? csvPartOf(parsed) : undefined }
}
