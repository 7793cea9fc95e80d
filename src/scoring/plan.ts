import type { Column, NumericColumn, StringBytes, StringCodes, StringColumn, Table } from '../artifacts/table.js'
import { internBytes, stringAt } from '../artifacts/strings.js'
import { type Contingency, contingencyIn, contingencySplit, histogramIn, intDomain, type IntDomain, type IntHistogram, transpose } from '../metrics/kernels.js'
import type { Filter, Predicate } from '../policy/schema.js'
import { evaluateFilter } from './filter.js'

/**
 * The scoring plan: the intermediate results a segment's metrics share, computed once per table and
 * reused (neededColumns in metric.ts says what is read): filter masks, integer domains, histograms,
 * contingency tables and string dictionaries. Kernels are chosen by column type and observed domain
 * (see computeMetric); everything here is exact and cached by object identity, so a table read again
 * is planned afresh.
 */

/** Rows a metric reads: 1 where selected; undefined selects every row without a mask to fill and read. */
export type RowMask = Uint8Array | undefined

const masks = new WeakMap<Table, Map<string, Uint8Array>>()

/** The filter's row mask, computed once per table and filter (undefined: no filter, every row). Treat it as read-only. */
export function filterMask(filter: Filter, table: Table): Uint8Array
export function filterMask(filter: Filter | undefined, table: Table): RowMask
export function filterMask(filter: Filter | undefined, table: Table): RowMask {
  if (!filter) return undefined
  const key = JSON.stringify(filter)
  let cache = masks.get(table)
  if (!cache) masks.set(table, (cache = new Map()))
  let mask = cache.get(key)
  if (!mask) {
    mask = fastFilter(filter, table) ?? evaluateFilter(filter, table)
    cache.set(key, mask)
  }
  return mask
}

/** The same mask as evaluateFilter for the common predicate forms, without per-row closures; null otherwise. */
function fastFilter(filter: Filter, table: Table): Uint8Array | null {
  const predicates = 'all' in filter ? filter.all : 'any' in filter ? filter.any : [filter]
  const parts: Uint8Array[] = []
  for (const p of predicates) {
    const m = fastPredicate(p, table)
    if (!m) return null
    parts.push(m)
  }
  // Every part is a fresh mask: combine into the first.
  const [out, ...rest] = parts
  if ('all' in filter) for (const m of rest) for (let i = 0; i < out.length; i++) out[i] &= m[i]
  else for (const m of rest) for (let i = 0; i < out.length; i++) out[i] |= m[i]
  return out
}

function fastPredicate(p: Predicate, table: Table): Uint8Array | null {
  const column = table.columns[p.column]
  if (!column || p.op === 'is_null' || p.op === 'not_null') return null
  if ('to_column' in p) {
    const other = table.columns[p.to_column]
    if (!other || column.type !== 'string' || other.type !== 'string' || (p.op !== 'eq' && p.op !== 'ne')) return null
    return sameStringMask(column, other, p.op === 'eq', table.rows)
  }
  if (column.type === 'string') {
    // One value against bytes alone: comparing the bytes costs less than interning the column first.
    if (!column.dictionary && column.bytes && (p.op === 'eq' || p.op === 'ne') && typeof p.value === 'string') {
      return bytesEqualMask(column, column.bytes, p.value, p.op === 'eq', table.rows)
    }
    const codes = stringCodes(column)
    const truth = codes && stringTruth(p, codes.strings)
    return truth ? codeMask(column, codes.codes, truth, table.rows) : null
  }
  if (column.type === 'bool' || !('value' in p) || typeof p.value !== 'number') return null
  return compareMask(column, p.op, p.value)
}

/**
 * Rows where the comparison holds. `+(a < b)` compiles without a branch: masks over random data
 * would mispredict about every other row.
 */
function compareMask(column: NumericColumn, op: Predicate['op'], v: number): Uint8Array | null {
  const x = column.values
  const out = new Uint8Array(x.length)
  switch (op) {
    case 'eq':
      for (let i = 0; i < x.length; i++) out[i] = +(x[i] === v)
      break
    case 'ne':
      for (let i = 0; i < x.length; i++) out[i] = +(x[i] !== v)
      break
    case 'lt':
      for (let i = 0; i < x.length; i++) out[i] = +(x[i] < v)
      break
    case 'le':
      for (let i = 0; i < x.length; i++) out[i] = +(x[i] <= v)
      break
    case 'gt':
      for (let i = 0; i < x.length; i++) out[i] = +(x[i] > v)
      break
    case 'ge':
      for (let i = 0; i < x.length; i++) out[i] = +(x[i] >= v)
      break
    default:
      return null
  }
  // A null never matches a comparison (its slot may hold anything).
  clearNulls(out, column.nulls)
  return out
}

