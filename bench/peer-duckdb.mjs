/* global process, console */
// DuckDB peer of the benchmark: the Segment-1A merchants scorecard from a run's Parquet parts, with
// histogram-style SQL (aggregate in SQL, finish the exact statistics from the small histograms in JS).
// Usage: node bench/peer-duckdb.mjs RUN_DIR  → prints the metric values as JSON.
import { DuckDBInstance } from '@duckdb/node-api'

const run = process.argv[2]
const db = await DuckDBInstance.create(':memory:', { threads: '2' })
const c = await db.connect()
await c.run(`CREATE VIEW m AS SELECT * FROM read_parquet('${run}/merchants/*.parquet')`)
const rows = async (sql) => (await c.runAndReadAll(sql)).getRowObjects()

const outlets = (await rows('SELECT outlet_count::DOUBLE v, count(*)::DOUBLE c FROM m GROUP BY 1 ORDER BY 1')).map((r) => [r.v, r.c])
const pairs = (await rows(`SELECT candidate_count::DOUBLE x, realized_count::DOUBLE y, (outlet_count >= 2) multi, count(*)::DOUBLE c
  FROM m GROUP BY ALL`)).map((r) => [r.x, r.y, r.multi, r.c])
const [phi] = await rows(`SELECT stddev_pop(phi) / avg(phi) cv, quantile_cont(phi, 0.95) / quantile_cont(phi, 0.05) ratio FROM m`)
const tiers = await rows(`SELECT size_tier t, count(*)::DOUBLE n, sum((legal_country <> home_country)::INT)::DOUBLE e FROM m GROUP BY 1`)
const [dup] = await rows('SELECT (count(*) - count(DISTINCT merchant_id))::DOUBLE d FROM m')

/** type-7 quantile of a sorted histogram [[value, count]] */
function quantile(h, q) {
  const n = h.reduce((s, [, c]) => s + c, 0)
  const at = (r) => {
    let cum = 0
    for (const [v, c] of h) if (r < (cum += c)) return v
    return h[h.length - 1][0]
  }
  const pos = (n - 1) * q
  const lo = Math.floor(pos)
  const a = at(lo)
  return pos === lo ? a : a + (at(lo + 1) - a) * (pos - lo)
}
const sum = (h) => h.reduce((s, [v, c]) => s + v * c, 0)
const count = (h) => h.reduce((s, [, c]) => s + c, 0)
function topShare(h, f) {
  const n = count(h)
  const p = f * n
  let k = Math.min(n, Math.max(1, Math.ceil(p - p * 1e-9)))
  let top = 0
  for (let i = h.length - 1; i >= 0 && k > 0; i--) {
    const take = Math.min(k, h[i][1])
    top += take * h[i][0]
    k -= take
  }
  return top / sum(h)
}
function gini(h) {
  const n = count(h)
  let before = 0
  let acc = 0
  for (const [v, c] of h) {
    // Σ over ranks before+1..before+c of (2i − n − 1)·v
    acc += v * (c * (2 * before + c + 1) - c * (n + 1))
    before += c
  }
  return acc / (n * sum(h))
}
function midranks(h) {
  const r = new Map()
  let before = 0
  for (const [v, c] of h) {
    r.set(v, before + (c + 1) / 2)
    before += c
  }
  return r
}
const histogramOf = (cells, pick) => {
  const map = new Map()
  for (const cell of cells) map.set(pick(cell), (map.get(pick(cell)) ?? 0) + cell[3])
  return [...map].sort((a, b) => a[0] - b[0])
}
const multi = pairs.filter((p) => p[2])
const hx = histogramOf(multi, (p) => p[0])
const hy = histogramOf(multi, (p) => p[1])
const rx = midranks(hx)
const ry = midranks(hy)
const n = count(hx)
const mean = (n + 1) / 2
let sxx = 0
let syy = 0
let sxy = 0
for (const [x, y, , c] of multi) {
  const dx = rx.get(x) - mean
  const dy = ry.get(y) - mean
  sxx += c * dx * dx
  syy += c * dy * dy
  sxy += c * dx * dy
}
const ratios = histogramOf(pairs.filter((p) => p[0] !== 0).map((p) => [p[1] / p[0], 0, 0, p[3]]), (p) => p[0])
const rate = (t) => {
  const row = tiers.find((r) => r.t === t)
  return row.e / row.n
}
const total = count(outlets)
const out = {
  single_site_share: (outlets.find(([v]) => v === 1)?.[1] ?? 0) / total,
  median_outlets: quantile(outlets, 0.5),
  top10_outlet_share: topShare(outlets, 0.1),
  top1_outlet_share: topShare(outlets, 0.01),
  gini_outlets: gini(outlets),
  phi_cv: phi.cv,
  phi_p95_p05: phi.ratio,
  candidate_median: quantile(hx, 0.5),
  spearman_candidates_realized: sxy / Math.sqrt(sxx * syy),
  realization_ratio_median: quantile(ratios, 0.5),
  crossborder_chain_share: multi.filter((p) => p[1] >= 1).reduce((s, p) => s + p[3], 0) / n,
  mismatch_rate: tiers.reduce((s, r) => s + r.e, 0) / tiers.reduce((s, r) => s + r.n, 0),
  size_gradient_pp: (rate('large') - rate('small')) * 100,
  duplicate_merchant_ids: dup.d
}
console.log(JSON.stringify(out))
