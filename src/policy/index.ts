import { GateError } from '../core/errors.js'
import { digestOf } from '../core/canonical.js'
import type { Policy, Segment } from './schema.js'
import { known } from './validate.js'

export * from './schema.js'
export { parsePolicy, loadPolicy, formatPath, MAX_ALIASES } from './load.js'
export { validatePolicy, validateSegment, relativePathProblem } from './validate.js'
export type { PolicyProblem, PathSegment } from './validate.js'

/** The segment `id` of a parsed policy; an unknown id is a GateError listing the declared ones. */
export function getSegment(policy: Policy, id: string, file: string): Segment {
  if (Object.prototype.hasOwnProperty.call(policy.segments, id)) return policy.segments[id]
  throw new GateError(file, `unknown segment '${id}' (segments: ${known(Object.keys(policy.segments), id)})`)
}

/**
 * The canonical digest (sha256 of sorted-key compact JSON) of one segment's policy, defaults
 * included, so that two files meaning the same policy give the same digest. Part of the certified
 * posture's fingerprint.
 */
export function segmentPolicyDigest(segment: Segment): string {
  return digestOf(segment)
}