function clearNulls(mask: Uint8Array, nulls: Uint8Array | undefined): void {
  if (nulls) for (let i = 0; i < mask.length; i++) mask[i] &= nulls[i] ^ 1
}

/**
 * Per dictionary string, 1 where a string predicate (eq, ne, in, not_in against strings) holds; null
 * for other predicates (a number never equals a string: the reference handles such odd policies).
 */
export function stringTruth(p: Predicate, strings: string[]): Uint8Array | null {
  const wanted = 'values' in p ? p.values : 'value' in p && (p.op === 'eq' || p.op === 'ne') ? [p.value] : null
  if (!wanted) return null
  if (wanted.some((v) => typeof v !== 'string')) return null
  const set = new Set(wanted)
  const want = p.op === 'eq' || p.op === 'in'
  return Uint8Array.from(strings, (s) => +(set.has(s) === want))
}

/** Rows whose code's truth is 1; nulls never match. */
function codeMask(column: StringColumn, codes: Int32Array, truth: Uint8Array, rows: number): Uint8Array {
  const out = new Uint8Array(rows)
  for (let i = 0; i < rows; i++) out[i] = truth[codes[i]]
  clearNulls(out, column.nulls)
  return out
}

const encoder = new TextEncoder()

/** Rows whose UTF-8 bytes are (want = true) or are not (want = false) those of `value`; nulls never match. */
function bytesEqualMask(column: StringColumn, bytes: StringBytes, value: string, want: boolean, rows: number): Uint8Array {
  const target = encoder.encode(value)
  const length = target.length
  const targetView = new DataView(target.buffer, target.byteOffset, length)
  const targetWords = Int32Array.from({ length: length >> 2 }, (_, w) => targetView.getInt32(4 * w, true))
  const { data, offsets } = bytes
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const miss = want ? 0 : 1
  const out = new Uint8Array(rows).fill(miss)
  // Each row compares all `length` bytes, four at a time, a count that never varies (no mispredicted
  // loop exits); a row of another length differs whatever its extra bytes. Rows starting too close to
  // the end of the data to read that far are shorter than `length`, so they keep `miss`.
  for (let i = 0; i < rows && offsets[i] + length <= data.length; i++) {
    const start = offsets[i]
    let diff = (offsets[i + 1] - start) ^ length
    let k = 0
    for (; k + 4 <= length; k += 4) diff |= view.getInt32(start + k, true) ^ targetWords[k >> 2]
    for (; k < length; k++) diff |= data[start + k] ^ target[k]
    out[i] = +(diff === 0) ^ miss
  }
  clearNulls(out, column.nulls)
  return out
}

/** Rows where the two string columns are equal (want = true) or differ (want = false); a null on either side never matches. */
function sameStringMask(column: StringColumn, other: StringColumn, want: boolean, rows: number): Uint8Array | null {
  const out = column.dictionary || other.dictionary ? sameCodes(column, other, want, rows) : sameBytes(column, other, want, rows)
  if (!out) return null
  clearNulls(out, column.nulls)
  clearNulls(out, other.nulls)
  return out
}

function sameCodes(column: StringColumn, other: StringColumn, want: boolean, rows: number): Uint8Array | null {
  const a = stringCodes(column)
  const b = a && stringCodes(other)
  if (!a || !b) return null
  // Codes of b's dictionary in a's code space (-1: a never has that string).
  const index = new Map(a.strings.map((s, k) => [s, k]))
  const bInA = Int32Array.from(b.strings, (s) => index.get(s) ?? -1)
  const out = new Uint8Array(rows)
  const ac = a.codes
  const bc = b.codes
  if (want) for (let i = 0; i < rows; i++) out[i] = +(ac[i] === bInA[bc[i]])
  else for (let i = 0; i < rows; i++) out[i] = +(ac[i] !== bInA[bc[i]])
  return out
}

/** Row by row byte comparison, for columns without dictionaries (interning both would cost more). */
function sameBytes(column: StringColumn, other: StringColumn, want: boolean, rows: number): Uint8Array | null {
  if (!column.bytes || !other.bytes) return null
  const { data: ad, offsets: ao } = column.bytes
  const { data: bd, offsets: bo } = other.bytes
  const miss = want ? 0 : 1
  const out = new Uint8Array(rows)
  for (let i = 0; i < rows; i++) {
    const a = ao[i]
    const b = bo[i]
    const length = ao[i + 1] - a
    let diff = length ^ (bo[i + 1] - b)
    if (diff === 0) for (let k = 0; k < length; k++) diff |= ad[a + k] ^ bd[b + k]
    out[i] = +(diff === 0) ^ miss
  }
  return out
}

