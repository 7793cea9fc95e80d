import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { GateError } from '../core/errors.js'

/** How a path appears in an error: relative to the working directory when inside it, else absolute. */
export function displayPath(absPath: string): string {
  const rel = relative(process.cwd(), absPath)
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absPath : rel
}

/** The run folder as an absolute real path; a missing run folder is a GateError. */
export function realRunDir(runDir: string): string {
  const abs = resolve(runDir)
  try {
    if (!statSync(abs).isDirectory()) throw new GateError(displayPath(abs), 'run folder is not a folder')
    return realpathSync(abs)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(displayPath(abs), 'run folder not found')
  }
}

const isInside = (root: string, candidate: string): boolean =>
  candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep)

/** The real path of `abs`, or of its deepest existing ancestor joined with the rest when it does not exist. */
function realPathOrAncestor(abs: string): string {
  let existing = abs
  const rest: string[] = []
  while (!existsSync(existing)) {
    const parent = dirname(existing)
    if (parent === existing) return abs
    rest.unshift(existing.slice(parent.length).replace(/^[\\/]+/, ''))
    existing = parent
  }
  return resolve(realpathSync(existing), ...rest)
}

/**
 * Resolves a path inside the run folder; rejects '..', absolute paths and symlinks that lead outside.
 * The path need not exist; when it (or an ancestor) is a symlink, its real target must stay inside.
 */
export function resolveInRun(runDir: string, relPath: string): string {
  const root = realRunDir(runDir)
  if (relPath === '' || relPath.includes('\0')) throw new GateError(relPath, 'empty or invalid path in the run folder')
  if (isAbsolute(relPath) || /^[\\/]/.test(relPath) || /^[A-Za-z]:/.test(relPath)) {
    throw new GateError(relPath, 'absolute paths are not allowed; give a path relative to the run folder')
  }
  if (relPath.split(/[\\/]+/).includes('..')) {
    throw new GateError(relPath, "'..' is not allowed: the path must stay inside the run folder")
  }
  const abs = resolve(root, relPath)
  if (!isInside(root, abs)) throw new GateError(relPath, 'the path leaves the run folder')
  let real: string
  try {
    real = realPathOrAncestor(abs)
  } catch (e) {
    throw new GateError(displayPath(abs), `cannot resolve path: ${(e as Error).message}`)
  }
  if (!isInside(root, real)) {
    throw new GateError(displayPath(abs), `is a symlink that leads outside the run folder (to ${real})`)
  }
  return abs
}

/** True when the path (same safety rules as resolveInRun) is a file or a folder with at least one visible entry. */
export function outputExists(runDir: string, relPath: string): boolean {
  const abs = resolveInRun(runDir, relPath)
  let stats
  try {
    stats = statSync(abs)
  } catch {
    return false
  }
  if (stats.isFile()) return true
  if (!stats.isDirectory()) return false
  return readdirSync(abs).some((entry) => !isHidden(entry))
}

/** Hidden and bookkeeping entries ('.crc', '_SUCCESS', '_temporary') are never data. */
export const isHidden = (entry: string): boolean => entry.startsWith('.') || entry.startsWith('_')

/** Path relative to the run folder with '/' separators, as recorded in Table.files. */
export const runRelative = (root: string, abs: string): string => relative(root, abs).split(sep).join('/')
