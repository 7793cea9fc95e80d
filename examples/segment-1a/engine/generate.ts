import { digestOf } from '../../../src/core/canonical.js'
import type { Knobs } from './knobs.js'
import { parameterHash } from './knobs.js'
import { buildModel, generateChunk, type Chunk } from './model.js'

export const SEGMENT = 'segment-1a'
export const DEFAULT_ENGINE_VERSION = 'segment-1a-engine/1.0.0'
export const DEFAULT_MERCHANTS = 20000
/** Merchants generated per step: bounds memory independently of the run size. */
export const CHUNK_MERCHANTS = 50000

export interface RunIdentity {
  segment: string
  seed: number
  parameter_hash: string
  manifest_fingerprint: string
  run_id: string
  engine_version: string
  /** The randomness key material actually used (parameter_hash after P4). */
  rng_key: string
}

/**
 * parameter_hash covers the knobs and the run size; manifest_fingerprint also covers the engine version and the emitted
 * outputs, so it drifts when the engine changes even though the parameters do not.
 */
export function runIdentity(knobs: Knobs, seed: number, merchants: number, engineVersion: string): RunIdentity {
  const parameter_hash = parameterHash(knobs, merchants)
  const manifest_fingerprint = digestOf({ segment: SEGMENT, parameter_hash, engine_version: engineVersion, emit: knobs.outputs.emit }).slice(0, 32)
  const run_id = digestOf({ seed, manifest_fingerprint }).slice(0, 16)
  const rng_key = knobs.outputs.rng.key_material === 'parameter_hash' ? parameter_hash : manifest_fingerprint
  return { segment: SEGMENT, seed, parameter_hash, manifest_fingerprint, run_id, engine_version: engineVersion, rng_key }
}

/** The run's rows, chunk by chunk, in merchant order. Pure apart from CPU: no I/O. */
export function* generateChunks(knobs: Knobs, seed: number, merchants: number, engineVersion = DEFAULT_ENGINE_VERSION): Generator<Chunk> {
  const model = buildModel(knobs, seed, runIdentity(knobs, seed, merchants, engineVersion).rng_key)
  let outlets = 0
  for (let start = 0; start < merchants; start += CHUNK_MERCHANTS) {
    const chunk = generateChunk(model, start, Math.min(merchants, start + CHUNK_MERCHANTS), outlets)
    outlets += chunk.outlets.outlet_id.length
    yield chunk
  }
}
