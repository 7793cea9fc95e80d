import { Draws, streamKey } from './rng.js'
import { TIERS, type Knobs, type Tier } from './knobs.js'

/**
 * The Segment 1A mechanisms as a pure function of (knobs, seed, key material, merchant index range).
 * Each mechanism reads its own named stream, keyed per merchant, so a chunk's rows are the same however
 * the run is split into chunks or parts.
 */

export interface MerchantRows {
  merchant_id: string[]
  home_country: string[]
  legal_country: string[]
  size_tier: Tier[]
  outlet_count: Int32Array
  phi: Float64Array
  candidate_count: Int32Array
  realized_count: Int32Array
}

export interface OutletRows {
  outlet_id: string[]
  merchant_id: string[]
  country: string[]
}

export interface CandidateRows {
  merchant_id: string[]
  country: string[]
  realized: boolean[]
}

export interface Chunk {
  merchants: MerchantRows
  outlets: OutletRows
  crossborder_candidates: CandidateRows
}

export const STREAMS = ['universe', 'hurdle', 'outlets', 'crossborder', 'legal', 'identity'] as const
type Stream = (typeof STREAMS)[number]

/** Everything derived once per run: stream keys and cumulative weights. */
export interface Model {
  knobs: Knobs
  draws: Record<Stream, Draws>
  countryWeights: Float64Array
  countryCumulative: Float64Array
  tierCumulative: Float64Array
}

export function buildModel(knobs: Knobs, seed: number, keyMaterial: string): Model {
  const draws = Object.fromEntries(STREAMS.map((s) => [s, new Draws(streamKey(seed, keyMaterial, s))])) as Record<Stream, Draws>
  const { countries, country_zipf, tier_mix } = knobs.merchants.universe
  const countryWeights = Float64Array.from(countries, (_, r) => 1 / Math.pow(r + 1, country_zipf))
  return {
    knobs,
    draws,
    countryWeights,
    countryCumulative: cumulative(countryWeights),
    tierCumulative: cumulative(Float64Array.from(TIERS, (t) => tier_mix[t]))
  }
}

function cumulative(weights: Float64Array): Float64Array {
  const out = new Float64Array(weights.length)
  let total = 0
  for (const w of weights) total += w
  let acc = 0
  weights.forEach((w, i) => {
    acc += w / total
    out[i] = acc
  })
  out[out.length - 1] = 1
  return out
}

function pick(cumulativeWeights: Float64Array, u: number): number {
  let i = 0
  while (i < cumulativeWeights.length - 1 && u > cumulativeWeights[i]) i++
  return i
}

export function merchantId(prefix: string, index: number): string {
  return prefix + String(index).padStart(8, '0')
}

/**
 * Generates merchants [start, end). `firstOutlet` is the global index of the chunk's first outlet
 * (outlet ids are a running sequence over the run).
 */
