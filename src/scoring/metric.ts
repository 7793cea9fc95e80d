import type { Column, NumericColumn, StringColumn, Table } from '../artifacts/table.js'
import type { Filter, MetricSpec, Segment } from '../policy/schema.js'
import * as m from '../metrics/index.js'
import type { MetricResult } from '../metrics/result.js'
import * as k from '../metrics/kernels.js'
import { comparator, countBoth, countMask, evaluateFilter, filterColumns } from './filter.js'
import { contingencyOf, filterMask, histogramOf, keepMask, type RowMask, stringTruth } from './plan.js'

/** What a metric needs besides its table: facts about the run established by the I/O edge. */
export interface RunFacts {
  /** Entries of required_outputs missing from the run folder. */
  missingOutputs: string[]
  /** Replay pair equality for this run's seed; undefined when the run has no replay. */
  replayEqual?: boolean
}

/** The table a metric reads and the columns it needs from it (none for run-level metrics). */
export function metricColumns(spec: MetricSpec): { table: string; columns: string[] } | null {
  if (spec.kind === 'required_outputs_present' || spec.kind === 'replay_determinism') return null
  const columns = new Set<string>(filterColumns(spec.where))
  switch (spec.kind) {
    case 'count':
      break
    case 'share':
      filterColumns(spec.event).forEach((c) => columns.add(c))
      break
    case 'rate_difference':
      for (const f of [spec.event, spec.stratum_a, spec.stratum_b]) filterColumns(f).forEach((c) => columns.add(c))
      break
    case 'spearman':
    case 'pearson':
      columns.add(spec.x).add(spec.y)
      break
    case 'ratio_quantile':
      columns.add(spec.numerator).add(spec.denominator)
      break
    case 'min_difference':
    case 'max_difference':
      columns.add(spec.minuend).add(spec.subtrahend)
      break
    case 'distinct_count':
    case 'duplicate_count':
      spec.columns.forEach((c) => columns.add(c))
      break
    default:
      columns.add(spec.column)
  }
  return { table: spec.table, columns: [...columns].sort() }
}

/** Columns needed per table by all of a segment's metrics, so each table is read once, only those columns. */
export function neededColumns(segment: Segment): Map<string, string[]> {
  const byTable = new Map<string, Set<string>>()
  for (const spec of Object.values(segment.metrics)) {
    const need = metricColumns(spec)
    if (!need) continue
    const set = byTable.get(need.table) ?? new Set<string>()
    need.columns.forEach((c) => set.add(c))
    byTable.set(need.table, set)
  }
  return new Map([...byTable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, set]) => [t, [...set].sort()]))
}

/**
 * Computes one declared metric. Pure: tables are already read, run facts already established.
 * Fast exact kernels (src/metrics/kernels.ts) are used where the column's type and observed domain
 * allow, with intermediate results shared between metrics through the scoring plan's caches; the
 * straightforward metric functions remain the reference and the fallback.
 */
export function computeMetric(spec: MetricSpec, tables: Record<string, Table>, facts: RunFacts): MetricResult {
  if (spec.kind !== 'required_outputs_present' && spec.kind !== 'replay_determinism') {
    const table = tables[spec.table]
    if (table) {
      const fast = computeFast(spec, table)
      if (fast) return fast
    }
  }
  return computeReference(spec, tables, facts)
}

