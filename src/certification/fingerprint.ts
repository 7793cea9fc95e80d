import type { Segment } from '../policy/schema.js'
import { digestOf } from '../core/canonical.js'
import { GateError } from '../core/errors.js'
import { surfaceDigestOf } from '../scoring/scorecard.js'
import type { Certificate } from './types.js'

/** What a certified posture is: the policy, the configurations, the measured surface and the decision. */
export type Posture = Pick<Certificate, 'segment' | 'policy_digest' | 'grade' | 'hard' | 'B' | 'B_plus'> & {
  parameter_hashes: string[]
  scorecard_digest: string
  determinism_equal: boolean | null
}

/** 32 hex naming a certified posture: two certificates share it only when all of the posture agrees. */
export function postureFingerprint(p: Posture): string {
  return digestOf({
    segment: p.segment,
    policy_digest: p.policy_digest,
    parameter_hashes: [...p.parameter_hashes].sort(),
    scorecard_digest: p.scorecard_digest,
    decision: { grade: p.grade, hard: p.hard, B: p.B, B_plus: p.B_plus, determinism_equal: p.determinism_equal }
  }).slice(0, 32)
}

/** The roster's surface digest recomputed from a certificate's own metric values. */
export function certificateScorecardDigest(c: Certificate, segment: Segment): string {
  return digestOf(c.roster.map((seed) => surfaceDigestOf(seed, (m) => c.metrics[m]?.[String(seed)] ?? null, segment)))
}

/**
 * Refuses a certificate whose content does not match its fingerprint (hand-edited grade, values or
 * lineage) or which certifies nothing (grade none): there is no posture to guard.
 */
export function verifyCertificate(c: Certificate, segment: Segment, file: string): void {
  const expected = postureFingerprint({
    ...c,
    parameter_hashes: [...new Set(c.lineage.runs.map((r) => r.parameter_hash))],
    scorecard_digest: certificateScorecardDigest(c, segment),
    determinism_equal: c.determinism.equal
  })
  if (expected !== c.fingerprint) {
    throw new GateError(file, `content does not match its fingerprint ${c.fingerprint} (edited by hand, or written by another version): recertify`)
  }
  if (c.grade === 'none') throw new GateError(file, 'has grade none: there is no certified posture to guard; certify a posture that earns B or B+ first')
}
