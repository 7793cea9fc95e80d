/**
 * Fast exact kernels for the metric vocabulary, used by the scoring plan when a column's observed
 * domain allows. Each returns the same value as the straightforward metric (src/metrics/*.ts), either
 * bit for bit (order statistics, sums of integers below 2^53, moments by the same operations) or within
 * a few ulps (Spearman from a contingency table sums in another order); the property tests hold them
 * to that. Hot loops avoid unpredictable branches and per-call closures: both cost several times the
 * loop's own work.
 * A kernel returns null when its precondition does not hold, and the caller uses the reference.
 */
import { topCount } from './concentration.js'
import { NeumaierSum } from './sum.js'
import { hashBytes } from '../core/intern-bytes.js'

/** Counts of each integer value of a column between `min` and `min + counts.length − 1`. */
export interface IntHistogram {
  min: number
  counts: Float64Array
  n: number
}

/** The smallest and largest value of a column of integers (min > max when it has no rows). */
export interface IntDomain {
  min: number
  max: number
}

/** The largest value range kept as a histogram (8 MB of counts, 32 MB while counting). */
export const MAX_HISTOGRAM_RANGE = 1 << 20
/** The most cells a contingency table may have (32 MB, 64 MB while counting). */
const MAX_CELLS = 1 << 22

/**
 * The integer domain of the rows that `skip` (a null mask) does not mark, or null when one of them is
 * not an integer within ±2^31 (so `| 0` checks it, the fastest test) or the range is too wide for a
 * histogram. Found once per column, it lets every histogram over any subset of those rows skip its checks.
 */
export function intDomain(values: Float64Array, skip?: Uint8Array): IntDomain | null {
  let min = 2147483647
  let max = -2147483648
  // Two loops: the common one (no nulls) is faster without the test.
  if (skip) {
    for (let i = 0; i < values.length; i++) {
      if (skip[i]) continue
      const v = values[i]
      const k = v | 0
      if (k !== v) return null
      if (k < min) min = k
      if (k > max) max = k
    }
  } else {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]
      const k = v | 0
      if (k !== v) return null
      if (k < min) min = k
      if (k > max) max = k
    }
  }
  if (min > max) return { min: 0, max: -1 }
  return max - min < MAX_HISTOGRAM_RANGE ? { min, max } : null
}

/**
 * Histogram of the rows with keep[i] = 1 (every row when keep is absent). The kept rows' values must
 * lie in `domain`; the others are never used as an index, so a null's placeholder may hold anything.
 */
export function histogramIn(values: Float64Array, domain: IntDomain, keep?: Uint8Array): IntHistogram {
  const { min } = domain
  const size = Math.max(0, domain.max - min + 1)
  // Four interleaved histograms (bin·4 + lane): a run of equal values would otherwise make each
  // increment wait for the previous one. A row not kept adds 0 to bin 0, without a branch. The loops
  // are written out: a helper closure, created per call, deoptimizes them on the next call.
  const lanes = new Float64Array(size * 4)
  const x = values
  const rows = size === 0 ? 0 : x.length
  const whole = rows - (rows % 4)
  if (keep) {
    for (let i = 0; i < whole; i += 4) {
      lanes[(((x[i] | 0) - min) << 2) & -keep[i]] += keep[i]
      lanes[((((x[i + 1] | 0) - min) << 2) | 1) & -keep[i + 1]] += keep[i + 1]
      lanes[((((x[i + 2] | 0) - min) << 2) | 2) & -keep[i + 2]] += keep[i + 2]
      lanes[((((x[i + 3] | 0) - min) << 2) | 3) & -keep[i + 3]] += keep[i + 3]
    }
    for (let i = whole; i < rows; i++) lanes[(((x[i] | 0) - min) << 2) & -keep[i]] += keep[i]
  } else {
    for (let i = 0; i < whole; i += 4) {
      lanes[((x[i] | 0) - min) << 2]++
      lanes[(((x[i + 1] | 0) - min) << 2) | 1]++
      lanes[(((x[i + 2] | 0) - min) << 2) | 2]++
      lanes[(((x[i + 3] | 0) - min) << 2) | 3]++
    }
    for (let i = whole; i < rows; i++) lanes[((x[i] | 0) - min) << 2]++
  }
  const counts = new Float64Array(size)
  for (let b = 0; b < size; b++) counts[b] = lanes[4 * b] + lanes[4 * b + 1] + lanes[4 * b + 2] + lanes[4 * b + 3]
  return { min, counts, n: total(counts) }
}

