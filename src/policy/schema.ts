import { z } from 'zod'

/**
 * The policy file: what a segment's runs must contain, which metrics are computed from them, and the
 * certification law applied to those metrics. Every metric is one of a closed vocabulary of kinds:
 * nothing in a policy is evaluated as code.
 */

const name = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'must start with a letter or _ and contain only letters, digits, _ . -')

export const ColumnType = z.enum(['int', 'float', 'string', 'bool'])
export type ColumnType = z.infer<typeof ColumnType>

export const ColumnSpec = z.union([
  ColumnType,
  z.strictObject({ type: ColumnType, nullable: z.boolean().default(false) })
])

export const TableSpec = z.strictObject({
  /** File or folder of part files, relative to the run folder. */
  path: z.string().min(1),
  /** Defaults to the file extension (.parquet, .csv, .jsonl/.ndjson) of the file or of the folder's parts. */
  format: z.enum(['parquet', 'csv', 'jsonl']).optional(),
  columns: z.record(name, ColumnSpec)
})
export type TableSpec = z.infer<typeof TableSpec>

const Scalar = z.union([z.number(), z.string(), z.boolean()])
export const Comparison = z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge'])

export const Predicate = z.union([
  z.strictObject({ column: name, op: Comparison, value: Scalar }),
  z.strictObject({ column: name, op: Comparison, to_column: name }),
  z.strictObject({ column: name, op: z.enum(['in', 'not_in']), values: z.array(Scalar).min(1) }),
  z.strictObject({ column: name, op: z.enum(['is_null', 'not_null']) })
])
export type Predicate = z.infer<typeof Predicate>

/** A row filter: one predicate, or all/any of a list of predicates. */
export const Filter = z.union([
  Predicate,
  z.strictObject({ all: z.array(Predicate).min(1) }),
  z.strictObject({ any: z.array(Predicate).min(1) })
])
export type Filter = z.infer<typeof Filter>

const onTable = { table: name, where: Filter.optional(), description: z.string().optional() }
const unitInterval = z.number().min(0).max(1)

export const MetricSpec = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count'), ...onTable }),
  /** Rows matching `event` / rows matching `where` (all rows when absent). Also called a rate. */
  z.strictObject({ kind: z.literal('share'), ...onTable, event: Filter }),
  z.strictObject({ kind: z.literal('mean'), ...onTable, column: name }),
  z.strictObject({ kind: z.literal('std'), ...onTable, column: name }),
  z.strictObject({ kind: z.literal('cv'), ...onTable, column: name }),
  z.strictObject({ kind: z.literal('median'), ...onTable, column: name }),
  z.strictObject({ kind: z.literal('quantile'), ...onTable, column: name, q: unitInterval }),
  /** Quantile(upper) / quantile(lower), e.g. P95/P05; undefined when the lower quantile is 0. */
  z.strictObject({ kind: z.literal('quantile_ratio'), ...onTable, column: name, upper: unitInterval, lower: unitInterval }),
  z.strictObject({ kind: z.literal('gini'), ...onTable, column: name }),
  z.strictObject({ kind: z.literal('top_share'), ...onTable, column: name, fraction: z.number().gt(0).max(1) }),
  z.strictObject({ kind: z.literal('spearman'), ...onTable, x: name, y: name }),
  z.strictObject({ kind: z.literal('pearson'), ...onTable, x: name, y: name }),
  /** Quantile q of numerator/denominator over rows whose denominator is not 0. */
  z.strictObject({ kind: z.literal('ratio_quantile'), ...onTable, numerator: name, denominator: name, q: unitInterval }),
  /** (share of `event` within stratum_a − share of `event` within stratum_b) × scale, e.g. scale 100 for pp. */
  z.strictObject({
    kind: z.literal('rate_difference'),
    ...onTable,
    event: Filter,
    stratum_a: Filter,
    stratum_b: Filter,
    scale: z.number().positive().default(1)
  }),
  z.strictObject({ kind: z.literal('distinct_count'), ...onTable, columns: z.array(name).min(1) }),
  /** Rows whose key (the listed columns) already appeared in an earlier row: rows − distinct keys. */
  z.strictObject({ kind: z.literal('duplicate_count'), ...onTable, columns: z.array(name).min(1) }),
  z.strictObject({ kind: z.literal('null_rate'), ...onTable, column: name }),
  /** min over rows of (minuend − subtrahend), e.g. the smallest gap of a case timeline. */
  z.strictObject({ kind: z.literal('min_difference'), ...onTable, minuend: name, subtrahend: name }),
  z.strictObject({ kind: z.literal('max_difference'), ...onTable, minuend: name, subtrahend: name }),
  /** 1 when every entry of the segment's required_outputs exists in the run folder, else 0. */
  z.strictObject({ kind: z.literal('required_outputs_present'), description: z.string().optional() }),
  /**
   * 1 when the seed's replay run (same seed and parameter_hash) has the same outputs digest as the
   * roster run, 0 when it differs; undefined when there is no replay run for the seed.
   */
  z.strictObject({ kind: z.literal('replay_determinism'), description: z.string().optional() })
])
export type MetricSpec = z.infer<typeof MetricSpec>
export type MetricKind = MetricSpec['kind']

