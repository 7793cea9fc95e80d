import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { definitionLevels, readDeltaBinary, readHybrid } from '../src/artifacts/parquet-pages.js'

/**
 * The bit-level page decoders against streams written here bit by bit, the plainest encoder there is:
 * every width 0..32, runs of every length, and packed data ending exactly at the buffer's end or a
 * few bytes before it (the word-at-a-time unpacker must leave those tails to the byte loop).
 */

class Bits {
  bytes: number[] = []

  varint(v: number): void {
    while (v >= 0x80) {
      this.bytes.push((v % 0x80) + 0x80)
      v = Math.floor(v / 0x80)
    }
    this.bytes.push(v)
  }

  zigzag(v: number): void {
    this.varint(v >= 0 ? 2 * v : -2 * v - 1)
  }

  /** `values` packed little-endian, `width` bits each, padded to a whole byte. */
  packed(values: number[], width: number): void {
    const start = this.bytes.length * 8
    this.bytes.push(...Array<number>(Math.ceil((values.length * width) / 8)).fill(0))
    values.forEach((v, k) => {
      for (let b = 0; b < width; b++) {
        const at = start + k * width + b
        if (Math.floor(v / 2 ** b) % 2 === 1) this.bytes[at >> 3] |= 1 << (at & 7)
      }
    })
  }

  /** The stream in a buffer with `slack` bytes after it, seen through a view starting `offset` bytes in. */
  buffer(slack: number, offset: number): Uint8Array {
    const whole = new Uint8Array(offset + this.bytes.length + slack).fill(0xff)
    whole.set(this.bytes, offset)
    return whole.subarray(offset)
  }
}

const width = fc.integer({ min: 0, max: 32 })
const layout = fc.record({ slack: fc.integer({ min: 0, max: 5 }), offset: fc.integer({ min: 0, max: 7 }) })

describe('readHybrid (RLE / bit-packed hybrid)', () => {
  const run = (w: number) =>
    fc.oneof(
      fc.record({ rle: fc.constant(true), value: fc.integer({ min: 0, max: 2 ** w - 1 }), n: fc.integer({ min: 1, max: 40 }) }),
      fc.record({ rle: fc.constant(false), values: fc.array(fc.integer({ min: 0, max: 2 ** w - 1 }), { minLength: 1, maxLength: 200 }) })
    )
  const stream = width.chain((w) => fc.record({ w: fc.constant(w), runs: fc.array(run(w), { minLength: 1, maxLength: 8 }), layout, cut: fc.nat(7) }))

  it('decodes every width and run length as a bit-by-bit reader does', () => {
    fc.assert(
      fc.property(stream, ({ w, runs, layout: { slack, offset }, cut }) => {
        const bits = new Bits()
        const expected: number[] = []
        for (const [k, r] of runs.entries()) {
          if (r.rle) {
            bits.varint(r.n * 2)
            for (let b = 0; b < (w + 7) >> 3; b++) bits.bytes.push(Math.floor(r.value / 2 ** (8 * b)) % 256)
            expected.push(...Array<number>(r.n).fill(r.value))
          } else {
            // A packed run holds whole groups of eight; only the last run of a stream has padding after its values.
            const groups = Math.ceil(r.values.length / 8)
            const padded = [...r.values, ...Array<number>(groups * 8 - r.values.length).fill(k % 2 === 0 ? 0 : 2 ** w - 1)]
            bits.varint(groups * 2 + 1)
            bits.packed(padded, w)
            expected.push(...(k === runs.length - 1 ? r.values : padded))
          }
        }
        // The count may end inside the last run (a page's values end before its padding).
        const count = Math.max(1, expected.length - Math.min(cut, expected.length - 1))
        const buf = bits.buffer(slack, offset)
        const out = new Uint32Array(count + 3).fill(7)
        readHybrid({ buf, pos: 0, end: bits.bytes.length }, w, out, count)
        expect(Array.from(out.subarray(0, count))).toEqual(expected.slice(0, count))
        expect(Array.from(out.subarray(count))).toEqual([7, 7, 7])
        if (w <= 8) {
          const small = new Uint8Array(count)
          readHybrid({ buf, pos: 0, end: bits.bytes.length }, w, small, count)
          expect(Array.from(small)).toEqual(expected.slice(0, count))
        }
      }),
      { numRuns: 1500 }
    )
  })
})

