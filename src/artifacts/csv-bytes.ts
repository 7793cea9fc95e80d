import { isUtf8 } from 'node:buffer'
import { StringAccumulator } from './strings.js'

/**
 * The byte-level CSV reader: the grammar of csv.ts (RFC 4180 quotes and doubled quotes, line breaks
 * inside quotes, CRLF, LF or a lone CR, an optional UTF-8 BOM; an empty unquoted field is null, a
 * quoted empty field the empty string), read straight from the file's bytes into one byte accumulator
 * per wanted column, with no JS string per cell. It only ever succeeds: anything readCsv would refuse
 * (invalid UTF-8, an empty file, a bad header, a stray quote, a wrong field count) returns undefined,
 * and the caller reads the file with readCsv, which says what and where.
 */

const QUOTE = 34
const COMMA = 44
const CR = 13
const LF = 10

/** One column's cells: the UTF-8 bytes of each (unescaped), and which are null. */
export interface CsvByteColumn {
  strings: StringAccumulator
  nulls: Uint8Array
  nullCount: number
}

export interface CsvBytes {
  header: string[]
  rows: number
  /** Per header column; undefined for the columns not wanted. */
  columns: (CsvByteColumn | undefined)[]
}

// ignoreBOM: a cell that starts with U+FEFF keeps it (the default decoder would drop it).
/** Bytes that end an unquoted field (a quote there is an error). */
const STOP = new Uint8Array(256)
STOP[COMMA] = STOP[CR] = STOP[LF] = STOP[QUOTE] = 1

const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/** Records [from, to) of a file: a piece of it (see textPieces); the header is still read from the start. */
export interface ByteRange {
  from: number
  to: number
}

/**
 * `wanted`: 'all', or the column names to collect (one missing from the header → undefined). With
 * `body`, only the records in that range are read (the header, from the start of the file, names them).
 */
export function readCsvBytes(bytes: Uint8Array, wanted: 'all' | string[], body?: ByteRange): CsvBytes | undefined {
  if (!isUtf8(body ? bytes.subarray(body.from, body.to) : bytes)) return undefined
  let n = bytes.length
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  if (i >= n) return undefined

  // The header: a record of non-empty, distinct names.
  const header: string[] = []
  for (;;) {
    let name: string
    if (bytes[i] === QUOTE) {
      const field = quoted(bytes, i)
      if (field === undefined) return undefined
      name = decoder.decode(field.value)
      i = field.next
    } else {
      const start = i
      while (i < n && bytes[i] !== COMMA && bytes[i] !== CR && bytes[i] !== LF) {
        if (bytes[i] === QUOTE) return undefined
        i++
      }
      name = decoder.decode(bytes.subarray(start, i))
    }
    if (name === '' || header.includes(name)) return undefined
    header.push(name)
    if (i >= n) break
    const c = bytes[i++]
    if (c === COMMA) continue
    if (c === CR && bytes[i] === LF) i++
    break
  }

  if (body) {
    if (!isUtf8(bytes.subarray(0, i))) return undefined
    i = body.from
    n = body.to
  }
  const width = header.length
  const collect: (StringAccumulator | undefined)[] = new Array(width).fill(undefined)
  const names = wanted === 'all' ? header : wanted
  const expected = Math.max(16, Math.ceil((n - i) / (width * 4)))
  for (const name of names) {
    const k = header.indexOf(name)
    if (k < 0) return undefined
    collect[k] = sized(expected, Math.ceil((n - i) / width) + 64)
  }
  const nullRows: number[][] = header.map(() => [])

  let rows = 0
  while (i < n) {
    let count = 0
    for (;;) {
      const target = count < width ? collect[count] : undefined
      if (bytes[i] === QUOTE) {
        const field = quoted(bytes, i)
        if (field === undefined) return undefined
        target?.appendBytes(field.value, 0, field.value.length)
        i = field.next
      } else {
        const start = i
        while (i < n && STOP[bytes[i]] === 0) i++
        if (i < n && bytes[i] === QUOTE) return undefined
        if (target !== undefined) {
          if (i === start) {
            target.appendEmpty()
            nullRows[count].push(rows)
          } else target.appendBytes(bytes, start, i)
        }
      }
      count++
      if (i >= n) break
      const c = bytes[i++]
      if (c === COMMA) continue
      if (c === CR && bytes[i] === LF) i++
      break
    }
    if (count !== width) return undefined
    rows++
  }

  const columns = collect.map((strings, k): CsvByteColumn | undefined => {
    if (strings === undefined) return undefined
    const nulls = new Uint8Array(rows)
    for (const r of nullRows[k]) nulls[r] = 1
    return { strings, nulls, nullCount: nullRows[k].length }
  })
  return { header, rows, columns }
}

/** A quoted field starting at the quote at `at`: its unescaped bytes and the index after the closing quote. */
function quoted(bytes: Uint8Array, at: number): { value: Uint8Array; next: number } | undefined {
  const start = at + 1
  let j = start
  let doubled = false
  let close: number
  for (;;) {
    close = bytes.indexOf(QUOTE, j)
    if (close < 0) return undefined
    if (bytes[close + 1] === QUOTE) {
      doubled = true
      j = close + 2
      continue
    }
    break
  }
  const next = close + 1
  if (next < bytes.length && bytes[next] !== COMMA && bytes[next] !== CR && bytes[next] !== LF) return undefined
  const raw = bytes.subarray(start, close)
  if (!doubled) return { value: raw, next }
  const value = new Uint8Array(raw.length)
  let w = 0
  for (let r = 0; r < raw.length; r++) {
    value[w++] = raw[r]
    if (raw[r] === QUOTE) r++
  }
  return { value: value.subarray(0, w), next }
}

function sized(rows: number, bytes: number): StringAccumulator {
  const acc = new StringAccumulator(rows)
  if (acc.data.length < bytes) acc.data = new Uint8Array(bytes)
  return acc
}

/**
 * Where the records of a CSV file start: after the header record (its line end outside quotes), or -1
 * when the file is nothing but a header.
 */
export function csvBodyStart(bytes: Uint8Array): number {
  let quoted = false
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]
    if (c === QUOTE) quoted = !quoted
    else if (!quoted && (c === LF || c === CR)) return c === CR && bytes[i + 1] === LF ? i + 2 : i + 1
  }
  return -1
}

/**
 * Up to `pieces` ranges of whole records covering bytes [start, end): each ends just after a line feed
 * outside quotes (an even number of quote bytes since `start`: doubled quotes count twice). A file
 * whose records end in a lone CR has no such place and stays one piece.
 */
export function recordPieces(bytes: Uint8Array, start: number, pieces: number, quotes: boolean): ByteRange[] {
  const end = bytes.length
  const out: ByteRange[] = []
  let from = start
  let scanned = start
  let odd = false
  for (let k = 1; k < pieces; k++) {
    let lf = bytes.indexOf(LF, Math.max(from, start + Math.floor(((end - start) * k) / pieces)))
    for (;;) {
      if (lf < 0) break
      if (quotes) {
        // Only the bytes since the last look: a search past `lf` would scan to the end of the file.
        const span = bytes.subarray(scanned, lf)
        for (let q = span.indexOf(QUOTE); q >= 0; q = span.indexOf(QUOTE, q + 1)) odd = !odd
        scanned = lf
      }
      if (!odd) break
      lf = bytes.indexOf(LF, lf + 1)
    }
    if (lf < 0 || lf + 1 >= end) break
    out.push({ from, to: lf + 1 })
    from = lf + 1
  }
  out.push({ from, to: end })
  return out
}
