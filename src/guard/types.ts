import type { Tolerance } from '../policy/schema.js'
import type { Grade, Outcome } from '../certification/types.js'

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed'

/** A changed file of a pull request or a git diff. Renames count on both paths. */
export interface ChangedFile {
  path: string
  previous_path?: string
  status: ChangeStatus
}

/** Base and head text of a config file named by a frozen scope (null when absent on that side). */
export interface ConfigVersions {
  file: string
  base: string | null
  head: string | null
}

export type ScopeReason =
  | { kind: 'path'; path: string; glob: string }
  | { kind: 'config_key'; file: string; key: string; pattern: string; line?: number }

export interface TouchedScope {
  name: string
  wave: string
  reasons: ScopeReason[]
}

export interface ProtectedSeed {
  certified: number | null
  proposed: number | null
  delta: number | null
  allowed_drift: number
  pass: boolean
  /** ok · improved (beyond tolerance, toward the B+ band) · left_band · drift · undefined */
  status: 'ok' | 'improved' | 'left_band' | 'drift' | 'undefined'
  reason: string
}

export interface ProtectedCheck {
  name: string
  scope: string
  metric: string
  /** The band the certified grade relies on: B for grade B, B_plus for grade B+. */
  band_level: 'B' | 'B_plus'
  tolerance: Tolerance
  per_seed: Record<string, ProtectedSeed>
  pass: boolean
  reason: string
}

export interface ConfoundingMetric {
  metric: string
  /** Scope that owns the metric (through a protected check); null when no scope owns it. */
  owner_scope: string | null
  noise: number
  max_abs_delta: number
  per_seed: Record<string, { certified: number | null; proposed: number | null; delta: number | null }>
}

export interface GuardResult {
  kind: 'realism-gate/freeze-guard'
  schema_version: 1
  segment: string
  verdict: 'PASS' | 'FAIL'
  /** Fingerprint of the certified posture the guard protects. */
  fingerprint: string
  certified_grade: Grade
  touched_scopes: TouchedScope[]
  reopened_scopes: string[]
  protected_checks: ProtectedCheck[]
  hard_gates: { name: string; outcome: Outcome; pass: boolean; reason: string }[]
  confounding: ConfoundingMetric[]
  /** Why the verdict is FAIL, one line each (empty on PASS). */
  reasons: string[]
  /** True when FAIL comes (at least partly) from values that could not be evaluated, not only regressions. */
  could_not_evaluate: boolean
  proposed: { grade: Grade; roster: number[]; run_ids: string[] }
  tool: { name: 'realism-gate'; version: string }
}
