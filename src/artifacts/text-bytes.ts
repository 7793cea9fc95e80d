/**
 * Byte-level twins of the text grammars in convert.ts and digest.ts, for UTF-8 cells held as byte
 * ranges (CSV fields, Parquet strings): no JS string per cell. Every answer equals the one the regular
 * expression or Number() gives on the decoded text.
 */

const PLUS = 43
const MINUS = 45
const DOT = 46
const ZERO = 48
const NINE = 57
const LOWER = 0x20

export const NOT_NUMBER = 0
/** INT_TEXT: [+-]?\d+ */
export const INTEGER_TEXT = 1
/** NUMBER_TEXT but not INT_TEXT: [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)? */
export const DECIMAL_TEXT = 2

/** Which of the number grammars data[start, end) matches. */
export function numberTextKind(data: Uint8Array, start: number, end: number): number {
  let i = start
  if (i < end && (data[i] === PLUS || data[i] === MINUS)) i++
  const intStart = i
  while (i < end && data[i] >= ZERO && data[i] <= NINE) i++
  const intDigits = i - intStart
  if (i === end) return intDigits > 0 ? INTEGER_TEXT : NOT_NUMBER
  let fracDigits = 0
  if (data[i] === DOT) {
    i++
    const fracStart = i
    while (i < end && data[i] >= ZERO && data[i] <= NINE) i++
    fracDigits = i - fracStart
  }
  if (intDigits === 0 && fracDigits === 0) return NOT_NUMBER
  if (i === end) return DECIMAL_TEXT
  if (data[i] !== 0x65 && data[i] !== 0x45) return NOT_NUMBER
  i++
  if (i < end && (data[i] === PLUS || data[i] === MINUS)) i++
  const expStart = i
  while (i < end && data[i] >= ZERO && data[i] <= NINE) i++
  return i === end && i > expStart ? DECIMAL_TEXT : NOT_NUMBER
}

const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k)

/**
 * NUMBER_TEXT and Number() in one scan: Number(text) when data[start, end) is number text, else NaN
 * (number text never reads as NaN). Up to 15 significant digits and a decimal exponent within ±22, one
 * IEEE multiplication or division of two exact doubles is correctly rounded (Clinger's fast path),
 * hence equal to Number(); anything else goes through Number() itself.
 */
export function numberOrNaN(data: Uint8Array, start: number, end: number, text?: CellsText): number {
  let i = start
  let negative = false
  if (i < end && (data[i] === PLUS || data[i] === MINUS)) negative = data[i++] === MINUS
  let mantissa = 0
  let digits = 0
  let scale = 0
  let seen = 0
  let c = 0
  for (; i < end; i++) {
    c = data[i]
    if (c < ZERO || c > NINE) break
    if (digits > 0 || c !== ZERO) digits++
    mantissa = mantissa * 10 + (c - ZERO)
    seen++
  }
  if (i < end && c === DOT) {
    for (i++; i < end; i++) {
      c = data[i]
      if (c < ZERO || c > NINE) break
      if (digits > 0 || c !== ZERO) digits++
      mantissa = mantissa * 10 + (c - ZERO)
      scale--
      seen++
    }
  }
  if (seen === 0) return NaN
  if (i < end) {
    if (c !== 0x65 && c !== 0x45) return NaN
    i++
    let expNegative = false
    if (i < end && (data[i] === PLUS || data[i] === MINUS)) expNegative = data[i++] === MINUS
    const expStart = i
    let exponent = 0
    for (; i < end; i++) {
      c = data[i]
      if (c < ZERO || c > NINE) return NaN
      if (exponent < 100_000) exponent = exponent * 10 + (c - ZERO)
    }
    if (i === expStart) return NaN
    scale += expNegative ? -exponent : exponent
  }
  if (digits > 15 || scale > 22 || scale < -22) return text ? text.number(start, end) : Number(latin1(data, start, end))
  const value = scale >= 0 ? mantissa * POWERS[scale] : mantissa / POWERS[-scale]
  return negative ? -value : value
}

/** A cell buffer as one latin1 string, made on first need: Number() of a substring costs less than a string per cell. */
class CellsText {
  private text: string | undefined
  constructor(private readonly data: Uint8Array, private readonly end: number) {}

  number(start: number, end: number): number {
    this.text ??= latin1(this.data, 0, this.end)
    return Number(this.text.substring(start, end))
  }
}

const parsed = new WeakMap<ArrayBufferLike, Float64Array>()

/**
 * Number(text) of the first `rows` cells of a byte-string column (NaN for a cell that is not number
 * text), computed once per column buffer: the typed read and the digest of a CSV file share it.
 */
export function numbersOfCells(data: Uint8Array, offsets: Uint32Array, rows: number, known?: Float64Array): Float64Array {
  if (known && known.length === rows) return known
  const cached = parsed.get(data.buffer)
  if (cached && cached.length === rows) return cached
  const values = new Float64Array(rows)
  const text = new CellsText(data, offsets[rows])
  for (let k = 0; k < rows; k++) {
    values[k] = numberOrNaN(data, offsets[k], offsets[k + 1], text)
  }
  parsed.set(data.buffer, values)
  return values
}

/** The numbers numbersOfCells already computed for a column buffer, if any. */
export function parsedNumbersOf(data: Uint8Array, rows: number): Float64Array | undefined {
  const cached = parsed.get(data.buffer)
  return cached && cached.length === rows ? cached : undefined
}

/** Drops the cached numbers of a column buffer (the digest, their last reader, is done with them). */
export function forgetNumbersOfCells(data: Uint8Array): void {
  parsed.delete(data.buffer)
}

/** ASCII text of a byte range (for the rare cells that need the string form). */
export function latin1(data: Uint8Array, start: number, end: number): string {
  return Buffer.from(data.buffer, data.byteOffset + start, end - start).toString('latin1')
}

const TRUE = [0x74, 0x72, 0x75, 0x65]
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65]

function asciiWordIs(data: Uint8Array, start: number, end: number, word: number[]): boolean {
  if (end - start !== word.length) return false
  for (let k = 0; k < word.length; k++) if ((data[start + k] | LOWER) !== word[k]) return false
  return true
}

/** /^(true|false)$/i: 1 for true, 0 for false, -1 otherwise (case folding is ASCII-only, as in the regex). */
export function boolTextValue(data: Uint8Array, start: number, end: number): number {
  if (asciiWordIs(data, start, end, TRUE)) return 1
  if (asciiWordIs(data, start, end, FALSE)) return 0
  return -1
}

/** boolFromText on bytes: true/false (any case) or 1/0; -1 otherwise. */
export function boolOrDigitValue(data: Uint8Array, start: number, end: number): number {
  if (end - start === 1) return data[start] === 0x31 ? 1 : data[start] === ZERO ? 0 : -1
  return boolTextValue(data, start, end)
}
