import { afterAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import fc from 'fast-check'
import { outputsDigest, readTable } from '../src/artifacts/index.js'
import { readCsv } from '../src/artifacts/csv.js'
import { type CellKind, readCsvColumns } from '../src/artifacts/csv-bytes.js'
import { INT_TEXT, NUMBER_TEXT } from '../src/artifacts/convert.js'
import { boolOrDigitValue, boolTextValue, DECIMAL_TEXT, INTEGER_TEXT, NOT_NUMBER, numberOrNaN, numbersOfCells, numberTextKind } from '../src/artifacts/text-bytes.js'
import { makeTmp, writeParquet, writeText } from '../__fixtures__/artifacts/helpers.js'

/** The byte-level CSV reader and text grammars against the text reader, the regular expressions and Number(). */

const tmp = makeTmp('rg-csvbytes-')
afterAll(tmp.cleanup)
let counter = 0
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

const numberish = fc.oneof(
  fc.double().map(String),
  fc.tuple(fc.double(), fc.integer({ min: 0, max: 20 })).map(([x, digits]) => (Number.isFinite(x) ? x.toExponential(digits) : String(x))),
  fc.integer().map(String),
  fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', '5'), maxLength: 24 }),
  fc.string({ unit: fc.constantFrom('0', '7', '.'), maxLength: 30 }).map((s) => `-${s}e-3`)
)

describe('text grammars on bytes', () => {
  it('numberTextKind matches INT_TEXT and NUMBER_TEXT; numberOrNaN equals Number()', () => {
    fc.assert(
      fc.property(fc.oneof(numberish, fc.string({ maxLength: 8 })), (text) => {
        const bytes = utf8(text)
        const kind = numberTextKind(bytes, 0, bytes.length)
        const expected = INT_TEXT.test(text) ? INTEGER_TEXT : NUMBER_TEXT.test(text) ? DECIMAL_TEXT : NOT_NUMBER
        expect({ text, kind }).toEqual({ text, kind: expected })
        expect({ text, value: numberOrNaN(bytes, 0, bytes.length) }).toEqual({ text, value: kind === NOT_NUMBER ? NaN : Number(text) })
      }),
      { numRuns: 3000 }
    )
    // Inside a larger buffer: only the range counts.
    const buffer = utf8('x12.5e1y')
    expect(numberTextKind(buffer, 1, 7)).toBe(DECIMAL_TEXT)
    expect(numberOrNaN(buffer, 1, 7)).toBe(125)
    for (const text of ['-0', '0.1', '123456789012345', '1234567890123456789', '9007199254740993', '1e22', '1e23', '4.35', '.5', '5.', '-.5e-3']) {
      const bytes = utf8(text)
      expect(Object.is(numberOrNaN(bytes, 0, bytes.length), Number(text))).toBe(true)
    }
  })

  it('numberOrNaN equals Number() on 16 to 19 significant digits, at and next to midpoints between doubles', () => {
    // An odd integer of 54 bits is exactly halfway between two doubles: ties go to even. Shifted by a
    // power of ten it lies within a hair of a midpoint, where a sloppy rounding shows first.
    const midpoint = fc.tuple(fc.bigInt({ min: 2n ** 52n, max: 2n ** 53n - 1n }), fc.integer({ min: 0, max: 10 })).map(([m, shift]) => (2n * m + 1n) << BigInt(shift))
    fc.assert(
      fc.property(midpoint, fc.integer({ min: -3, max: 18 }), fc.integer({ min: -1, max: 1 }), (odd, point, nudge) => {
        const digits = String(odd + BigInt(nudge))
        const at = Math.max(0, digits.length - Math.max(0, point))
        for (const text of [digits, `${digits.slice(0, at)}.${digits.slice(at)}`, `${digits}e-${point + 3}`, `-${digits.slice(0, 1)}.${digits.slice(1)}e7`]) {
          const bytes = utf8(text)
          expect({ text, value: numberOrNaN(bytes, 0, bytes.length) }).toEqual({ text, value: Number(text) })
        }
      }),
      { numRuns: 3000 }
    )
  })

  it('numbersOfCells: Number() of every cell of a buffer (NaN for text), the long ones read from one string of the buffer', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(numberish, fc.string({ maxLength: 4 })), { maxLength: 40 }), (cells) => {
        const encoded = cells.map(utf8)
        const offsets = new Uint32Array(cells.length + 1)
        encoded.forEach((b, k) => (offsets[k + 1] = offsets[k] + b.length))
        // Room past the last cell, as accumulators have: it must not be read.
        const data = new Uint8Array(offsets[cells.length] + 8).fill(0x39)
        encoded.forEach((b, k) => data.set(b, offsets[k]))
        const expected = cells.map((text) => (NUMBER_TEXT.test(text) ? Number(text) : NaN))
        expect({ cells, values: Array.from(numbersOfCells(data, offsets, cells.length)) }).toEqual({ cells, values: expected })
      }),
      { numRuns: 1000 }
    )
  })

  it('bools: /^(true|false)$/i and boolFromText', () => {
    for (const [text, strict, loose] of [
      ['true', 1, 1], ['FaLsE', 0, 0], ['TRUE', 1, 1], ['1', -1, 1], ['0', -1, 0], ['tru', -1, -1], ['truee', -1, -1], ['yes', -1, -1],
      ['\u0130rue', -1, -1], ['', -1, -1], ['T', -1, -1]
    ] as const) {
      const bytes = utf8(text)
      expect({ text, strict: boolTextValue(bytes, 0, bytes.length), loose: boolOrDigitValue(bytes, 0, bytes.length) }).toEqual({ text, strict, loose })
    }
  })
})

