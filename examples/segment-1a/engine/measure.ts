import { readFileSync } from 'node:fs'
import type { Column, Table } from '../../../src/artifacts/table.js'
import { parsePolicy } from '../../../src/policy/index.js'
import type { Segment } from '../../../src/policy/schema.js'
import { computeMetric } from '../../../src/scoring/metric.js'
import { generateChunks, SEGMENT } from './generate.js'
import type { Knobs } from './knobs.js'
import type { MerchantRows } from './model.js'

/**
 * In-memory measurement for calibration and tests: generates a run's merchants table without writing
 * it and computes the policy's merchant metrics with the core's own metric code.
 */

export function loadSegmentPolicy(file: string): Segment {
  return parsePolicy(readFileSync(file, 'utf8'), file).segments[SEGMENT]
}

export function merchantsTable(knobs: Knobs, seed: number, merchants: number, engineVersion?: string): Table {
  const parts: MerchantRows[] = []
  for (const chunk of generateChunks(knobs, seed, merchants, engineVersion)) parts.push(chunk.merchants)
  const strings = (k: 'merchant_id' | 'home_country' | 'legal_country' | 'size_tier'): Column => ({
    type: 'string',
    values: parts.flatMap((p) => p[k])
  })
  const numbers = (k: 'outlet_count' | 'phi' | 'candidate_count' | 'realized_count', type: 'int' | 'float'): Column => {
    const values = new Float64Array(merchants)
    let offset = 0
    for (const p of parts) {
      values.set(p[k], offset)
      offset += p[k].length
    }
    return { type, values }
  }
  return {
    name: 'merchants',
    rows: merchants,
    files: [],
    columns: {
      merchant_id: strings('merchant_id'),
      home_country: strings('home_country'),
      legal_country: strings('legal_country'),
      size_tier: strings('size_tier'),
      outlet_count: numbers('outlet_count', 'int'),
      phi: numbers('phi', 'float'),
      candidate_count: numbers('candidate_count', 'int'),
      realized_count: numbers('realized_count', 'int')
    }
  }
}

/** Every metric of the policy that reads only the merchants table; null when undefined. */
export function merchantMetrics(segment: Segment, table: Table): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (const [name, spec] of Object.entries(segment.metrics)) {
    if (!('table' in spec) || spec.table !== 'merchants') continue
    const r = computeMetric(spec, { merchants: table }, { missingOutputs: [] })
    out[name] = r.status === 'ok' ? r.value : null
  }
  return out
}
