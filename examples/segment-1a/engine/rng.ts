import { createHash } from 'node:crypto'

/**
 * Counter-based randomness: every draw is a pure function of (stream key, entity index, counter), so a
 * merchant's values do not depend on how many merchants came before it, on chunk or part sizes, or on
 * the output format. Only 32-bit integer math, no BigInt, so it stays fast at 10M merchants.
 */

export type StreamKey = Uint32Array

/** 128-bit key of one named stream, derived from the seed and the key material (normally parameter_hash). */
export function streamKey(seed: number, keyMaterial: string, stream: string): StreamKey {
  const digest = createHash('sha256').update(`segment-1a\u0000${seed}\u0000${keyMaterial}\u0000${stream}`).digest()
  return new Uint32Array([digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12)])
}

/**
 * 32-bit multiply, bit-identical to Math.imul. Spelled out because Math.imul is a slow cross-realm call
 * inside Jest's VM context (about 100x), which would make every test that generates data crawl.
 */
function mul32(a: number, b: number): number {
  const al = a & 0xffff
  const ah = (a >>> 16) & 0xffff
  const bl = b & 0xffff
  const bh = (b >>> 16) & 0xffff
  return (al * bl + (((ah * bl + al * bh) << 16) >>> 0)) | 0
}

/** murmur3's 32-bit finalizer: a bijection with full avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16
  h = mul32(h, 0x85ebca6b)
  h ^= h >>> 13
  h = mul32(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** The counter-based core: one 32-bit word for (key, entity, counter). */
export function word(key: StreamKey, entity: number, counter: number): number {
  const lo = entity >>> 0
  const hi = Math.floor(entity / 4294967296) >>> 0
  let h = fmix32((lo ^ key[0]) >>> 0)
  h = fmix32((h ^ fmix32((hi + key[1]) >>> 0)) >>> 0)
  h = fmix32((h ^ fmix32((counter ^ key[2]) >>> 0)) >>> 0)
  return fmix32((h + key[3]) >>> 0)
}

const TWO_POW_32 = 4294967296

/** Sequential draws for one entity of one stream; `at` repositions it without allocating. */
export class Draws {
  private entity = 0
  private counter = 0
  constructor(private readonly key: StreamKey) {}

  at(entity: number): this {
    this.entity = entity
    this.counter = 0
    return this
  }

  /** Uniform on the open interval (0, 1). */
  uniform(): number {
    return (word(this.key, this.entity, this.counter++) + 0.5) / TWO_POW_32
  }

  /** Standard normal (Box–Muller, one value per pair of uniforms so the counter use is fixed). */
  normal(): number {
    const u1 = this.uniform()
    const u2 = this.uniform()
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2)
  }

  /** Gamma(shape, scale) by Marsaglia–Tsang; shape < 1 uses the boost U^(1/shape). */
  gamma(shape: number, scale: number): number {
    if (shape < 1) return this.gamma(shape + 1, scale) * Math.pow(this.uniform(), 1 / shape)
    const d = shape - 1 / 3
    const c = 1 / Math.sqrt(9 * d)
    for (;;) {
      const x = this.normal()
      const v0 = 1 + c * x
      if (v0 <= 0) continue
      const v = v0 * v0 * v0
      const u = this.uniform()
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale
    }
  }

  /** Poisson(lambda): inversion below 30, Hörmann's PTRS transformed rejection above. */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0
    if (lambda < 30) {
      let p = Math.exp(-lambda)
      let u = this.uniform()
      let k = 0
      while (u > p && k < 1000) {
        u -= p
        k++
        p *= lambda / k
      }
      return k
    }
    const slam = Math.sqrt(lambda)
    const loglam = Math.log(lambda)
    const b = 0.931 + 2.53 * slam
    const a = -0.059 + 0.02483 * b
    const invalpha = 1.1239 + 1.1328 / (b - 3.4)
    const vr = 0.9277 - 3.6224 / (b - 2)
    for (;;) {
      const U = this.uniform() - 0.5
      const V = this.uniform()
      const us = 0.5 - Math.abs(U)
      const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43)
      if (us >= 0.07 && V <= vr) return k
      if (k < 0 || (us < 0.013 && V > us)) continue
      if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k
    }
  }
}

/** ln(k!) — exact sum for small k, Stirling series beyond. */
export function logFactorial(k: number): number {
  if (k < 2) return 0
  if (k < 20) {
    let s = 0
    for (let i = 2; i <= k; i++) s += Math.log(i)
    return s
  }
  const n = k + 1
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n * n * n)
}
