import { z } from 'zod'

// A policy is parsed once per process: compiling zod's fast path (new Function) costs more than it saves.
z.config({ jitless: true })

/**
 * The policy file: what a segment's runs must contain, which metrics are computed from them, and the
 * certification law applied to those metrics. Every metric is one of a closed vocabulary of kinds:
 * nothing in a policy is evaluated as code.
 *
 * Descriptions given here end up in schema/policy.schema.json (see scripts/generate-schema.ts), which
 * editors use for completion and hover help; docs/policy.md explains the same keys at length.
 */

/** A strict object whose "unknown key" error lists the keys that are allowed there. */
function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape).join(', ')
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')} (allowed: ${allowed})`
        : undefined
  })
}

const name = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]*$/, 'must start with a letter or _ and contain only letters, digits, _ . -')
  .describe('A name: starts with a letter or _, then letters, digits, _ . -')

export const ColumnType = z.enum(['int', 'float', 'string', 'bool']).describe('Column type: int, float, string or bool')
export type ColumnType = z.infer<typeof ColumnType>

export const ColumnSpec = z
  .union([
    ColumnType,
    strict({
      type: ColumnType,
      nullable: z.boolean().default(false).describe('Whether the column may hold nulls (default false)')
    })
  ])
  .describe('A column type, or { type, nullable } for a column that may hold nulls')

export const TableSpec = strict({
  /** File or folder of part files, relative to the run folder. */
  path: z.string().min(1).describe('File, or folder of part files, relative to the run folder'),
  /** Defaults to the file extension (.parquet, .csv, .jsonl/.ndjson) of the file or of the folder's parts. */
  format: z
    .enum(['parquet', 'csv', 'jsonl'])
    .optional()
    .describe('parquet, csv or jsonl; defaults to the file extension (.parquet, .csv, .jsonl/.ndjson)'),
  columns: z.record(name, ColumnSpec).describe('The columns the metrics may use: name -> type')
}).meta({ id: 'Table', title: 'Table', description: 'A table every run of the segment produces' })
export type TableSpec = z.infer<typeof TableSpec>

const Scalar = z.union([z.number(), z.string(), z.boolean()]).describe('A number, string or boolean')
export const Comparison = z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge']).describe('eq, ne, lt, le, gt or ge')

const predicateColumn = name.describe('The column the predicate tests')
export const Predicate = z
  .union([
    strict({ column: predicateColumn, op: Comparison, value: Scalar }),
    strict({ column: predicateColumn, op: Comparison, to_column: name.describe('Column compared with `column`') }),
    strict({ column: predicateColumn, op: z.enum(['in', 'not_in']), values: z.array(Scalar).min(1) }),
    strict({ column: predicateColumn, op: z.enum(['is_null', 'not_null']) })
  ])
  .meta({ id: 'Predicate', title: 'Predicate', description: 'A test on one column of a row' })
export type Predicate = z.infer<typeof Predicate>

/** A row filter: one predicate, or all/any of a list of predicates. */
export const Filter = z
  .union([
    Predicate,
    strict({ all: z.array(Predicate).min(1).describe('Rows matching every predicate') }),
    strict({ any: z.array(Predicate).min(1).describe('Rows matching at least one predicate') })
  ])
  .meta({ id: 'Filter', title: 'Filter', description: 'A row filter: one predicate, or { all: [...] } or { any: [...] }' })
export type Filter = z.infer<typeof Filter>

const onTable = {
  table: name.describe('The table (a key of `tables`) the metric reads'),
  where: Filter.optional().describe('Only rows matching this filter are used (all rows when absent)'),
  description: z.string().optional().describe('What the metric measures, for humans')
}
const unitInterval = z.number().min(0).max(1)
const numericColumn = name.describe('A numeric (int or float) column of the table')
const keyColumns = z.array(name).min(1).describe('The columns forming the key')
const metricDescription = z.string().optional().describe('What the metric measures, for humans')

