import picomatch from 'picomatch'
import type { ChangedFile } from '../guard/types.js'
import { touchedPaths } from '../guard/scopes.js'

/** Paths that always govern the gate itself: the workflows that run it and the action definition. */
export const BUILTIN_GOVERNANCE_GLOBS = ['.github/workflows/**', 'action.yml', 'action.yaml']

export interface GovernanceOptions {
  policyPath: string
  certificatePath?: string
  extraGlobs: string[]
}

/**
 * The changed paths that make a pull request a governance change: the policy, the pinned certificate,
 * the workflows, action.yml, and the configured extra globs. Renames count on both paths, so moving
 * the policy away is a governance change too.
 */
export function governanceChanges(changed: ChangedFile[], o: GovernanceOptions): string[] {
  const globs = [...BUILTIN_GOVERNANCE_GLOBS, ...o.extraGlobs]
  const isGlob = picomatch(globs, { dot: true })
  const exact = new Set([o.policyPath, ...(o.certificatePath ? [o.certificatePath] : [])])
  return touchedPaths(changed).filter((p) => exact.has(p) || isGlob(p))
}
