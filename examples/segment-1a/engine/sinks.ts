import { parquetWriteBuffer } from 'hyparquet-writer'
import { join } from 'node:path'
import { writeFileAtomic } from '../../../src/io/write-atomic.js'

/**
 * A table is written as a folder of part files (`part-00000.parquet`, ...), each at most `partRows`
 * rows, so memory stays bounded by one part whatever the run size, and every format and size has the
 * same layout (the policy names the folder).
 */

export type Format = 'parquet' | 'csv' | 'jsonl'
export const FORMATS: readonly Format[] = ['parquet', 'csv', 'jsonl']
/** `id` is a string column of (mostly) unique, sorted-prefix ids: delta-encoded, much faster and smaller. */
export type ColumnKind = 'id' | 'string' | 'int' | 'float' | 'bool'
export type ColumnValues = ArrayLike<string | number | boolean>

const PARQUET_TYPE = { id: 'STRING', string: 'STRING', int: 'INT32', float: 'DOUBLE', bool: 'BOOLEAN' } as const

export class TableSink {
  private buffers: (string | number | boolean)[][]
  private partIndex = 0
  private totalRows = 0

  constructor(
    private readonly dir: string,
    private readonly columns: readonly (readonly [string, ColumnKind])[],
    private readonly format: Format,
    private readonly partRows: number,
    private readonly rowGroupSize: number
  ) {
    this.buffers = columns.map(() => [])
  }

  get rows(): number {
    return this.totalRows
  }

  /** Appends rows (one array per column, in declaration order), writing every full part. */
  append(values: readonly ColumnValues[]): void {
    const n = values[0]?.length ?? 0
    let from = 0
    while (from < n) {
      const room = this.partRows - this.buffers[0].length
      const to = Math.min(n, from + room)
      values.forEach((column, c) => {
        const buffer = this.buffers[c]
        for (let r = from; r < to; r++) buffer.push(column[r])
      })
      this.totalRows += to - from
      from = to
      if (this.buffers[0].length === this.partRows) this.flush()
    }
  }

  /** Writes the last, partial part; a table always has at least one part. */
  close(): void {
    if (this.buffers[0].length > 0 || this.partIndex === 0) this.flush()
  }

  private flush(): void {
    const file = join(this.dir, `part-${String(this.partIndex++).padStart(5, '0')}.${this.format}`)
    writeFileAtomic(file, encode(this.columns, this.buffers, this.format, this.rowGroupSize))
    this.buffers = this.columns.map(() => [])
  }
}

export function encode(
  columns: readonly (readonly [string, ColumnKind])[],
  buffers: readonly (string | number | boolean)[][],
  format: Format,
  rowGroupSize: number
): Uint8Array | string {
  const rows = buffers[0].length
  if (format === 'parquet') {
    const buffer = parquetWriteBuffer({
      columnData: columns.map(([name, kind], c) => ({
        name,
        data: buffers[c],
        type: PARQUET_TYPE[kind],
        nullable: false,
        ...(kind === 'id' ? { encoding: 'DELTA_BYTE_ARRAY' as const, statistics: false } : {})
      })),
      rowGroupSize,
      codec: 'SNAPPY'
    })
    return new Uint8Array(buffer)
  }
  const lines: string[] = []
  if (format === 'csv') {
    lines.push(columns.map(([name]) => name).join(','))
    for (let r = 0; r < rows; r++) lines.push(buffers.map((b) => csvField(b[r])).join(','))
  } else {
    const names = columns.map(([name]) => JSON.stringify(name))
    for (let r = 0; r < rows; r++) lines.push('{' + buffers.map((b, c) => `${names[c]}:${JSON.stringify(b[r])}`).join(',') + '}')
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}

/** Numbers in shortest round-trip form (decoded values equal the Parquet ones); text quoted only when needed. */
function csvField(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v)
  return /[",\n\r]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v
}
