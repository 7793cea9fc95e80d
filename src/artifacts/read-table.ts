import { GateError } from '../core/errors.js'
import type { ColumnType, TableSpec } from '../policy/schema.js'
import { ColumnAssembler, ColumnBuilder, columnFromDecoded } from './convert.js'
import type { ColumnRequest } from './convert.js'
import { readCsv } from './csv.js'
import { decodeText, readBytes, tableFiles } from './files.js'
import { readJsonl } from './jsonl.js'
import { decodeParquet } from './parquet.js'
import { displayPath } from './paths.js'
import type { Column, Table } from './table.js'

type ColumnSpecValue = TableSpec['columns'][string]

/** `int` or `{ type: int, nullable: true }` → one shape; nullable defaults to false. */
export function columnRequest(name: string, spec: ColumnSpecValue): ColumnRequest {
  if (typeof spec === 'string') return { name, type: spec as ColumnType, nullable: false }
  return { name, type: spec.type, nullable: spec.nullable ?? false }
}

/** Reads only `columns` (a subset of spec.columns) of table `name` of the run folder into typed arrays. */
export async function readTable(runDir: string, name: string, spec: TableSpec, columns: string[]): Promise<Table> {
  const located = tableFiles(runDir, spec.path, name, spec.format)
  const tableWhere = displayPath(located.path)
  const requests = [...new Set(columns)].map((c) => {
    const declared = Object.hasOwn(spec.columns, c) ? spec.columns[c] : undefined
    if (declared === undefined) throw new GateError(tableWhere, `column "${c}" is not declared for table ${name} in the policy`)
    return columnRequest(c, declared)
  })
  const assemblers = requests.map((r) => new ColumnAssembler(r))
  const seenInJsonl = new Set<string>()
  let rows = 0

  for (const file of located.files) {
    const where = displayPath(file)
    const bytes = await readBytes(file)
    if (located.format === 'parquet') {
      const decoded = await decodeParquet(bytes, where, requests.map((r) => r.name))
      rows += decoded.rows
      for (const a of assemblers) a.append(columnFromDecoded(decoded.columns[a.request.name], decoded.rows, a.request, where))
      continue
    }
    const builders = requests.map((r) => new ColumnBuilder(r))
    if (located.format === 'csv') {
      rows += readCsv(decodeText(bytes, where), where, {
        select: (header) =>
          requests.map((r) => {
            const index = header.indexOf(r.name)
            if (index < 0) throw new GateError(where, `column "${r.name}" is missing (the header has: ${header.join(', ')})`)
            return index
          }),
        row: (fields, line, row) => {
          for (let s = 0; s < builders.length; s++) {
            const problem = builders[s].pushText(fields[s])
            if (problem) throw new GateError(where, `line ${line} (row ${row}), column "${builders[s].request.name}": ${problem}`)
          }
        }
      }).rows
    } else {
      rows += readJsonl(decodeText(bytes, where), where, (object, line) => {
        for (const b of builders) {
          const has = Object.hasOwn(object, b.request.name)
          if (has) seenInJsonl.add(b.request.name)
          const problem = !has && !b.request.nullable ? 'key missing in a non-nullable column' : b.pushValue(has ? object[b.request.name] : null)
          if (problem) throw new GateError(where, `line ${line}, column "${b.request.name}": ${problem}`)
        }
      })
    }
    builders.forEach((b, k) => assemblers[k].append(b.build()))
  }

  if (rows === 0) throw new GateError(tableWhere, `table ${name} has no rows`)
  // JSONL has no header: a key no line carries is a missing column (likely a typo), even when nullable.
  if (located.format === 'jsonl') {
    const missing = requests.find((r) => !seenInJsonl.has(r.name))
    if (missing) throw new GateError(tableWhere, `column "${missing.name}" is missing (no line of table ${name} has it)`)
  }
  const out: Record<string, Column> = {}
  for (const a of assemblers) out[a.request.name] = a.build()
  return { name, rows, columns: out, files: located.relFiles }
}