const dictionaries = new WeakMap<StringBytes, StringCodes>()

/**
 * A string column as dictionary codes: the reader's own when it attached one (then neither bytes nor
 * values are touched, as they may be built lazily), else interned from the bytes once per column;
 * null for a column with neither.
 */
export function stringCodes(column: StringColumn): StringCodes | null {
  if (column.dictionary) return column.dictionary
  const bytes = column.bytes
  if (!bytes) return null
  let d = dictionaries.get(bytes)
  if (!d) {
    const { codes, firsts } = internBytes(bytes)
    d = { codes, strings: Array.from(firsts, (row) => stringAt(bytes, row)) }
    dictionaries.set(bytes, d)
  }
  return d
}

const keeps = new WeakMap<Column, Map<RowMask, RowMask>>()

/** Rows selected by `where` whose value is not null (where itself when the column has no nulls). */
export function keepMask(column: Column, where: RowMask): RowMask {
  const nulls = column.nulls
  if (!nulls) return where
  let cache = keeps.get(column)
  if (!cache) keeps.set(column, (cache = new Map()))
  let m = cache.get(where)
  if (!m) {
    m = new Uint8Array(nulls.length)
    if (where) for (let i = 0; i < m.length; i++) m[i] = where[i] & (nulls[i] ^ 1)
    else for (let i = 0; i < m.length; i++) m[i] = nulls[i] ^ 1
    cache.set(where, m)
  }
  return m
}

const domains = new WeakMap<NumericColumn, IntDomain | null>()

/** The integer domain of a column's non-null values, or null when they are not small integers; one pass per column. */
function domainOf(column: NumericColumn): IntDomain | null {
  let d = domains.get(column)
  if (d === undefined) domains.set(column, (d = intDomain(column.values, column.nulls)))
  return d
}

const histograms = new WeakMap<NumericColumn, Map<RowMask, IntHistogram | null>>()

/** The integer histogram of a column's kept rows (non-null ones only), or null when its domain is not small integers. */
export function histogramOf(column: NumericColumn, keep: RowMask): IntHistogram | null {
  const cache = sharedHistograms(column)
  let h = cache.get(keep)
  if (h === undefined) {
    const domain = domainOf(column)
    cache.set(keep, (h = domain && histogramIn(column.values, domain, keep)))
  }
  return h
}

function sharedHistograms(column: NumericColumn): Map<RowMask, IntHistogram | null> {
  let cache = histograms.get(column)
  if (!cache) histograms.set(column, (cache = new Map()))
  return cache
}

const tablesOf = new WeakMap<NumericColumn, Map<NumericColumn, Map<RowMask, Contingency | null>>>()

function sharedTables(x: NumericColumn, y: NumericColumn): Map<RowMask, Contingency | null> {
  let byY = tablesOf.get(x)
  if (!byY) tablesOf.set(x, (byY = new Map()))
  let byKeep = byY.get(y)
  if (!byKeep) byY.set(y, (byKeep = new Map()))
  return byKeep
}

/** The contingency table of two columns over kept rows (non-null in both), or null when a side is not small integers. */
export function contingencyOf(x: NumericColumn, y: NumericColumn, keep: RowMask): Contingency | null {
  const cache = sharedTables(x, y)
  if (!cache.has(keep)) {
    // The same table the other way round is a transposition away.
    const mirror = tablesOf.get(y)?.get(x)?.get(keep)
    if (mirror !== undefined) cache.set(keep, mirror && transpose(mirror))
    else countTables(x, y, keep)
  }
  return cache.get(keep) ?? null
}

/**
 * Counts the table of the kept rows; without nulls, in the same pass, the table of all rows (which a
 * metric without a filter asks for). Each table's margins are the two columns' histograms over its rows.
 */
function countTables(x: NumericColumn, y: NumericColumn, keep: RowMask): void {
  const xDomain = domainOf(x)
  const yDomain = domainOf(y)
  const remember = (rows: RowMask, t: Contingency | null): void => {
    sharedTables(x, y).set(rows, t)
    if (t) {
      sharedHistograms(x).set(rows, t.x)
      sharedHistograms(y).set(rows, t.y)
    }
  }
  if (!xDomain || !yDomain) return remember(keep, null)
  if (keep && !x.nulls && !y.nulls) {
    const split = contingencySplit(x.values, xDomain, y.values, yDomain, keep)
    remember(keep, split && split.kept)
    if (split && !sharedTables(x, y).has(undefined)) remember(undefined, split.all)
  } else remember(keep, contingencyIn(x.values, xDomain, y.values, yDomain, keep))
}
