/**
 * A toy synthetic engine for the core's tests: deterministic shops tables written as real Parquet
 * (or CSV / JSONL) files with a manifest. Knobs move the metrics in known directions.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { digestOf } from '../../src/core/canonical.js'

export interface ToyKnobs {
  /** Probability that a shop has size 1. */
  single: number
  /** Spread of log-price around its size-driven level. */
  priceNoise: number
}

export const CERTIFIED_KNOBS: ToyKnobs = { single: 0.4, priceNoise: 0.15 }

export interface ToyRunOptions {
  rows?: number
  format?: 'parquet' | 'csv' | 'jsonl'
  /** Leave audit.json out (a missing required output). */
  omitAudit?: boolean
  /** Changes the manifest fingerprint without changing the data (the forced-drift determinism pair). */
  engineVersion?: string
  /** Writes this many duplicated shop ids. */
  duplicates?: number
}

/** mulberry32: a tiny seeded generator, enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function toyColumns(seed: number, knobs: ToyKnobs, rows: number, duplicates = 0) {
  const random = rng(seed * 7919 + Math.round(knobs.single * 1000) + Math.round(knobs.priceNoise * 1e6))
  const shop_id: string[] = []
  const region: string[] = []
  const size: number[] = []
  const price: number[] = []
  const opened: number[] = []
  const closed: number[] = []
  const flagged: boolean[] = []
  for (let i = 0; i < rows; i++) {
    shop_id.push(i < duplicates ? 'shop-0' : `shop-${i}`)
    region.push(random() < 0.5 ? 'north' : 'south')
    const s = random() < knobs.single ? 1 : 2 + Math.floor(-Math.log(1 - random()) * 3)
    size.push(s)
    const gauss = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
    price.push(Math.round(Math.exp(Math.log(10 + s) + knobs.priceNoise * gauss) * 100) / 100)
    const o = 1000 + Math.floor(random() * 500)
    opened.push(o)
    closed.push(o + Math.floor(random() * 90))
    flagged.push(random() < (region[i] === 'north' ? 0.3 : 0.2))
  }
  return { shop_id, region, size, price, opened, closed, flagged }
}

export function writeToyRun(dir: string, seed: number, knobs: ToyKnobs, o: ToyRunOptions = {}): void {
  const rows = o.rows ?? 400
  const cols = toyColumns(seed, knobs, rows, o.duplicates)
  mkdirSync(dir, { recursive: true })
  const parameter_hash = digestOf(knobs).slice(0, 32)
  const manifest = {
    segment: 'toy',
    seed,
    parameter_hash,
    manifest_fingerprint: digestOf({ parameter_hash, engine: o.engineVersion ?? 'toy-1' }).slice(0, 32),
    run_id: `toy-${seed}-${parameter_hash.slice(0, 8)}${o.engineVersion ? `-${o.engineVersion}` : ''}`
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n')
  if (!o.omitAudit) writeFileSync(join(dir, 'audit.json'), '{"ok": true}\n')
  const format = o.format ?? 'parquet'
  if (format === 'parquet') {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'shop_id', data: cols.shop_id, type: 'STRING' },
        { name: 'region', data: cols.region, type: 'STRING' },
        { name: 'size', data: cols.size, type: 'INT32' },
        { name: 'price', data: cols.price, type: 'DOUBLE' },
        { name: 'opened', data: cols.opened.map(BigInt), type: 'INT64' },
        { name: 'closed', data: cols.closed.map(BigInt), type: 'INT64' },
        { name: 'flagged', data: cols.flagged, type: 'BOOLEAN' }
      ]
    })
    writeFileSync(join(dir, 'shops.parquet'), new Uint8Array(buffer))
  } else if (format === 'csv') {
    const names = Object.keys(cols) as (keyof typeof cols)[]
    const lines = [names.join(',')]
    for (let i = 0; i < rows; i++) lines.push(names.map((n) => String(cols[n][i])).join(','))
    writeFileSync(join(dir, 'shops.csv'), lines.join('\r\n') + '\r\n')
  } else {
    const names = Object.keys(cols) as (keyof typeof cols)[]
    const lines: string[] = []
    for (let i = 0; i < rows; i++) lines.push(JSON.stringify(Object.fromEntries(names.map((n) => [n, cols[n][i]]))))
    writeFileSync(join(dir, 'shops.jsonl'), lines.join('\n') + '\n')
  }
}

/** A roster (seeds 1, 2, 3) plus forced-drift replays, as the certify command expects them. */
export function writeToyRoster(root: string, knobs: ToyKnobs, o: ToyRunOptions = {}): { runs: string; replays: string } {
  const runs = join(root, 'runs')
  const replays = join(root, 'replays')
  for (const seed of [1, 2, 3]) {
    writeToyRun(join(runs, `seed=${seed}`), seed, knobs, o)
    writeToyRun(join(replays, `seed=${seed}`), seed, knobs, { ...o, engineVersion: 'toy-2' })
  }
  return { runs, replays }
}
