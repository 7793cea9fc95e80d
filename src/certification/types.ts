import type { Band } from '../policy/schema.js'

/** pass / fail, or undefined when the metric could not be computed (never counted as a pass). */
export type Outcome = 'pass' | 'fail' | 'undefined'
export type Grade = 'B+' | 'B' | 'none'

/** One metric value of one run: a number, or null with the reason it is undefined. */
export interface MetricValue {
  value: number | null
  definition: string
  reason?: string
}

/** Scorecard of one run: every declared metric, and each gate/check outcome on that run. */
export interface Scorecard {
  kind: 'realism-gate/scorecard'
  segment: string
  seed: number
  run_id: string
  parameter_hash: string
  manifest_fingerprint: string
  metrics: Record<string, MetricValue>
  hard_gates: Record<string, Outcome>
  checks: Record<string, { B: Outcome; B_plus: Outcome }>
  /** Digest of this run's outputs over decoded values. */
  outputs_digest: string
}

export interface SeedOutcome {
  value: number | null
  outcome: Outcome
  reason?: string
}

export interface GateRecord {
  name: string
  metric: string
  band: Band
  per_seed: Record<string, SeedOutcome>
  /** pass only when it passes on every roster seed. */
  outcome: Outcome
}

export interface CheckRecord {
  name: string
  metric: string
  B: Band
  B_plus: Band
  per_seed: Record<string, { value: number | null; B: Outcome; B_plus: Outcome; reason?: string }>
  B_outcome: Outcome
  B_plus_outcome: Outcome
  /** max − min of the value across roster seeds (null when a value is undefined). */
  spread: number | null
}

export interface Tally {
  passed: number
  total: number
}

export interface DeterminismPair {
  seed: number
  run_a: string
  run_b: string
  parameter_hash: string
  manifest_fingerprint_a: string
  manifest_fingerprint_b: string
  outputs_digest_a: string
  outputs_digest_b: string
  scorecard_digest_a: string
  scorecard_digest_b: string
  equal: boolean
}

export interface Certificate {
  kind: 'realism-gate/certificate'
  schema_version: 1
  segment: string
  grade: Grade
  eligible_B: boolean
  eligible_B_plus: boolean
  hard: Tally
  B: Tally & { share: number; threshold: number }
  B_plus: Tally & { share: number; threshold: number }
  concentration_protection: {
    holds: boolean
    surfaces: { metric: string; within: Band; per_seed: Record<string, SeedOutcome>; outcome: Outcome }[]
  }
  hard_gates: GateRecord[]
  checks: CheckRecord[]
  /** Names of the B+ checks that did not pass: the honest non-claim. */
  top_B_plus_misses: string[]
  /** metric name -> seed -> value (null when undefined). */
  metrics: Record<string, Record<string, number | null>>
  roster: number[]
  lineage: {
    runs: { seed: number; run_id: string; parameter_hash: string; manifest_fingerprint: string; outputs_digest: string }[]
  }
  determinism: {
    /** Digest over the roster runs' outputs digests. */
    outputs_digest: string
    /** Digest over the roster scorecards without run identities (what replay must reproduce). */
    scorecard_digest: string
    /** true when every roster seed has an equal replay; false when a pair differs; null when a seed has no replay. */
    equal: boolean | null
    pairs: DeterminismPair[]
  }
  /** 32 hex: the certified posture (policy, parameter hashes, scorecard digest and the decision). */
  fingerprint: string
  policy_digest: string
  definitions: Record<string, string>
  tool: { name: 'realism-gate'; version: string }
}
