import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { ColumnBuilder, type ColumnRequest } from '../src/artifacts/convert.js'
import { JsonlPart, TableDigest } from '../src/artifacts/digest.js'
import { readJsonl } from '../src/artifacts/jsonl.js'
import { textFromBytes } from '../src/artifacts/text-fast.js'
import type { Column } from '../src/artifacts/table.js'

/**
 * The byte-level JSONL reader against the text one (JSON.parse per line, ColumnBuilder, JsonlPart): on
 * any input it either declines or gives the same typed columns, the same keys and the same digest; on
 * clean input it never declines.
 */

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

/** The text reader's answer: typed columns, keys seen and the table digest of the file, or 'error'. */
function textView(text: string, requests: ColumnRequest[]): { rows: number; columns: Column[]; keys: string[]; digest: string } | 'error' {
  try {
    const builders = requests.map((r) => new ColumnBuilder(r))
    const part = new JsonlPart()
    const keys = new Set<string>()
    const rows = readJsonl(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'f.jsonl', (object) => {
      for (const b of builders) {
        const has = Object.hasOwn(object, b.request.name)
        const problem = !has && !b.request.nullable ? 'missing' : b.pushValue(has ? object[b.request.name] : null)
        if (problem) throw new Error(problem)
      }
      Object.keys(object).forEach((k) => keys.add(k))
      part.add(object)
    })
    const digest = new TableDigest('jsonl')
    digest.push(part.finish(), 'f.jsonl')
    return { rows, columns: builders.map((b) => b.build()), keys: [...keys].sort(), digest: digest.finish() }
  } catch {
    return 'error'
  }
}

function byteView(bytes: Uint8Array, requests: ColumnRequest[]): ReturnType<typeof textView> | 'declined' {
  const fast = textFromBytes('jsonl', bytes, requests, true)
  if (!fast) return 'declined'
  const digest = new TableDigest('jsonl')
  digest.push(fast.part as NonNullable<typeof fast.part>, 'f.jsonl')
  return { rows: fast.rows, columns: fast.columns, keys: [...(fast.keys ?? [])].sort(), digest: digest.finish() }
}

const KEYS = ['id', 'n', 'x', 'ok', 'label']
const text = fc.string({ unit: fc.constantFrom('a', 'é', '"', '\\', '\n', '\t', '\u0001', '😀', '\u2028', '1', '.', ' '), maxLength: 6 })
const anyValue = fc.oneof(
  { arbitrary: fc.integer({ min: -10, max: 10 }), weight: 4 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 3 },
  { arbitrary: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((b) => ({ raw: b.toString() })), weight: 1 },
  { arbitrary: text, weight: 4 },
  { arbitrary: fc.constantFrom('12', '-0', '1e3', 'true', 'FALSE', ''), weight: 2 },
  { arbitrary: fc.boolean(), weight: 2 },
  { arbitrary: fc.constant(null), weight: 2 }
)
/** Each key mostly keeps one JSON type (so typed columns read), sometimes anything. */
const natural: Record<string, fc.Arbitrary<unknown>> = {
  id: text,
  n: fc.integer({ min: -10, max: 10 }),
  x: fc.double({ noNaN: true, noDefaultInfinity: true }),
  ok: fc.boolean(),
  label: fc.constantFrom('12', '-0', '1e3', 'true', 'FALSE', 'small'),
  extra: anyValue,
  '\u00e9t\u00e9': anyValue
}
const entry = fc.constantFrom(...Object.keys(natural)).chain((k) =>
  fc.tuple(fc.constant(k), fc.oneof({ arbitrary: natural[k], weight: 8 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: anyValue, weight: 1 }))
)

/** One object as JSON text, with random spacing; `raw` numbers are written as they are (beyond 2^53). */
const objectText = fc
  .tuple(fc.array(entry, { maxLength: 7 }), fc.constantFrom('', ' ', '\t'))
  .map(([entries, space]) => {
    const seen = new Set<string>()
    const fields = entries
      .filter(([k]) => !seen.has(k) && seen.add(k))
      .map(([k, v]) => `${JSON.stringify(k)}${space}:${space}${v !== null && typeof v === 'object' && 'raw' in v ? (v as { raw: string }).raw : JSON.stringify(v)}`)
    return `${space}{${space}${fields.join(`,${space}`)}${space}}${space}`
  })

