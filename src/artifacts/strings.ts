import { allocate, inSharedMemory, type StringBytes, type StringCodes, type StringColumn } from './table.js'
import { hashBytes, internBytes } from '../core/intern-bytes.js'

export { internBytes }

/**
 * Strings as UTF-8 bytes: one growable byte buffer and an offsets array, so millions of ids never
 * become millions of JS strings.
 */
export class StringAccumulator {
  data: Uint8Array
  offsets: Uint32Array
  count = 0

  /** `shared`: in shared memory, so another thread can read the strings without a copy (growth keeps them there). */
  constructor(expected = 16, shared = false) {
    this.offsets = allocate(Uint32Array, Math.max(1, expected) + 1, shared)
    this.data = allocate(Uint8Array, Math.max(64, expected * 8), shared)
  }

  /** An accumulator over existing strings (no copy): to read, or to go on appending to. */
  static over(data: Uint8Array, offsets: Uint32Array, count = offsets.length - 1): StringAccumulator {
    const acc = new StringAccumulator(0)
    acc.data = data
    acc.offsets = offsets
    acc.count = count
    return acc
  }

  private room(bytes: number): void {
    if (this.count + 1 >= this.offsets.length) {
      const grown = allocate(Uint32Array, this.offsets.length * 2, inSharedMemory(this.offsets))
      grown.set(this.offsets)
      this.offsets = grown
    }
    const used = this.offsets[this.count]
    if (used + bytes > this.data.length) {
      const size = Math.max(used + bytes, this.data.length * 2)
      if (size > 0xffffffff) throw new RangeError('string data beyond 4 GiB in one column')
      const grown = allocate(Uint8Array, size, inSharedMemory(this.data))
      grown.set(this.data.subarray(0, used))
      this.data = grown
    }
  }

  appendBytes(buf: Uint8Array, start: number, end: number): void {
    const length = end - start
    const at = this.offsets[this.count]
    if (this.count + 1 >= this.offsets.length || at + length > this.data.length) this.room(length)
    const dst = this.data
    if (length < 32) for (let k = 0; k < length; k++) dst[at + k] = buf[start + k]
    else dst.set(buf.subarray(start, end), at)
    this.offsets[++this.count] = at + length
  }

  /** Room for `strings` more strings of `bytes` bytes in all. */
  reserve(strings: number, bytes: number): void {
    if (this.count + strings + 1 > this.offsets.length) {
      const grown = allocate(Uint32Array, Math.max(this.count + strings + 1, this.offsets.length * 2), inSharedMemory(this.offsets))
      grown.set(this.offsets.subarray(0, this.count + 1))
      this.offsets = grown
    }
    this.room(bytes)
  }

  /** Appends strings given as their bytes one after another and their ends (as offsets here: from this accumulator's end). */
  appendJoined(bytes: Uint8Array, ends: Uint32Array): void {
    this.reserve(ends.length, bytes.length)
    this.data.set(bytes, this.offsets[this.count])
    this.offsets.set(ends, this.count + 1)
    this.count += ends.length
  }

  appendFrom(other: StringAccumulator, index: number): void {
    const start = other.offsets[index]
    const end = other.offsets[index + 1]
    const length = end - start
    this.room(length)
    const at = this.offsets[this.count]
    const src = other.data
    const dst = this.data
    if (length < 16) for (let k = 0; k < length; k++) dst[at + k] = src[start + k]
    else dst.set(src.subarray(start, end), at)
    this.offsets[++this.count] = at + length
  }

  appendEmpty(): void {
    this.room(0)
    this.offsets[this.count + 1] = this.offsets[this.count]
    this.count++
  }

  appendText(text: string): void {
    this.appendBytes(encoder.encode(text), 0, Buffer.byteLength(text))
  }

  get(i: number): string {
    return decoder.decode(this.data.subarray(this.offsets[i], this.offsets[i + 1]))
  }

  finish(): StringBytes {
    return { data: this.data.subarray(0, this.offsets[this.count]), offsets: this.offsets.subarray(0, this.count + 1) }
  }
}

const encoder = new TextEncoder()
// ignoreBOM: a cell that starts with U+FEFF keeps it (the default decoder would drop it).
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Distinct byte strings in first-seen order, each given the next code: the dictionary of a coded
 * column. Open addressing over FNV-1a hashes; bytes are compared on every hash match.
 */
export class ByteInterner {
  readonly strings = new StringAccumulator(16)
  private slots = new Int32Array(64).fill(-1)
  private hashes = new Uint32Array(64)

  get size(): number {
    return this.strings.count
  }

