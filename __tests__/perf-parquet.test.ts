import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { gzipSync } from 'node:zlib'
import { parquetReadObjects } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { parquetWriteBuffer } from 'hyparquet-writer'
import { GateError } from '../src/core/errors.js'
import { decodeParquet, type DecodedColumn } from '../src/artifacts/parquet.js'

/**
 * The flat-column fast decoder against hyparquet's general reader (the reference) on random columns,
 * every encoding hyparquet-writer can produce, nulls, several pages and row groups, three codecs.
 */

type Cell = number | bigint | boolean | string | null

function plain(c: DecodedColumn, rows: number): Cell[] {
  const out: Cell[] = []
  for (let k = 0; k < rows; k++) {
    if (c.kind === 'loose') out.push(c.values[k] as Cell)
    else if (c.nulls?.[k]) out.push(null)
    else if (c.kind === 'number') out.push(c.big?.get(k) ?? c.values[k])
    else if (c.kind === 'bool') out.push(c.values[k] === 1)
    else if (c.kind === 'codes') out.push(c.dictionary.get(c.codes[k]))
    else out.push(c.strings.get(k))
  }
  return out
}

const normal = (v: unknown): Cell => (typeof v === 'bigint' && Number.isSafeInteger(Number(v)) ? Number(v) : (v as Cell) ?? null)

const columnKinds = {
  INT32: { data: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), encodings: ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED'] },
  INT64: {
    data: fc.oneof(fc.bigInt({ min: -(2n ** 62n), max: 2n ** 62n }), fc.bigInt({ min: -1000n, max: 1000n })),
    encodings: ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BINARY_PACKED']
  },
  DOUBLE: { data: fc.double({ noNaN: true }), encodings: ['PLAIN', 'RLE_DICTIONARY', 'BYTE_STREAM_SPLIT'] },
  FLOAT: { data: fc.float({ noNaN: true }).map(Math.fround), encodings: ['PLAIN', 'BYTE_STREAM_SPLIT'] },
  BOOLEAN: { data: fc.boolean(), encodings: ['PLAIN', 'RLE'] },
  STRING: {
    data: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('DE', 'FR', 'small')),
    encodings: ['PLAIN', 'RLE_DICTIONARY', 'DELTA_BYTE_ARRAY', 'DELTA_LENGTH_BYTE_ARRAY']
  }
} as const
type Kind = keyof typeof columnKinds

const gzipCompressors = { GZIP: (b: Uint8Array) => new Uint8Array(gzipSync(b)) }

describe('fast Parquet decoder equals hyparquet on random flat columns', () => {
  for (const kind of Object.keys(columnKinds) as Kind[]) {
    it(kind, async () => {
      const spec = columnKinds[kind]
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.option(spec.data as fc.Arbitrary<Cell>, { nil: null, freq: 5 }), { minLength: 1, maxLength: 400 }),
          fc.constantFrom(...spec.encodings),
          fc.constantFrom('UNCOMPRESSED', 'SNAPPY', 'GZIP'),
          fc.integer({ min: 7, max: 500 }),
          fc.boolean(),
          async (cells, encoding, codec, rowGroupSize, nullable) => {
            const values = nullable ? cells : cells.filter((c) => c !== null)
            if (values.length === 0) return
            const bytes = new Uint8Array(
              parquetWriteBuffer({
                columnData: [{ name: 'c', data: values, type: kind, nullable, encoding: encoding as never }],
                rowGroupSize,
                pageSize: 256,
                codec: codec as never,
                compressors: gzipCompressors as never
              })
            )
            const decoded = await decodeParquet(bytes, 'f.parquet', ['c'])
            expect(decoded.columns.c.kind).not.toBe('loose')
            const reference = (await parquetReadObjects({ file: bytes.buffer as ArrayBuffer, compressors })).map((r) => normal(r.c))
            expect(plain(decoded.columns.c, decoded.rows).map(normal)).toEqual(reference)
          }
        ),
        { numRuns: 40 }
      )
    }, 60_000)
  }
})

