import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { GateError } from '../core/errors.js'
import type { Manifest } from './table.js'
import { displayPath, realRunDir } from './paths.js'

/** manifest.json: the five identity fields are required and typed; extra keys are allowed and ignored. */
const ManifestSchema = z.looseObject({
  segment: z.string().min(1),
  seed: z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  parameter_hash: z.string().min(1),
  manifest_fingerprint: z.string().min(1),
  run_id: z.string().min(1)
})

export function readManifest(runDir: string): Manifest {
  const path = join(realRunDir(runDir), 'manifest.json')
  const where = displayPath(path)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new GateError(where, 'manifest.json not found in the run folder')
  }
  let raw: unknown
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new GateError(where, `invalid JSON: ${(e as Error).message}`)
  }
  const parsed = ManifestSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const at = issue.path.length > 0 ? issue.path.join('.') : 'manifest'
    const names: Record<string, string> = { int: 'an integer', number: 'a number', string: 'a string', object: 'an object' }
    const expected = 'expected' in issue ? (names[String(issue.expected)] ?? String(issue.expected)) : undefined
    const got = issue.path.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k as string], raw)
    const message =
      issue.code === 'invalid_type' && expected
        ? got === undefined
          ? `missing (${expected} is required)`
          : `must be ${expected}, not ${JSON.stringify(got)}`
        : issue.message
    throw new GateError(where, `${at}: ${message}`)
  }
  const { segment, seed, parameter_hash, manifest_fingerprint, run_id } = parsed.data
  return { segment, seed, parameter_hash, manifest_fingerprint, run_id }
}