describe('definitionLevels (bit width 1)', () => {
  const run = fc.oneof(
    fc.record({ rle: fc.constant(true), value: fc.integer({ min: 0, max: 1 }), n: fc.integer({ min: 1, max: 40 }) }),
    fc.record({ rle: fc.constant(false), values: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 24 }) })
  )

  it('undefined exactly when every value is present in one run of 1s; otherwise readHybrid\'s levels', () => {
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 4 }), fc.nat(7), (runs, cut) => {
        const bits = new Bits()
        const expected: number[] = []
        for (const r of runs) {
          if (r.rle) {
            bits.varint(r.n * 2)
            bits.bytes.push(r.value)
            expected.push(...Array<number>(r.n).fill(r.value))
          } else {
            const groups = Math.ceil(r.values.length / 8)
            const padded = [...r.values, ...Array<number>(groups * 8 - r.values.length).fill(0)]
            bits.varint(groups * 2 + 1)
            bits.packed(padded, 1)
            expected.push(...padded)
          }
        }
        const count = Math.max(1, expected.length - Math.min(cut, expected.length - 1))
        const buf = bits.buffer(2, 3)
        const got = definitionLevels({ buf, pos: 0, end: bits.bytes.length }, count)
        const first = runs[0]
        const oneRunOfOnes = first.rle && first.value === 1 && first.n >= count
        if (oneRunOfOnes) expect(got).toBeUndefined()
        else expect(Array.from(got ?? [])).toEqual(expected.slice(0, count))
      }),
      { numRuns: 1500 }
    )
  })
})

describe('readDeltaBinary (DELTA_BINARY_PACKED)', () => {
  const shape = fc.constantFrom([128, 4], [128, 1], [256, 8], [128, 2])
  const int32s = fc.oneof(
    fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { minLength: 1, maxLength: 700 }),
    fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 700 }),
    // Sorted ids: small deltas, the widths a run of increasing lengths or keys gets.
    fc.array(fc.nat(1000), { minLength: 1, maxLength: 700 }).map((d) => {
      let sum = 0
      return d.map((x) => (sum += x))
    })
  )

  /** The stream of `values`: 32-bit wrapped deltas (an INT32 column) or exact ones (INT64). */
  function encode(values: number[], blockSize: number, miniblocks: number, int32: boolean): Bits {
    const bits = new Bits()
    bits.varint(blockSize)
    bits.varint(miniblocks)
    bits.varint(values.length)
    bits.zigzag(values[0])
    const perMini = blockSize / miniblocks
    const deltas = values.slice(1).map((v, k) => (int32 ? (v - values[k]) | 0 : v - values[k]))
    for (let from = 0; from < deltas.length; from += blockSize) {
      const block = deltas.slice(from, from + blockSize)
      const minDelta = Math.min(...block)
      bits.zigzag(minDelta)
      const minis = Array.from({ length: miniblocks }, (_, m) => block.slice(m * perMini, (m + 1) * perMini).map((d) => d - minDelta))
      const widths = minis.map((mini) => (mini.length === 0 ? 0 : Math.max(0, ...mini.map((d) => d.toString(2).length - (d === 0 ? 1 : 0)))))
      bits.bytes.push(...widths)
      minis.forEach((mini, m) => {
        if (mini.length > 0) bits.packed([...mini, ...Array<number>(perMini - mini.length).fill(0)], widths[m])
      })
    }
    return bits
  }

  it('decodes values of every delta width as the plain running sum, as INT32 and as INT64', () => {
    fc.assert(
      fc.property(int32s, shape, layout, fc.boolean(), (values, [blockSize, miniblocks], { slack, offset }, int32) => {
        const bits = encode(values, blockSize, miniblocks, int32)
        const buf = bits.buffer(slack, offset)
        const out = new Float64Array(values.length + 2).fill(0.5)
        readDeltaBinary({ buf, pos: 0, end: bits.bytes.length }, values.length, int32, out, 1)
        expect(Array.from(out)).toEqual([0.5, ...values, 0.5])
      }),
      { numRuns: 1500 }
    )
  })
})