/** The fast path; null when no kernel applies (the reference then computes the metric). */
function computeFast(spec: MetricSpec, table: Table): MetricResult | null {
  const numeric = (name: string): NumericColumn | null => {
    const column = table.columns[name]
    return column && (column.type === 'int' || column.type === 'float') ? column : null
  }
  const ints = (name: string, where: RowMask): k.IntHistogram | null => {
    const column = numeric(name)
    const h = column && histogramOf(column, keepMask(column, where))
    return h && h.n > 0 ? h : null
  }
  const rows = (mask: RowMask): number => (mask ? countMask(mask) : table.rows)
  const fromOutcome = (o: { value: number } | { undefinedReason: string } | null, id: string): MetricResult | null =>
    o === null ? null : 'value' in o ? { status: 'ok', value: o.value, definition: id } : { status: 'undefined', reason: o.undefinedReason, definition: id }
  switch (spec.kind) {
    case 'count':
      return m.count(rows(filterMask(spec.where, table)))
    case 'share': {
      const where = filterMask(spec.where, table)
      const inEvent = (): number => {
        const event = filterMask(spec.event, table)
        return where ? countBoth(event, where) : countMask(event)
      }
      return m.shareOf(comparisonCount(spec.event, table, where) ?? inEvent(), rows(where))
    }
    case 'rate_difference': {
      const where = filterMask(spec.where, table)
      const event = filterMask(spec.event, table)
      const c =
        codedStrataCounts(spec.stratum_a, spec.stratum_b, table, event, where) ??
        stratumCounts(event, filterMask(spec.stratum_a, table), filterMask(spec.stratum_b, table), where)
      return m.rateDifference(c.eventA, c.a, c.eventB, c.b, spec.scale)
    }
    case 'mean':
    case 'std':
    case 'cv': {
      const column = numeric(spec.column)
      const x = column && selected(column, filterMask(spec.where, table))
      const moments = x && k.meanAndVariance(x)
      if (!moments) return null
      const { mean, variance } = moments
      if (spec.kind === 'mean') return { status: 'ok', value: mean, definition: m.DEFINITIONS.mean }
      if (spec.kind === 'std') return { status: 'ok', value: Math.sqrt(variance), definition: m.DEFINITIONS.std }
      return mean === 0 ? null : { status: 'ok', value: Math.sqrt(variance) / mean, definition: m.DEFINITIONS.cv }
    }
    case 'median':
    case 'quantile':
    case 'quantile_ratio': {
      const where = filterMask(spec.where, table)
      const qs = spec.kind === 'median' ? [0.5] : spec.kind === 'quantile' ? [spec.q] : [spec.upper, spec.lower]
      const h = ints(spec.column, where)
      let values: number[] | null
      if (h) values = qs.map((q) => k.histogramQuantile(h, q))
      else {
        const column = numeric(spec.column)
        const x = column && selected(column, where)
        values = x && x.length > 0 ? k.selectQuantiles(x, qs) : null
      }
      if (!values) return null
      const id = m.DEFINITIONS[spec.kind]
      if (spec.kind !== 'quantile_ratio') return { status: 'ok', value: values[0], definition: id }
      if (values[1] === 0) return { status: 'undefined', reason: `lower quantile (q=${spec.lower}) is 0`, definition: id }
      const r = values[0] / values[1]
      return Number.isFinite(r) ? { status: 'ok', value: r, definition: id } : null
    }
    case 'gini':
    case 'top_share': {
      const h = ints(spec.column, filterMask(spec.where, table))
      if (!h) return null
      return spec.kind === 'gini'
        ? fromOutcome(k.histogramGini(h), m.DEFINITIONS.gini)
        : fromOutcome(k.histogramTopShare(h, spec.fraction), m.DEFINITIONS.top_share)
    }
    case 'spearman':
    case 'ratio_quantile': {
      const x = numeric(spec.kind === 'spearman' ? spec.x : spec.numerator)
      const y = numeric(spec.kind === 'spearman' ? spec.y : spec.denominator)
      if (!x || !y) return null
      const t = contingencyOf(x, y, keepMask(y, keepMask(x, filterMask(spec.where, table))))
      if (!t || t.n < 2) return null
      if (spec.kind === 'spearman') {
        const r = k.contingencySpearman(t)
        return r === null ? null : { status: 'ok', value: r, definition: m.DEFINITIONS.spearman }
      }
      const r = k.contingencyRatioQuantile(t, spec.q)
      return r === null ? null : { status: 'ok', value: r, definition: m.DEFINITIONS.ratio_quantile }
    }
    case 'distinct_count':
    case 'duplicate_count': {
      const column = spec.columns.length === 1 ? table.columns[spec.columns[0]] : undefined
      if (!column || column.type !== 'string') return null
      const where = filterMask(spec.where, table)
      const distinct = distinctStrings(column, where)
      if (distinct === null) return null
      const id = m.DEFINITIONS[spec.kind]
      return { status: 'ok', value: spec.kind === 'distinct_count' ? distinct : rows(where) - distinct, definition: id }
    }
    default:
      return null
  }
}

/**
 * Rows within `where` matching one comparison on a small-integer column, from the column's histogram
 * (which its order statistics or a contingency table share) rather than a mask; null for other filters.
 */
function comparisonCount(filter: Filter, table: Table, where: RowMask): number | null {
  if ('all' in filter || 'any' in filter || !('value' in filter) || typeof filter.value !== 'number') return null
  const { column: name, op, value } = filter
  const column = table.columns[name]
  if (!column || (column.type !== 'int' && column.type !== 'float')) return null
  const h = histogramOf(column, keepMask(column, where))
  if (!h) return null
  const test = comparator(op)
  let n = 0
  // Null rows are not in the histogram: a null never matches a comparison.
  for (let b = 0; b < h.counts.length; b++) if (h.counts[b] > 0 && test(h.min + b, value)) n += h.counts[b]
  return n
}

