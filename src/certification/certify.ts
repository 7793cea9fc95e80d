import type { Segment } from '../policy/schema.js'
import { digestOf } from '../core/canonical.js'
import { TOOL } from '../version.js'
import { surfaceDigest } from '../scoring/scorecard.js'
import { acrossSeeds, bandDistance, bandOutcome } from './band.js'
import { applyLaw } from './law.js'
import { postureFingerprint } from './fingerprint.js'
import type { Certificate, CheckRecord, DeterminismPair, GateRecord, Scorecard, SeedOutcome } from './types.js'

export interface CertifyInput {
  segmentId: string
  segment: Segment
  policyDigest: string
  /** One scorecard per roster seed. */
  scorecards: Scorecard[]
  pairs: DeterminismPair[]
  definitions: Record<string, string>
}

/**
 * Grades a roster of runs under the certification law. A gate or check passes only when it passes on
 * every roster seed; per-seed values and the cross-seed spread are kept for the report.
 */
export function certify(input: CertifyInput): Certificate {
  const { segment, segmentId } = input
  const bySeed = new Map(input.scorecards.map((s) => [s.seed, s]))
  const roster = [...segment.roster].sort((a, b) => a - b)
  for (const seed of roster) {
    if (!bySeed.has(seed)) throw new Error(`roster seed ${seed} has no scorecard`)
  }
  const value = (metric: string, seed: number): number | null => bySeed.get(seed)!.metrics[metric]?.value ?? null
  const reason = (metric: string, seed: number): string | undefined => bySeed.get(seed)!.metrics[metric]?.reason

  const perSeed = (metric: string, band: Parameters<typeof bandOutcome>[1]): Record<string, SeedOutcome> => {
    const out: Record<string, SeedOutcome> = {}
    for (const seed of roster) {
      const v = value(metric, seed)
      out[seed] = { value: v, outcome: bandOutcome(v, band), ...(v === null ? { reason: reason(metric, seed) } : {}) }
    }
    return out
  }

  const hard_gates: GateRecord[] = segment.hard_gates.map((g) => {
    const per_seed = perSeed(g.metric, g.pass)
    return { name: g.name, metric: g.metric, band: g.pass, per_seed, outcome: acrossSeeds(Object.values(per_seed).map((s) => s.outcome)) }
  })

  const checks: CheckRecord[] = segment.checks.map((c) => {
    const per_seed: CheckRecord['per_seed'] = {}
    const values: number[] = []
    for (const seed of roster) {
      const v = value(c.metric, seed)
      if (v !== null) values.push(v)
      per_seed[seed] = {
        value: v,
        B: bandOutcome(v, c.B),
        B_plus: bandOutcome(v, c.B_plus),
        ...(v === null ? { reason: reason(c.metric, seed) } : {})
      }
    }
    return {
      name: c.name,
      metric: c.metric,
      B: c.B,
      B_plus: c.B_plus,
      per_seed,
      B_outcome: acrossSeeds(Object.values(per_seed).map((s) => s.B)),
      B_plus_outcome: acrossSeeds(Object.values(per_seed).map((s) => s.B_plus)),
      spread: values.length === roster.length ? Math.max(...values) - Math.min(...values) : null
    }
  })

  const surfaces = segment.concentration_protection.map((s) => {
    const per_seed = perSeed(s.metric, s.within)
    return { metric: s.metric, within: s.within, per_seed, outcome: acrossSeeds(Object.values(per_seed).map((o) => o.outcome)) }
  })
  const concentrationHolds = surfaces.every((s) => s.outcome === 'pass')

  const law = applyLaw({
    hard: hard_gates.map((g) => g.outcome),
    B: checks.map((c) => c.B_outcome),
    B_plus: checks.map((c) => c.B_plus_outcome),
    concentrationHolds,
    thresholds: segment.law
  })

  const metrics: Certificate['metrics'] = {}
  for (const name of Object.keys(segment.metrics).sort()) {
    metrics[name] = Object.fromEntries(roster.map((seed) => [String(seed), value(name, seed)]))
  }

  const rosterCards = roster.map((seed) => bySeed.get(seed)!)
  const scorecard_digest = digestOf(rosterCards.map((s) => surfaceDigest(s, segment)))
  const outputs_digest = digestOf(rosterCards.map((s) => ({ seed: s.seed, outputs_digest: s.outputs_digest })))
  const parameter_hashes = [...new Set(rosterCards.map((s) => s.parameter_hash))].sort()
  const pairs = [...input.pairs].sort((a, b) => a.seed - b.seed)
  // Equal only when every roster seed has a replay and all agree; null when a seed lacks its replay.
  const determinismEqual = pairs.some((p) => !p.equal) ? false : roster.every((seed) => pairs.some((p) => p.seed === seed)) ? true : null
  const fingerprint = postureFingerprint({
    segment: segmentId,
    policy_digest: input.policyDigest,
    parameter_hashes,
    scorecard_digest,
    determinism_equal: determinismEqual,
    ...law
  })

  return {
    kind: 'realism-gate/certificate',
    schema_version: 1,
    segment: segmentId,
    ...law,
    concentration_protection: { holds: concentrationHolds, surfaces },
    hard_gates,
    checks,
    top_B_plus_misses: bPlusMisses(checks),
    metrics,
    roster,
    lineage: {
      runs: rosterCards.map((s) => ({
        seed: s.seed,
        run_id: s.run_id,
        parameter_hash: s.parameter_hash,
        manifest_fingerprint: s.manifest_fingerprint,
        outputs_digest: s.outputs_digest
      }))
    },
    determinism: {
      outputs_digest,
      scorecard_digest,
      equal: determinismEqual,
      pairs
    },
    fingerprint,
    policy_digest: input.policyDigest,
    definitions: input.definitions,
    tool: { ...TOOL }
  }
}

/**
 * B+ checks that did not pass, worst first: by the largest distance to the B+ band over the roster,
 * relative to the band's scale; undefined values first of all (they cannot even be measured).
 */
function bPlusMisses(checks: CheckRecord[]): string[] {
  const severity = (c: CheckRecord): number => {
    let worst = 0
    for (const s of Object.values(c.per_seed)) {
      if (s.value === null) return Infinity
      const scale = Math.max(Math.abs(c.B_plus.min ?? 0), Math.abs(c.B_plus.max ?? 0), 1e-12)
      worst = Math.max(worst, bandDistance(s.value, c.B_plus) / scale)
    }
    return worst
  }
  return checks
    .filter((c) => c.B_plus_outcome !== 'pass')
    .map((c) => ({ name: c.name, severity: severity(c) }))
    .sort((a, b) => b.severity - a.severity || (a.name < b.name ? -1 : 1))
    .map((c) => c.name)
}