export const MetricSpec = z
  .discriminatedUnion('kind', [
    strict({ kind: z.literal('count'), ...onTable }).describe('Number of rows'),
    /** Rows matching `event` / rows matching `where` (all rows when absent). Also called a rate. */
    strict({ kind: z.literal('share'), ...onTable, event: Filter.describe('The rows counted in the numerator') })
      .describe('Rows matching `event` / rows matching `where` (a rate)'),
    strict({ kind: z.literal('mean'), ...onTable, column: numericColumn }).describe('Arithmetic mean'),
    strict({ kind: z.literal('std'), ...onTable, column: numericColumn }).describe('Population standard deviation (ddof 0)'),
    strict({ kind: z.literal('cv'), ...onTable, column: numericColumn }).describe('Coefficient of variation: population std / mean'),
    strict({ kind: z.literal('median'), ...onTable, column: numericColumn }).describe('Median (type-7 quantile 0.5)'),
    strict({ kind: z.literal('quantile'), ...onTable, column: numericColumn, q: unitInterval.describe('Probability in [0, 1]') })
      .describe('Hyndman-Fan type-7 quantile (numpy default)'),
    /** Quantile(upper) / quantile(lower), e.g. P95/P05; undefined when the lower quantile is 0. */
    strict({
      kind: z.literal('quantile_ratio'),
      ...onTable,
      column: numericColumn,
      upper: unitInterval.describe('Probability of the numerator quantile, e.g. 0.95'),
      lower: unitInterval.describe('Probability of the denominator quantile, e.g. 0.05')
    }).describe('quantile(upper) / quantile(lower), e.g. P95/P05; undefined when the lower quantile is 0'),
    strict({ kind: z.literal('gini'), ...onTable, column: numericColumn }).describe('Gini coefficient, population form'),
    strict({
      kind: z.literal('top_share'),
      ...onTable,
      column: numericColumn,
      fraction: z.number().gt(0).max(1).describe('Fraction f in (0, 1] of the largest values')
    }).describe('Sum of the largest ceil(f * n) values / total'),
    strict({ kind: z.literal('spearman'), ...onTable, x: numericColumn, y: numericColumn })
      .describe('Spearman rank correlation (average ranks for ties)'),
    strict({ kind: z.literal('pearson'), ...onTable, x: numericColumn, y: numericColumn }).describe('Pearson correlation'),
    /** Quantile q of numerator/denominator over rows whose denominator is not 0. */
    strict({
      kind: z.literal('ratio_quantile'),
      ...onTable,
      numerator: numericColumn,
      denominator: numericColumn,
      q: unitInterval.describe('Probability in [0, 1]')
    }).describe('Quantile q of numerator / denominator over rows whose denominator is not 0'),
    /** (share of `event` within stratum_a − share of `event` within stratum_b) × scale, e.g. scale 100 for pp. */
    strict({
      kind: z.literal('rate_difference'),
      ...onTable,
      event: Filter.describe('The event whose rate is compared'),
      stratum_a: Filter.describe('First stratum'),
      stratum_b: Filter.describe('Second stratum'),
      scale: z.number().positive().default(1).describe('Multiplier, e.g. 100 for percentage points (default 1)')
    }).describe('(share of event in stratum_a - share of event in stratum_b) * scale'),
    strict({ kind: z.literal('distinct_count'), ...onTable, columns: keyColumns }).describe('Number of distinct keys'),
    /** Rows whose key (the listed columns) already appeared in an earlier row: rows − distinct keys. */
    strict({ kind: z.literal('duplicate_count'), ...onTable, columns: keyColumns })
      .describe('Rows whose key already appeared in an earlier row: rows - distinct keys'),
    strict({ kind: z.literal('null_rate'), ...onTable, column: name.describe('Any column of the table') })
      .describe('Share of rows whose column is null'),
    /** min over rows of (minuend − subtrahend), e.g. the smallest gap of a case timeline. */
    strict({ kind: z.literal('min_difference'), ...onTable, minuend: numericColumn, subtrahend: numericColumn })
      .describe('Minimum over rows of minuend - subtrahend'),
    strict({ kind: z.literal('max_difference'), ...onTable, minuend: numericColumn, subtrahend: numericColumn })
      .describe('Maximum over rows of minuend - subtrahend'),
    /** 1 when every entry of the segment's required_outputs exists in the run folder, else 0. */
    strict({ kind: z.literal('required_outputs_present'), description: metricDescription })
      .describe('1 when every entry of required_outputs exists in the run folder, else 0'),
    /**
     * 1 when the seed's replay run (same seed and parameter_hash) has the same outputs digest as the
     * roster run, 0 when it differs; undefined when there is no replay run for the seed.
     */
    strict({ kind: z.literal('replay_determinism'), description: metricDescription })
      .describe('1 when the replay run of the seed has the same outputs digest, 0 when not')
  ])
  .meta({ id: 'Metric', title: 'Metric', description: 'A metric of a closed vocabulary of kinds (see docs/metrics.md)' })
