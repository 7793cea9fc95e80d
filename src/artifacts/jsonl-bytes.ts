import { isUtf8 } from 'node:buffer'
import type { ByteRange } from './csv-bytes.js'
import { StringAccumulator } from './strings.js'

/**
 * The byte-level JSONL reader: flat objects, one per line (LF or CRLF, an optional UTF-8 BOM, blank
 * lines skipped), read straight from the file's bytes: per key, each row's kind of value and its bytes
 * (a string's unescaped UTF-8, a number's text), with no JS value per cell. Like the CSV one it only
 * ever succeeds: anything JSON.parse would refuse or read otherwise (invalid UTF-8, a line that is not
 * an object, a nested value, a repeated key, a lone surrogate escape) returns undefined, and the
 * caller reads the file the text way (jsonl.ts), which says what and where.
 */

/** The kind of a key's value on a row. */
export const ABSENT = 0
export const NULL = 1
export const NUMBER = 2
export const STRING = 3
export const TRUE = 4
export const FALSE = 5

export interface JsonlByteColumn {
  /** Per row, ABSENT … FALSE. */
  kinds: Uint8Array
  /** Per row: a string's UTF-8 bytes, a number's text, nothing for the other kinds. */
  cells: StringAccumulator
  /** Rows of each kind, indexed by kind. */
  counts: number[]
}

export interface JsonlBytes {
  rows: number
  /** The keys in order of first appearance. */
  keys: string[]
  columns: Map<string, JsonlByteColumn>
}

const SPACE = 32
const TAB = 9
const CR = 13
const LF = 10
const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const COLON = 58
const OPEN = 123
const CLOSE = 125
const MINUS = 45
const DOT = 46
const ZERO = 48
const NINE = 57

const isDigit = (c: number): boolean => c >= ZERO && c <= NINE
const isBlank = (c: number): boolean => c === SPACE || c === TAB || c === CR
const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

// In a /u pattern a surrogate pair is one code point: only a lone surrogate matches.
const LONE_SURROGATE = /\p{Cs}/u

class Decline extends Error {}
const decline = (): never => {
  throw new Decline()
}

interface Column extends JsonlByteColumn {
  /** The last row that has a value (a second value on a row is a repeated key). */
  last: number
}

/** With `body`, only the lines in that range (a piece of the file, see textPieces). */
export function readJsonlBytes(bytes: Uint8Array, body?: ByteRange): JsonlBytes | undefined {
  if (!isUtf8(body ? bytes.subarray(body.from, body.to) : bytes)) return undefined
  try {
    return parse(bytes, body)
  } catch (e) {
    if (e instanceof Decline) return undefined
    throw e
  }
}

