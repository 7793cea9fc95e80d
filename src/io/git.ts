import { execFileSync } from 'node:child_process'
import { GateError } from '../core/errors.js'
import type { ChangedFile, ConfigVersions } from '../guard/types.js'
import { parseNameStatusZ } from '../guard/scopes.js'

/** Runs git with an argument list (never a shell) in `cwd`; a failure is a GateError naming the command. */
export function git(args: string[], cwd = process.cwd()): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0]
    throw new GateError(`git ${args.join(' ')}`, stderr || (e as Error).message)
  }
}

/** Whether a commit is in the local history (a shallow checkout may lack the base). */
export function hasCommit(ref: string, cwd?: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd, stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Files changed between the merge base of `base` and `head`, and `head` (what a pull request shows). */
export function changedFiles(base: string, head: string, cwd?: string): { files: ChangedFile[]; mergeBase: string } {
  const mergeBase = git(['merge-base', base, head], cwd).trim()
  const files = parseNameStatusZ(git(['diff', '--name-status', '-z', '-M', '--no-color', mergeBase, head], cwd))
  return { files, mergeBase }
}

/** A file's text at a commit; null when the file does not exist there. Any other failure is an error. */
export function fileAt(ref: string, path: string, cwd?: string): string | null {
  try {
    return execFileSync('git', ['show', `${ref}:${path}`], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (e) {
    const stderr = String((e as { stderr?: unknown }).stderr ?? '')
    if (/does not exist|exists on disk, but not in/.test(stderr)) return null
    throw new GateError(`${path}@${ref.slice(0, 12)}`, `git show failed: ${stderr.trim().split('\n')[0]}`)
  }
}

export function configVersions(files: string[], base: string, head: string, cwd?: string): ConfigVersions[] {
  return files.map((file) => ({ file, base: fileAt(base, file, cwd), head: fileAt(head, file, cwd) }))
}