function total(counts: Float64Array): number {
  let n = 0
  for (let b = 0; b < counts.length; b++) n += counts[b]
  return n
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

/**
 * Joint counts of the rows with keep[i] = 1 (every row when keep is absent), whose values must lie in
 * the domains; the marginal histograms are sums of the cells. Null when the table would be too large.
 */
export function contingencyIn(xs: Float64Array, xDomain: IntDomain, ys: Float64Array, yDomain: IntDomain, keep?: Uint8Array): Contingency | null {
  const nx = Math.max(0, xDomain.max - xDomain.min + 1)
  const ny = Math.max(0, yDomain.max - yDomain.min + 1)
  if (nx * ny > MAX_CELLS) return null
  const xMin = xDomain.min
  const yMin = yDomain.min
  // Two interleaved tables (cell·2 + lane), written out, for the same reasons as in histogramIn.
  const lanes = new Float64Array(nx * ny * 2)
  const rows = nx * ny === 0 ? 0 : xs.length
  const whole = rows - (rows % 2)
  if (keep) {
    for (let i = 0; i < whole; i += 2) {
      lanes[((((xs[i] | 0) - xMin) * ny + ((ys[i] | 0) - yMin)) << 1) & -keep[i]] += keep[i]
      lanes[(((((xs[i + 1] | 0) - xMin) * ny + ((ys[i + 1] | 0) - yMin)) << 1) | 1) & -keep[i + 1]] += keep[i + 1]
    }
    if (whole < rows) lanes[((((xs[whole] | 0) - xMin) * ny + ((ys[whole] | 0) - yMin)) << 1) & -keep[whole]] += keep[whole]
  } else {
    for (let i = 0; i < whole; i += 2) {
      lanes[(((xs[i] | 0) - xMin) * ny + ((ys[i] | 0) - yMin)) << 1]++
      lanes[((((xs[i + 1] | 0) - xMin) * ny + ((ys[i + 1] | 0) - yMin)) << 1) | 1]++
    }
    if (whole < rows) lanes[(((xs[whole] | 0) - xMin) * ny + ((ys[whole] | 0) - yMin)) << 1]++
  }
  const cells = new Float64Array(nx * ny)
  for (let c = 0; c < cells.length; c++) cells[c] = lanes[2 * c] + lanes[2 * c + 1]
  return tableOf(cells, xMin, nx, yMin, ny)
}

/**
 * contingencyIn over the kept rows and, in the same pass, over all rows (the rows not kept land in a
 * second table): for columns without nulls, where every row has a cell.
 */
export function contingencySplit(xs: Float64Array, xDomain: IntDomain, ys: Float64Array, yDomain: IntDomain, keep: Uint8Array): { kept: Contingency; all: Contingency } | null {
  const nx = Math.max(0, xDomain.max - xDomain.min + 1)
  const ny = Math.max(0, yDomain.max - yDomain.min + 1)
  const size = nx * ny
  if (size > MAX_CELLS) return null
  const xMin = xDomain.min
  const yMin = yDomain.min
  // Cell (keep·size + cell)·2 + lane: two tables, each of two interleaved lanes as in contingencyIn.
  const lanes = new Float64Array(size * 4)
  const rows = size === 0 ? 0 : xs.length
  const whole = rows - (rows % 2)
  for (let i = 0; i < whole; i += 2) {
    lanes[(keep[i] * size + ((xs[i] | 0) - xMin) * ny + ((ys[i] | 0) - yMin)) << 1]++
    lanes[((keep[i + 1] * size + ((xs[i + 1] | 0) - xMin) * ny + ((ys[i + 1] | 0) - yMin)) << 1) | 1]++
  }
  if (whole < rows) lanes[(keep[whole] * size + ((xs[whole] | 0) - xMin) * ny + ((ys[whole] | 0) - yMin)) << 1]++
  const kept = new Float64Array(size)
  const all = new Float64Array(size)
  for (let c = 0; c < size; c++) {
    kept[c] = lanes[2 * (size + c)] + lanes[2 * (size + c) + 1]
    all[c] = kept[c] + lanes[2 * c] + lanes[2 * c + 1]
  }
  return { kept: tableOf(kept, xMin, nx, yMin, ny), all: tableOf(all, xMin, nx, yMin, ny) }
}

/** The same table with the two columns swapped. */
export function transpose(t: Contingency): Contingency {
  const nx = t.x.counts.length
  const cells = new Float64Array(t.cells.length)
  for (let a = 0; a < nx; a++) for (let b = 0; b < t.ny; b++) cells[b * nx + a] = t.cells[a * t.ny + b]
  return { x: t.y, y: t.x, cells, ny: nx, n: t.n }
}

/** A table from its cells, with the margins summed from them. */
function tableOf(cells: Float64Array, xMin: number, nx: number, yMin: number, ny: number): Contingency {
  const x = new Float64Array(nx)
  const y = new Float64Array(ny)
  for (let a = 0; a < nx; a++) {
    for (let b = 0; b < ny; b++) {
      x[a] += cells[a * ny + b]
      y[b] += cells[a * ny + b]
    }
  }
  const n = total(x)
  return { x: { min: xMin, counts: x, n }, y: { min: yMin, counts: y, n }, cells, ny, n }
}

/**
 * Rows of each dictionary code among the kept rows (every row when keep is absent), split by an event
 * mask: counts[2·code + event]. Kept rows' codes must lie in [0, size); the others are never used.
 */
export function eventCountsByCode(codes: Int32Array, size: number, event: Uint8Array, keep?: Uint8Array): Float64Array {
  // Two interleaved tables, written out, as in contingencyIn.
  const lanes = new Float64Array(size * 4)
  const rows = size === 0 ? 0 : codes.length
  const whole = rows - (rows % 2)
  if (keep) {
    for (let i = 0; i < whole; i += 2) {
      lanes[(((codes[i] << 1) | event[i]) << 1) & -keep[i]] += keep[i]
      lanes[((((codes[i + 1] << 1) | event[i + 1]) << 1) | 1) & -keep[i + 1]] += keep[i + 1]
    }
    if (whole < rows) lanes[(((codes[whole] << 1) | event[whole]) << 1) & -keep[whole]] += keep[whole]
  } else {
    for (let i = 0; i < whole; i += 2) {
      lanes[((codes[i] << 1) | event[i]) << 1]++
      lanes[((((codes[i + 1] << 1) | event[i + 1]) << 1) | 1)]++
    }
    if (whole < rows) lanes[((codes[whole] << 1) | event[whole]) << 1]++
  }
  const counts = new Float64Array(size * 2)
  for (let c = 0; c < counts.length; c++) counts[c] = lanes[2 * c] + lanes[2 * c + 1]
  return counts
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

/** A bucket of at most this many values is sorted rather than split further. */
const SORT_AT_MOST = 1 << 12

/**
 * Order statistics of a float array: exactly the values a full sort would put at those ranks. Large
 * arrays take one pass between sample brackets (selectBracketed), anything else the radix selection.
 * Null when a value is NaN or ±Infinity (the reference names the reason).
 */
export function selectRanks(values: Float64Array, ranks: number[]): number[] | null {
  const bracketed = values.length >= BRACKET_FROM ? selectBracketed(values, ranks) : undefined
  return bracketed === undefined ? selectByWord(values, ranks, 1) : bracketed
}

/** Arrays from this length on are selected between sample brackets. */
const BRACKET_FROM = 1 << 16
/** Values in the strided sample that brackets the wanted ranks. */
const SAMPLE = 1 << 14

/**
 * Selection in one pass (Floyd–Rivest): a strided sample brackets each wanted rank between two values
 * (±4 standard deviations of the sample rank around it); one pass counts the values below each bracket
 * and collects those inside it; the rank is then found among the few collected. Exact whatever the
 * sample: values below a bracket sort before all in it, values above after. Undefined when a bracket
 * misses its rank, or more than two are needed (the caller then uses radix selection); null when a
 * value is NaN or ±Infinity. `size` (at most values.length) is the sample's.
 */
export function selectBracketed(values: Float64Array, ranks: number[], size = SAMPLE): number[] | null | undefined {
  const n = values.length
  const stride = Math.floor(n / size)
  const sample = new Float64Array(size)
  for (let j = 0; j < size; j++) sample[j] = values[j * stride]
  sample.sort()
  const brackets: { from: number; to: number; ranks: number[] }[] = []
  for (const r of [...new Set(ranks)].sort((a, b) => a - b)) {
    const p = r / (n - 1)
    const spread = Math.ceil(4 * Math.sqrt(size * p * (1 - p))) + 4
    const from = Math.max(0, Math.floor(p * (size - 1)) - spread)
    const to = Math.min(size - 1, Math.ceil(p * (size - 1)) + spread)
    const last = brackets[brackets.length - 1]
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to)
      last.ranks.push(r)
    } else brackets.push({ from, to, ranks: [r] })
  }
  if (brackets.length > 2) return undefined
  // The outermost brackets are open-ended, so no value escapes both sides of a bracket at an end.
  const lo = brackets.map((b) => (b.from === 0 ? -Infinity : sample[b.from]))
  const hi = brackets.map((b) => (b.to === size - 1 ? Infinity : sample[b.to]))
  const capacity = brackets.map((b) => Math.min(n, Math.ceil((2 * n * (b.to - b.from + 1)) / size) + 1024))
  const inside = capacity.map((c) => new Float64Array(c))
  const [lo0, lo1] = [lo[0], lo[1] ?? Infinity]
  const [hi0, hi1] = [hi[0], hi[1] ?? -Infinity]
  const [in0, in1] = [inside[0], inside[1] ?? inside[0]]
  const [cap0, cap1] = [capacity[0], capacity[1] ?? 0]
  let below0 = 0
  let k0 = 0
  let between = 0
  let k1 = 0
  let bad = 0
  for (let i = 0; i < n; i++) {
    const v = values[i]
    bad |= +(v - v !== 0)
    if (v < lo0) below0++
    else if (v <= hi0) {
      if (k0 < cap0) in0[k0] = v
      k0++
    } else if (v < lo1) between++
    else if (v <= hi1) {
      if (k1 < cap1) in1[k1] = v
      k1++
    }
  }
  if (bad) return null
  const below = [below0, below0 + k0 + between]
  const counts = [k0, k1]
  const picked = new Map<number, number>()
  for (let j = 0; j < brackets.length; j++) {
    const local = brackets[j].ranks.map((r) => r - below[j])
    if (counts[j] > capacity[j] || local.some((r) => r < 0 || r >= counts[j])) return undefined
    const found = selectByWord(inside[j].subarray(0, counts[j]), local, 1) as number[]
    brackets[j].ranks.forEach((r, t) => picked.set(r, found[t]))
  }
  return ranks.map((r) => picked.get(r) as number)
}