  intern(buf: Uint8Array, start: number, end: number): number {
    const h = hashBytes(buf, start, end)
    const mask = this.slots.length - 1
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const code = this.slots[slot]
      if (code < 0) {
        const added = this.strings.count
        this.strings.appendBytes(buf, start, end)
        this.slots[slot] = added
        this.hashes[slot] = h
        if (this.strings.count * 2 > this.slots.length) this.grow()
        return added
      }
      if (this.hashes[slot] === h && this.holds(code, buf, start, end)) return code
    }
  }

  private holds(code: number, buf: Uint8Array, start: number, end: number): boolean {
    const { data, offsets } = this.strings
    const at = offsets[code]
    if (offsets[code + 1] - at !== end - start) return false
    for (let k = 0; k < end - start; k++) if (data[at + k] !== buf[start + k]) return false
    return true
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1)
    const hashes = new Uint32Array(slots.length)
    const mask = slots.length - 1
    for (let old = 0; old < this.slots.length; old++) {
      const code = this.slots[old]
      if (code < 0) continue
      const h = this.hashes[old]
      let slot = (h ^ (h >>> 15)) & mask
      while (slots[slot] >= 0) slot = (slot + 1) & mask
      slots[slot] = code
      hashes[slot] = h
    }
    this.slots = slots
    this.hashes = hashes
  }
}

/** The strings of a coded column as bytes (a null row as the empty string), in shared memory when `shared`. */
export function bytesOfCodes(codes: Int32Array, dictionary: StringBytes, nulls?: Uint8Array, shared = false): StringBytes {
  const n = codes.length
  const entries = new CodedEntries(dictionary)
  let total = 0
  for (let i = 0; i < n; i++) if (!nulls?.[i]) total += entries.lengthOf(codes[i])
  if (total > 0xffffffff) throw new RangeError('string data beyond 4 GiB in one column')
  const lengths = new Uint32Array(n)
  const data = allocate(Uint8Array, total + 8, shared)
  entries.streams(codes, 0, n, nulls, lengths, data)
  const offsets = allocate(Uint32Array, n + 1, shared)
  for (let i = 0, j = 0; i < n; i++) offsets[i + 1] = offsets[i] + (nulls?.[i] ? 0 : lengths[j++])
  return { data: data.subarray(0, total), offsets }
}

/**
 * A coded column's dictionary, ready to write rows' bytes (for bytesOfCodes and the outputs digest):
 * entries of up to 8 bytes as two words each.
 */
export class CodedEntries {
  readonly longest: number
  private readonly length: Uint32Array
  private readonly low: Int32Array
  private readonly high: Int32Array
  /** Entries all of 1, 2 or 4 bytes (country codes, flags): each row's bytes are one word, gathered. */
  private readonly words: Uint8Array | Uint16Array | Uint32Array | undefined

  constructor(private readonly dictionary: StringBytes) {
    const { data, offsets } = dictionary
    const entries = offsets.length - 1
    this.length = new Uint32Array(entries)
    let longest = 0
    for (let e = 0; e < entries; e++) longest = Math.max(longest, (this.length[e] = offsets[e + 1] - offsets[e]))
    this.longest = longest
    this.low = new Int32Array(entries)
    this.high = new Int32Array(entries)
    let fixed = longest === 1 || longest === 2 || longest === 4
    for (let e = 0; e < entries && fixed; e++) fixed = this.length[e] === longest
    if (fixed) {
      // Copied out of the dictionary's bytes: the words land as they were, whatever the platform's byte order.
      const exact = data.slice(offsets[0], offsets[0] + entries * longest).buffer
      this.words = longest === 1 ? new Uint8Array(exact) : longest === 2 ? new Uint16Array(exact) : new Uint32Array(exact)
    }
    if (longest > 8) return
    const padded = new Uint8Array(entries * 8)
    const words = new DataView(padded.buffer)
    for (let e = 0; e < entries; e++) {
      padded.set(data.subarray(offsets[e], offsets[e + 1]), e * 8)
      this.low[e] = words.getInt32(e * 8, true)
      this.high[e] = words.getInt32(e * 8 + 4, true)
    }
  }

  lengthOf(code: number): number {
    return this.length[code]
  }

  /**
   * The streams of rows [from, to): lengths[0..count) of the non-null rows and their bytes in
   * out[0..used), which needs 8 bytes of slack past the end.
   */
  streams(codes: Int32Array, from: number, to: number, nulls: Uint8Array | undefined, lengths: Uint32Array, out: Uint8Array): { count: number; used: number } {
    const length = this.length
    let count = 0
    let at = 0
    if (this.words && !nulls) {
      const rows = to - from
      lengths.fill(this.longest, 0, rows)
      const words = this.words
      const into = words instanceof Uint8Array ? out : words instanceof Uint16Array ? new Uint16Array(out.buffer, out.byteOffset, rows) : new Uint32Array(out.buffer, out.byteOffset, rows)
      for (let r = 0; r < rows; r++) into[r] = words[codes[from + r]]
      return { count: rows, used: rows * this.longest }
    }
    if (this.longest <= 8) {
      // Each row is two 4-byte stores of its zero-padded entry; the next row overwrites the padding.
      const { low, high } = this
      const view = new DataView(out.buffer, out.byteOffset, out.byteLength)
      for (let r = from; r < to; r++) {
        if (nulls && nulls[r]) continue
        const code = codes[r]
        view.setInt32(at, low[code], true)
        view.setInt32(at + 4, high[code], true)
        lengths[count++] = length[code]
        at += length[code]
      }
      return { count, used: at }
    }
    const { data, offsets } = this.dictionary
    for (let r = from; r < to; r++) {
      if (nulls && nulls[r]) continue
      const code = codes[r]
      const start = offsets[code]
      const n = length[code]
      for (let k = 0; k < n; k++) out[at + k] = data[start + k]
      lengths[count++] = n
      at += n
    }
    return { count, used: at }
  }
}

