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