/** Selection by one 32-bit word of the key: 1 the high word, 0 the low word (the high words being equal). */
function selectByWord(values: Float64Array, ranks: number[], word: 0 | 1): number[] | null {
  const n = values.length
  const words = new Uint32Array(values.buffer, values.byteOffset, n * 2)
  // The word as a signed key in value order (a negative value's bits reverse), by int32 operations only:
  // key = word ^ ((sign & flip) ^ top), sign = −1 for a negative value, else 0.
  const flip = word === 1 ? 0x7fffffff : -1
  const top = word === 1 ? 0 : 0x80000000 | 0
  let min = 0x7fffffff
  let max = -0x80000000
  for (let i = 0; i < n; i++) {
    const key = words[2 * i + word] ^ ((words[2 * i + 1] >> 31) & flip) ^ top
    if (key < min) min = key
    if (key > max) max = key
  }
  // An exponent of all ones (NaN, ±Infinity) puts the high word's key beyond every finite value's.
  if (word === 1 && (min < -0x7ff00000 || max >= 0x7ff00000)) return null
  let shift = 0
  while ((max - min) / 2 ** shift >= 65536) shift++
  const counts = new Uint32Array(((max - min) >>> shift) + 1)
  for (let i = 0; i < n; i++) {
    const key = words[2 * i + word] ^ ((words[2 * i + 1] >> 31) & flip) ^ top
    counts[((key - min) | 0) >>> shift]++
  }
  const starts = new Float64Array(counts.length + 1)
  for (let b = 0; b < counts.length; b++) starts[b + 1] = starts[b] + counts[b]
  const bucketOf = (r: number): number => {
    let lo = 0
    let hi = counts.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (r < starts[mid + 1]) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const wanted = [...new Set(ranks.map(bucketOf))]
  const slotOf = new Int32Array(counts.length).fill(-1)
  const members = wanted.map((b, slot) => {
    slotOf[b] = slot
    return new Float64Array(counts[b])
  })
  const filled = new Int32Array(wanted.length)
  for (let i = 0; i < n; i++) {
    const key = words[2 * i + word] ^ ((words[2 * i + 1] >> 31) & flip) ^ top
    const slot = slotOf[((key - min) | 0) >>> shift]
    if (slot >= 0) members[slot][filled[slot]++] = values[i]
  }
  const picked = new Map<number, number>()
  wanted.forEach((b, slot) => {
    const inBucket = ranks.filter((r) => bucketOf(r) === b)
    const local = inBucket.map((r) => r - starts[b])
    const m = members[slot]
    let found: number[]
    if (m.length <= SORT_AT_MOST) {
      m.sort()
      found = local.map((r) => m[r])
    } else if (shift > 0) found = selectByWord(m, local, word) as number[]
    else if (word === 1) found = selectByWord(m, local, 0) as number[]
    // The whole 64-bit key is equal: the bucket is one value, repeated.
    else found = local.map(() => m[0])
    inBucket.forEach((r, j) => picked.set(r, found[j]))
  })
  return ranks.map((r) => picked.get(r) as number)
}

/** Type-7 quantiles by selection, as quantileSorted on the sorted array would give them; null as selectRanks. */
export function selectQuantiles(values: Float64Array, qs: number[]): number[] | null {
  const n = values.length
  const ranks: number[] = []
  for (const q of qs) {
    const h = (n - 1) * q
    const lo = Math.min(n - 1, Math.floor(h))
    ranks.push(lo, Math.min(n - 1, lo + 1))
  }
  const picked = selectRanks(values, ranks)
  if (!picked) return null
  const byRank = new Map<number, number>()
  ranks.forEach((r, k) => byRank.set(r, picked[k]))
  return qs.map((q) => type7(n, q, (r) => byRank.get(r) as number))
}

/**
 * Mean and population variance by exactly the reference's operations (meanOf, populationVarianceOf:
 * Neumaier sums, the corrected two-pass), inlined, so both are bit for bit the reference's. Null when
 * there are no values or the sum is not finite (a NaN or ±Infinity makes it so; the reference then
 * names the reason).
 */
export function meanAndVariance(x: Float64Array): { mean: number; variance: number } | null {
  const n = x.length
  if (n === 0) return null
  const first = x[0]
  let differs = 0
  let sum = 0
  let compensation = 0
  // Each Neumaier step picks its operands by selection, not by branches: a branch the first iterations
  // never took leaves the loop's optimized code several times slower.
  for (let i = 0; i < n; i++) {
    const v = x[i]
    differs |= +(v !== first)
    const t = sum + v
    const big = Math.abs(sum) >= Math.abs(v)
    compensation += (big ? sum : v) - t + (big ? v : sum)
    sum = t
  }
  const mean = (sum + compensation) / n
  if (!Number.isFinite(mean)) return null
  if (!differs) return { mean, variance: 0 }
  let squares = 0
  let squaresCompensation = 0
  let deviations = 0
  let deviationsCompensation = 0
  for (let i = 0; i < n; i++) {
    const d = x[i] - mean
    const square = d * d
    let t = squares + square
    let big = Math.abs(squares) >= Math.abs(square)
    squaresCompensation += (big ? squares : square) - t + (big ? square : squares)
    squares = t
    t = deviations + d
    big = Math.abs(deviations) >= Math.abs(d)
    deviationsCompensation += (big ? deviations : d) - t + (big ? d : deviations)
    deviations = t
  }
  const bias = deviations + deviationsCompensation
  return { mean, variance: Math.max(0, (squares + squaresCompensation - (bias * bias) / n) / n) }
}

/** Beyond this many sorted runs the merge below costs more than hashing. */
const MAX_SORTED_RUNS = 64

/**
 * Distinct byte strings among the kept rows, as distinctBytes, when the kept non-null rows are in
 * non-decreasing byte order (ids often are) or form a few runs that each are (parts of sorted ids,
 * some overlapping): equal strings are then adjacent, in one pass comparing each row with the previous
 * one, or meet in a merge of the runs that reads each run in order. Null beyond MAX_SORTED_RUNS runs.
 */
export function distinctSortedBytes(data: Uint8Array, offsets: Uint32Array, keep?: Uint8Array, nulls?: Uint8Array): number | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const scan = sortedRuns(view, data, offsets, keep, nulls)
  if (!scan) return null
  const distinct = scan.runs.length > 1 ? mergedDistinct(view, data, offsets, scan.runs, keep, nulls) : scan.distinct
  return distinct + (scan.sawNull ? 1 : 0)
}