export function stringAt(bytes: StringBytes, i: number): string {
  return decoder.decode(bytes.data.subarray(bytes.offsets[i], bytes.offsets[i + 1]))
}

/**
 * A string column backed by bytes. `values` (JS strings, e.g. for filters) is built on first use, via a
 * dictionary so repeated values share one string; kernels use `bytes` directly.
 */
export function stringColumnFromBytes(bytes: StringBytes, nulls?: Uint8Array): StringColumn {
  return byteBackedColumn(() => bytes, nulls)
}

/**
 * A string column backed by the bytes of its parts, as they were read: kernels that can go part by
 * part use `byteParts`; `bytes` (one array) is joined on first use.
 */
export function stringColumnFromByteParts(parts: StringBytes[], nulls?: Uint8Array): StringColumn {
  if (parts.length === 1) return stringColumnFromBytes(parts[0], nulls)
  let joined: StringBytes | undefined
  const column = byteBackedColumn(() => (joined ??= joinBytes(parts)), nulls)
  Object.defineProperty(column, 'byteParts', { value: parts, enumerable: false })
  return column
}

function byteBackedColumn(bytesOf: () => StringBytes, nulls?: Uint8Array): StringColumn {
  let values: string[] | undefined
  const column = {
    type: 'string' as const,
    get values(): string[] {
      if (values === undefined) {
        const bytes = bytesOf()
        const { codes, firsts } = internBytes(bytes)
        const dictionary = Array.from(firsts, (row) => stringAt(bytes, row))
        const n = codes.length
        values = new Array<string>(n)
        for (let i = 0; i < n; i++) values[i] = nulls?.[i] ? '' : dictionary[codes[i]]
      }
      return values
    }
  }
  // The bytes are an accelerator for the kernels, not part of the value: the column still compares
  // equal (deep equality over enumerable keys) to its plain { type, values, nulls } form.
  Object.defineProperty(column, 'bytes', { get: bytesOf, enumerable: false })
  return nulls ? Object.assign(column, { nulls }) : column
}

/** The strings of several parts as one StringBytes (a copy). */
export function joinBytes(parts: StringBytes[]): StringBytes {
  let count = 0
  let total = 0
  for (const p of parts) {
    count += p.offsets.length - 1
    total += p.offsets[p.offsets.length - 1] - p.offsets[0]
  }
  if (total > 0xffffffff) throw new RangeError('string data beyond 4 GiB in one column')
  const data = new Uint8Array(total)
  const offsets = new Uint32Array(count + 1)
  let row = 0
  let at = 0
  for (const { data: from, offsets: ends } of parts) {
    const n = ends.length - 1
    data.set(from.subarray(ends[0], ends[n]), at)
    const shift = at - ends[0]
    for (let k = 1; k <= n; k++) offsets[row + k] = ends[k] + shift
    row += n
    at += ends[n] - ends[0]
  }
  return { data, offsets }
}

/**
 * A dictionary-coded string column (distinct `dictionary` strings, one code per row). Filters and
 * kernels use the codes; `values` and `bytes` are built on first use.
 */
export function stringColumnFromCodes(codes: Int32Array, dictionary: StringBytes, nulls?: Uint8Array): StringColumn {
  const count = dictionary.offsets.length - 1
  const coded: StringCodes = { codes, strings: Array.from({ length: count }, (_, k) => stringAt(dictionary, k)) }
  let values: string[] | undefined
  let bytes: StringBytes | undefined
  const column = {
    type: 'string' as const,
    get values(): string[] {
      if (values === undefined) {
        const n = codes.length
        values = new Array<string>(n)
        for (let i = 0; i < n; i++) values[i] = nulls?.[i] ? '' : coded.strings[codes[i]]
      }
      return values
    }
  }
  // As for byte-backed columns, the accelerators stay out of deep equality (not enumerable).
  Object.defineProperty(column, 'dictionary', { value: coded, enumerable: false })
  Object.defineProperty(column, 'bytes', { get: () => (bytes ??= bytesOfCodes(codes, dictionary, nulls)), enumerable: false })
  return nulls ? Object.assign(column, { nulls }) : column
}