/** Values of the selected non-null rows, in row order as the reference gathers them (the column itself when that is every row). */
function selected(column: NumericColumn, where: RowMask): Float64Array {
  const keep = keepMask(column, where)
  if (!keep) return column.values
  const out = new Float64Array(countMask(keep))
  for (let i = 0, j = 0; i < keep.length; i++) if (keep[i]) out[j++] = column.values[i]
  return out
}

type StratumCounts = { eventA: number; a: number; eventB: number; b: number }

/**
 * Stratum counts when both strata are string predicates on one column with dictionary codes (say, two
 * size tiers): one pass counts rows per code and event, and each stratum sums the codes it accepts,
 * with no stratum mask built. Null otherwise.
 */
function codedStrataCounts(stratumA: Filter, stratumB: Filter, table: Table, event: Uint8Array, where: RowMask): StratumCounts | null {
  if ('all' in stratumA || 'any' in stratumA || 'all' in stratumB || 'any' in stratumB || stratumA.column !== stratumB.column) return null
  const column = table.columns[stratumA.column]
  if (!column || column.type !== 'string' || !column.dictionary) return null
  const { codes, strings } = column.dictionary
  const truthA = stringTruth(stratumA, strings)
  const truthB = stringTruth(stratumB, strings)
  if (!truthA || !truthB) return null
  // Null rows are not kept: a null never matches a predicate.
  const counts = k.eventCountsByCode(codes, strings.length, event, keepMask(column, where))
  const c = { eventA: 0, a: 0, eventB: 0, b: 0 }
  for (let code = 0; code < strings.length; code++) {
    const [quiet, loud] = [counts[2 * code], counts[2 * code + 1]]
    c.a += truthA[code] * (quiet + loud)
    c.eventA += truthA[code] * loud
    c.b += truthB[code] * (quiet + loud)
    c.eventB += truthB[code] * loud
  }
  return c
}

/** Event and total counts of both strata within `where`, in one pass and without intermediate masks. */
function stratumCounts(event: Uint8Array, a: Uint8Array, b: Uint8Array, where: RowMask): StratumCounts {
  let inA = 0
  let inB = 0
  let eventA = 0
  let eventB = 0
  for (let i = 0; i < event.length; i++) {
    const w = where ? where[i] : 1
    const ai = a[i] & w
    const bi = b[i] & w
    inA += ai
    inB += bi
    eventA += ai & event[i]
    eventB += bi & event[i]
  }
  return { eventA, a: inA, eventB, b: inB }
}

/**
 * Distinct strings among the selected rows (nulls count as one key, as keyColumn makes them): by
 * dictionary codes when the column has them, else in one comparing pass when the bytes are sorted (ids
 * usually are; part by part when the column is kept in parts), else by hashing the bytes. Null when the
 * column has neither codes nor bytes.
 */
function distinctStrings(column: StringColumn, where: RowMask): number | null {
  const nulls = column.nulls
  if (column.dictionary) {
    const { codes, strings } = column.dictionary
    const seen = new Uint8Array(strings.length)
    let distinct = 0
    let sawNull = 0
    for (let i = 0; i < codes.length; i++) {
      if (where && !where[i]) continue
      if (nulls && nulls[i]) sawNull = 1
      else if (!seen[codes[i]]) {
        seen[codes[i]] = 1
        distinct++
      }
    }
    return distinct + sawNull
  }
  // Part by part when kept so, or when the reader saw the strings sorted (then not read row by row).
  const parts = column.byteParts ?? (column.bytes?.sortedDistinct !== undefined ? [column.bytes] : undefined)
  const sortedParts = parts && k.distinctSortedByteParts(parts, where, nulls)
  if (typeof sortedParts === 'number') return sortedParts
  const bytes = column.bytes // (parts not in order are joined here)
  if (!bytes) return null
  return k.distinctSortedBytes(bytes.data, bytes.offsets, where, nulls) ?? k.distinctBytes(bytes.data, bytes.offsets, where, nulls)
}