export function generateChunk(model: Model, start: number, end: number, firstOutlet: number): Chunk {
  const { knobs, draws } = model
  const { universe, hurdle, outlets } = knobs.merchants
  const { candidates, realization } = knobs.crossborder
  const countries = universe.countries
  const maxCandidates = countries.length - 1
  const n = end - start
  const m: MerchantRows = {
    merchant_id: new Array(n),
    home_country: new Array(n),
    legal_country: new Array(n),
    size_tier: new Array(n),
    outlet_count: new Int32Array(n),
    phi: new Float64Array(n),
    candidate_count: new Int32Array(n),
    realized_count: new Int32Array(n)
  }
  const o: OutletRows = { outlet_id: [], merchant_id: [], country: [] }
  const c: CandidateRows = { merchant_id: [], country: [], realized: [] }
  const keys = new Float64Array(countries.length)
  const order = new Int32Array(countries.length)
  let outletIndex = firstOutlet

  for (let r = 0; r < n; r++) {
    const i = start + r

    // S0: size tier and home country.
    const u = draws.universe.at(i)
    const tier = TIERS[pick(model.tierCumulative, u.uniform())]
    const home = pick(model.countryCumulative, u.uniform())

    // Identity semantics: a duplicate reuses the previous merchant's id.
    const duplicate = i > 0 && draws.identity.at(i).uniform() < knobs.legal.identity.duplicate_id_rate
    const id = merchantId(universe.id_prefix, duplicate ? i - 1 : i)

    // S1 hurdle, then S2 outlet count: NB as a gamma–Poisson mixture with per-merchant dispersion phi.
    const single = draws.hurdle.at(i).uniform() < hurdle.single_site_prob[tier]
    const od = draws.outlets.at(i)
    const phi = outlets.phi.median * Math.exp(outlets.phi.sigma * od.normal())
    const meanExtra = outlets.mean_extra[tier]
    const outletCount = single ? 1 : outlets.min_multi_site + od.poisson(od.gamma(phi, meanExtra / phi))

    // S3/S4/S6 for multi-site merchants: candidate breadth, realized share coupled to it, ranked membership.
    let candidateCount = 0
    let realizedCount = 0
    if (!single) {
      const x = draws.crossborder.at(i)
      const z1 = x.normal()
      const z2 = realization.coupling * z1 + Math.sqrt(1 - realization.coupling ** 2) * x.normal()
      candidateCount = Math.min(maxCandidates, Math.max(1, Math.round(candidates.breadth_median * Math.exp(candidates.breadth_sigma * z1))))
      const share = Math.min(1, realization.share_median * Math.exp(realization.share_sigma * z2))
      realizedCount = Math.min(candidateCount, outletCount - 1, Math.floor(share * candidateCount + x.uniform()))
      // Weighted sampling without replacement (Efraimidis–Spirakis): the largest log(u)/w come first.
      for (let k = 0; k < countries.length; k++) keys[k] = k === home ? -Infinity : Math.log(x.uniform()) / model.countryWeights[k]
      selectTop(keys, candidateCount, order)
      for (let k = 0; k < candidateCount; k++) {
        c.merchant_id.push(id)
        c.country.push(countries[order[k]])
        c.realized.push(k < realizedCount)
      }
    }

    // Outlets: the first at home, one in each realized country, the rest at home.
    for (let k = 0; k < outletCount; k++) {
      o.outlet_id.push('O' + String(outletIndex++).padStart(10, '0'))
      o.merchant_id.push(id)
      o.country.push(countries[k >= 1 && k <= realizedCount ? order[k - 1] : home])
    }

    // Legal country: mismatch probability by size tier; the foreign legal country follows the country weights.
    const l = draws.legal.at(i)
    let legal = home
    if (l.uniform() < knobs.legal.mismatch.rate_by_tier[tier]) {
      const v = l.uniform() * (1 - model.countryWeights[home] / sum(model.countryWeights))
      legal = pickExcluding(model, home, v)
    }

    m.merchant_id[r] = id
    m.home_country[r] = countries[home]
    m.legal_country[r] = countries[legal]
    m.size_tier[r] = tier
    m.outlet_count[r] = outletCount
    m.phi[r] = phi
    m.candidate_count[r] = candidateCount
    m.realized_count[r] = realizedCount
  }
  return { merchants: m, outlets: o, crossborder_candidates: c }
}

/** Writes the indices of the `count` largest keys into order[0..count), largest first; consumes the keys. */
function selectTop(keys: Float64Array, count: number, order: Int32Array): void {
  for (let k = 0; k < count; k++) {
    let best = -1
    for (let j = 0; j < keys.length; j++) if (keys[j] !== -Infinity && (best < 0 || keys[j] > keys[best])) best = j
    order[k] = best
    keys[best] = -Infinity
  }
}

function sum(a: Float64Array): number {
  let s = 0
  for (const v of a) s += v
  return s
}

/** Picks a country other than `home`: v is uniform on [0, 1 − share(home)). */
function pickExcluding(model: Model, home: number, v: number): number {
  const total = sum(model.countryWeights)
  let acc = 0
  for (let k = 0; k < model.countryWeights.length; k++) {
    if (k === home) continue
    acc += model.countryWeights[k] / total
    if (v < acc) return k
  }
  return home === model.countryWeights.length - 1 ? home - 1 : model.countryWeights.length - 1
}
