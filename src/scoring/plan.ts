import type { Column, StringBytes, Table } from '../artifacts/table.js'
import { internBytes, stringAt } from '../artifacts/strings.js'
import { contingency, type Contingency, intHistogram, type IntHistogram } from '../metrics/kernels.js'
import type { Filter, Predicate } from '../policy/schema.js'
import { evaluateFilter } from './filter.js'

/**
 * The scoring plan: the intermediate results a segment's metrics share, computed once per table and
 * reused (neededColumns in metric.ts says what is read): filter masks, integer
 * histograms, contingency tables and string dictionaries. Kernels are chosen by column type and
 * observed domain (see computeMetric); everything here is exact and cached by object identity, so a
 * table read again is planned afresh.
 */

const masks = new WeakMap<Table, Map<string, Uint8Array>>()

/** The filter's row mask, computed once per table and filter. Treat the result as read-only. */
export function filterMask(filter: Filter | undefined, table: Table): Uint8Array {
  const key = filter === undefined ? '' : JSON.stringify(filter)
  let cache = masks.get(table)
  if (!cache) masks.set(table, (cache = new Map()))
  const hit = cache.get(key)
  if (hit) return hit
  const mask = fastFilter(filter, table) ?? evaluateFilter(filter, table)
  cache.set(key, mask)
  return mask
}

/** The same masks as evaluateFilter for the common predicate forms, without per-row closures; null otherwise. */
function fastFilter(filter: Filter | undefined, table: Table): Uint8Array | null {
  if (!filter) return new Uint8Array(table.rows).fill(1)
  const predicates = 'all' in filter ? filter.all : 'any' in filter ? filter.any : [filter]
  const parts: Uint8Array[] = []
  for (const p of predicates) {
    const m = fastPredicate(p, table)
    if (!m) return null
    parts.push(m)
  }
  if (!('all' in filter) && !('any' in filter)) return parts[0]
  const out = new Uint8Array(table.rows)
  if ('all' in filter) {
    out.fill(1)
    for (const m of parts) for (let i = 0; i < out.length; i++) out[i] &= m[i]
  } else for (const m of parts) for (let i = 0; i < out.length; i++) out[i] |= m[i]
  return out
}

function fastPredicate(p: Predicate, table: Table): Uint8Array | null {
  const column = table.columns[p.column]
  if (!column) return null
  if (p.op === 'is_null' || p.op === 'not_null') return null
  const rows = table.rows
  const nulls = column.nulls
  if ('to_column' in p) {
    const other = table.columns[p.to_column]
    if (!other || (p.op !== 'eq' && p.op !== 'ne')) return null
    if (column.type !== 'string' || other.type !== 'string' || !column.bytes || !other.bytes) return null
    const a = dictionaryOf(column.bytes)
    const b = dictionaryOf(other.bytes)
    // Codes of b's dictionary in a's code space (-1: a never has that string).
    const index = new Map(a.strings.map((s, k) => [s, k]))
    const bInA = Int32Array.from(b.strings, (s) => index.get(s) ?? -1)
    const want = p.op === 'eq'
    const out = new Uint8Array(rows)
    for (let i = 0; i < rows; i++) {
      if ((nulls && nulls[i]) || (other.nulls && other.nulls[i])) continue
      out[i] = (a.codes[i] === bInA[b.codes[i]]) === want ? 1 : 0
    }
    return out
  }
  if (column.type === 'string') {
    if (!column.bytes) return null
    const d = dictionaryOf(column.bytes)
    const set = 'values' in p ? new Set(p.values.map(String)) : 'value' in p ? new Set([String(p.value)]) : null
    if (!set || (p.op !== 'eq' && p.op !== 'ne' && p.op !== 'in' && p.op !== 'not_in')) return null
    if ([...('values' in p ? p.values : [p.value])].some((v) => typeof v !== 'string')) return null
    const want = p.op === 'eq' || p.op === 'in'
    const truth = Uint8Array.from(d.strings, (s) => (set.has(s) === want ? 1 : 0))
    const out = new Uint8Array(rows)
    for (let i = 0; i < rows; i++) if (!(nulls && nulls[i])) out[i] = truth[d.codes[i]]
    return out
  }
  if (column.type === 'bool' || !('value' in p) || typeof p.value !== 'number') return null
  const v = p.value
  const x = column.values
  const out = new Uint8Array(rows)
  switch (p.op) {
    case 'eq':
      for (let i = 0; i < rows; i++) out[i] = x[i] === v ? 1 : 0
      break
    case 'ne':
      for (let i = 0; i < rows; i++) out[i] = x[i] !== v ? 1 : 0
      break
    case 'lt':
      for (let i = 0; i < rows; i++) out[i] = x[i] < v ? 1 : 0
      break
    case 'le':
      for (let i = 0; i < rows; i++) out[i] = x[i] <= v ? 1 : 0
      break
    case 'gt':
      for (let i = 0; i < rows; i++) out[i] = x[i] > v ? 1 : 0
      break
    case 'ge':
      for (let i = 0; i < rows; i++) out[i] = x[i] >= v ? 1 : 0
      break
    default:
      return null
  }
  // A null never matches a comparison (its slot may hold anything).
  if (nulls) for (let i = 0; i < rows; i++) if (nulls[i]) out[i] = 0
  return out
}