function parse(bytes: Uint8Array, body?: ByteRange): JsonlBytes | undefined {
  const n = body ? body.to : bytes.length
  let lines = 1
  for (let at = bytes.indexOf(LF, body?.from); at >= 0 && at < n; at = bytes.indexOf(LF, at + 1)) lines++
  const columns = new Map<string, Column>()
  const keys: string[] = []
  // Keys usually come in the same order on every line: the k-th key of the previous line is tried first,
  // by its bytes, before a string is made to look it up.
  const recent: { start: number; end: number; column: Column }[] = []
  let rows = 0
  let i = body ? body.from : 0
  if (i === 0 && n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3

  const columnOf = (keyStart: number, keyEnd: number, escaped: boolean, position: number): Column => {
    const seen = recent[position]
    if (seen !== undefined && !escaped && sameBytes(bytes, seen.start, seen.end, keyStart, keyEnd)) return seen.column
    const key = escaped ? unescape(bytes, keyStart - 1, keyEnd + 1) : decoder.decode(bytes.subarray(keyStart, keyEnd))
    let column = columns.get(key)
    if (!column) {
      column = { kinds: new Uint8Array(lines), cells: new StringAccumulator(Math.min(lines, 1 << 16)), counts: [0, 0, 0, 0, 0, 0], last: -1 }
      columns.set(key, column)
      keys.push(key)
    }
    if (!escaped) recent[position] = { start: keyStart, end: keyEnd, column }
    return column
  }

  while (i < n) {
    // One line: blank, or one object.
    while (i < n && isBlank(bytes[i])) i++
    if (i >= n) break
    if (bytes[i] === LF) {
      i++
      continue
    }
    if (bytes[i] !== OPEN) return undefined
    i++
    const row = rows++
    let position = 0
    i = skipBlank(bytes, i)
    if (bytes[i] === CLOSE) i++
    else {
      for (;;) {
        if (bytes[i] !== QUOTE) return undefined
        const keyEnd = stringEnd(bytes, i)
        const column = columnOf(i + 1, keyEnd, hasEscape(bytes, i + 1, keyEnd), position++)
        i = skipBlank(bytes, keyEnd + 1)
        if (bytes[i] !== COLON) return undefined
        i = skipBlank(bytes, i + 1)
        if (column.last === row) return undefined // a repeated key: JSON.parse keeps the last value
        column.last = row
        const cells = column.cells
        while (cells.count < row) cells.appendEmpty()
        const c = bytes[i]
        let kind: number
        if (c === QUOTE) {
          const end = stringEnd(bytes, i)
          if (hasEscape(bytes, i + 1, end)) {
            const text = encoder.encode(unescape(bytes, i, end + 1))
            cells.appendBytes(text, 0, text.length)
          } else cells.appendBytes(bytes, i + 1, end)
          kind = STRING
          i = end + 1
        } else if (c === MINUS || isDigit(c)) {
          const end = numberEnd(bytes, i)
          cells.appendBytes(bytes, i, end)
          kind = NUMBER
          i = end
        } else {
          kind = literal(bytes, i)
          cells.appendEmpty()
          i += kind === FALSE ? 5 : 4
        }
        column.kinds[row] = kind
        column.counts[kind]++
        i = skipBlank(bytes, i)
        if (bytes[i] === COMMA) {
          i = skipBlank(bytes, i + 1)
          continue
        }
        if (bytes[i] !== CLOSE) return undefined
        i++
        break
      }
    }
    i = skipBlank(bytes, i)
    if (i < n && bytes[i] !== LF) return undefined
    i++
  }
  const out = new Map<string, JsonlByteColumn>()
  for (const [key, column] of columns) {
    while (column.cells.count < rows) column.cells.appendEmpty()
    column.counts[ABSENT] = rows - column.counts.reduce((a, b) => a + b, 0)
    out.set(key, { kinds: column.kinds.subarray(0, rows), cells: column.cells, counts: column.counts })
  }
  return { rows, keys, columns: out }
}

function skipBlank(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && isBlank(bytes[i])) i++
  return i
}

function sameBytes(bytes: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false
  for (let k = 0; k < aEnd - a; k++) if (bytes[a + k] !== bytes[b + k]) return false
  return true
}

/** The index of the quote closing the string that opens at `at`; control characters and line ends decline. */
function stringEnd(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i < bytes.length; i++) {
    const c = bytes[i]
    if (c === QUOTE) return i
    if (c === BACKSLASH) i++
    else if (c < 0x20) decline()
  }
  return decline()
}

function hasEscape(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === BACKSLASH) return true
  return false
}

/** A string literal with escapes, through JSON.parse itself; a lone surrogate declines (it has no UTF-8). */
function unescape(bytes: Uint8Array, start: number, end: number): string {
  let text: string
  try {
    text = JSON.parse(decoder.decode(bytes.subarray(start, end))) as string
  } catch {
    return decline()
  }
  return LONE_SURROGATE.test(text) ? decline() : text
}

/** The end of a JSON number at `at`: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, or decline. */
function numberEnd(bytes: Uint8Array, at: number): number {
  let i = at
  if (bytes[i] === MINUS) i++
  if (bytes[i] === ZERO) i++
  else if (isDigit(bytes[i])) while (isDigit(bytes[i])) i++
  else decline()
  if (bytes[i] === DOT) {
    i++
    if (!isDigit(bytes[i])) decline()
    while (isDigit(bytes[i])) i++
  }
  if (bytes[i] === 0x65 || bytes[i] === 0x45) {
    i++
    if (bytes[i] === 0x2b || bytes[i] === MINUS) i++
    if (!isDigit(bytes[i])) decline()
    while (isDigit(bytes[i])) i++
  }
  return i
}

/** true, false or null at `at` (anything else, objects and arrays included, declines). */
function literal(bytes: Uint8Array, at: number): number {
  const word = (text: string): boolean => {
    for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false
    return true
  }
  if (word('true')) return TRUE
  if (word('false')) return FALSE
  if (word('null')) return NULL
  return decline()
}
