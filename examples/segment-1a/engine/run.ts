import { existsSync, rmSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { canonicalJson } from '../../../src/core/canonical.js'
import { GateError } from '../../../src/core/errors.js'
import { writeFileAtomic } from '../../../src/io/write-atomic.js'
import { DEFAULT_ENGINE_VERSION, DEFAULT_MERCHANTS, generateChunks, runIdentity, SEGMENT, type RunIdentity } from './generate.js'
import { loadKnobs, TABLE_NAMES, type TableName } from './knobs.js'
import { TableSink, type ColumnKind, type Format } from './sinks.js'

/** Where the engine's presets and live knobs live. */
export const ENGINE_ROOT = resolve(import.meta.dirname, '..')
export const PRESETS = ['baseline', 'p1', 'p2', 'p3', 'p4'] as const
export type Preset = (typeof PRESETS)[number]

export function presetDir(preset: Preset): string {
  return join(ENGINE_ROOT, 'presets', preset)
}
export const LIVE_KNOBS_DIR = join(ENGINE_ROOT, 'knobs')

export interface GenerateOptions {
  /** Output run folder; the engine's table folders and manifest.json in it are replaced. */
  out: string
  seed: number
  /** A preset name, or omitted when `knobs` is given. */
  preset?: Preset
  /** A knob folder (e.g. the live examples/segment-1a/knobs); wins over `preset`. */
  knobs?: string
  merchants?: number
  format?: Format
  engineVersion?: string
}

/** manifest.json: the run's identity (without the internal RNG key) and what it contains. */
export interface RunManifest extends Omit<RunIdentity, 'rng_key'> {
  preset: string
  merchants: number
  format: Format
  outputs: TableName[]
  rows: Partial<Record<TableName, number>>
}

const COLUMNS: Record<TableName, readonly (readonly [string, ColumnKind])[]> = {
  merchants: [
    ['merchant_id', 'id'],
    ['home_country', 'string'],
    ['legal_country', 'string'],
    ['size_tier', 'string'],
    ['outlet_count', 'int'],
    ['phi', 'float'],
    ['candidate_count', 'int'],
    ['realized_count', 'int']
  ],
  outlets: [
    ['outlet_id', 'id'],
    ['merchant_id', 'id'],
    ['country', 'string']
  ],
  crossborder_candidates: [
    ['merchant_id', 'id'],
    ['country', 'string'],
    ['realized', 'bool']
  ]
}

/** Generates one run folder: the emitted tables as folders of parts, then manifest.json (last, so a run with a manifest is complete). */
export async function generateRun(options: GenerateOptions): Promise<RunManifest> {
  const { seed } = options
  const merchants = options.merchants ?? DEFAULT_MERCHANTS
  const format = options.format ?? 'parquet'
  const engineVersion = options.engineVersion ?? DEFAULT_ENGINE_VERSION
  if (!Number.isSafeInteger(seed) || seed < 0) throw new GateError('seed', `must be a non-negative integer, got ${seed}`)
  if (!Number.isSafeInteger(merchants) || merchants < 1) throw new GateError('merchants', `must be a positive integer, got ${merchants}`)
  if (!options.knobs && !options.preset) throw new GateError('knobs', 'give a preset or a knob folder')
  const knobDir = options.knobs ?? presetDir(options.preset as Preset)
  const knobs = loadKnobs(knobDir)
  const identity = runIdentity(knobs, seed, merchants, engineVersion)

  const out = resolve(options.out)
  if (existsSync(out) && !statSync(out).isDirectory()) throw new GateError(out, 'output path exists and is not a folder')
  // Replace only what this engine writes, never the rest of the folder.
  for (const name of [...TABLE_NAMES, 'manifest.json']) rmSync(join(out, name), { recursive: true, force: true })

  const emit = TABLE_NAMES.filter((t) => knobs.outputs.emit.includes(t))
  const { part_rows, row_group_size } = knobs.outputs.write
  const sinks = new Map(emit.map((t) => [t, new TableSink(join(out, t), COLUMNS[t], format, part_rows, row_group_size)]))
  for (const chunk of generateChunks(knobs, seed, merchants, engineVersion)) {
    for (const [table, sink] of sinks) {
      const rows = chunk[table] as unknown as Record<string, ArrayLike<string | number | boolean>>
      sink.append(COLUMNS[table].map(([name]) => rows[name]))
    }
    // Let other work (and the event loop) breathe between chunks of a long run.
    await new Promise((r) => setImmediate(r))
  }
  for (const sink of sinks.values()) sink.close()

  const manifest: RunManifest = {
    segment: SEGMENT,
    seed,
    parameter_hash: identity.parameter_hash,
    manifest_fingerprint: identity.manifest_fingerprint,
    run_id: identity.run_id,
    engine_version: engineVersion,
    preset: options.knobs ? basename(resolve(options.knobs)) : (options.preset as string),
    merchants,
    format,
    outputs: emit,
    rows: Object.fromEntries([...sinks].map(([t, s]) => [t, s.rows]))
  }
  writeFileAtomic(join(out, 'manifest.json'), canonicalJson(manifest))
  return manifest
}
