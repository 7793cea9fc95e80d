import { type MetricResult, ok, undef } from './result.js'
import { DEFINITIONS } from './definitions.js'

/**
 * One key column, already restricted to the selected rows. Typed arrays hold numbers (a Uint8Array
 * bool column counts 0/1); a plain array may mix strings, numbers, booleans and null.
 */
export type KeyColumn = Float64Array | Uint8Array | readonly string[] | readonly (string | number | boolean | null)[]

/**
 * Encodes one cell so that values of different types never collide (1, '1' and true are three keys)
 * and concatenated cells stay unambiguous (strings are length-prefixed). -0 and 0 are one key; null
 * is its own key, equal to other nulls (SQL DISTINCT / pandas drop_duplicates semantics).
 */
function encodeCell(v: string | number | boolean | null): string {
  if (v === null) return 'z'
  if (typeof v === 'string') return `s${v.length}:${v}`
  if (typeof v === 'boolean') return v ? 'bT' : 'bF'
  return `n${v === 0 ? 0 : v};`
}

/** Why the key columns cannot be keyed (a non-finite number), else null; throws on a caller bug. */
function keyProblem(columns: readonly KeyColumn[]): string | null {
  if (columns.length === 0) throw new RangeError('distinct keys need at least one column')
  const rows = columns[0].length
  for (const c of columns) {
    if (c.length !== rows) throw new RangeError(`key columns differ in length (${rows} vs ${c.length})`)
  }
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j]
    for (let i = 0; i < c.length; i++) {
      const v = c[i]
      if (typeof v === 'number' && !Number.isFinite(v)) return `key column ${j} has a non-finite value (${v}) at row ${i}`
    }
  }
  return null
}

function distinctKeys(columns: readonly KeyColumn[]): number {
  const rows = columns[0].length
  const only = columns[0]
  // A single typed column needs no encoding: a Set of numbers already treats -0 and 0 as one.
  if (columns.length === 1 && (only instanceof Float64Array || only instanceof Uint8Array)) return new Set(only).size
  const seen = new Set<string>()
  for (let i = 0; i < rows; i++) {
    let key = ''
    for (const c of columns) key += encodeCell(c[i])
    seen.add(key)
  }
  return seen.size
}

/** Number of distinct keys (one column or a composite of several) among the rows. */
export function distinctCount(columns: readonly KeyColumn[]): MetricResult {
  const id = DEFINITIONS.distinct_count
  const problem = keyProblem(columns)
  if (problem) return undef(problem, id)
  return ok(distinctKeys(columns), id)
}

/** Rows whose key already appeared in an earlier row: rows − distinct keys. */
export function duplicateCount(columns: readonly KeyColumn[]): MetricResult {
  const id = DEFINITIONS.duplicate_count
  const problem = keyProblem(columns)
  if (problem) return undef(problem, id)
  return ok(columns[0].length - distinctKeys(columns), id)
}
