/**
 * The WebAssembly separator scan of regular CSV blocks (src/artifacts/csv-scan.ts, csv-scan.wat) against
 * a straightforward byte loop, and its committed bytes against its source.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import wabtInit from 'wabt'
import { freeCodeTables, newCodeTable, regularSeparators } from '../src/artifacts/csv-scan.js'
import { CSV_SCAN_WASM } from '../src/artifacts/csv-scan-wasm.js'

/** Commas and LFs of [from, to) and the record count when every record has `width` fields and there is no quote, nor a CR but before an LF. */
function reference(bytes: Uint8Array, from: number, to: number, width: number): { stops: number[]; records: number } {
  const stops: number[] = []
  let field = 0
  let records = 0
  let regular = true
  for (let i = from; i < to; i++) {
    const b = bytes[i]
    if (b === 0x22 || (b === 0x0d && !(i + 1 < to && bytes[i + 1] === 0x0a))) regular = false
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

/**
 * The separators outside quoted fields, field by field as RFC 4180 reads them: a quoted field starts
 * with its quote and ends with one followed by a separator or the end (a doubled quote inside); an
 * unquoted one has no quote, nor a CR but before an LF. Irregular as `reference` says, and on any other
 * quote or CR.
 */
function rfc4180(bytes: Uint8Array, width: number): { stops: number[]; records: number } {
  const irregular = { stops: [], records: -1 }
  const stops: number[] = []
  let field = 0
  let records = 0
  let i = 0
  const to = bytes.length
  while (i < to) {
    if (bytes[i] === 0x22) {
      let j = i + 1
      for (;;) {
        if (j >= to) return irregular
        if (bytes[j] === 0x22) {
          if (bytes[j + 1] === 0x22) {
            j += 2
            continue
          }
          break
        }
        j++
      }
      i = j + 1
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++
      if (i < to && bytes[i] !== 0x2c && bytes[i] !== 0x0a) return irregular
    } else {
      for (; i < to && bytes[i] !== 0x2c && bytes[i] !== 0x0a; i++) {
        if (bytes[i] === 0x22 || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) return irregular
      }
    }
    if (i >= to) break
    stops.push(i)
    if (bytes[i] === 0x2c) {
      if (++field === width) return irregular
    } else {
      if (field !== width - 1) return irregular
      field = 0
      records++
    }
    i++
  }
  if (to > 0 && bytes[to - 1] !== 0x0a) {
    if (field !== width - 1) return irregular
    records++
  }
  return { stops, records }
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

  it('an empty block has no records; a short or long record, a CR outside quotes or a misplaced quote is not regular', () => {
    expect(scanned(text(''), 0, 0, 3)).toEqual({ stops: [], records: 0 })
    for (const body of ['a,b\nc\n', 'a,b\nc,d,e\n', 'a,b\rc,d\n', 'a,b\r', 'a\r,b\n', 'a,b\nc', 'a,b"\n', 'a,"b"c\n', 'a,"b\n', '"a"\r,b\n', 'a,""b"\n']) {
      expect({ body, records: scanned(text(body), 0, body.length, 2).records }).toEqual({ body, records: -1 })
    }
    expect(scanned(text('a,b\nc,d'), 0, 7, 2).records).toBe(2)
    // CRLF ends a record as LF does: the stop is the LF.
    const crlf = 'a,"b"\r\nc,d\r\n'
    expect(scanned(text(crlf), 0, crlf.length, 2)).toEqual({ stops: [1, 6, 8, 11], records: 2 })
    // Separators and CRs inside quotes are the field's; a doubled quote stays inside.
    const quoted = '"a,\r\n""b",c\n"",""""'
    expect(scanned(text(quoted), 0, quoted.length, 2)).toEqual({ stops: [9, 11, 14], records: 2 })
  })

  it('finds the separators outside quoted fields that an RFC 4180 reader finds, and the same irregular blocks', () => {
    const cell = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'é', '1'), maxLength: 5 }),
      fc.string({ unit: fc.constantFrom('a', ',', '\n', '\r', '""'), maxLength: 20 }).map((t) => `"${t}"`)
    )
    const block = fc.integer({ min: 1, max: 4 }).chain((width) =>
      fc.record({
        width: fc.constant(width),
        records: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 30 }),
        // A quote or a CR at a random place, or none.
        spoil: fc.option(fc.tuple(fc.constantFrom('"', '\r', 'x"', '"x'), fc.nat()), { freq: 2 }),
        lastLf: fc.boolean(),
        crlf: fc.boolean()
      })
    )
    fc.assert(
      fc.property(block, ({ width, records, spoil, lastLf, crlf }) => {
        const end = crlf ? '\r\n' : '\n'
        let body = records.map((r) => r.join(',')).join(end) + (lastLf && records.length > 0 ? end : '')
        if (spoil) body = body.slice(0, spoil[1] % (body.length + 1)) + spoil[0] + body.slice(spoil[1] % (body.length + 1))
        const bytes = text(body)
        expect({ body, found: scanned(bytes, 0, bytes.length, width) }).toEqual({ body, found: rfc4180(bytes, width) })
      }),
      { numRuns: 3000 }
    )
  })
})