export type MetricSpec = z.infer<typeof MetricSpec>
export type MetricKind = MetricSpec['kind']

/** Every metric kind, in declaration order. */
export const METRIC_KINDS: readonly MetricKind[] = MetricSpec.options.map((o) => o.shape.kind.value)

/** Inclusive interval; at least one end. */
export const Band = strict({
  min: z.number().optional().describe('Smallest passing value (inclusive)'),
  max: z.number().optional().describe('Largest passing value (inclusive)')
})
  .refine((b) => b.min !== undefined || b.max !== undefined, 'a band needs min, max or both')
  .refine((b) => b.min === undefined || b.max === undefined || b.min <= b.max, 'min must not exceed max')
  .meta({
    id: 'Band', title: 'Band',
    description: 'Inclusive interval [min, max]; at least one end',
    anyOf: [{ required: ['min'] }, { required: ['max'] }]
  })
export type Band = z.infer<typeof Band>

const checkName = name.describe('Unique name among the hard gates and checks of the segment')
const metricRef = name.describe('The metric (a key of `metrics`) this gate or check grades')

export const HardGate = strict({
  name: checkName,
  metric: metricRef,
  pass: Band.describe('The gate passes when the value is inside this band on every roster seed'),
  description: z.string().optional().describe('What the gate protects against, for humans')
}).meta({ id: 'HardGate', title: 'Hard gate', description: 'A veto: one failure and there is no grade' })
export type HardGate = z.infer<typeof HardGate>

export const BandCheck = strict({
  name: checkName,
  metric: metricRef,
  B: Band.describe('Band counted towards grade B'),
  B_plus: Band.describe('Tighter band counted towards grade B+'),
  description: z.string().optional().describe('What the check measures, for humans')
}).meta({ id: 'BandCheck', title: 'Band check', description: 'A graded check with a B band and a tighter B+ band' })
export type BandCheck = z.infer<typeof BandCheck>

export const Law = strict({
  /** Share of B-band checks that must pass for grade B. */
  B: unitInterval.default(0.7).describe('Share of B-band checks that must pass for grade B (default 0.7)'),
  /** Share of B+-band checks that must pass for grade B+. */
  B_plus: unitInterval.default(0.8).describe('Share of B+-band checks that must pass for grade B+ (default 0.8)')
}).meta({ id: 'Law', title: 'Law', description: 'Pass-share thresholds of the certification law' })

/** A concentration surface: B+ also needs this metric inside `within` on every roster seed. */
export const ConcentrationSurface = strict({
  metric: name.describe('A metric of the segment, e.g. a Gini or a top-10 share'),
  within: Band.describe('B+ needs the metric inside this band on every roster seed')
}).meta({ id: 'ConcentrationSurface', title: 'Concentration surface', description: 'B+ also needs this metric inside `within` on every roster seed' })

export const Tolerance = strict({
  abs: z.number().nonnegative().optional().describe('Absolute allowed drift'),
  rel: z.number().nonnegative().optional().describe('Allowed drift relative to |certified value|')
})
  .refine((t) => t.abs !== undefined || t.rel !== undefined, 'a tolerance needs abs, rel or both')
  .meta({
    id: 'Tolerance', title: 'Tolerance',
    description: 'Allowed drift from the certified value: max(abs, rel * |certified value|)',
    anyOf: [{ required: ['abs'] }, { required: ['rel'] }]
  })
export type Tolerance = z.infer<typeof Tolerance>

