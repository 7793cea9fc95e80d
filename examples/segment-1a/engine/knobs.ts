import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { z } from 'zod'
import { digestOf } from '../../../src/core/canonical.js'
import { GateError } from '../../../src/core/errors.js'

/**
 * The engine's knobs, one YAML file per group the seed names. A wave changes only its own files (or,
 * for merchants.yaml, its own keys), which is what lets the policy freeze them as scopes.
 */

export const TIERS = ['small', 'medium', 'large'] as const
export type Tier = (typeof TIERS)[number]

const probability = z.number().min(0).max(1)
const perTier = <T extends z.ZodType>(value: T) => z.strictObject({ small: value, medium: value, large: value })

/** merchants.yaml — `universe` (S0, no frozen scope) plus `hurdle` (S1) and `outlets` (S2). */
export const MerchantsKnobs = z.strictObject({
  universe: z.strictObject({
    /** Country codes; a merchant's cross-border candidates come from the countries other than its home. */
    countries: z.array(z.string().regex(/^[A-Z]{2}$/)).min(2),
    /** Zipf exponent of the country weights (home countries and candidate attractiveness). */
    country_zipf: z.number().nonnegative(),
    tier_mix: perTier(probability).refine((m) => Math.abs(m.small + m.medium + m.large - 1) < 1e-9, 'tier_mix must sum to 1'),
    /** Prefix of merchant ids; a label only. */
    id_prefix: z.string().regex(/^[A-Z]{1,4}$/)
  }),
  hurdle: z.strictObject({
    /** S1: probability that a merchant of the tier is single-site (one outlet, no cross-border stage). */
    single_site_prob: perTier(probability)
  }),
  outlets: z.strictObject({
    /** S2: multi-site merchants have min_multi_site + NB(mean_extra[tier], dispersion phi) outlets. */
    min_multi_site: z.number().int().min(2),
    mean_extra: perTier(z.number().positive()),
    /** Per-merchant NB dispersion: phi = median × exp(sigma × z), z standard normal. */
    phi: z.strictObject({ median: z.number().positive(), sigma: z.number().nonnegative() })
  })
})

/** crossborder.yaml — S3 candidate breadth, S4/S6 realized membership and its coupling to breadth. */
export const CrossborderKnobs = z.strictObject({
  candidates: z.strictObject({
    /** Candidate count = round(breadth_median × exp(breadth_sigma × z1)), clamped to [1, countries − 1]. */
    breadth_median: z.number().positive(),
    breadth_sigma: z.number().nonnegative()
  }),
  realization: z.strictObject({
    /** Realized share of the candidates = share_median × exp(share_sigma × z2). */
    share_median: probability,
    share_sigma: z.number().nonnegative(),
    /** Correlation of z2 with z1: how much broad candidate sets go with broad expansion. */
    coupling: z.number().min(-1).max(1)
  })
})

/** legal.yaml — legal-country mismatch posture and identity semantics (P3). */
export const LegalKnobs = z.strictObject({
  mismatch: z.strictObject({
    /** Probability that the legal country differs from the home country, per size tier. */
    rate_by_tier: perTier(probability)
  }),
  identity: z.strictObject({
    /** Probability that a merchant is minted with the previous merchant's id (a duplicate identity). */
    duplicate_id_rate: probability
  })
})

export const TABLE_NAMES = ['merchants', 'outlets', 'crossborder_candidates'] as const
export type TableName = (typeof TABLE_NAMES)[number]

/** outputs.yaml — what a run emits and how randomness is keyed (P4); `write` belongs to no scope. */
export const OutputsKnobs = z.strictObject({
  emit: z.array(z.enum(TABLE_NAMES)).min(1),
  rng: z.strictObject({
    /** parameter_hash (replayable) or manifest_fingerprint (the pre-P4 defect: drifts with the engine version). */
    key_material: z.enum(['parameter_hash', 'manifest_fingerprint'])
  }),
  write: z.strictObject({
    /** Rows per part file; a table is a folder of parts. */
    part_rows: z.number().int().min(1000),
    /** Parquet row-group size; layout only. */
    row_group_size: z.number().int().min(1000)
  })
})

export interface Knobs {
  merchants: z.infer<typeof MerchantsKnobs>
  crossborder: z.infer<typeof CrossborderKnobs>
  legal: z.infer<typeof LegalKnobs>
  outputs: z.infer<typeof OutputsKnobs>
}

const FILES = {
  merchants: { file: 'merchants.yaml', schema: MerchantsKnobs },
  crossborder: { file: 'crossborder.yaml', schema: CrossborderKnobs },
  legal: { file: 'legal.yaml', schema: LegalKnobs },
  outputs: { file: 'outputs.yaml', schema: OutputsKnobs }
} as const

export const KNOB_FILES: readonly string[] = Object.values(FILES).map((f) => f.file)

/** Parses one knob file's text; errors name the file and, for YAML syntax, the line and column. */
export function parseKnobFile<K extends keyof Knobs>(group: K, text: string, where: string): Knobs[K] {
  const doc = parseDocument(text)
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    const pos = e.linePos?.[0]
    throw new GateError(pos ? `${where}:${pos.line}:${pos.col}` : where, `invalid YAML: ${e.message.split('\n')[0]}`)
  }
  const parsed = FILES[group].schema.safeParse(doc.toJS())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue.path.length ? issue.path.join('.') : '(root)'
    throw new GateError(where, `${path}: ${issue.message}`)
  }
  return parsed.data as Knobs[K]
}

/** Reads the four knob files of a folder; a missing, extra or invalid file is a GateError. */
export function loadKnobs(dir: string): Knobs {
  let entries: string[]
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory')
    entries = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
  } catch (e) {
    throw new GateError(dir, `cannot read knob folder: ${(e as Error).message}`)
  }
  const unknown = entries.filter((f) => !KNOB_FILES.includes(f))
  if (unknown.length > 0) throw new GateError(join(dir, unknown[0]), `unknown knob file (expected ${KNOB_FILES.join(', ')})`)
  const out: Partial<Knobs> = {}
  for (const group of Object.keys(FILES) as (keyof Knobs)[]) {
    const path = join(dir, FILES[group].file)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (e) {
      throw new GateError(path, `cannot read knob file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
    }
    Object.assign(out, { [group]: parseKnobFile(group, text, path) })
  }
  return out as Knobs
}

/**
 * sha256 (first 32 hex) of the run's parameters: the canonical knob content and the number of merchants
 * (a run of 3000 merchants is another run than one of 20000). Formatting and comments do not count.
 */
export function parameterHash(knobs: Knobs, merchants: number): string {
  return digestOf({ segment: 'segment-1a', knobs, merchants }).slice(0, 32)
}
