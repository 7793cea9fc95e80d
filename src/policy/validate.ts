import type { ColumnType, Filter, MetricSpec, Policy, Predicate, Segment } from './schema.js'

/**
 * Cross-reference checks the zod schema cannot express: names that must point at declared tables,
 * columns, metrics and checks, column types that must fit the metric, names that must be unique.
 * Pure: returns problems located by key path; parsePolicy turns the first one into a file:line:col error.
 */

export type PathSegment = string | number

export interface PolicyProblem {
  /** Key path from the document root, e.g. ['segments', '1A', 'checks', 3, 'metric']. */
  path: PathSegment[]
  message: string
  /** Whether the problem is the key itself (e.g. an unknown name used as a key) rather than its value. */
  at: 'key' | 'value'
}

/** Metric kinds that read numeric (int or float) columns, and the fields that name those columns. */
const NUMERIC_FIELDS: Partial<Record<MetricSpec['kind'], string[]>> = {
  mean: ['column'],
  std: ['column'],
  cv: ['column'],
  median: ['column'],
  quantile: ['column'],
  quantile_ratio: ['column'],
  gini: ['column'],
  top_share: ['column'],
  spearman: ['x', 'y'],
  pearson: ['x', 'y'],
  ratio_quantile: ['numerator', 'denominator'],
  min_difference: ['minuend', 'subtrahend'],
  max_difference: ['minuend', 'subtrahend']
}
const FILTER_FIELDS = ['where', 'event', 'stratum_a', 'stratum_b'] as const

export function validatePolicy(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  if (Object.keys(policy.segments).length === 0) problems.push({ path: ['segments'], message: 'declares no segment: add at least one', at: 'value' })
  for (const [id, segment] of Object.entries(policy.segments)) {
    problems.push(...validateSegment(segment, ['segments', id]))
  }
  return problems
}

export function validateSegment(segment: Segment, base: PathSegment[] = []): PolicyProblem[] {
  const problems: PolicyProblem[] = []
  const report = (path: PathSegment[], message: string, at: 'key' | 'value' = 'value') =>
    problems.push({ path: [...base, ...path], message, at })

  for (const [tableName, table] of Object.entries(segment.tables)) {
    const why = relativePathProblem(table.path)
    if (why) report(['tables', tableName, 'path'], why)
  }

  segment.required_outputs.forEach((output, i) => {
    if (output in segment.tables) return
    const why = relativePathProblem(output)
    if (why) report(['required_outputs', i], `${why} (or name a table)`)
  })

  for (const [metricName, metric] of Object.entries(segment.metrics)) {
    validateMetric(segment, metric, (path, message) => report(['metrics', metricName, ...path], message))
  }

  const metricNames = Object.keys(segment.metrics)
  const firstUse = new Map<string, string>()
  const checkMetric = (path: PathSegment[], metric: string) => {
    if (!(metric in segment.metrics)) report(path, `unknown metric '${metric}' (known: ${known(metricNames, metric)})`)
  }
  const checkName = (where: string, path: PathSegment[], name: string) => {
    const first = firstUse.get(name)
    if (first) report(path, `duplicate gate/check name '${name}' (already used by ${first})`)
    else firstUse.set(name, where)
  }
  segment.hard_gates.forEach((gate, i) => {
    checkName(`hard_gates[${i}]`, ['hard_gates', i, 'name'], gate.name)
    checkMetric(['hard_gates', i, 'metric'], gate.metric)
  })
  segment.checks.forEach((check, i) => {
    checkName(`checks[${i}]`, ['checks', i, 'name'], check.name)
    checkMetric(['checks', i, 'metric'], check.metric)
  })
  segment.concentration_protection.forEach((surface, i) => checkMetric(['concentration_protection', i, 'metric'], surface.metric))

  const seenSeeds = new Map<number, number>()
  segment.roster.forEach((seed, i) => {
    const first = seenSeeds.get(seed)
    if (first !== undefined) report(['roster', i], `duplicate roster seed ${seed} (already roster[${first}])`)
    else seenSeeds.set(seed, i)
  })

  const checkNames = [...firstUse.keys()]
  const scopeNames = new Map<string, number>()
  segment.frozen_scopes.forEach((scope, i) => {
    const first = scopeNames.get(scope.name)
    if (first !== undefined) report(['frozen_scopes', i, 'name'], `duplicate frozen scope name '${scope.name}' (already frozen_scopes[${first}])`)
    else scopeNames.set(scope.name, i)
    scope.config_keys.forEach((entry, j) => {
      const why = relativePathProblem(entry.file)
      if (why) report(['frozen_scopes', i, 'config_keys', j, 'file'], why)
    })
    scope.protected_checks.forEach((check, j) => {
      if (!firstUse.has(check)) {
        report(['frozen_scopes', i, 'protected_checks', j], `unknown gate or check '${check}' (known: ${known(checkNames, check)})`)
      }
    })
    for (const check of Object.keys(scope.tolerances)) {
      if (!scope.protected_checks.includes(check)) {
        report(
          ['frozen_scopes', i, 'tolerances', check],
          `tolerance for '${check}', which is not a protected check of this scope (protected: ${known(scope.protected_checks, check)})`,
          'key'
        )
      }
    }
  })
  return problems
}

type Report = (path: PathSegment[], message: string) => void