/** readCsv's view of a file: header and every field (null for an empty unquoted field), or its error. */
function textView(text: string): { header: string[]; rows: (string | null)[][] } | 'error' {
  const rows: (string | null)[][] = []
  try {
    const { header } = readCsv(text, 'f.csv', { select: (h) => h.map((_, k) => k), row: (fields) => void rows.push([...fields]) })
    return { header, rows }
  } catch {
    return 'error'
  }
}

/** The byte-level reader's view, every column kept as `kind` (undefined: as its first cell suggests): numbers as Number(text) of the text reader's fields. */
function byteView(bytes: Uint8Array, kind: CellKind | undefined): { header: string[]; rows: (string | number | null)[][] } | 'error' {
  const parsed = readCsvColumns(bytes, 'all', () => kind)
  if (!parsed) return 'error'
  const decode = (data: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(data)
  const rows = Array.from({ length: parsed.rows }, (_, r) =>
    parsed.columns.map((c) => {
      if (!c || c.nulls?.[r]) return null
      if (c.kind === 'number') return c.values[r]
      if (c.kind === 'codes') return c.dictionary.get(c.codes[r])
      if (c.kind === 'string') return decode(c.strings.data.subarray(c.strings.offsets[r], c.strings.offsets[r + 1]))
      return 'unexpected kind'
    })
  )
  return { header: parsed.header, rows }
}

/** The text reader's view with the fields of 'number' columns as numbers (every field there number text). */
function asNumbers(view: ReturnType<typeof textView>, numeric: (k: number) => boolean): ReturnType<typeof byteView> {
  if (view === 'error') return view
  return { header: view.header, rows: view.rows.map((row) => row.map((f, k) => (f === null || !numeric(k) ? f : Number(f)))) }
}

describe('readCsvColumns ≡ readCsv', () => {
  const unit = fc.constantFrom('a', 'b', ',', ',', '"', '""', '\n', '\r\n', '\r', 'é', '😀', '\uFEFF', ' ', '1')
  it('on random text: the same header and fields, or both refuse', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.string({ unit, maxLength: 30 }), (bom, body) => {
        const text = (bom ? '\uFEFF' : '') + body
        expect(byteView(utf8(text), 'bytes')).toEqual(textView(text))
        expect(byteView(utf8(text), 'codes')).toEqual(textView(text))
        // A view that starts off a word boundary of its buffer, as a pooled Buffer may.
        const shifted = new Uint8Array(utf8(text).length + 3)
        shifted.set(utf8(text), 3)
        expect(byteView(shifted.subarray(3), 'bytes')).toEqual(textView(text))
      }),
      { numRuns: 4000 }
    )
  })

  it('on well-formed tables (quotes, embedded line breaks, CRLF, BOM) and malformed ones', () => {
    const cases = [
      'a,b\n1,2\n',
      '\uFEFFa,b\r\n"x,""y""",\r\n"multi\nline",""\r\n',
      'a\n\n1\n',
      'a,b\n1,2',
      'a,b\r1,2\r3,4',
      'a,b\n1\n',
      'a,a\n1,2\n',
      'a,\n1,2\n',
      'a,b\n"open,2\n',
      'a,b\nx"y,2\n',
      'a,b\n"x"y,2\n',
      '',
      '\uFEFF',
      'a\n\uFEFFkept\n'
    ]
    for (const text of cases) {
      expect({ text, view: byteView(utf8(text), 'bytes') }).toEqual({ text, view: textView(text) })
      expect({ text, view: byteView(utf8(text), 'codes') }).toEqual({ text, view: textView(text) })
    }
    expect(byteView(Uint8Array.from([0x61, 0x0a, 0xff, 0x0a]), 'bytes')).toBe('error')
  })
})

