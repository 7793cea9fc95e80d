/**
 * Fast exact kernels for the metric vocabulary, used by the scoring plan when a column's observed
 * domain allows. Each returns the same value as the straightforward metric (src/metrics/*.ts), either
 * bit for bit (histogram order statistics, sums of integers below 2^53) or within a few ulps (Spearman
 * from a contingency table sums in another order); the property tests hold them to that.
 * A kernel returns null when its precondition does not hold, and the caller uses the reference.
 */
import { topCount } from './concentration.js'
import { NeumaierSum } from './sum.js'

/** Counts of each integer value of a column between `min` and `min + counts.length − 1`. */
export interface IntHistogram {
  min: number
  counts: Float64Array
  n: number
}

/** The largest value range kept as a histogram (8 MB of counts). */
export const MAX_HISTOGRAM_RANGE = 1 << 20

/**
 * Histogram of the rows with keep[i] = 1 (all rows when keep is absent), or null when some kept value
 * is not an integer or the range is too wide for a histogram.
 */
export function intHistogram(values: Float64Array, keep?: Uint8Array): IntHistogram | null {
  let min = Infinity
  let max = -Infinity
  let n = 0
  for (let i = 0; i < values.length; i++) {
    if (keep && !keep[i]) continue
    const v = values[i]
    if (!(v - Math.trunc(v) === 0)) return null
    if (v < min) min = v
    if (v > max) max = v
    n++
  }
  if (n === 0) return { min: 0, counts: new Float64Array(0), n: 0 }
  if (max - min >= MAX_HISTOGRAM_RANGE || !Number.isSafeInteger(min) || !Number.isSafeInteger(max)) return null
  const counts = new Float64Array(max - min + 1)
  if (keep) {
    for (let i = 0; i < values.length; i++) if (keep[i]) counts[values[i] - min]++
  } else for (let i = 0; i < values.length; i++) counts[values[i] - min]++
  return { min, counts, n }
}

/** The order statistic of 0-based rank r (x₍ᵣ₊₁₎ ascending) from a histogram. */
function orderStatistic(h: IntHistogram, r: number): number {
  let cumulative = 0
  for (let b = 0; b < h.counts.length; b++) {
    cumulative += h.counts[b]
    if (r < cumulative) return h.min + b
  }
  return h.min + h.counts.length - 1
}

/** Type-7 quantile from order statistics, step for step as quantileSorted. */
function type7(n: number, q: number, at: (r: number) => number): number {
  const h = (n - 1) * q
  if (h >= n - 1) return at(n - 1)
  const lo = Math.floor(h)
  const gamma = h - lo
  const a = at(lo)
  if (gamma === 0) return a
  const b = at(lo + 1)
  const diff = b - a
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma
}

export function histogramQuantile(h: IntHistogram, q: number): number {
  return type7(h.n, q, (r) => orderStatistic(h, r))
}

/** Σ value·count, exact while it stays below 2^53 (null otherwise: the caller uses the reference). */
function exactTotal(h: IntHistogram): number | null {
  let total = 0
  for (let b = 0; b < h.counts.length; b++) total += (h.min + b) * h.counts[b]
  return Number.isSafeInteger(total) && Math.abs(total) < 2 ** 52 ? total : null
}

/** Gini (population form) of a non-negative histogram; null when its sums are not exact. */
export function histogramGini(h: IntHistogram): { value: number } | { undefinedReason: string } | null {
  if (h.n === 0) return { undefinedReason: 'no rows' }
  if (h.min < 0) return null
  const total = exactTotal(h)
  if (total === null) return null
  if (total === 0) return { undefinedReason: 'total is 0' }
  const n = h.n
  const numerator = new NeumaierSum()
  // Between ranks k and k+1 the sorted values step only where one value's run ends.
  let k = 0
  let previous = -1
  for (let b = 0; b < h.counts.length; b++) {
    const c = h.counts[b]
    if (c === 0) continue
    const v = h.min + b
    if (previous >= 0) numerator.add(k * (n - k) * (v - previous))
    k += c
    previous = v
  }
  return { value: numerator.value() / (n * total) }
}

/** Share of the total held by the largest ⌈fraction·n⌉ values of a non-negative histogram. */
export function histogramTopShare(h: IntHistogram, fraction: number): { value: number } | { undefinedReason: string } | null {
  if (h.n === 0) return { undefinedReason: 'no rows' }
  if (h.min < 0) return null
  const total = exactTotal(h)
  if (total === null) return null
  if (total === 0) return { undefinedReason: 'total is 0' }
  const k = topCount(fraction, h.n)
  if (k === h.n) return { value: 1 }
  let left = k
  let top = 0
  for (let b = h.counts.length - 1; b >= 0 && left > 0; b--) {
    const take = Math.min(left, h.counts[b])
    top += take * (h.min + b)
    left -= take
  }
  return { value: top / total }
}