interface Dictionary {
  codes: Int32Array
  strings: string[]
}
const dictionaries = new WeakMap<StringBytes, Dictionary>()

/** Interned codes of a byte-backed string column, once per column. */
export function dictionaryOf(bytes: StringBytes): Dictionary {
  let d = dictionaries.get(bytes)
  if (!d) {
    const { codes, firsts } = internBytes(bytes)
    d = { codes, strings: Array.from(firsts, (row) => stringAt(bytes, row)) }
    dictionaries.set(bytes, d)
  }
  return d
}

const keeps = new WeakMap<Column, Map<Uint8Array, Uint8Array>>()

/** Rows selected by `where` whose value is not null (where itself when the column has no nulls). */
export function keepMask(column: Column, where: Uint8Array): Uint8Array {
  if (!column.nulls) return where
  let cache = keeps.get(column)
  if (!cache) keeps.set(column, (cache = new Map()))
  let m = cache.get(where)
  if (!m) {
    m = new Uint8Array(where.length)
    const nulls = column.nulls
    for (let i = 0; i < m.length; i++) m[i] = where[i] & (nulls[i] ^ 1)
    cache.set(where, m)
  }
  return m
}

const histograms = new WeakMap<Float64Array, Map<Uint8Array, IntHistogram | null>>()

/** The integer histogram of a column's kept rows, or null when its domain is not small integers. */
export function histogramOf(values: Float64Array, keep: Uint8Array): IntHistogram | null {
  let cache = histograms.get(values)
  if (!cache) histograms.set(values, (cache = new Map()))
  if (cache.has(keep)) return cache.get(keep) ?? null
  const h = intHistogram(values, keep)
  cache.set(keep, h)
  return h
}

const tablesOf = new WeakMap<Float64Array, Map<Float64Array, Map<Uint8Array, Contingency | null>>>()

export function contingencyOf(x: Float64Array, y: Float64Array, keep: Uint8Array): Contingency | null {
  let byY = tablesOf.get(x)
  if (!byY) tablesOf.set(x, (byY = new Map()))
  let byKeep = byY.get(y)
  if (!byKeep) byY.set(y, (byKeep = new Map()))
  if (byKeep.has(keep)) return byKeep.get(keep) ?? null
  // Cheap refusal first: both sides must be small-integer columns.
  const t = histogramOf(x, keep) && histogramOf(y, keep) ? contingency(x, y, keep) : null
  byKeep.set(keep, t)
  return t
}
