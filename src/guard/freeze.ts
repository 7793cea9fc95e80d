import type { Band, Segment, Tolerance } from '../policy/schema.js'
import type { Certificate } from '../certification/types.js'
import { bandDistance, bandOutcome, formatBand } from '../certification/band.js'
import { TOOL } from '../version.js'
import type { ConfoundingMetric, GuardResult, ProtectedCheck, ProtectedSeed, TouchedScope } from './types.js'

export interface GuardInput {
  segment: Segment
  /** The pinned certified posture. */
  certified: Certificate
  /** The proposed runs graded under the same law. */
  proposed: Certificate
  touched: TouchedScope[]
  /** Scopes explicitly reopened: listed in the result; the guard still runs in full. */
  reopened: string[]
}

/** Allowed drift of a value from its certified value: max(abs, rel × |certified|). */
export function allowedDrift(t: Tolerance, certified: number): number {
  return Math.max(t.abs ?? 0, (t.rel ?? 0) * Math.abs(certified))
}

/**
 * The freeze guard. Fails closed when:
 * - a hard gate does not pass on the proposed runs;
 * - a protected check (of any frozen scope) that passed in the certificate no longer passes the band
 *   the certified grade relies on (B for grade B, B+ for grade B+), on any roster seed;
 * - a protected check of a touched scope drifts beyond its tolerance without getting closer to its B+ band;
 * - a value cannot be evaluated.
 * Metrics owned by untouched scopes that moved beyond their noise are listed as confounding.
 */
export function freezeGuard(input: GuardInput): GuardResult {
  const { segment, certified, proposed } = input
  const reasons: string[] = []
  const level: 'B' | 'B_plus' = certified.grade === 'B+' ? 'B_plus' : 'B'
  const roster = certified.roster.map(String)
  const touchedNames = new Set(input.touched.map((t) => t.name))

  const missingSeeds = roster.filter((s) => !proposed.roster.map(String).includes(s))
  if (missingSeeds.length > 0) reasons.push(`proposed runs lack roster seed(s) ${missingSeeds.join(', ')}`)

  const hard_gates = proposed.hard_gates.map((g) => {
    const pass = g.outcome === 'pass'
    const reason = pass ? 'passes on every seed' : describeGate(g.per_seed, g.band)
    if (!pass) reasons.push(`hard gate ${g.name}: ${reason}`)
    return { name: g.name, outcome: g.outcome, pass, reason }
  })

  const protected_checks: ProtectedCheck[] = []
  for (const scope of segment.frozen_scopes) {
    const isTouched = touchedNames.has(scope.name)
    for (const name of scope.protected_checks) {
      const tolerance = scope.tolerances[name] ?? scope.tolerance
      const check = protectedDefinition(segment, name)
      const band = level === 'B_plus' ? check.B_plus : check.B
      const certifiedPassed = certifiedOutcome(certified, name, level) === 'pass'
      const per_seed: Record<string, ProtectedSeed> = {}
      for (const seed of roster) {
        const before = certified.metrics[check.metric]?.[seed] ?? null
        const after = proposed.metrics[check.metric]?.[seed] ?? null
        per_seed[seed] = judgeSeed({ before, after, band, bPlus: check.B_plus, certifiedPassed, tolerance, driftRule: isTouched })
      }
      const failing = Object.entries(per_seed).filter(([, s]) => !s.pass)
      const pass = failing.length === 0
      const reason = pass
        ? isTouched
          ? 'within band and tolerance on every seed'
          : 'within band on every seed'
        : failing.map(([seed, s]) => `seed ${seed}: ${s.reason}`).join('; ')
      if (!pass) reasons.push(`${name} (${scope.name}): ${reason}`)
      protected_checks.push({ name, scope: scope.name, metric: check.metric, band_level: level, tolerance, per_seed, pass, reason })
    }
  }

  const confounding = confoundingMetrics(segment, certified, proposed, touchedNames)
  const could_not_evaluate =
    missingSeeds.length > 0 ||
    hard_gates.some((g) => g.outcome === 'undefined') ||
    protected_checks.some((p) => Object.values(p.per_seed).some((s) => s.proposed === null || s.certified === null))
  return {
    kind: 'realism-gate/freeze-guard',
    schema_version: 1,
    segment: certified.segment,
    verdict: reasons.length === 0 ? 'PASS' : 'FAIL',
    fingerprint: certified.fingerprint,
    touched_scopes: input.touched,
    reopened_scopes: [...input.reopened].sort(),
    protected_checks,
    hard_gates,
    confounding,
    reasons,
    could_not_evaluate,
    proposed: { grade: proposed.grade, roster: proposed.roster, run_ids: proposed.lineage.runs.map((r) => r.run_id) },
    tool: { ...TOOL }
  }
}

