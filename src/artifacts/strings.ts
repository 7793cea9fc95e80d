import type { StringBytes, StringColumn } from './table.js'
import { internBytes } from '../core/intern-bytes.js'

export { internBytes }

/**
 * Strings as UTF-8 bytes: one growable byte buffer and an offsets array, so millions of ids never
 * become millions of JS strings.
 */
export class StringAccumulator {
  data: Uint8Array
  offsets: Uint32Array
  count = 0

  constructor(expected = 16) {
    this.offsets = new Uint32Array(Math.max(1, expected) + 1)
    this.data = new Uint8Array(Math.max(64, expected * 8))
  }

  private room(bytes: number): void {
    if (this.count + 1 >= this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2)
      grown.set(this.offsets)
      this.offsets = grown
    }
    const used = this.offsets[this.count]
    if (used + bytes > this.data.length) {
      const size = Math.max(used + bytes, this.data.length * 2)
      if (size > 0xffffffff) throw new RangeError('string data beyond 4 GiB in one column')
      const grown = new Uint8Array(size)
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

  /** Appends every string of another accumulator. */
  appendAll(other: StringAccumulator): void {
    const used = other.offsets[other.count]
    this.room(used)
    if (this.count + other.count + 1 > this.offsets.length) {
      const grown = new Uint32Array(this.count + other.count + 1)
      grown.set(this.offsets.subarray(0, this.count + 1))
      this.offsets = grown
    }
    const base = this.offsets[this.count]
    this.data.set(other.data.subarray(0, used), base)
    for (let k = 1; k <= other.count; k++) this.offsets[this.count + k] = base + other.offsets[k]
    this.count += other.count
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

export function stringAt(bytes: StringBytes, i: number): string {
  return decoder.decode(bytes.data.subarray(bytes.offsets[i], bytes.offsets[i + 1]))
}

/**
 * A string column backed by bytes. `values` (JS strings, e.g. for filters) is built on first use, via a
 * dictionary so repeated values share one string; kernels use `bytes` directly.
 */
export function stringColumnFromBytes(bytes: StringBytes, nulls?: Uint8Array): StringColumn {
  let values: string[] | undefined
  const column = {
    type: 'string' as const,
    bytes,
    get values(): string[] {
      if (values === undefined) {
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
  Object.defineProperty(column, 'bytes', { enumerable: false })
  return nulls ? Object.assign(column, { nulls }) : column
}
