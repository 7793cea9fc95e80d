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
/** 2^-99: wider than the error of longDecimal's double-double result (below 2^-100 of it). */
const MARGIN = 2 ** -99
const TWO_25 = 2 ** 25
const SPLITTER = 2 ** 27 + 1

/** Where the last numberAt stopped, and whether what it read was integer text (no point, no exponent). */
export const scanned = { end: 0, integer: false }

/**
 * NUMBER_TEXT and Number() in one scan: Number(text) when data[start, end) is number text, else NaN
 * (number text never reads as NaN).
 */
export function numberOrNaN(data: Uint8Array, start: number, end: number, text?: CellsText): number {
  const value = numberAt(data, start, end, text)
  return scanned.end === end ? value : NaN
}

/**
 * The number text that starts at `start` (read at most up to `limit`): Number() of it, and where it
 * stops in `scanned` (a CSV field ends there when the next byte ends the field); NaN when the text
 * there is not number text. Up to 15 significant digits and a decimal exponent within ±22, one IEEE
 * multiplication or division of two exact doubles is correctly rounded (Clinger's fast path), hence
 * equal to Number(); 16 to 19 digits go through longDecimal; anything else through Number() itself.
 */
export function numberAt(data: Uint8Array, start: number, limit: number, text?: CellsText): number {
  let i = start
  let negative = false
  if (i < limit && (data[i] === PLUS || data[i] === MINUS)) negative = data[i++] === MINUS
  // The first 15 significant digits in `high`, the next ones in `low` (lowDigits of them).
  let high = 0
  let low = 0
  let lowDigits = 0
  let digits = 0
  let scale = 0
  let seen = 0
  let integer = true
  let c = 0
  for (; i < limit; i++) {
    c = data[i]
    if (c < ZERO || c > NINE) break
    if (digits < 15) {
      high = high * 10 + (c - ZERO)
      if (high !== 0) digits++
    } else {
      low = low * 10 + (c - ZERO)
      lowDigits++
      digits++
    }
    seen++
  }
  if (i < limit && c === DOT) {
    integer = false
    // The loop above again, counting the scale (one loop for both reads 15 % slower: a test per digit more).
    for (i++; i < limit; i++) {
      c = data[i]
      if (c < ZERO || c > NINE) break
      if (digits < 15) {
        high = high * 10 + (c - ZERO)
        if (high !== 0) digits++
      } else {
        low = low * 10 + (c - ZERO)
        lowDigits++
        digits++
      }
      scale--
      seen++
    }
  }
  scanned.end = i
  if (seen === 0) return NaN
  if (i < limit && (c === 0x65 || c === 0x45)) {
    integer = false
    i++
    let expNegative = false
    if (i < limit && (data[i] === PLUS || data[i] === MINUS)) expNegative = data[i++] === MINUS
    const expStart = i
    let exponent = 0
    for (; i < limit; i++) {
      c = data[i]
      if (c < ZERO || c > NINE) break
      if (exponent < 100_000) exponent = exponent * 10 + (c - ZERO)
    }
    scanned.end = i
    if (i === expStart) return NaN
    scale += expNegative ? -exponent : exponent
  }
  scanned.integer = integer
  let value: number
  if (scale > 22 || scale < -22 || digits > 19) value = NaN
  else if (lowDigits === 0) value = scale >= 0 ? high * POWERS[scale] : high / POWERS[-scale]
  else value = longDecimal(high, low, POWERS[lowDigits], scale)
  if (value !== value) return text ? text.number(start, i) : Number(latin1(data, start, i))
  return negative ? -value : value
}

/**
 * (high · tenToLow + low) · 10^scale correctly rounded, or NaN when that cannot be told here: high <
 * 10^15, low < tenToLow ≤ 10^4, |scale| ≤ 22. The mantissa (up to 19 digits, 64 bits) is exact as a
 * double-double; one multiplication or division by the exact 10^|scale| keeps the pair within 2^-100
 * of the true value. Its rounded sum H is then the correctly rounded value unless the true value may
 * lie at or past the midpoint to H's neighbour: checked by rounding H plus the low part widened by
 * MARGIN either way (about one value in 2^45 is left to Number()).
 */
function longDecimal(high: number, low: number, tenToLow: number, scale: number): number {
  // high = a·2^25 + b: both products by tenToLow (< 2^14) are exact, and so is their sum with `low`.
  const a = Math.floor(high / TWO_25)
  const x = a * tenToLow * TWO_25
  const y = (high - a * TWO_25) * tenToLow + low
  const mh = x + y
  const back = mh - x
  const ml = x - (mh - back) + (y - back) // the exact rounding error of x + y (two-sum)
  const p = POWERS[scale >= 0 ? scale : -scale]
  let h: number
  let l: number
  if (scale >= 0) {
    const q = mh * p
    h = q
    l = twoProductError(mh, p, q) + ml * p
  } else {
    const q = mh / p
    // The remainder mh + ml − q·p, nearly exact (mh − q·p cancels exactly), over p.
    const qp = q * p
    const r = mh - qp - twoProductError(q, p, qp) + ml
    h = q
    l = r / p
  }
  const sum = h + l
  const rest = l - (sum - h)
  const margin = Math.abs(sum) * MARGIN
  return sum + (rest + margin) === sum && sum + (rest - margin) === sum ? sum : NaN
}

/** a·b − product exactly (Dekker's two-product; product is the rounded a·b). */
function twoProductError(a: number, b: number, product: number): number {
  const ca = SPLITTER * a
  const ah = ca - (ca - a)
  const al = a - ah
  const cb = SPLITTER * b
  const bh = cb - (cb - b)
  const bl = b - bh
  return ah * bh - product + ah * bl + al * bh + al * bl
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