/**
 * distinctSortedBytes of a column kept in parts (part p's row i is row i + the rows of the parts before
 * it, in keep and nulls): when each part's kept non-null rows are in non-decreasing byte order and so are
 * the parts (each part's first such row not below the last one before it), counted part by part with
 * one comparison across each boundary, without joining the parts. Null otherwise. A part whose reader
 * saw it sorted (`sortedDistinct`) is taken at its word when every one of its rows counts.
 */
export function distinctSortedByteParts(parts: { data: Uint8Array; offsets: Uint32Array; sortedDistinct?: number }[], keep?: Uint8Array, nulls?: Uint8Array): number | null {
  let distinct = 0
  let sawNull = false
  let base = 0
  let before: { data: Uint8Array; start: number; end: number } | undefined
  for (const { data, offsets, sortedDistinct } of parts) {
    const n = offsets.length - 1
    const partNulls = nulls?.subarray(base, base + n)
    const known = sortedDistinct !== undefined && !keep && !partNulls?.includes(1)
    const scan = known
      ? { runs: n > 0 ? [0] : [], distinct: sortedDistinct, sawNull: false, last: n - 1 }
      : sortedRuns(new DataView(data.buffer, data.byteOffset, data.byteLength), data, offsets, keep?.subarray(base, base + n), partNulls)
    base += n
    if (!scan || scan.runs.length > 1) return null
    sawNull ||= scan.sawNull
    if (scan.runs.length === 0) continue
    const first = scan.runs[0]
    if (before) {
      const order = compareAcross(before.data, before.start, before.end, data, offsets[first], offsets[first + 1])
      if (order > 0) return null
      if (order === 0) distinct-- // the same string ends one part and starts the next
    }
    distinct += scan.distinct
    before = { data, start: offsets[scan.last], end: offsets[scan.last + 1] }
  }
  return distinct + (sawNull ? 1 : 0)
}