function validateMetric(segment: Segment, metric: MetricSpec, report: Report): void {
  if (!('table' in metric)) return
  const table = segment.tables[metric.table]
  if (!table) {
    report(['table'], `unknown table '${metric.table}' (known: ${known(Object.keys(segment.tables), metric.table)})`)
    return
  }
  const columnType = (column: string): ColumnType | undefined => {
    const spec = table.columns[column]
    if (spec === undefined) return undefined
    return typeof spec === 'string' ? spec : spec.type
  }
  /** The column's type, or undefined after reporting that the table has no such column. */
  const lookup = (path: PathSegment[], column: string): ColumnType | undefined => {
    const type = columnType(column)
    if (type === undefined) {
      report(path, `unknown column '${column}' in table '${metric.table}' (known: ${known(Object.keys(table.columns), column)})`)
    }
    return type
  }

  const fields = metric as unknown as Record<string, unknown>
  for (const field of NUMERIC_FIELDS[metric.kind] ?? []) {
    const column = fields[field] as string
    const type = lookup([field], column)
    if (type && !isNumeric(type)) {
      report([field], `column '${column}' of table '${metric.table}' is ${type}; a ${metric.kind} needs an int or float column`)
    }
  }
  if (metric.kind === 'null_rate') lookup(['column'], metric.column)
  if (metric.kind === 'distinct_count' || metric.kind === 'duplicate_count') {
    metric.columns.forEach((column, i) => lookup(['columns', i], column))
  }
  if (metric.kind === 'quantile_ratio' && metric.lower >= metric.upper) {
    report(['lower'], `lower (${metric.lower}) must be below upper (${metric.upper})`)
  }
  for (const field of FILTER_FIELDS) {
    const filter = fields[field] as Filter | undefined
    if (filter !== undefined) validateFilter(filter, [field], lookup, report)
  }
}

function validateFilter(
  filter: Filter,
  path: PathSegment[],
  lookup: (path: PathSegment[], column: string) => ColumnType | undefined,
  report: Report
): void {
  if ('all' in filter) return filter.all.forEach((p, i) => validatePredicate(p, [...path, 'all', i], lookup, report))
  if ('any' in filter) return filter.any.forEach((p, i) => validatePredicate(p, [...path, 'any', i], lookup, report))
  validatePredicate(filter, path, lookup, report)
}

function validatePredicate(
  predicate: Predicate,
  path: PathSegment[],
  lookup: (path: PathSegment[], column: string) => ColumnType | undefined,
  report: Report
): void {
  const type = lookup([...path, 'column'], predicate.column)
  if ('to_column' in predicate) {
    const other = lookup([...path, 'to_column'], predicate.to_column)
    if (type && other && !sameKind(type, other)) {
      report([...path, 'to_column'], `compares ${type} column '${predicate.column}' with ${other} column '${predicate.to_column}'`)
    }
  }
  if (!type) return
  if ('to_column' in predicate || 'value' in predicate) {
    const ordering = predicate.op !== 'eq' && predicate.op !== 'ne'
    if (ordering && type === 'bool') report([...path, 'op'], `'${predicate.op}' orders values; bool column '${predicate.column}' allows eq or ne`)
  }
  const equality = predicate.op === 'eq' || predicate.op === 'ne' || predicate.op === 'in' || predicate.op === 'not_in'
  const checkValue = (valuePath: PathSegment[], value: number | string | boolean) => {
    const why = valueMismatch(type, value, equality)
    if (why) report(valuePath, `column '${predicate.column}' is ${type}; ${why}`)
  }
  if ('value' in predicate) checkValue([...path, 'value'], predicate.value)
  if ('values' in predicate) predicate.values.forEach((v, i) => checkValue([...path, 'values', i], v))
}

function valueMismatch(type: ColumnType, value: number | string | boolean, equality: boolean): string | undefined {
  const shown = typeof value === 'string' ? `'${value}'` : String(value)
  if (isNumeric(type)) {
    if (typeof value !== 'number') return `${shown} is not a number`
    if (type === 'int' && equality && !Number.isInteger(value)) return `${shown} can never equal an int`
    return undefined
  }
  if (type === 'string') return typeof value === 'string' ? undefined : `${shown} is not a string (quote it)`
  return typeof value === 'boolean' ? undefined : `${shown} is not true or false`
}

const isNumeric = (type: ColumnType) => type === 'int' || type === 'float'
const sameKind = (a: ColumnType, b: ColumnType) => a === b || (isNumeric(a) && isNumeric(b))

/** Why a path is not a safe relative path (inside the run folder or repository), or undefined when it is. */
export function relativePathProblem(path: string): string | undefined {
  if (path.includes('\0')) return `'${path}' contains a NUL character`
  if (/^([/\\]|[A-Za-z]:)/.test(path)) return `'${path}' must be a relative path`
  if (path.split(/[/\\]/).includes('..')) return `'${path}' must not contain '..'`
  return undefined
}

/** Known names for an error message, the closest to `wanted` first, at most 8. */
export function known(names: readonly string[], wanted: string): string {
  if (names.length === 0) return 'none declared'
  // Names containing the wanted one (or contained in it) first, then by edit distance less the shared
  // prefix (typos are mostly at the end), then by name.
  const score = (n: string) =>
    (n.includes(wanted) || wanted.includes(n) ? -1000 : 0) + editDistance(n, wanted) - commonPrefix(n, wanted)
  const ranked = [...names].sort((a, b) => score(a) - score(b) || (a < b ? -1 : a > b ? 1 : 0))
  return ranked.length > 8 ? `${ranked.slice(0, 8).join(', ')}, ...` : ranked.join(', ')
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.length]
}
