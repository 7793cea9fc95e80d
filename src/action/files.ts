import type { ChangedFile, ChangeStatus } from '../guard/types.js'

/** pulls.listFiles never returns more than this many files, without an error. */
export const PULL_FILES_CAP = 3000

/** A file entry of pulls.listFiles or compare (the fields used). */
export interface DiffEntry {
  filename: string
  status: string
  previous_filename?: string
}

/** GitHub's file statuses to ours. A copy is a new file; `changed` (mode only) is a modification. */
export function fromDiffEntries(entries: DiffEntry[]): ChangedFile[] {
  return entries.map((e) => {
    const status: ChangeStatus =
      e.status === 'added' || e.status === 'copied'
        ? 'added'
        : e.status === 'removed'
          ? 'removed'
          : e.status === 'renamed'
            ? 'renamed'
            : 'modified'
    return status === 'renamed' && e.previous_filename
      ? { path: e.filename, previous_path: e.previous_filename, status }
      : { path: e.filename, status }
  })
}

/**
 * The listing is complete when it holds as many files as the pull request reports. Fewer means the
 * API cap was hit (or the PR moved while we listed): scope detection would be blind to the rest.
 */
export function listingComplete(listed: number, reported: number): boolean {
  return listed >= reported
}

/**
 * Parses `git diff --name-status -z` output: NUL-separated `status, path` or `Rnn/Cnn, old, new`.
 * Throws on anything it does not understand, so a parse problem can never hide a changed file.
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

/** Every path a change touches: renames count on both sides. Sorted, unique. */
export function touchedPaths(changed: ChangedFile[]): string[] {
  const set = new Set<string>()
  for (const f of changed) {
    set.add(f.path)
    if (f.previous_path) set.add(f.previous_path)
  }
  return [...set].sort()
}