/**
 * One pass over the kept non-null rows comparing each with the one before: the rows where a run in
 * non-decreasing order starts (`runs`), the distinct strings when there is one run, whether a kept row
 * is null, and the last kept non-null row. Null beyond MAX_SORTED_RUNS runs.
 */
function sortedRuns(view: DataView, data: Uint8Array, offsets: Uint32Array, keep?: Uint8Array, nulls?: Uint8Array): { runs: number[]; distinct: number; sawNull: boolean; last: number } | null {
  const n = offsets.length - 1
  const runs: number[] = []
  if (n === 0) return { runs, distinct: 0, sawNull: false, last: -1 }
  let distinct = 0
  let sawNull = false
  if (!keep && !nulls) {
    // Every row against the one before: without the per-row tests below, a fifth faster.
    runs.push(0)
    distinct = 1
    for (let i = 1; i < n; i++) {
      const order = compareBytes(view, data, offsets[i - 1], offsets[i], offsets[i], offsets[i + 1])
      if (order < 0) distinct++
      else if (order > 0) {
        if (runs.length === MAX_SORTED_RUNS) return null
        runs.push(i)
      }
    }
    return { runs, distinct, sawNull, last: n - 1 }
  }
  let previous = -1
  for (let i = 0; i < n; i++) {
    if (keep && !keep[i]) continue
    if (nulls && nulls[i]) {
      sawNull = true
      continue
    }
    if (previous < 0) {
      runs.push(i)
      distinct = 1
    } else {
      const order = compareBytes(view, data, offsets[previous], offsets[previous + 1], offsets[i], offsets[i + 1])
      if (order < 0) distinct++
      else if (order > 0) {
        if (runs.length === MAX_SORTED_RUNS) return null
        runs.push(i)
      }
    }
    previous = i
  }
  return { runs, distinct, sawNull, last: previous }
}

