import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import { randomBytes } from 'node:crypto'
import { GateError } from '../core/errors.js'

/** Writes a whole file or nothing: a temporary sibling is written first, then renamed over the target. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([{ path, content }])
}

/**
 * Writes several outputs of one command, all or none: every temporary file is written before any is
 * renamed into place, so a failure (a read-only folder, a full disk) leaves none of them behind.
 */
export function writeFilesAtomic(files: { path: string; content: string | Uint8Array }[]): void {
  const staged: { tmp: string; path: string }[] = []
  let current = ''
  try {
    for (const { path, content } of files) {
      current = path
      const dir = dirname(path)
      const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
      mkdirSync(dir, { recursive: true })
      staged.push({ tmp, path })
      writeFileSync(tmp, content)
    }
    for (const { tmp, path } of staged) {
      current = path
      renameSync(tmp, path)
    }
  } catch (e) {
    for (const { tmp } of staged) rmSync(tmp, { force: true })
    throw new GateError(current, `cannot write: ${(e as Error).message}`)
  }
}