/** Lines that JSON.parse reads otherwise or refuses: nesting, repeated keys, lone surrogates, bad numbers, junk. */
const oddLine = fc.constantFrom('{"n":{"a":1}}', '{"n":[1]}', '{"n":1,"n":2}', '{"label":"\\ud800"}', '{"n":01}', '{"n":1.}', '{"n":-}', '[1]', '{"n":1} x', 'nul', '{"n":tru}', '{"n" 1}', '{"n":1,}', '{"label":"\\u00e9\\n"}', '{"\\u006e":5}', '\u00a0', '{"n":1e400}')

const document = (odd: boolean) =>
  fc
    .tuple(
      fc.array(odd ? fc.oneof({ arbitrary: objectText, weight: 5 }, { arbitrary: oddLine, weight: 1 }, { arbitrary: fc.constantFrom('', ' ', '\r'), weight: 1 }) : objectText, { minLength: 1, maxLength: 8 }),
      fc.constantFrom('\n', '\r\n'),
      fc.boolean(),
      fc.boolean()
    )
    .map(([lines, eol, bom, trailing]) => (bom ? '\uFEFF' : '') + lines.join(eol) + (trailing ? eol : ''))

const requests = fc.array(
  fc.record({ name: fc.constantFrom(...KEYS), type: fc.constantFrom('int' as const, 'float' as const, 'string' as const, 'bool' as const), nullable: fc.boolean() }),
  { maxLength: 3 }
).map((rs) => rs.filter((r, k) => rs.findIndex((o) => o.name === r.name) === k))

describe('readJsonlBytes ≡ readJsonl', () => {
  it('on random documents: the same columns, keys and digest, or a decline', () => {
    fc.assert(
      fc.property(document(true), requests, (text, wanted) => {
        const fast = byteView(utf8(text), wanted)
        if (fast !== 'declined') expect({ text, view: fast }).toEqual({ text, view: textView(text, wanted) })
      }),
      { numRuns: 3000 }
    )
  })

  it('never declines clean documents whose requested columns read', () => {
    fc.assert(
      fc.property(document(false), requests, (text, wanted) => {
        const expected = textView(text, wanted)
        // Escapes of lone surrogates never occur here (JSON.stringify writes them escaped only when lone).
        if (expected !== 'error') expect({ text, view: byteView(utf8(text), wanted) }).toEqual({ text, view: expected })
      }),
      { numRuns: 3000 }
    )
  })

  it('reads escapes, unicode keys, CRLF, blank lines, a BOM and absent keys; declines what it must', () => {
    const text = '\uFEFF{"id":"a\\"b\\u00e9","n":1,"x":2.5}\r\n\r\n  {"id":"😀","\\u006e":-0,"ok":true}\n{"id":"c","x":null}'
    const wanted: ColumnRequest[] = [
      { name: 'id', type: 'string', nullable: false },
      { name: 'n', type: 'int', nullable: true },
      { name: 'x', type: 'float', nullable: true },
      { name: 'ok', type: 'bool', nullable: true }
    ]
    const fast = byteView(utf8(text), wanted)
    expect(fast).toEqual(textView(text, wanted))
    if (fast === 'declined' || fast === 'error') throw new Error('read the text way')
    expect(fast.rows).toBe(3)
    expect(fast.columns[0].type === 'string' && fast.columns[0].values).toEqual(['a"bé', '😀', 'c'])
    for (const odd of ['{"n":{"a":1}}', '{"n":1,"n":2}', '{"label":"\\ud800"}', '{"n":1} x', '[1]']) expect(byteView(utf8(odd), [])).toBe('declined')
    expect(byteView(Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]), [])).toBe('declined')
  })
})