export const ConfigKeys = strict({
  /** A YAML or JSON file, relative to the repository root. */
  file: z.string().min(1).describe('A YAML or JSON file, relative to the repository root'),
  /** Dotted key paths; `*` matches one segment, `**` any number. */
  keys: z.array(z.string().min(1)).min(1).describe('Dotted key paths; * matches one segment, ** any number')
}).meta({ id: 'ConfigKeys', title: 'Config keys', description: 'Keys of a config file that belong to a frozen scope' })

export const FrozenScope = strict({
  name: z.string().min(1).describe('Unique name of the scope, e.g. "S1/S2"'),
  wave: z.string().min(1).describe('The wave that closed and froze this scope, e.g. P1'),
  description: z.string().optional().describe('What the scope covers, for humans'),
  /** Globs (picomatch) relative to the repository root. */
  paths: z.array(z.string().min(1)).default([]).describe('Globs (picomatch) relative to the repository root'),
  config_keys: z.array(ConfigKeys).default([]).describe('Config file keys that belong to the scope'),
  /** Checks (band checks or hard gates) this scope owns and the freeze guard protects. */
  protected_checks: z
    .array(name)
    .min(1)
    .describe('Hard gates or checks this scope owns; the freeze guard re-scores them'),
  /** Allowed drift of a protected check from its certified value: max(abs, rel × |certified|). */
  tolerance: Tolerance.describe('Default allowed drift of a protected check: max(abs, rel * |certified value|)'),
  tolerances: z
    .record(name, Tolerance)
    .default({})
    .describe('Per-check tolerances overriding `tolerance`; keys are protected checks')
}).meta({ id: 'FrozenScope', title: 'Frozen scope', description: 'Files and config keys frozen after a wave closed' })
export type FrozenScope = z.infer<typeof FrozenScope>

export const Segment = strict({
  description: z.string().optional().describe('What the segment generates, for humans'),
  tables: z.record(name, TableSpec).describe('The tables of a run: name -> table'),
  /** Table names or paths relative to the run folder that must exist in every run. */
  required_outputs: z
    .array(z.string().min(1))
    .default([])
    .describe('Table names or paths relative to the run folder that every run must contain'),
  metrics: z.record(name, MetricSpec).describe('The metrics: name -> metric'),
  hard_gates: z.array(HardGate).default([]).describe('Veto gates: all must pass on every roster seed'),
  checks: z.array(BandCheck).default([]).describe('Band checks graded against B and B+ bands'),
  law: Law.default({ B: 0.7, B_plus: 0.8 }).describe('Pass-share thresholds (default B 0.7, B_plus 0.8)'),
  concentration_protection: z
    .array(ConcentrationSurface)
    .default([])
    .describe('Concentration surfaces B+ must also hold'),
  roster: z
    .array(z.number().int().nonnegative())
    .min(1)
    .describe('Seeds every check must pass on, e.g. [42, 43, 44]'),
  frozen_scopes: z.array(FrozenScope).default([]).describe('Scopes frozen after their wave closed'),
  /** Confounding: an unowned metric moved beyond max(tolerance, noise_k × cross-seed std). */
  noise_k: z
    .number()
    .positive()
    .default(3)
    .describe('Confounding threshold: an unowned metric moved beyond max(tolerance, noise_k * cross-seed std) (default 3)')
}).meta({ id: 'Segment', title: 'Segment', description: 'The certification policy of one segment of the engine' })
export type Segment = z.infer<typeof Segment>

export const Policy = strict({
  version: z.literal(1).describe('Policy format version; always 1'),
  segments: z.record(name, Segment).describe('The segments: id -> segment policy')
}).meta({ title: 'realism-gate policy', description: 'Realism certification policy of a synthetic data engine' })
export type Policy = z.infer<typeof Policy>

/**
 * The JSON Schema (draft 2020-12) of a policy file, as editors see it: fields with defaults are
 * optional. Refinements (min ≤ max, cross-references) are checked only by parsePolicy.
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Policy, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>
}

/** The committed text of schema/policy.schema.json: stable key order, 2-space indent, final newline. */
export function policyJsonSchemaText(): string {
  return JSON.stringify(policyJsonSchema(), null, 2) + '\n'
}
