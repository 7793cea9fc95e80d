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
  const paths = touchedPaths(changed)
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

/** Every path a change touches: renames count on both sides. Sorted, unique. */
export function touchedPaths(changed: ChangedFile[]): string[] {
  const set = new Set<string>()
  for (const f of changed) {
    set.add(f.path)
    if (f.previous_path) set.add(f.previous_path)
  }
  return [...set].sort()
}

/**
 * Parses `git diff --name-status -z` output: NUL-separated `status, path` or `Rnn/Cnn, old, new`
 * (NUL separation keeps tabs and newlines in file names intact). Throws on anything it does not
 * understand, so a parse problem can never hide a changed file.
 */
export function parseNameStatusZ(out: string): ChangedFile[] {
  const parts = out.split('\0')
  if (parts[parts.length - 1] === '') parts.pop()
  const files: ChangedFile[] = []
  let i = 0
  while (i < parts.length) {
    const code = parts[i++]
    const letter = code.charAt(0)
    const take = (): string => {
      const p = parts[i++]
      if (p === undefined || p === '') throw new Error(`git diff --name-status: missing path after "${code}"`)
      return p
    }
    if (letter === 'R') {
      const from = take()
      files.push({ path: take(), previous_path: from, status: 'renamed' })
    } else if (letter === 'C') {
      take()
      files.push({ path: take(), status: 'added' })
    } else if (letter === 'A') files.push({ path: take(), status: 'added' })
    else if (letter === 'D') files.push({ path: take(), status: 'removed' })
    else if (letter === 'M' || letter === 'T') files.push({ path: take(), status: 'modified' })
    else throw new Error(`git diff --name-status: unexpected status "${code}"`)
  }
  return files
}
