import picomatch from 'picomatch'
import type { Segment } from '../policy/schema.js'
import type { ChangedFile, ConfigVersions, ScopeReason, TouchedScope } from './types.js'
import { changedKeyPaths, configLeaves, keyPatternCovers } from './keypaths.js'

/** Config files named by the segment's frozen scopes (repository-relative), sorted. */
export function configFilesOf(segment: Segment): string[] {
  return [...new Set(segment.frozen_scopes.flatMap((s) => s.config_keys.map((c) => c.file)))].sort()
}

/**
 * Which frozen scopes a change touches: a changed path (either side of a rename) matching one of the
 * scope's globs, or a changed key path inside one of its config files. A comment-only change, or a
 * change to a key no scope names, touches nothing.
 */
export function detectTouchedScopes(segment: Segment, changed: ChangedFile[], configs: ConfigVersions[]): TouchedScope[] {
  const paths = [...new Set(changed.flatMap((c) => (c.previous_path ? [c.path, c.previous_path] : [c.path])))].sort()
  const changedConfig = new Map<string, { path: string; line: number }[]>()
  for (const file of configFilesOf(segment)) {
    if (!paths.includes(file)) continue
    const versions = configs.find((c) => c.file === file)
    if (!versions) throw new Error(`no base/head versions given for config file ${file}`)
    const base = versions.base === null ? new Map() : configLeaves(versions.base, `${file} (base)`)
    const head = versions.head === null ? new Map() : configLeaves(versions.head, `${file} (head)`)
    changedConfig.set(file, changedKeyPaths(base, head))
  }

  const touched: TouchedScope[] = []
  for (const scope of segment.frozen_scopes) {
    const reasons: ScopeReason[] = []
    for (const glob of scope.paths) {
      const isMatch = picomatch(glob, { dot: true })
      for (const path of paths) if (isMatch(path)) reasons.push({ kind: 'path', path, glob })
    }
    for (const { file, keys } of scope.config_keys) {
      for (const change of changedConfig.get(file) ?? []) {
        const pattern = keys.find((k) => keyPatternCovers(k, change.path))
        if (pattern) reasons.push({ kind: 'config_key', file, key: change.path, pattern, line: change.line })
      }
    }
    if (reasons.length > 0) touched.push({ name: scope.name, wave: scope.wave, reasons })
  }
  return touched
}

/** Parses `git diff --name-status -M` output into changed files. */
export function parseNameStatus(output: string): ChangedFile[] {
  const files: ChangedFile[] = []
  for (const line of output.split('\n')) {
    if (!line.trim()) continue
    const [status, ...rest] = line.split('\t')
    const code = status[0]
    if ((code === 'R' || code === 'C') && rest.length >= 2) {
      files.push({ path: rest[1], previous_path: rest[0], status: code === 'R' ? 'renamed' : 'added' })
    } else if (rest.length >= 1) {
      files.push({ path: rest[0], status: code === 'A' ? 'added' : code === 'D' ? 'removed' : 'modified' })
    }
  }
  return files
}
