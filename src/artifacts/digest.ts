import { createHash } from 'node:crypto'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { digestOf } from '../core/canonical.js'
import { GateError } from '../core/errors.js'
import { readCsv } from './csv.js'
import { INT_TEXT, NUMBER_TEXT } from './convert.js'
import { decodeText, formatOfName, readBytes, stripExtension, tableFiles } from './files.js'
import type { Format } from './files.js'
import { readJsonl } from './jsonl.js'
import { decodeParquet } from './parquet.js'
import { displayPath, isHidden, realRunDir, resolveInRun } from './paths.js'

/**
 * The outputs digest: a witness of a run's data over DECODED values, so two encodings of the same
 * data agree (Parquet codecs, CSV vs Parquet vs JSONL, one file vs parts).
 *
 * Encoding (version `outputs-digest/v1`), per table, streamed into sha256:
 *   `rows <n>`; then per column in sorted name order `column <json name> <type>` and one line per row:
 *   `n` null · `d<number>` · `t`/`f` · `s<json string>`.
 * Types are inferred from decoded values, the same way for every format (CSV has no types):
 *   every non-null value a number or numeric text → number; every one a bool or true/false
 *   (any case) → bool; no non-null value → null; otherwise string.
 * Numbers: integral values as exact integer decimals (so INT64 beyond 2^53 stays exact and
 * 1e21 = 1000000000000000000000), others as the shortest round-trip decimal; -0 is 0.
 * Known limit: numeric text is read as a number, so "03" and "3" digest alike.
 */
export async function outputsDigest(runDir: string): Promise<{ tables: Record<string, string>; combined: string }> {
  const tables: Record<string, string> = {}
  for (const t of discoverTables(runDir)) {
    const decoded = await decodeTableLoose(runDir, t.relPath, t.key)
    tables[t.key] = digestTable(decoded)
  }
  return { tables, combined: digestOf({ digest: 'realism-gate/outputs-digest/v1', tables }) }
}

interface Discovered {
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

interface LooseTable {
  rows: number
  columns: Map<string, unknown[]>
}

/** Reads every column of a table without a policy: CSV cells stay text, JSON and Parquet values as decoded. */
async function decodeTableLoose(runDir: string, relPath: string, name: string): Promise<LooseTable> {
  const located = tableFiles(runDir, relPath, name)
  const columns = new Map<string, unknown[]>()
  let rows = 0
  let firstNames: string[] | undefined
  const sameColumns = (names: string[], where: string): void => {
    const sorted = [...names].sort()
    if (firstNames === undefined) {
      firstNames = sorted
      for (const n of sorted) columns.set(n, [])
    } else if (sorted.join('\u0000') !== firstNames.join('\u0000')) {
      throw new GateError(where, `columns (${sorted.join(', ')}) differ from the first part's (${firstNames.join(', ')})`)
    }
  }
  for (const file of located.files) {
    const where = displayPath(file)
    const bytes = await readBytes(file)
    rows += await readPartLoose(located.format, bytes, where, columns, rows, sameColumns)
  }
  return { rows, columns: padColumns(columns, rows) }
}

async function readPartLoose(
  format: Format,
  bytes: Uint8Array,
  where: string,
  columns: Map<string, unknown[]>,
  rowsBefore: number,
  sameColumns: (names: string[], where: string) => void
): Promise<number> {
  if (format === 'parquet') {
    const decoded = await decodeParquet(bytes, where)
    sameColumns(decoded.names, where)
    for (const name of decoded.names) {
      const target = columns.get(name) as unknown[]
      const values = decoded.columns[name]
      for (let k = 0; k < decoded.rows; k++) target.push(values[k])
    }
    return decoded.rows
  }
  const text = decodeText(bytes, where)
  if (format === 'csv') {
    let targets: unknown[][] = []
    return readCsv(text, where, {
      select: (header) => {
        sameColumns(header, where)
        targets = header.map((h) => columns.get(h) as unknown[])
        return header.map((_, k) => k)
      },
      row: (fields) => {
        for (let k = 0; k < fields.length; k++) targets[k].push(fields[k])
      }
    }).rows
  }
  // JSONL: the columns are the union of keys; a key missing from a line is null.
  let row = rowsBefore
  readJsonl(text, where, (object) => {
    for (const key of Object.keys(object)) {
      let target = columns.get(key)
      if (!target) {
        target = []
        columns.set(key, target)
      }
      while (target.length < row) target.push(null)
      target.push(object[key])
    }
    row++
  })
  return row - rowsBefore
}

function padColumns(columns: Map<string, unknown[]>, rows: number): Map<string, unknown[]> {
  for (const values of columns.values()) while (values.length < rows) values.push(null)
  return columns
}

type DigestType = 'number' | 'bool' | 'string' | 'null'

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
      else if (/^(true|false)$/i.test(v)) bools++
    }
  }
  if (nonNull === 0) return 'null'
  if (numbers === nonNull) return 'number'
  if (bools === nonNull) return 'bool'
  return 'string'
}

/** Exact integer decimals for integral values, shortest round-trip otherwise. */
export function canonicalNumber(v: number | bigint | string): string {
  if (typeof v === 'bigint') return v.toString()
  if (typeof v === 'string') return INT_TEXT.test(v) ? BigInt(v).toString() : canonicalNumber(Number(v))
  if (Number.isInteger(v)) return BigInt(v).toString()
  return String(v)
}

function asText(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v)
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString()
  if (v instanceof Uint8Array) return `bytes:${Buffer.from(v).toString('base64')}`
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)) ?? String(v)
}

function encodeCell(v: unknown, type: DigestType): string {
  if (v === null || v === undefined) return 'n'
  switch (type) {
    case 'number':
      return 'd' + canonicalNumber(v as number | bigint | string)
    case 'bool':
      return typeof v === 'boolean' ? (v ? 't' : 'f') : (v as string).toLowerCase() === 'true' ? 't' : 'f'
    default:
      return 's' + JSON.stringify(asText(v))
  }
}

function digestTable(table: LooseTable): string {
  const hash = createHash('sha256')
  let buffer = `realism-gate/table-digest/v1\nrows ${table.rows}\n`
  const flush = (): void => {
    hash.update(buffer)
    buffer = ''
  }
  for (const name of [...table.columns.keys()].sort()) {
    const values = table.columns.get(name) as unknown[]
    const type = inferType(values)
    buffer += `column ${JSON.stringify(name)} ${type}\n`
    for (const v of values) {
      buffer += encodeCell(v, type) + '\n'
      if (buffer.length > 65536) flush()
    }
  }
  flush()
  return hash.digest('hex')
}