/** The straightforward computation of every metric kind: the reference the kernels are tested against. */
export function computeReference(spec: MetricSpec, tables: Record<string, Table>, facts: RunFacts): MetricResult {
  if (spec.kind === 'required_outputs_present') {
    return { status: 'ok', value: facts.missingOutputs.length === 0 ? 1 : 0, definition: m.DEFINITIONS.required_outputs_present }
  }
  if (spec.kind === 'replay_determinism') {
    const definition = m.DEFINITIONS.replay_determinism
    if (facts.replayEqual === undefined) return { status: 'undefined', reason: 'no replay run for this seed', definition }
    return { status: 'ok', value: facts.replayEqual ? 1 : 0, definition }
  }
  const table = tables[spec.table]
  if (!table) throw new Error(`table ${spec.table} was not read`)
  const where = evaluateFilter(spec.where, table)
  switch (spec.kind) {
    case 'count':
      return m.count(countMask(where))
    case 'share': {
      const event = evaluateFilter(spec.event, table)
      return m.shareOf(countBoth(event, where), countMask(where))
    }
    case 'rate_difference': {
      const event = evaluateFilter(spec.event, table)
      const a = intersect(evaluateFilter(spec.stratum_a, table), where)
      const b = intersect(evaluateFilter(spec.stratum_b, table), where)
      return m.rateDifference(countBoth(event, a), countMask(a), countBoth(event, b), countMask(b), spec.scale)
    }
    case 'mean':
      return m.mean(numeric(table, spec.column, where))
    case 'std':
      return m.std(numeric(table, spec.column, where))
    case 'cv':
      return m.cv(numeric(table, spec.column, where))
    case 'median':
      return m.median(numeric(table, spec.column, where))
    case 'quantile':
      return m.quantile(numeric(table, spec.column, where), spec.q)
    case 'quantile_ratio':
      return m.quantileRatio(numeric(table, spec.column, where), spec.upper, spec.lower)
    case 'gini':
      return m.gini(numeric(table, spec.column, where))
    case 'top_share':
      return m.topShare(numeric(table, spec.column, where), spec.fraction)
    case 'spearman':
    case 'pearson': {
      const [x, y] = numericPair(table, spec.x, spec.y, where)
      return spec.kind === 'spearman' ? m.spearman(x, y) : m.pearson(x, y)
    }
    case 'ratio_quantile': {
      const [num, den] = numericPair(table, spec.numerator, spec.denominator, where)
      return m.ratioQuantile(num, den, spec.q)
    }
    case 'min_difference':
    case 'max_difference': {
      const [a, b] = numericPair(table, spec.minuend, spec.subtrahend, where)
      return spec.kind === 'min_difference' ? m.minDifference(a, b) : m.maxDifference(a, b)
    }
    case 'distinct_count':
    case 'duplicate_count': {
      const keys = spec.columns.map((c) => keyColumn(table.columns[c], where))
      return spec.kind === 'distinct_count' ? m.distinctCount(keys) : m.duplicateCount(keys)
    }
    case 'null_rate': {
      const nulls = table.columns[spec.column].nulls
      let n = 0
      if (nulls) for (let i = 0; i < where.length; i++) n += where[i] & nulls[i]
      return m.nullRate(n, countMask(where))
    }
  }
}

function intersect(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length)
  for (let i = 0; i < a.length; i++) out[i] = a[i] & b[i]
  return out
}

function numericColumn(table: Table, name: string): NumericColumn {
  const column = table.columns[name]
  if (column.type !== 'int' && column.type !== 'float') throw new Error(`column ${name} is not numeric`)
  return column
}

/** Values of the rows selected by `where`, nulls skipped. */
function numeric(table: Table, name: string, where: Uint8Array): Float64Array {
  const { values, nulls } = numericColumn(table, name)
  let n = 0
  for (let i = 0; i < values.length; i++) if (where[i] && !nulls?.[i]) n++
  if (n === values.length) return values
  const out = new Float64Array(n)
  for (let i = 0, j = 0; i < values.length; i++) if (where[i] && !nulls?.[i]) out[j++] = values[i]
  return out
}

/** Paired values of rows selected by `where` where neither side is null. */
function numericPair(table: Table, xName: string, yName: string, where: Uint8Array): [Float64Array, Float64Array] {
  const x = numericColumn(table, xName)
  const y = numericColumn(table, yName)
  const keep = new Uint8Array(where.length)
  for (let i = 0; i < where.length; i++) keep[i] = where[i] && !x.nulls?.[i] && !y.nulls?.[i] ? 1 : 0
  const n = countMask(keep)
  if (n === where.length) return [x.values, y.values]
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  for (let i = 0, j = 0; i < where.length; i++) {
    if (!keep[i]) continue
    xs[j] = x.values[i]
    ys[j++] = y.values[i]
  }
  return [xs, ys]
}

/** A key column for distinct/duplicate counting: selected rows, nulls as a distinct null key. */
function keyColumn(column: Column, where: Uint8Array): (string | number | boolean | null)[] {
  const out: (string | number | boolean | null)[] = []
  for (let i = 0; i < where.length; i++) {
    if (!where[i]) continue
    if (column.nulls?.[i]) out.push(null)
    else if (column.type === 'bool') out.push(column.values[i] === 1)
    else out.push(column.values[i])
  }
  return out
}