describe('readCsvColumns ≡ readCsv on tables with quoted fields (the kernels of csv-scan.wat read them)', () => {
  // Fields as a writer quotes them: plain text, numbers, empty, and quoted text with commas, line
  // breaks, CRs and doubled quotes inside, quoted numbers and quoted empty strings.
  const plain = fc.string({ unit: fc.constantFrom('a', 'b', 'é', ' ', '1', '-', '.'), maxLength: 12 })
  const inside = fc.string({ unit: fc.constantFrom('a', 'Z', ',', '\n', '\r\n', '""', 'é', ' ', '1'), maxLength: 12 })
  const cell = fc.oneof(plain, numberish.filter((t) => !t.includes('"')), fc.constant(''), inside.map((t) => `"${t}"`), numberish.map((t) => `"${t}"`), fc.constant('""'))
  it('regular records of every width, LF or CRLF, each column kept as bytes, codes, numbers or as its first cell says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 30 })),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom<CellKind | undefined>('bytes', 'codes', 'number', undefined),
        (records, lastLf, end, kind) => {
          const width = records[0].length
          const header = Array.from({ length: width }, (_, k) => `c${k}`).join(',')
          const text = `${header}${end}${records.map((r) => r.join(',')).join(end)}${lastLf ? end : ''}`
          const expected = textView(text)
          const parsed = readCsvColumns(utf8(text), 'all', () => kind)
          if (expected === 'error') return expect(parsed).toBeUndefined()
          const numeric = (k: number): boolean => parsed?.columns[k]?.kind === 'number'
          expect({ text, view: byteView(utf8(text), kind) }).toEqual({ text, view: asNumbers(expected, numeric) })
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('many records in blocks of their own: a quoted column of few strings as codes, numbers quoted or not', () => {
    const tiers = ['AU', 'GB', 'a,b', 'long string here']
    const rows = Array.from({ length: 30_000 }, (_, r) => [
      `"id ""${r % 7}"", x"`,
      r % 11 === 0 ? '""' : `"${tiers[r % 4]}"`,
      r % 3 === 0 ? `"${r}.5"` : `${r}`,
      r % 13 === 0 ? '' : `${r % 5}`
    ])
    const text = `a,b,c,d\n${rows.map((r) => r.join(',')).join('\n')}\n`
    const expected = textView(text)
    if (expected === 'error') throw new Error('the text reader refused the table')
    const parsed = readCsvColumns(utf8(text), 'all', (name) => (name === 'c' || name === 'd' ? 'number' : 'codes'))
    if (!parsed) throw new Error('the byte reader refused the table')
    const [a, b, c, d] = parsed.columns
    if (a?.kind !== 'codes' || b?.kind !== 'codes' || c?.kind !== 'number' || d?.kind !== 'number') throw new Error('unexpected kinds')
    // Compared as joined text: a mismatch names its row without a diff of 30 000 rows.
    const ours = Array.from({ length: parsed.rows }, (_, r) =>
      [a.dictionary.get(a.codes[r]), b.dictionary.get(b.codes[r]), c.values[r], d.nulls?.[r] ? null : d.values[r]].join('|')
    )
    const theirs = expected.rows.map((row) => [row[0], row[1], Number(row[2]), row[3] === null ? null : Number(row[3])].join('|'))
    expect(ours.length).toBe(30_000)
    expect(ours.findIndex((line, r) => line !== theirs[r])).toBe(-1)
  })
})

describe('readCsvColumns keeps number columns exact', () => {
  const odd = fc.constantFrom('', '""', '"12"', '"1""2"', '-0', '+0', '-0.0', 'x', '12345678901234567890', '9007199254740993', '9007199254740991', '1e999', ' 1')
  it('as Number(text) of every field, or as bytes when a field is not number text or must keep its text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(numberish, odd), fc.oneof(numberish, odd)), { minLength: 1, maxLength: 20 }), fc.constantFrom<CellKind | undefined>('number', undefined), (rows, kind) => {
        const text = `a,b\n${rows.map((r) => r.join(',')).join('\n')}\n`
        const expected = textView(text)
        const parsed = readCsvColumns(utf8(text), 'all', () => kind)
        if (expected === 'error') return expect(parsed).toBeUndefined()
        const numeric = (k: number): boolean => parsed?.columns[k]?.kind === 'number'
        expect({ text, view: byteView(utf8(text), kind) }).toEqual({ text, view: asNumbers(expected, numeric) })
        for (const [k] of expected.header.entries()) {
          if (!numeric(k)) continue
          for (const row of expected.rows) {
            const field = row[k]
            if (field === null) continue
            expect({ field, number: NUMBER_TEXT.test(field) }).toEqual({ field, number: true })
            const integerOnlyAsText = INT_TEXT.test(field) && (Object.is(Number(field), -0) || !Number.isSafeInteger(Number(field)))
            expect({ field, integerOnlyAsText }).toEqual({ field, integerOnlyAsText: false })
          }
        }
      }),
      { numRuns: 2000 }
    )
  })

  it('a coded column whose strings turn out not to be few continues as bytes, nulls kept', () => {
    const rows = Array.from({ length: 12_000 }, (_, r) => [r % 97 === 0 ? '' : `id-${r % 9_000}`, r % 5 === 0 ? '' : `tier-${r % 3}`])
    for (const quote of [false, true]) {
      // A quoted cell sends the file through the field-by-field path.
      const text = `a,b\n${rows.map(([a, b], r) => (quote && r === 7 ? `"${a}",${b}` : `${a},${b}`)).join('\n')}\n`
      const parsed = readCsvColumns(utf8(text), 'all', () => 'codes')
      expect(parsed?.columns.map((c) => c?.kind)).toEqual(['string', 'codes'])
      expect(byteView(utf8(text), 'codes')).toEqual(textView(text))
    }
  })

  it('first cells decide the kind of a column no request names', () => {
    const parsed = readCsvColumns(utf8('n,s,e\n1.5,x,\n2,3,4\n'), 'all')
    expect(parsed?.columns.map((c) => c?.kind)).toEqual(['number', 'codes', 'codes'])
  })
})

