import type { Band, Segment, Tolerance } from '../policy/schema.js'
import type { Certificate } from '../certification/types.js'
import { bandDistance, bandOutcome, formatBand } from '../certification/band.js'
import { TOOL } from '../version.js'
import { fmt } from '../core/number-format.js'
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
        per_seed[seed] = judgeSeed({ before, after, band, level, bPlus: check.B_plus, certifiedPassed, tolerance, driftRule: isTouched })
      }
      const pass = Object.values(per_seed).every((s) => s.pass)
      const bandName = level === 'B_plus' ? 'B+ band' : 'B band'
      const reason = pass
        ? isTouched
          ? `within the ${bandName} and the tolerance on every seed`
          : `within the ${bandName} on every seed (untouched scope: drift is not limited)`
        : checkReason(per_seed, roster.length, bandName, band)
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
    certified_grade: certified.grade,
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

/** One line for a failing check: the seeds grouped by what went wrong, e.g. "left the B band [0.3, 0.55] on all 3 seeds: 0 (certified 0.41)". */
function checkReason(perSeed: Record<string, ProtectedSeed>, rosterSize: number, bandName: string, band: Band): string {
  const parts: string[] = []
  const group = (status: ProtectedSeed['status']) => Object.entries(perSeed).filter(([, s]) => s.status === status)
  const seedsText = (g: [string, ProtectedSeed][]) =>
    g.length === rosterSize && rosterSize > 1 ? `all ${rosterSize} seeds` : `seed${g.length > 1 ? 's' : ''} ${g.map(([seed]) => seed).join(', ')}`
  const values = (xs: (number | null)[]) => (xs.every((x) => x === xs[0]) ? fmt(xs[0]) : xs.map(fmt).join(', '))
  const left = group('left_band')
  if (left.length) {
    parts.push(`left the ${bandName} ${formatBand(band)} on ${seedsText(left)}: ${values(left.map(([, s]) => s.proposed))} (certified ${values(left.map(([, s]) => s.certified))})`)
  }
  const drift = group('drift')
  if (drift.length) {
    parts.push(`drifted ${values(drift.map(([, s]) => s.delta))} on ${seedsText(drift)}, beyond the tolerance ±${values(drift.map(([, s]) => s.allowed_drift))}, away from the B+ band`)
  }
  const undef = group('undefined')
  if (undef.length) parts.push(`could not be evaluated on ${seedsText(undef)}: ${[...new Set(undef.map(([, s]) => s.reason))].join('; ')}`)
  return parts.join('; ')
}

function judgeSeed(a: {
  before: number | null
  after: number | null
  band: Band
  level: 'B' | 'B_plus'
  bPlus: Band
  certifiedPassed: boolean
  tolerance: Tolerance
  driftRule: boolean
}): ProtectedSeed {
  const { before, after } = a
  const allowed = before === null ? 0 : allowedDrift(a.tolerance, before)
  const base = { certified: before, proposed: after, allowed_drift: allowed }
  if (after === null) return { ...base, delta: null, pass: false, status: 'undefined', reason: 'proposed value is undefined' }
  if (before === null) return { ...base, delta: null, pass: false, status: 'undefined', reason: 'certified value is undefined' }
  const delta = after - before
  if (a.certifiedPassed && bandOutcome(after, a.band) !== 'pass') {
    return { ...base, delta, pass: false, status: 'left_band', reason: `${fmt(after)} leaves the ${a.level === 'B_plus' ? 'B+' : 'B'} band ${formatBand(a.band)}` }
  }
  if (a.driftRule && Math.abs(delta) > allowed) {
    const closer = bandDistance(after, a.bPlus) < bandDistance(before, a.bPlus)
    if (!closer) return { ...base, delta, pass: false, status: 'drift', reason: `drift ${fmt(delta)} exceeds the tolerance ±${fmt(allowed)}` }
    return { ...base, delta, pass: true, status: 'improved', reason: `moved ${fmt(delta)} toward the B+ band` }
  }
  return { ...base, delta, pass: true, status: 'ok', reason: 'ok' }
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


