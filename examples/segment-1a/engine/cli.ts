import { parseArgs } from 'node:util'
import { describeError, UsageError } from '../../../src/core/errors.js'
import { join } from 'node:path'
import { DEFAULT_ENGINE_VERSION, DEFAULT_MERCHANTS } from './generate.js'
import { loadKnobs } from './knobs.js'
import { loadSegmentPolicy, merchantMetrics, merchantsTable } from './measure.js'
import { ENGINE_ROOT, generateRun, PRESETS, presetDir, type Preset } from './run.js'
import { FORMATS, type Format } from './sinks.js'

const USAGE = `usage: npm run engine -- generate --out DIR [--preset ${PRESETS.join('|')}] [--knobs DIR]
         [--seed N] [--merchants N] [--format ${FORMATS.join('|')}] [--engine-version STR]
       npm run engine -- measure [--preset P | --knobs DIR] [--seeds 42,43,44] [--merchants N]
         (in memory, no files: prints the policy's merchant metrics per seed as JSON)
  --preset          knob preset (default p4); --knobs DIR uses a knob folder instead
  --seed            default 42
  --merchants       default ${DEFAULT_MERCHANTS}
  --format          default parquet
  --engine-version  default ${DEFAULT_ENGINE_VERSION}`

function integer(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback
  if (!/^\d+$/.test(text)) throw new UsageError(`--${flag} must be a non-negative integer, got "${text}"`)
  return Number(text)
}

export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        preset: { type: 'string' },
        knobs: { type: 'string' },
        seed: { type: 'string' },
        seeds: { type: 'string' },
        merchants: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string' },
        'engine-version': { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
    if (values.help) {
      console.log(USAGE)
      return 0
    }
    const command = positionals.length === 1 ? positionals[0] : ''
    if (command !== 'generate' && command !== 'measure') throw new UsageError(`expected the command "generate" or "measure"\n${USAGE}`)
    const preset = values.preset ?? (values.knobs ? undefined : 'p4')
    if (preset !== undefined && !PRESETS.includes(preset as Preset)) throw new UsageError(`unknown preset "${preset}" (expected ${PRESETS.join(', ')})`)
    if (command === 'measure') {
      const seeds = (values.seeds ?? '42,43,44').split(',').map((s) => integer('seeds', s.trim(), 0))
      const merchants = integer('merchants', values.merchants, DEFAULT_MERCHANTS)
      const knobs = loadKnobs(values.knobs ?? presetDir(preset as Preset))
      const segment = loadSegmentPolicy(join(ENGINE_ROOT, 'policy.yml'))
      const out = Object.fromEntries(seeds.map((seed) => [seed, merchantMetrics(segment, merchantsTable(knobs, seed, merchants))]))
      console.log(JSON.stringify(out))
      return 0
    }
    if (!values.out) throw new UsageError(`--out is required\n${USAGE}`)
    const format = values.format ?? 'parquet'
    if (!FORMATS.includes(format as Format)) throw new UsageError(`unknown format "${format}" (expected ${FORMATS.join(', ')})`)
    const started = Date.now()
    const manifest = await generateRun({
      out: values.out,
      preset: preset as Preset | undefined,
      knobs: values.knobs,
      seed: integer('seed', values.seed, 42),
      merchants: integer('merchants', values.merchants, DEFAULT_MERCHANTS),
      format: format as Format,
      engineVersion: values['engine-version']
    })
    const rows = Object.entries(manifest.rows).map(([t, n]) => `${t}=${n}`).join(' ')
    console.log(`${values.out}: ${manifest.preset} seed=${manifest.seed} ${rows} parameter_hash=${manifest.parameter_hash} ` +
      `manifest_fingerprint=${manifest.manifest_fingerprint} (${((Date.now() - started) / 1000).toFixed(1)}s)`)
    return 0
  } catch (e) {
    console.error(describeError(e))
    return 2
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
