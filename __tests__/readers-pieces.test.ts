import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import type { ColumnRequest } from '../src/artifacts/convert.js'
import { TableDigest } from '../src/artifacts/digest.js'
import type { Column } from '../src/artifacts/table.js'
import { textFromBytes, textPieces } from '../src/artifacts/text-fast.js'

/**
 * A large CSV or JSONL file is cut into pieces of whole records for worker threads: read piece by piece
 * it must give what the whole file gives (rows, typed columns, digest), wherever quotes, embedded line
 * breaks and CRLF fall.
 */

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** A column's rows as plain values (null for null rows), whatever its representation. */
function cells(c: Column): unknown[] {
  const values: ArrayLike<unknown> = c.type === 'string' ? c.values : c.values
  return Array.from(values, (v, i) => (c.nulls?.[i] ? null : v))
}

function wholeAndPieces(format: 'csv' | 'jsonl', bytes: Uint8Array, requests: ColumnRequest[], pieces: number) {
  const view = (parts: NonNullable<ReturnType<typeof textFromBytes>>[]) => {
    const digest = new TableDigest(format)
    let streamed = true
    try {
      for (const p of parts) digest.push(p.part as NonNullable<typeof p.part>, 'f')
    } catch {
        streamed = false // a TypeShift: pieces of other keys (JSONL) or text types (CSV) go the digest's general path
    }
    return {
      rows: parts.reduce((n, p) => n + p.rows, 0),
      columns: requests.map((_, k) => parts.flatMap((p) => cells(p.columns[k]))),
      digest: streamed ? digest.finish() : 'general path'
    }
  }
  const whole = textFromBytes(format, bytes, requests, true)
  const ranges = textPieces(format, bytes, pieces)
  const read = ranges?.map((body) => textFromBytes(format, bytes, requests, true, { body }))
  return {
    whole: whole && view([whole]),
    ranges,
    pieces: read && read.every((p) => p !== undefined) ? view(read as NonNullable<(typeof read)[number]>[]) : undefined
  }
}

describe('a file cut into pieces reads as the whole file', () => {
  it('CSV: boundaries only between records, outside quotes (embedded line breaks, doubled quotes, CRLF)', () => {
    const field = fc.oneof(fc.integer({ min: -50, max: 50 }).map(String), fc.constantFrom('', 'a', '"x\ny"', '"q""\r\n"', '"a,b"', '2.5', 'é'))
    const table = fc.tuple(fc.array(fc.tuple(field, field, field), { minLength: 1, maxLength: 40 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.integer({ min: 2, max: 9 }))
    fc.assert(
      fc.property(table, ([rows, eol, bom, pieces]) => {
        const text = (bom ? '\uFEFF' : '') + ['n,s,t', ...rows.map((r) => r.join(','))].join(eol) + eol
        const requests: ColumnRequest[] = [{ name: 's', type: 'string', nullable: true }]
        const got = wholeAndPieces('csv', utf8(text), requests, pieces)
        if (got.ranges) {
          expect(got.ranges[0].from).toBe(utf8(text.split(eol)[0]).length + eol.length)
          expect(got.ranges.at(-1)?.to).toBe(utf8(text).length)
          got.ranges.forEach((r, k) => k > 0 && expect(r.from).toBe(got.ranges?.[k - 1].to))
          // Pieces whose text types differ (numbers in one, words in another) leave the digest to the general
          // path, which reads the whole file again; whenever they stream, they digest as the whole file.
          const whole = got.whole && got.pieces?.digest === 'general path' ? { ...got.whole, digest: 'general path' } : got.whole
          expect({ text, view: got.pieces }).toEqual({ text, view: whole })
        }
      }),
      { numRuns: 1500 }
    )
  })

  it('JSONL: boundaries between lines; a BOM, blank lines and keys some pieces lack', () => {
    const line = fc.oneof(
      fc.record({ n: fc.option(fc.integer({ min: -9, max: 9 })), s: fc.constantFrom('a', 'b\nc', 'é') }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
      fc.constantFrom('', '  ', '{"n":1,"s":"x","extra":true}')
    )
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.boolean(), fc.integer({ min: 2, max: 9 }), (lines, bom, pieces) => {
        const text = (bom ? '\uFEFF' : '') + lines.join('\n') + '\n'
        const requests: ColumnRequest[] = [{ name: 'n', type: 'int', nullable: true }]
        const got = wholeAndPieces('jsonl', utf8(text), requests, pieces)
        if (got.ranges) {
          // The digest of JSONL pieces with other keys is the general path's (a TypeShift): rows and columns still agree.
          const rowsAndColumns = (v: typeof got.whole) => v && { rows: v.rows, columns: v.columns }
          expect(rowsAndColumns(got.pieces)).toEqual(rowsAndColumns(got.whole))
        }
      }),
      { numRuns: 1500 }
    )
  })

  it('does not cut a file whose records end in a lone CR, or a file of one record', () => {
    expect(textPieces('csv', utf8('a,b\r1,2\r3,4\r'), 4)).toBeUndefined()
    expect(textPieces('csv', utf8('a,b\n1,2\n'), 4)).toBeUndefined()
    expect(textPieces('csv', utf8('a,b'), 4)).toBeUndefined()
    expect(textPieces('jsonl', utf8('{"a":1}'), 4)).toBeUndefined()
  })
})