/** Joint counts of two small-integer columns over the kept rows. */
export interface Contingency {
  x: IntHistogram
  y: IntHistogram
  /** counts[(xi − x.min) · ny + (yi − y.min)] */
  cells: Float64Array
  ny: number
  n: number
}

export function contingency(xs: Float64Array, ys: Float64Array, keep?: Uint8Array): Contingency | null {
  const x = intHistogram(xs, keep)
  const y = intHistogram(ys, keep)
  if (!x || !y) return null
  const nx = x.counts.length
  const ny = y.counts.length
  if (nx * ny > 1 << 22) return null
  const cells = new Float64Array(nx * ny)
  for (let i = 0; i < xs.length; i++) {
    if (keep && !keep[i]) continue
    cells[(xs[i] - x.min) * ny + (ys[i] - y.min)]++
  }
  return { x, y, cells, ny, n: x.n }
}

/** 1-based average rank of each histogram value (ties share the mean of their ranks). */
function midranks(h: IntHistogram): Float64Array {
  const ranks = new Float64Array(h.counts.length)
  let before = 0
  for (let b = 0; b < h.counts.length; b++) {
    const c = h.counts[b]
    ranks[b] = before + (c + 1) / 2
    before += c
  }
  return ranks
}

/**
 * Spearman = Pearson of the midranks, from a contingency table: the mean rank is exactly (n+1)/2, and
 * the sums of squared and crossed deviations run over cells with their counts. Null when a side is
 * constant (the caller's reference path names the reason).
 */
export function contingencySpearman(t: Contingency): number | null {
  const n = t.n
  if (n < 2) return null
  const mean = (n + 1) / 2
  const rx = midranks(t.x)
  const ry = midranks(t.y)
  const sxx = new NeumaierSum()
  const syy = new NeumaierSum()
  const sxy = new NeumaierSum()
  for (let a = 0; a < t.x.counts.length; a++) {
    const c = t.x.counts[a]
    if (c === 0) continue
    const d = rx[a] - mean
    sxx.add(c * d * d)
  }
  for (let b = 0; b < t.y.counts.length; b++) {
    const c = t.y.counts[b]
    if (c === 0) continue
    const d = ry[b] - mean
    syy.add(c * d * d)
  }
  for (let a = 0; a < t.x.counts.length; a++) {
    if (t.x.counts[a] === 0) continue
    const dx = rx[a] - mean
    for (let b = 0; b < t.ny; b++) {
      const c = t.cells[a * t.ny + b]
      if (c === 0) continue
      sxy.add(c * dx * (ry[b] - mean))
    }
  }
  const cxx = sxx.value()
  const cyy = syy.value()
  if (!(cxx > 0 && cyy > 0)) return null
  const r = sxy.value() / Math.sqrt(cxx * cyy)
  return Math.max(-1, Math.min(1, r))
}

/** Type-7 quantile of num/den over cells with den ≠ 0, each distinct ratio weighted by its count. */
export function contingencyRatioQuantile(t: Contingency, q: number): number | null {
  const ratios: number[] = []
  const weights: number[] = []
  for (let a = 0; a < t.x.counts.length; a++) {
    for (let b = 0; b < t.ny; b++) {
      const c = t.cells[a * t.ny + b]
      const den = t.y.min + b
      if (c === 0 || den === 0) continue
      ratios.push((t.x.min + a) / den)
      weights.push(c)
    }
  }
  const order = ratios.map((_, k) => k).sort((i, j) => ratios[i] - ratios[j])
  let n = 0
  for (const w of weights) n += w
  if (n === 0) return null
  const cumulative = new Float64Array(order.length)
  let running = 0
  order.forEach((k, j) => (cumulative[j] = running += weights[k]))
  const at = (r: number): number => {
    let lo = 0
    let hi = order.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (r < cumulative[mid]) hi = mid
      else lo = mid + 1
    }
    return ratios[order[lo]]
  }
  return type7(n, q, at)
}

/**
 * Order statistics of a float array by radix selection: a histogram of the top 16 bits of each value's
 * order-preserving key finds the bucket of every wanted rank; only those buckets are sorted. Exactly
 * the values a full sort would put at those ranks. Values must be free of NaN.
 */