/** Distinct strings over sorted runs (each starting at a kept row, ending where the next starts): a k-way merge. */
function mergedDistinct(view: DataView, data: Uint8Array, offsets: Uint32Array, runs: number[], keep?: Uint8Array, nulls?: Uint8Array): number {
  const k = runs.length
  const at = Int32Array.from(runs)
  const end = Int32Array.from(runs, (_, r) => (r + 1 < k ? runs[r + 1] : offsets.length - 1))
  const less = (a: number, b: number): boolean => compareBytes(view, data, offsets[at[a]], offsets[at[a] + 1], offsets[at[b]], offsets[at[b] + 1]) < 0
  // A binary heap of run numbers, least current row first.
  const heap = Int32Array.from({ length: k }, (_, r) => r)
  let size = k
  const down = (from: number): void => {
    let i = from
    for (;;) {
      const l = 2 * i + 1
      if (l >= size) return
      const child = l + 1 < size && less(heap[l + 1], heap[l]) ? l + 1 : l
      if (!less(heap[child], heap[i])) return
      const t = heap[i]
      heap[i] = heap[child]
      heap[child] = t
      i = child
    }
  }
  for (let i = (size >> 1) - 1; i >= 0; i--) down(i)
  let distinct = 0
  let last = -1
  while (size > 0) {
    const r = heap[0]
    const row = at[r]
    if (last < 0 || compareBytes(view, data, offsets[last], offsets[last + 1], offsets[row], offsets[row + 1]) !== 0) distinct++
    last = row
    let next = row + 1
    while (next < end[r] && ((keep && !keep[next]) || (nulls && nulls[next]))) next++
    if (next < end[r]) at[r] = next
    else heap[0] = heap[--size]
    down(0)
  }
  return distinct
}