/** The kernels over one block: field k of every record as numbers (NaN where the kernel leaves a field), and as bytes. */
function kernelOf(body: string, width: number): NonNullable<ReturnType<typeof regularSeparators>>['kernel'] & object {
  const bytes = text(body)
  const found = regularSeparators(bytes, 0, bytes.length, width)
  if (!found?.kernel) throw new Error('not a regular block')
  return found.kernel
}

function kernelNumbers(cells: string[]): { values: number[]; left: number[]; notWhole: boolean[] } {
  const kernel = kernelOf(cells.map((c) => `x,${c}\n`).join(''), 2)
  const out = new Float64Array(cells.length + 3).fill(-1.5)
  const left: number[] = []
  const notWhole: boolean[] = []
  for (let row = 0; row < cells.length; ) {
    const read = kernel.numbers(1, row, out, 3)
    notWhole.push(read.notWhole)
    if (read.next < cells.length) left.push(read.next)
    row = read.next + 1
  }
  const values = Array.from(out.subarray(3))
  for (const r of left) values[r] = NaN
  return { values, left, notWhole }
}

describe('csv-scan: the number and field kernels of regular blocks', () => {
  const digits = (min: number, max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((a) => a.join(''))
  // -, integer digits (often after leading zeros), an optional fraction: up to 45 digits, past what the kernel takes.
  const zeros = fc.nat(12).map((n) => '0'.repeat(n))
  const decimal = fc
    .tuple(fc.boolean(), zeros, digits(0, 20), fc.option(fc.tuple(zeros, digits(0, 25)), { freq: 3 }))
    .map(([minus, lead, int, fraction]) => `${minus ? '-' : ''}${lead}${int}${fraction === null ? '' : `.${fraction.join('')}`}`)

  it('reads every field it takes as Number() does, and leaves only fields the JavaScript reader must decide', () => {
    fc.assert(
      fc.property(fc.array(decimal, { minLength: 1, maxLength: 30 }), (cells) => {
        const { values, left } = kernelNumbers(cells)
        cells.forEach((cell, r) => {
          if (left.includes(r)) return
          expect(Object.is(values[r], Number(cell))).toBe(true)
        })
        for (const r of left) {
          const cell = cells[r]
          const [int, fraction] = cell.replace('-', '').split('.')
          const significant = (int + (fraction ?? '')).replace(/^0+/, '').length
          const mayTake = int.length > 0 && fraction !== '' && (fraction !== undefined || (cell.length <= 15 && !/^-0+$/.test(cell))) && significant <= 19 && (fraction ?? '').length <= 22
          // A field it could take is left only when its rounding is close to a midpoint (about 1 in 2^45).
          if (mayTake) expect(significant).toBeGreaterThan(15)
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('takes 16- to 19-digit decimals exactly, a hair off midpoints too, and leaves exact midpoints', () => {
    // Random doubles in [1, 1e5) printed with 17 to 19 significant digits, and the exact decimal
    // midpoint between each and its upper neighbour cut to 19 digits, and that plus one in its last
    // digit: about 1e-3 ulp either side of the midpoint, the hardest cases 19 digits can make.
    const cut = (x: number, up: bigint): string => {
      let a = Math.floor(Math.log2(x))
      if (2 ** a > x) a--
      else if (2 ** (a + 1) <= x) a++
      const s = 52 - a
      const midpoint = ((2n * BigInt(x * 2 ** s) + 1n) * 5n ** BigInt(s + 1)).toString() // · 10^(s+1)
      const point = midpoint.length - (s + 1)
      const digits = (BigInt(midpoint.slice(0, 19)) + up).toString()
      return `${digits.slice(0, point)}.${digits.slice(point)}`
    }
    const cells: string[] = []
    let seed = 7
    const random = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let k = 0; k < 3000; k++) {
      const x = 1 + random() * 10 ** (1 + (k % 5))
      cells.push(x.toPrecision(17 + (k % 3)), cut(x, 0n), cut(x, 1n))
    }
    const { values, left } = kernelNumbers(cells)
    cells.forEach((cell, r) => {
      if (!left.includes(r)) expect(Object.is(values[r], Number(cell))).toBe(true)
    })
    expect(left).toEqual([])
    // Exactly at a midpoint: the caller decides (ties to even).
    expect(kernelNumbers(['9007199254740993.0', '9007199254740995.00']).left).toEqual([0, 1])
  })

  it('leaves empty, signed-plus, exponent, "-0" and long integer fields; says when a number is not a whole safe integer', () => {
    const cells = ['', '+1', '1e5', '-0', '-000', '1234567890123456', '.5', '5.', '-', '1.5', '12', '-0.0', '9007199254740993.5', '0.00000000000000000000001']
    const { values, left } = kernelNumbers(cells)
    expect(left).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 13])
    expect(values[9]).toBe(1.5)
    expect(values[10]).toBe(12)
    expect(Object.is(values[11], -0)).toBe(true)
    expect(values[12]).toBe(9007199254740994)
    expect(kernelNumbers(['1', '-20', '3.0']).notWhole).toEqual([false])
    expect(kernelNumbers(['1', '2.5']).notWhole).toEqual([true])
    expect(kernelNumbers(['9007199254740992.0']).notWhole).toEqual([true])
  })

  it('gathers the bytes of a column, short and long fields, empty ones counted, ends from a given offset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 3 }).map((s) => s.replace(/[",\n\r]/g, '')), fc.string({ unit: 'binary', maxLength: 70 }).map((s) => s.replace(/[",\n\r]/g, ''))), { minLength: 1, maxLength: 40 }),
        fc.nat(1 << 20),
        fc.boolean(),
        (records, at, lastLf) => {
          const body = records.map(([a, b]) => `${a},${b}`).join('\n') + (lastLf ? '\n' : '')
          const kernel = kernelOf(body, 2)
          for (const k of [0, 1]) {
            const fields = records.map((r) => text(r[k]))
            const { bytes, ends, empty } = kernel.fields(k, at)
            expect(Buffer.from(bytes).equals(Buffer.concat(fields))).toBe(true)
            let end = at
            expect(Array.from(ends)).toEqual(fields.map((f) => (end += f.length)))
            expect(empty).toBe(fields.filter((f) => f.length === 0).length)
          }
        }
      ),
      { numRuns: 500 }
    )
  })

  it('codes: a table answers each string it learned (by its bytes and length), and leaves first sightings, empty and long fields', () => {
    const pool = fc.uniqueArray(fc.string({ unit: fc.constantFrom('a', 'b', '\u0000', 'é'), maxLength: 10 }), { minLength: 1, maxLength: 12 })
    fc.assert(
      fc.property(pool.chain((strings) => fc.array(fc.constantFrom(...strings), { minLength: 1, maxLength: 60 })), (cells) => {
        const body = cells.map((c) => `x,${c}\n`).join('')
        const kernel = kernelOf(body, 2)
        freeCodeTables()
        const table = newCodeTable()
        // Where each field is in the block, as the reader passes it.
        const starts: number[] = []
        let at = 0
        for (const c of cells) {
          starts.push(at + 2)
          at += text(`x,${c}\n`).length
        }
        const known = new Map<string, number>()
        const codes = new Int32Array(cells.length).fill(-1)
        const left: number[] = []
        for (let r = 0; r < cells.length; r++) {
          r = kernel.codes(1, r, codes, 0, table)
          if (r === cells.length) break
          left.push(r)
          const bytes = text(cells[r]).length
          if (bytes === 0 || bytes > 8) continue
          let code = known.get(cells[r])
          if (code === undefined) known.set(cells[r], (code = known.size))
          codes[r] = code
          kernel.learn(table, starts[r], starts[r] + bytes, code)
        }
        cells.forEach((c, r) => {
          const bytes = text(c).length
          if (bytes === 0 || bytes > 8) expect(left).toContain(r)
          else expect(codes[r]).toBe(known.get(c))
        })
        // Left: the first sighting of each string it can hold, and every field it cannot.
        expect(left.length).toBe(cells.filter((c) => text(c).length === 0 || text(c).length > 8).length + known.size)
      }),
      { numRuns: 500 }
    )
    freeCodeTables()
  })
})