describe('the order of byte strings, noted while decoding', () => {
  const byteOrder = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b))
  it('DELTA_BYTE_ARRAY pages without nulls give sortedDistinct exactly when the strings are in byte order; other pages give none', async () => {
    // Strings that share prefixes of every length, differ past them, or end where another goes on.
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'ab', 'é', '\u0000', 'zzzz'), maxLength: 5 })
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(text, { nil: null, freq: 12 }), { minLength: 1, maxLength: 300 }),
        fc.constantFrom('as drawn', 'sorted', 'sorted, then rotated'),
        fc.nat(),
        fc.constantFrom('DELTA_BYTE_ARRAY', 'DELTA_BYTE_ARRAY', 'PLAIN', 'DELTA_LENGTH_BYTE_ARRAY'),
        fc.integer({ min: 5, max: 400 }),
        fc.integer({ min: 16, max: 300 }),
        async (cells, order, turn, encoding, rowGroupSize, pageSize) => {
          const sorted = [...cells].sort((a, b) => (a === null || b === null ? 0 : byteOrder(a, b)))
          // Rotated: one step down, anywhere (at a page's or row group's start too).
          const at = turn % cells.length
          const values = order === 'as drawn' ? cells : order === 'sorted' ? sorted : [...sorted.slice(at), ...sorted.slice(0, at)]
          const nullable = values.includes(null)
          const bytes = new Uint8Array(
            parquetWriteBuffer({ columnData: [{ name: 's', data: values, type: 'STRING', nullable, encoding: encoding as never }], rowGroupSize, pageSize, codec: 'UNCOMPRESSED' as never })
          )
          const c = (await decodeParquet(bytes, 'f.parquet', ['s'])).columns.s
          const present = values.filter((v): v is string => v !== null)
          const inOrder = present.every((v, i) => i === 0 || byteOrder(present[i - 1], v) <= 0)
          const expected = encoding === 'DELTA_BYTE_ARRAY' && !nullable && inOrder ? new Set(present).size : undefined
          expect(c.kind === 'string' ? c.sortedDistinct : 'coded').toBe(c.kind === 'string' ? expected : 'coded')
        }
      ),
      { numRuns: 300 }
    )
  }, 60_000)
})

describe('corrupt pages end in a GateError quickly', () => {
  it('for every single-byte change of a dictionary-encoded nullable column', async () => {
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: 'n', data: Array.from({ length: 200 }, (_, k) => (k % 7 === 0 ? null : k % 13)), type: 'INT32', nullable: true },
          { name: 's', data: Array.from({ length: 200 }, (_, k) => `id${k}`), type: 'STRING', nullable: false, encoding: 'DELTA_BYTE_ARRAY' }
        ],
        rowGroupSize: 64
      })
    )
    const started = Date.now()
    for (let at = 0; at < bytes.length; at++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const copy = bytes.slice()
        copy[at] ^= flip
        try {
          await decodeParquet(copy, 'f.parquet', ['n', 's'])
        } catch (e) {
          if (!(e instanceof GateError)) throw new Error(`byte ${at} ^ ${flip}: ${String(e)}`, { cause: e })
        }
      }
    }
    expect(Date.now() - started).toBeLessThan(20_000)
  }, 30_000)

  it('an index past the dictionary, in dense numbers and dense string codes alike', async () => {
    const bytes = new Uint8Array(
      parquetWriteBuffer({
        columnData: [
          { name: 'n', data: Array.from({ length: 300 }, (_, k) => (k * 7) % 13), type: 'INT32', nullable: false, encoding: 'RLE_DICTIONARY' },
          { name: 's', data: Array.from({ length: 300 }, (_, k) => `tier${(k * 3) % 5}`), type: 'STRING', nullable: false, encoding: 'RLE_DICTIONARY' }
        ],
        codec: 'UNCOMPRESSED'
      })
    )
    const messages = new Set<string>()
    for (let at = 0; at < bytes.length; at++) {
      for (const flip of [0x01, 0x08, 0x80, 0xff]) {
        const copy = bytes.slice()
        copy[at] ^= flip
        await decodeParquet(copy, 'f.parquet', ['n', 's']).catch((e: unknown) => messages.add(String(e)))
      }
    }
    const past = [...messages].filter((m) => m.includes('past the dictionary'))
    expect(past.some((m) => /column n: dictionary index \d+ past the dictionary \(13\)/.test(m))).toBe(true)
    expect(past.some((m) => /column s: dictionary index \d+ past the dictionary \(5\)/.test(m))).toBe(true)
  })
})
