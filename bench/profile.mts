// Phase timings of one scoring in-process (read, each metric, digest): npx tsx bench/profile.mts RUN_DIR
import { resolve } from 'node:path'
import { loadPolicy, getSegment } from '../src/policy/index.js'
import { readTable, outputsDigest } from '../src/artifacts/index.js'
import { computeMetric, neededColumns } from '../src/scoring/metric.js'
const run = process.argv[2]
const policy = loadPolicy(resolve(import.meta.dirname, '../examples/segment-1a/policy.yml'))
const seg = getSegment(policy, 'segment-1a', 'p')
let t = performance.now()
const tables: Record<string, Awaited<ReturnType<typeof readTable>>> = {}
for (const [name, cols] of neededColumns(seg)) tables[name] = await readTable(run, name, seg.tables[name], cols)
console.log('read', Math.round(performance.now() - t)); t = performance.now()
for (const [name, spec] of Object.entries(seg.metrics)) {
  if (spec.kind === 'replay_determinism') continue
  const t0 = performance.now()
  const r = computeMetric(spec, tables, { missingOutputs: [] })
  console.log(name, Math.round(performance.now() - t0), JSON.stringify(r).slice(0, 90))
}
console.log('metrics', Math.round(performance.now() - t)); t = performance.now()
const d = await outputsDigest(run)
console.log('digest', Math.round(performance.now() - t), d.combined.slice(0, 12), 'rss', Math.round(process.memoryUsage().rss / 1e6))