/** Inclusive interval; at least one end. */
export const Band = z
  .strictObject({ min: z.number().optional(), max: z.number().optional() })
  .refine((b) => b.min !== undefined || b.max !== undefined, 'a band needs min, max or both')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'min must not exceed max')
export type Band = z.infer<typeof Band>

export const HardGate = z.strictObject({
  name,
  metric: name,
  pass: Band,
  description: z.string().optional()
})
export type HardGate = z.infer<typeof HardGate>

export const BandCheck = z.strictObject({
  name,
  metric: name,
  B: Band,
  B_plus: Band,
  description: z.string().optional()
})
export type BandCheck = z.infer<typeof BandCheck>

export const Law = z.strictObject({
  /** Share of B-band checks that must pass for grade B. */
  B: unitInterval.default(0.7),
  /** Share of B+-band checks that must pass for grade B+. */
  B_plus: unitInterval.default(0.8)
})

/** A concentration surface: B+ also needs this metric inside `within` on every roster seed. */
export const ConcentrationSurface = z.strictObject({ metric: name, within: Band })

export const Tolerance = z
  .strictObject({ abs: z.number().nonnegative().optional(), rel: z.number().nonnegative().optional() })
  .refine((t) => t.abs !== undefined || t.rel !== undefined, 'a tolerance needs abs, rel or both')
export type Tolerance = z.infer<typeof Tolerance>

export const ConfigKeys = z.strictObject({
  /** A YAML or JSON file, relative to the repository root. */
  file: z.string().min(1),
  /** Dotted key paths; `*` matches one segment, `**` any number. */
  keys: z.array(z.string().min(1)).min(1)
})

export const FrozenScope = z.strictObject({
  name: z.string().min(1),
  wave: z.string().min(1),
  description: z.string().optional(),
  /** Globs (picomatch) relative to the repository root. */
  paths: z.array(z.string().min(1)).default([]),
  config_keys: z.array(ConfigKeys).default([]),
  /** Checks (band checks or hard gates) this scope owns and the freeze guard protects. */
  protected_checks: z.array(name).min(1),
  /** Allowed drift of a protected check from its certified value: max(abs, rel × |certified|). */
  tolerance: Tolerance,
  tolerances: z.record(name, Tolerance).default({})
})
export type FrozenScope = z.infer<typeof FrozenScope>

export const Segment = z.strictObject({
  description: z.string().optional(),
  tables: z.record(name, TableSpec),
  /** Table names or paths relative to the run folder that must exist in every run. */
  required_outputs: z.array(z.string().min(1)).default([]),
  metrics: z.record(name, MetricSpec),
  hard_gates: z.array(HardGate).default([]),
  checks: z.array(BandCheck).default([]),
  law: Law.default({ B: 0.7, B_plus: 0.8 }),
  concentration_protection: z.array(ConcentrationSurface).default([]),
  roster: z.array(z.number().int().nonnegative()).min(1),
  frozen_scopes: z.array(FrozenScope).default([]),
  /** Confounding: an unowned metric moved beyond max(tolerance, noise_k × cross-seed std). */
  noise_k: z.number().positive().default(3)
})
export type Segment = z.infer<typeof Segment>

export const Policy = z.strictObject({
  version: z.literal(1),
  segments: z.record(name, Segment)
})
export type Policy = z.infer<typeof Policy>