export function selectRanks(values: Float64Array, ranks: number[]): number[] {
  const n = values.length
  const hi = new Uint32Array(values.buffer, values.byteOffset, n * 2)
  const counts = new Uint32Array(65536)
  const key = (i: number): number => {
    const h = hi[2 * i + 1]
    // Sign flip: negative values reverse, positive ones get the top bit; the top 16 bits then sort.
    return ((h & 0x80000000 ? ~h : h | 0x80000000) >>> 16) & 0xffff
  }
  for (let i = 0; i < n; i++) counts[key(i)]++
  const starts = new Float64Array(65537)
  for (let b = 0; b < 65536; b++) starts[b + 1] = starts[b] + counts[b]
  const bucketOf = (r: number): number => {
    let lo = 0
    let hiB = 65535
    while (lo < hiB) {
      const mid = (lo + hiB) >> 1
      if (r < starts[mid + 1]) hiB = mid
      else lo = mid + 1
    }
    return lo
  }
  const wanted = [...new Set(ranks.map(bucketOf))]
  const members = new Map<number, Float64Array>()
  const fill = new Map<number, number>()
  for (const b of wanted) {
    members.set(b, new Float64Array(counts[b]))
    fill.set(b, 0)
  }
  for (let i = 0; i < n; i++) {
    const b = key(i)
    const m = members.get(b)
    if (m) {
      const f = fill.get(b) as number
      m[f] = values[i]
      fill.set(b, f + 1)
    }
  }
  for (const m of members.values()) m.sort()
  return ranks.map((r) => {
    const b = bucketOf(r)
    return (members.get(b) as Float64Array)[r - starts[b]]
  })
}

/** Type-7 quantiles by selection, as quantileSorted on the sorted array would give them. */
export function selectQuantiles(values: Float64Array, qs: number[]): number[] {
  const n = values.length
  const ranks: number[] = []
  for (const q of qs) {
    const h = (n - 1) * q
    const lo = Math.min(n - 1, Math.floor(h))
    ranks.push(lo, Math.min(n - 1, lo + 1))
  }
  const picked = selectRanks(values, ranks)
  const byRank = new Map<number, number>()
  ranks.forEach((r, k) => byRank.set(r, picked[k]))
  return qs.map((q) => type7(n, q, (r) => byRank.get(r) as number))
}

/**
 * Distinct byte strings among the kept rows (nulls, when present and kept, count as one more key): exact.
 * Rows are hashed in one sequential pass, grouped by the top bits of their hash (equal strings have equal
 * hashes, so they land in the same group), and each group is de-duplicated in a small hash table that
 * stays in cache; bytes are compared on every hash match, so collisions never merge strings. One big
 * table would spend its time on cache misses (see ../shared/recipes/PERFORMANCE.md).
 */
export function distinctBytes(data: Uint8Array, offsets: Uint32Array, keep?: Uint8Array, nulls?: Uint8Array, rowsPerGroup = 1 << 15): number {
  const n = offsets.length - 1
  const rows = new Int32Array(n)
  const hashes = new Uint32Array(n)
  let m = 0
  let sawNull = false
  for (let i = 0; i < n; i++) {
    if (keep && !keep[i]) continue
    if (nulls && nulls[i]) {
      sawNull = true
      continue
    }
    let h = 0x811c9dc5
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) h = Math.imul(h ^ data[k], 0x01000193)
    rows[m] = i
    hashes[m++] = h >>> 0
  }
  if (m === 0) return sawNull ? 1 : 0
  let bits = 0
  while (m >>> bits > rowsPerGroup && bits < 16) bits++
  const groups = 1 << bits
  const groupOf = (h: number): number => (bits === 0 ? 0 : h >>> (32 - bits))
  const starts = new Int32Array(groups + 1)
  for (let j = 0; j < m; j++) starts[groupOf(hashes[j]) + 1]++
  let largest = 0
  for (let g = 0; g < groups; g++) {
    largest = Math.max(largest, starts[g + 1])
    starts[g + 1] += starts[g]
  }
  const order = new Int32Array(m)
  const next = starts.slice(0, groups)
  for (let j = 0; j < m; j++) order[next[groupOf(hashes[j])]++] = j
  let size = 16
  while (size < largest * 2) size *= 2
  const mask = size - 1
  const slotRow = new Int32Array(size)
  const slotHash = new Uint32Array(size)
  const slotGroup = new Int32Array(size).fill(-1) // which group owns a slot: no clearing between groups
  let distinct = 0
  for (let g = 0; g < groups; g++) {
    for (let t = starts[g]; t < starts[g + 1]; t++) {
      const j = order[t]
      const h = hashes[j]
      let slot = (h ^ (h >>> 15)) & mask
      for (;;) {
        if (slotGroup[slot] !== g) {
          slotGroup[slot] = g
          slotRow[slot] = rows[j]
          slotHash[slot] = h
          distinct++
          break
        }
        if (slotHash[slot] === h && sameRowBytes(data, offsets, slotRow[slot], rows[j])) break
        slot = (slot + 1) & mask
      }
    }
  }
  return distinct + (sawNull ? 1 : 0)
}

function sameRowBytes(data: Uint8Array, offsets: Uint32Array, a: number, b: number): boolean {
  const as = offsets[a]
  const bs = offsets[b]
  const length = offsets[a + 1] - as
  if (offsets[b + 1] - bs !== length) return false
  for (let k = 0; k < length; k++) if (data[as + k] !== data[bs + k]) return false
  return true
}
