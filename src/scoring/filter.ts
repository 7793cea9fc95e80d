import type { Column, Table } from '../artifacts/table.js'
import type { Filter, Predicate } from '../policy/schema.js'

/** Columns a filter reads. */
export function filterColumns(filter: Filter | undefined): string[] {
  if (!filter) return []
  const predicates = 'all' in filter ? filter.all : 'any' in filter ? filter.any : [filter]
  const names = new Set<string>()
  for (const p of predicates) {
    names.add(p.column)
    if ('to_column' in p) names.add(p.to_column)
  }
  return [...names]
}

/** 1 where the row matches the filter; every row when there is no filter. A null never matches a comparison. */
export function evaluateFilter(filter: Filter | undefined, table: Table): Uint8Array {
  const mask = new Uint8Array(table.rows)
  if (!filter) return mask.fill(1)
  if ('all' in filter) {
    mask.fill(1)
    for (const p of filter.all) andInto(mask, evaluatePredicate(p, table))
  } else if ('any' in filter) {
    for (const p of filter.any) orInto(mask, evaluatePredicate(p, table))
  } else {
    mask.set(evaluatePredicate(filter, table))
  }
  return mask
}

function andInto(mask: Uint8Array, other: Uint8Array): void {
  for (let i = 0; i < mask.length; i++) mask[i] &= other[i]
}
function orInto(mask: Uint8Array, other: Uint8Array): void {
  for (let i = 0; i < mask.length; i++) mask[i] |= other[i]
}

type Scalar = number | string | boolean

function evaluatePredicate(p: Predicate, table: Table): Uint8Array {
  const column = columnOf(table, p.column)
  const out = new Uint8Array(table.rows)
  const nulls = column.nulls
  if (p.op === 'is_null' || p.op === 'not_null') {
    const want = p.op === 'is_null' ? 1 : 0
    for (let i = 0; i < out.length; i++) out[i] = (nulls?.[i] ?? 0) === want ? 1 : 0
    return out
  }
  const get = accessor(column)
  if ('to_column' in p) {
    const other = columnOf(table, p.to_column)
    const getOther = accessor(other)
    const test = comparator(p.op)
    for (let i = 0; i < out.length; i++) {
      if (nulls?.[i] || other.nulls?.[i]) continue
      out[i] = test(get(i), getOther(i)) ? 1 : 0
    }
    return out
  }
  if ('values' in p) {
    const set = new Set<Scalar>(p.values.map((v) => normalizeScalar(v, column)))
    const wantIn = p.op === 'in'
    for (let i = 0; i < out.length; i++) {
      if (nulls?.[i]) continue
      out[i] = set.has(get(i)) === wantIn ? 1 : 0
    }
    return out
  }
  if (!('value' in p)) throw new Error('unreachable: predicate without value')
  const value = normalizeScalar(p.value, column)
  const test = comparator(p.op)
  for (let i = 0; i < out.length; i++) {
    if (nulls?.[i]) continue
    out[i] = test(get(i), value) ? 1 : 0
  }
  return out
}

function columnOf(table: Table, name: string): Column {
  const column = table.columns[name]
  if (!column) throw new Error(`column ${name} was not read for table ${table.name}`)
  return column
}

function accessor(column: Column): (i: number) => Scalar {
  if (column.type === 'bool') return (i) => column.values[i] === 1
  const values = column.values
  return (i) => values[i]
}

/** Booleans compare as booleans; policy validation guarantees the value's type fits the column. */
function normalizeScalar(v: Scalar, column: Column): Scalar {
  if (column.type === 'bool' && typeof v === 'number') return v !== 0
  return v
}

export function comparator(op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'): (a: Scalar, b: Scalar) => boolean {
  switch (op) {
    case 'eq':
      return (a, b) => a === b
    case 'ne':
      return (a, b) => a !== b
    case 'lt':
      return (a, b) => a < b
    case 'le':
      return (a, b) => a <= b
    case 'gt':
      return (a, b) => a > b
    case 'ge':
      return (a, b) => a >= b
  }
}

/** Number of 1s in a mask (of 0s and 1s). */
export function countMask(mask: Uint8Array): number {
  return countWords(mask)
}

/** Rows where both masks are 1. */
export function countBoth(a: Uint8Array, b: Uint8Array): number {
  return countWords(a, b)
}

/**
 * Sum of a 0/1 mask, or of the AND of two, four bytes at a time: the four byte lanes of a word add up
 * separately until a lane could carry into the next (folded every 127 words, so the sum stays an int32).
 */
function countWords(a: Uint8Array, b?: Uint8Array): number {
  const both = b ?? a
  let n = 0
  let i = 0
  // Word views need 4-byte aligned starts; masks are fresh arrays (offset 0) except in odd cases.
  if (a.byteOffset % 4 !== 0 || both.byteOffset % 4 !== 0) {
    for (; i < a.length; i++) n += a[i] & both[i]
    return n
  }
  const words = a.length >> 2
  const aw = new Uint32Array(a.buffer, a.byteOffset, words)
  const bw = new Uint32Array(both.buffer, both.byteOffset, words)
  for (let w = 0; w < words; ) {
    const end = Math.min(words, w + 127)
    let lanes = 0
    for (; w < end; w++) lanes += aw[w] & bw[w]
    n += (lanes & 0xff) + ((lanes >>> 8) & 0xff) + ((lanes >>> 16) & 0xff) + (lanes >>> 24)
  }
  for (i = words * 4; i < a.length; i++) n += a[i] & both[i]
  return n
}
