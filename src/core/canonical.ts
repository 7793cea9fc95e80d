import { createHash } from 'node:crypto'

/**
 * Canonical JSON: object keys sorted by code unit, numbers in JavaScript's shortest round-trip
 * form, 2-space indentation and a final newline. The same value always gives the same bytes, which
 * is what makes scorecards and certificates comparable by digest.
 * Non-finite numbers are refused: an undefined metric is represented by a status, never by NaN.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalize(value, '$'), null, 2) + '\n'
}

/** Compact canonical form (no whitespace), the input of digests. */
export function canonicalCompact(value: unknown): string {
  return JSON.stringify(normalize(value, '$'))
}

function normalize(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`canonicalJson: non-finite number at ${path}`)
    return Object.is(value, -0) ? 0 : value
  }
  if (Array.isArray(value)) return value.map((v, i) => normalize(v, `${path}[${i}]`))
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v === undefined) continue
      out[key] = normalize(v, `${path}.${key}`)
    }
    return out
  }
  throw new Error(`canonicalJson: unsupported ${typeof value} at ${path}`)
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Digest of a value's canonical form. */
export function digestOf(value: unknown): string {
  return sha256Hex(canonicalCompact(value))
}
