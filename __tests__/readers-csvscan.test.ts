/**
 * The WebAssembly separator scan of regular CSV blocks (src/artifacts/csv-scan.ts, csv-scan.wat) against
 * a straightforward byte loop, and its committed bytes against its source.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import wabtInit from 'wabt'
import { regularSeparators } from '../src/artifacts/csv-scan.js'
import { CSV_SCAN_WASM } from '../src/artifacts/csv-scan-wasm.js'

/** Commas and LFs of [from, to) and the record count when every record has `width` fields and there is no quote or CR. */
function reference(bytes: Uint8Array, from: number, to: number, width: number): { stops: number[]; records: number } {
  const stops: number[] = []
  let field = 0
  let records = 0
  let regular = true
  for (let i = from; i < to; i++) {
    const b = bytes[i]
    if (b === 0x22 || b === 0x0d) regular = false
    else if (b === 0x2c) {
      stops.push(i)
      if (++field === width) regular = false
    } else if (b === 0x0a) {
      stops.push(i)
      if (field !== width - 1) regular = false
      field = 0
      records++
    }
  }
  if (to > from && bytes[to - 1] !== 0x0a) {
    if (field !== width - 1) regular = false
    records++
  }
  return regular ? { stops, records } : { stops: [], records: -1 }
}

function scanned(bytes: Uint8Array, from: number, to: number, width: number): { stops: number[]; records: number } {
  const found = regularSeparators(bytes, from, to, width)
  if (!found) throw new Error('the kernel declined the block')
  return { stops: Array.from(found.stops.subarray(0, found.count)), records: found.records }
}

const text = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('csv-scan: separators of regular CSV blocks', () => {
  it('the committed module is csv-scan.wat compiled (run `npm run wasm` after changing it)', async () => {
    const wabt = await wabtInit()
    const source = readFileSync('src/artifacts/csv-scan.wat', 'utf8')
    const bytes = wabt.parseWat('csv-scan.wat', source, { simd: true }).toBinary({}).buffer
    expect(Buffer.from(CSV_SCAN_WASM, 'base64').equals(Buffer.from(bytes))).toBe(true)
  })

  it('finds what a byte loop finds, at absolute offsets, and says when records are not regular', () => {
    const chars = (alphabet: string, maxLength: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...alphabet), { maxLength }).map((a) => a.join(''))
    const cell = chars('az09.é-', 20)
    const block = fc.integer({ min: 1, max: 6 }).chain((width) =>
      fc.record({
        width: fc.constant(width),
        prefix: chars('az,\n', 40),
        records: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 40 }),
        // An irregularity at a random place: a quote, a CR, a comma or an LF too many, or none.
        spoil: fc.option(fc.tuple(fc.constantFrom('"', '\r', ',', '\n'), fc.nat()), { freq: 2 }),
        lastLf: fc.boolean()
      })
    )
    fc.assert(
      fc.property(block, ({ width, prefix, records, spoil, lastLf }) => {
        let body = records.map((r) => r.join(',')).join('\n') + (lastLf && records.length > 0 ? '\n' : '')
        if (spoil) body = body.slice(0, spoil[1] % (body.length + 1)) + spoil[0] + body.slice(spoil[1] % (body.length + 1))
        const bytes = text(prefix + body)
        const from = text(prefix).length
        expect(scanned(bytes, from, bytes.length, width)).toEqual(reference(bytes, from, bytes.length, width))
      }),
      { numRuns: 1000 }
    )
  })

  it('grows its memory for a block of megabytes, and scans small blocks after it', () => {
    const record = 'M00000001,GB,large,36,2.9668746160121016,11,1\n'
    const big = text(record.repeat(20_000))
    const found = scanned(big, 0, big.length, 7)
    expect(found.records).toBe(20_000)
    expect(found).toEqual(reference(big, 0, big.length, 7))
    const small = text('a,b\nc,d')
    expect(scanned(small, 0, small.length, 2)).toEqual({ stops: [1, 3, 5], records: 2 })
    expect(scanned(small, 2, small.length, 2)).toEqual(reference(small, 2, small.length, 2))
  })

  it('an empty block has no records; a short or long record, a quote or a CR is not regular', () => {
    expect(scanned(text(''), 0, 0, 3)).toEqual({ stops: [], records: 0 })
    for (const body of ['a,b\nc\n', 'a,b\nc,d,e\n', 'a,"b"\n', 'a,b\r\nc,d\r\n', 'a,b\nc']) {
      expect(scanned(text(body), 0, body.length, 2).records).toBe(-1)
    }
    expect(scanned(text('a,b\nc,d'), 0, 7, 2).records).toBe(2)
  })
})
