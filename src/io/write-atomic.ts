import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, basename } from 'node:path'
import { randomBytes } from 'node:crypto'
import { GateError } from '../core/errors.js'

/** Writes a whole file or nothing: a temporary sibling is written first, then renamed over the target. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path)
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    mkdirSync(dir, { recursive: true })
    writeFileSync(tmp, content)
    renameSync(tmp, path)
  } catch (e) {
    rmSync(tmp, { force: true })
    throw new GateError(path, `cannot write: ${(e as Error).message}`)
  }
}
