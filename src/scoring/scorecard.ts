import type { Manifest } from '../artifacts/table.js'
import type { MetricResult } from '../metrics/result.js'
import type { Segment } from '../policy/schema.js'
import { bandOutcome } from '../certification/band.js'
import type { MetricValue, Scorecard } from '../certification/types.js'
import { digestOf } from '../core/canonical.js'

export function toMetricValue(r: MetricResult): MetricValue {
  return r.status === 'ok'
    ? { value: r.value, definition: r.definition }
    : { value: null, definition: r.definition, reason: r.reason }
}

/** Scorecard of one run: metric values and every gate/check outcome on that run. */
export function buildScorecard(
  segmentId: string,
  segment: Segment,
  manifest: Manifest,
  results: Record<string, MetricResult>,
  outputsDigest: string
): Scorecard {
  const metrics: Record<string, MetricValue> = {}
  for (const name of Object.keys(segment.metrics).sort()) metrics[name] = toMetricValue(results[name])
  const value = (metric: string) => metrics[metric]?.value ?? null
  const hard_gates: Scorecard['hard_gates'] = {}
  for (const g of segment.hard_gates) hard_gates[g.name] = bandOutcome(value(g.metric), g.pass)
  const checks: Scorecard['checks'] = {}
  for (const c of segment.checks) {
    checks[c.name] = { B: bandOutcome(value(c.metric), c.B), B_plus: bandOutcome(value(c.metric), c.B_plus) }
  }
  return {
    kind: 'realism-gate/scorecard',
    segment: segmentId,
    seed: manifest.seed,
    run_id: manifest.run_id,
    parameter_hash: manifest.parameter_hash,
    manifest_fingerprint: manifest.manifest_fingerprint,
    metrics,
    hard_gates,
    checks,
    outputs_digest: outputsDigest
  }
}

/**
 * The certified surface of a run: its metric values to 12 significant digits, without run identities
 * and without the replay-determinism metric (a replay run has no replay of its own). Two runs that
 * replay each other must have the same surface digest. The rounding keeps the posture's fingerprint
 * stable across summation orders that differ only in the last bits (a faster kernel, another CPU).
 */
export function surfaceDigest(scorecard: Scorecard, segment: Segment): string {
  return surfaceDigestOf(scorecard.seed, (metric) => scorecard.metrics[metric]?.value ?? null, segment)
}

/** The same digest from any source of a seed's metric values (a scorecard, or a certificate's metrics). */
export function surfaceDigestOf(seed: number, value: (metric: string) => number | null, segment: Segment): string {
  const surface: Record<string, number | null> = {}
  for (const [name, spec] of Object.entries(segment.metrics)) {
    if (spec.kind === 'replay_determinism') continue
    const v = value(name)
    surface[name] = v === null ? null : Number(v.toPrecision(12))
  }
  return digestOf({ seed, surface })
}
