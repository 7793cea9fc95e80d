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

/** `wanted`: 'all', or the column names to collect (one missing from the header → undefined). */
export function readCsvBytes(bytes: Uint8Array, wanted: 'all' | string[]): CsvBytes | undefined {
  if (!isUtf8(bytes)) return undefined
  const n = bytes.length
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
