import { GateError } from '../core/errors.js'

/**
 * A small RFC 4180 reader: a header row, fields separated by commas, quoted fields with doubled quotes,
 * commas and line breaks inside quotes, CRLF or LF (a lone CR also ends a line), an optional UTF-8 BOM.
 * An empty unquoted field is null; a quoted empty field ("") is the empty string. A blank line is a
 * record with one empty field, so it is only valid in a one-column file. Only the requested columns are
 * materialized; the others are scanned past.
 */

const QUOTE = 34
const COMMA = 44
const CR = 13
const LF = 10

export interface CsvRowSink {
  /** Picks the columns to materialize from the header; returns their indices (in the order wanted). */
  select(header: string[]): number[]
  /** One data record: the selected fields in the order of `select`, its first line and its 1-based row. */
  row(fields: (string | null)[], line: number, row: number): void
}

/** Reads CSV text; returns the header and the number of data rows. Malformed text is a GateError on `where`. */
export function readCsv(text: string, where: string, sink: CsvRowSink): { header: string[]; rows: number } {
  const n = text.length
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  if (i >= n) throw new GateError(where, 'empty file: no header row')

  const fail = (at: number, cause: string): never => {
    throw new GateError(where, `line ${at}: ${cause}`)
  }

  /** Parses one record starting at i; fields land in `out` at slot[fieldIndex] when that slot is >= 0. */
  function record(slot: Int32Array | null, out: (string | null)[]): number {
    let count = 0
    for (;;) {
      let value: string | null
      if (text.charCodeAt(i) === QUOTE) {
        const open = line
        const start = i + 1
        let j = start
        let hasDoubled = false
        for (;;) {
          const q = text.indexOf('"', j)
          if (q < 0) fail(open, 'unterminated quoted field')
          if (text.charCodeAt(q + 1) === QUOTE) {
            hasDoubled = true
            j = q + 2
            continue
          }
          value = text.slice(start, q)
          i = q + 1
          break
        }
        line += lineBreaks(value)
        if (hasDoubled) value = value.replaceAll('""', '"')
        const next = text.charCodeAt(i)
        if (i < n && next !== COMMA && next !== CR && next !== LF) fail(line, 'unexpected text after a closing quote')
      } else {
        const start = i
        for (; i < n; i++) {
          const c = text.charCodeAt(i)
          if (c === COMMA || c === CR || c === LF) break
          if (c === QUOTE) fail(line, 'a quote inside an unquoted field (quote the whole field and double the quote)')
        }
        value = i === start ? null : text.slice(start, i)
      }
      const s = slot === null ? count : count < slot.length ? slot[count] : -1
      if (s >= 0) out[s] = value
      count++
      if (i >= n) return count
      const c = text.charCodeAt(i)
      i++
      if (c === COMMA) continue
      if (c === CR && text.charCodeAt(i) === LF) i++
      line++
      return count
    }
  }

  const header: (string | null)[] = []
  record(null, header)
  const names: string[] = []
  const seen = new Set<string>()
  for (const [k, h] of header.entries()) {
    if (h === null || h === '') fail(1, `empty column name in the header (column ${k + 1})`)
    const name = h as string
    if (seen.has(name)) fail(1, `duplicate column "${name}" in the header`)
    seen.add(name)
    names.push(name)
  }

  const wanted = sink.select(names)
  const slot = new Int32Array(names.length).fill(-1)
  wanted.forEach((w, s) => (slot[w] = s))
  let rows = 0
  while (i < n) {
    const startLine = line
    const out: (string | null)[] = new Array(wanted.length)
    const count = record(slot, out)
    if (count !== names.length) {
      fail(startLine, `${count} field${count === 1 ? '' : 's'}, but the header has ${names.length}`)
    }
    rows++
    sink.row(out, startLine, rows)
  }
  return { header: names, rows }
}

function lineBreaks(s: string): number {
  let count = 0
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c === LF || (c === CR && s.charCodeAt(k + 1) !== LF)) count++
  }
  return count
}