function describeGate(perSeed: Record<string, { value: number | null; outcome: string; reason?: string }>, band: Band): string {
  return Object.entries(perSeed)
    .filter(([, s]) => s.outcome !== 'pass')
    .map(([seed, s]) => (s.value === null ? `seed ${seed}: undefined (${s.reason ?? 'no value'})` : `seed ${seed}: ${s.value} outside ${formatBand(band)}`))
    .join('; ')
}

/** A protected check is a band check or a hard gate (whose band serves as both levels). */
function protectedDefinition(segment: Segment, name: string): { metric: string; B: Band; B_plus: Band } {
  const check = segment.checks.find((c) => c.name === name)
  if (check) return check
  const gate = segment.hard_gates.find((g) => g.name === name)
  if (gate) return { metric: gate.metric, B: gate.pass, B_plus: gate.pass }
  throw new Error(`protected check ${name} is neither a check nor a hard gate`)
}

function certifiedOutcome(certified: Certificate, name: string, level: 'B' | 'B_plus'): string {
  const check = certified.checks.find((c) => c.name === name)
  if (check) return level === 'B_plus' ? check.B_plus_outcome : check.B_outcome
  return certified.hard_gates.find((g) => g.name === name)?.outcome ?? 'undefined'
}

function judgeSeed(a: {
  before: number | null
  after: number | null
  band: Band
  bPlus: Band
  certifiedPassed: boolean
  tolerance: Tolerance
  driftRule: boolean
}): ProtectedSeed {
  const { before, after } = a
  const allowed = before === null ? 0 : allowedDrift(a.tolerance, before)
  const base = { certified: before, proposed: after, allowed_drift: allowed }
  if (after === null) return { ...base, delta: null, pass: false, reason: 'proposed value is undefined' }
  if (before === null) return { ...base, delta: null, pass: false, reason: 'certified value is undefined' }
  const delta = after - before
  if (a.certifiedPassed && bandOutcome(after, a.band) !== 'pass') {
    return { ...base, delta, pass: false, reason: `${fmt(after)} leaves the certified band ${formatBand(a.band)}` }
  }
  if (a.driftRule && Math.abs(delta) > allowed) {
    const closer = bandDistance(after, a.bPlus) < bandDistance(before, a.bPlus)
    if (!closer) return { ...base, delta, pass: false, reason: `drift ${fmt(delta)} exceeds tolerance ±${fmt(allowed)}` }
    return { ...base, delta, pass: true, reason: `moved ${fmt(delta)} toward the B+ band` }
  }
  return { ...base, delta, pass: true, reason: 'ok' }
}

function confoundingMetrics(segment: Segment, certified: Certificate, proposed: Certificate, touched: Set<string>): ConfoundingMetric[] {
  // Owner and tolerance of each metric, through the protected checks that use it.
  const owner = new Map<string, { scope: string; tolerance: Tolerance }>()
  for (const scope of segment.frozen_scopes) {
    for (const name of scope.protected_checks) {
      const metric = protectedDefinition(segment, name).metric
      if (!owner.has(metric)) owner.set(metric, { scope: scope.name, tolerance: scope.tolerances[name] ?? scope.tolerance })
    }
  }
  const out: ConfoundingMetric[] = []
  for (const metric of Object.keys(certified.metrics).sort()) {
    const own = owner.get(metric)
    if (own && touched.has(own.scope)) continue
    const before = certified.metrics[metric]
    const after = proposed.metrics[metric] ?? {}
    const values = Object.values(before).filter((v): v is number => v !== null)
    const center = values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1)
    const std = Math.sqrt(values.reduce((s, v) => s + (v - center) ** 2, 0) / Math.max(values.length, 1))
    const noise = Math.max(own ? allowedDrift(own.tolerance, Math.abs(center)) : 0, segment.noise_k * std)
    const per_seed: ConfoundingMetric['per_seed'] = {}
    let maxAbs = 0
    let moved = false
    for (const seed of Object.keys(before)) {
      const b = before[seed]
      const p = after[seed] ?? null
      const delta = b === null || p === null ? null : p - b
      per_seed[seed] = { certified: b, proposed: p, delta }
      if (delta === null) moved ||= b !== p
      else {
        maxAbs = Math.max(maxAbs, Math.abs(delta))
        if (Math.abs(delta) > noise + 1e-12 * Math.max(1, Math.abs(b ?? 0))) moved = true
      }
    }
    if (moved) out.push({ metric, owner_scope: own?.scope ?? null, noise, max_abs_delta: maxAbs, per_seed })
  }
  return out
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4)
}