/** Byte order of a[from, to) against b[bFrom, bTo): negative, 0 or positive (for one comparison; compareBytes is the fast one). */
function compareAcross(a: Uint8Array, from: number, to: number, b: Uint8Array, bFrom: number, bTo: number): number {
  const common = Math.min(to - from, bTo - bFrom)
  for (let k = 0; k < common; k++) if (a[from + k] !== b[bFrom + k]) return a[from + k] - b[bFrom + k]
  return to - from - (bTo - bFrom)
}

/** Byte order of data[a, aEnd) against data[b, bEnd): negative, 0 or positive. Four bytes at a time (big-endian words compare as the bytes do). */
function compareBytes(view: DataView, data: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): number {
  const common = aEnd - a < bEnd - b ? aEnd - a : bEnd - b
  let k = 0
  for (; k + 4 <= common; k += 4) {
    const x = view.getUint32(a + k)
    const y = view.getUint32(b + k)
    if (x !== y) return x < y ? -1 : 1
  }
  for (; k < common; k++) {
    const d = data[a + k] - data[b + k]
    if (d !== 0) return d
  }
  return aEnd - a - (bEnd - b)
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
  // Without a mask the j-th hashed row is row j: no row numbers to keep.
  const rows = keep || nulls ? new Int32Array(n) : undefined
  const hashes = new Uint32Array(n)
  let m = 0
  let sawNull = false
  for (let i = 0; i < n; i++) {
    if (keep && !keep[i]) continue
    if (nulls && nulls[i]) {
      sawNull = true
      continue
    }
    if (rows) rows[m] = i
    hashes[m++] = hashBytes(data, offsets[i], offsets[i + 1])
  }
  if (m === 0) return sawNull ? 1 : 0
  let bits = 0
  while (m >>> bits > rowsPerGroup && bits < 16) bits++
  const groups = 1 << bits
  const shift = 32 - bits
  const starts = new Int32Array(groups + 1)
  for (let j = 0; j < m; j++) starts[(bits === 0 ? 0 : hashes[j] >>> shift) + 1]++
  let largest = 0
  for (let g = 0; g < groups; g++) {
    largest = Math.max(largest, starts[g + 1])
    starts[g + 1] += starts[g]
  }
  // Hashes and rows laid out group by group, so the de-duplication below reads them in order.
  const groupHash = new Uint32Array(m)
  const groupRow = new Int32Array(m)
  const next = starts.slice(0, groups)
  for (let j = 0; j < m; j++) {
    const h = hashes[j]
    const t = next[bits === 0 ? 0 : h >>> shift]++
    groupHash[t] = h
    groupRow[t] = rows ? rows[j] : j
  }
  let size = 16
  while (size < largest * 2) size *= 2
  const mask = size - 1
  const slotRow = new Int32Array(size)
  const slotHash = new Uint32Array(size)
  const slotGroup = new Int32Array(size).fill(-1) // which group owns a slot: no clearing between groups
  let distinct = 0
  for (let g = 0; g < groups; g++) {
    for (let t = starts[g]; t < starts[g + 1]; t++) {
      const h = groupHash[t]
      const row = groupRow[t]
      let slot = (h ^ (h >>> 15)) & mask
      for (;;) {
        if (slotGroup[slot] !== g) {
          slotGroup[slot] = g
          slotRow[slot] = row
          slotHash[slot] = h
          distinct++
          break
        }
        if (slotHash[slot] === h && sameRowBytes(data, offsets, slotRow[slot], row)) break
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