describe('CSV through bytes, end to end', () => {
  it('readTable keeps the text reader\'s errors', async () => {
    const run = join(tmp.dir, `run-${counter++}`)
    const file = writeText(join(run, 't.csv'), 'id,x,ok\n1,2.5,true\n2,abc,false\n')
    await expect(readTable(run, 't', { path: 't.csv', columns: { x: 'float' } }, ['x'])).rejects.toThrow(/line 3 \(row 2\), column "x": "abc" is not a number/)
    await expect(readTable(run, 't', { path: 't.csv', columns: { id: 'int', ok: 'bool' } }, ['id', 'ok'])).resolves.toMatchObject({ rows: 2 })
    writeText(file, 'id\n12345678901234567890\n')
    await expect(readTable(run, 't', { path: 't.csv', columns: { id: 'int' } }, ['id'])).rejects.toThrow(/12345678901234567890 is beyond the exact integer range/)
    writeText(file, 'id\n1.5\n')
    await expect(readTable(run, 't', { path: 't.csv', columns: { id: 'int' } }, ['id'])).rejects.toThrow(/line 2 \(row 1\), column "id": 1.5 is not an integer/)
    writeText(file, 'id\n1e999\n')
    await expect(readTable(run, 't', { path: 't.csv', columns: { id: 'float' } }, ['id'])).rejects.toThrow(/"1e999" is not a finite number/)
  })

  it('reads numbers exactly as numberFromText does (signed zeros, exponents, long integers)', async () => {
    const run = join(tmp.dir, `run-${counter++}`)
    writeText(join(run, 't.csv'), 'i,f\n-0,-0\n-0.0,-0.0\n1e3,1e3\n+007,.5\n900719925474099,0.30000000000000004\n-9007199254740991,123456789012345678\n')
    const t = await readTable(run, 't', { path: 't.csv', columns: { i: 'int', f: 'float' } }, ['i', 'f'])
    const i = Array.from(t.columns.i.values as Float64Array)
    const f = Array.from(t.columns.f.values as Float64Array)
    expect(i.map((v) => (Object.is(v, -0) ? '-0' : v))).toEqual([0, '-0', 1000, 7, 900719925474099, -9007199254740991])
    expect(f.map((v) => (Object.is(v, -0) ? '-0' : v))).toEqual(['-0', '-0', 1000, 0.5, 0.30000000000000004, Number('123456789012345678')])
  })

  it('a numeric text column digests as the same doubles in Parquet', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(numberish, fc.double({ noNaN: true, noDefaultInfinity: true }).map(String)), { minLength: 1, maxLength: 30 }), async (texts) => {
        const cells = texts.filter((t) => NUMBER_TEXT.test(t) && Number.isFinite(Number(t)) && !(INT_TEXT.test(t) && !Number.isSafeInteger(Number(t))))
        fc.pre(cells.length > 0 && cells.some((t) => !(Number.isInteger(Number(t)) && !Number.isSafeInteger(Number(t)))))
        fc.pre(cells.every((t) => !(Number.isInteger(Number(t)) && !Number.isSafeInteger(Number(t)))))
        const csv = join(tmp.dir, `run-${counter++}`)
        const parquet = join(tmp.dir, `run-${counter++}`)
        writeText(join(csv, 't.csv'), `x\n${cells.join('\n')}\n`)
        writeParquet(join(parquet, 't.parquet'), [{ name: 'x', data: cells.map(Number), type: 'DOUBLE', nullable: false }])
        expect((await outputsDigest(csv)).tables.t).toBe((await outputsDigest(parquet)).tables.t)
      }),
      { numRuns: 60 }
    )
  })
})
