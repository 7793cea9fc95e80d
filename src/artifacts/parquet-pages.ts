import { gunzipSync } from 'node:zlib'
import { compressors } from 'hyparquet-compressors'
import { ZSTDDecoder } from 'zstddec'

/**
 * Bounds-checked low-level Parquet page decoding: RLE/bit-packed hybrid, DELTA_BINARY_PACKED, PLAIN
 * values and decompression. Every length and count read from the file is checked against the bytes
 * actually there, and every loop consumes input, so corrupt pages end in a `PageError` quickly
 * instead of looping or allocating without bound.
 */
export class PageError extends Error {}

export function fail(message: string): never {
  throw new PageError(message)
}

/** The largest page we agree to inflate: corrupt headers must not make us allocate gigabytes. */
const MAX_PAGE_BYTES = 1 << 30

// zstd is the reference implementation compiled to WebAssembly: about 6× the pure-JS decoder
// hyparquet-compressors ships. It is instantiated once per thread, only when a file needs it.
const zstd = new ZSTDDecoder()
let zstdLoaded = false

/** Makes ZSTD pages decodable in this thread; await it before decoding a file with ZSTD chunks. */
export async function zstdReady(): Promise<void> {
  if (!zstdLoaded) {
    await zstd.init()
    zstdLoaded = true
  }
}

/** hyparquet's codecs, with ZSTD replaced by ours (after `zstdReady`). */
export const pageCodecs = { ...compressors, ZSTD: (input: Uint8Array, size: number) => decompress('ZSTD', input, size) }

export function decompress(codec: string, input: Uint8Array, size: number): Uint8Array {
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_PAGE_BYTES) fail(`page size ${size} out of range`)
  let out: Uint8Array
  switch (codec) {
    case 'UNCOMPRESSED':
      out = input
      break
    case 'GZIP':
      out = gunzipSync(input, { maxOutputLength: Math.max(1, size) })
      break
    case 'ZSTD':
      if (!zstdLoaded) throw new Error('internal: a ZSTD page was decoded before zstdReady()')
      // On a corrupt frame or a wrong size the decoder returns fewer bytes: the length check below fails.
      out = zstd.decode(input, size)
      break
    case 'SNAPPY':
    case 'BROTLI':
    case 'LZ4':
    case 'LZ4_RAW': {
      const decode = compressors[codec]
      if (!decode) fail(`unsupported codec ${codec}`)
      out = decode(input, size)
      break
    }
    default:
      fail(`unsupported codec ${codec}`)
  }
  if (out.length !== size) fail(`page decompressed to ${out.length} bytes, its header says ${size}`)
  return out
}

/** A cursor over one page's bytes. */
export interface Cursor {
  buf: Uint8Array
  pos: number
  end: number
}

export function varint(c: Cursor): number {
  let result = 0
  let shift = 0
  for (;;) {
    if (c.pos >= c.end) fail('varint runs past the page')
    const b = c.buf[c.pos++]
    result += (b & 0x7f) * 2 ** shift
    if (b < 0x80) return result
    shift += 7
    if (shift > 49) fail('varint too long')
  }
}

/** Unsigned LEB128 as a BigInt (up to 64 bits). */
function varintBig(c: Cursor): bigint {
  let result = 0n
  let shift = 0n
  for (;;) {
    if (c.pos >= c.end) fail('varint runs past the page')
    const b = c.buf[c.pos++]
    result |= BigInt(b & 0x7f) << shift
    if (b < 0x80) return result
    shift += 7n
    if (shift > 63n) fail('varint too long')
  }
}

export function uint32le(buf: Uint8Array, pos: number): number {
  return (buf[pos] | (buf[pos + 1] << 8) | (buf[pos + 2] << 16)) + buf[pos + 3] * 0x1000000
}

/**
 * RLE/bit-packed hybrid values of `bitWidth` (0..32) into out[0..count). Values wider than the
 * target (e.g. a dictionary index past the dictionary) are checked by the caller.
 */
export function readHybrid(c: Cursor, bitWidth: number, out: Uint32Array | Uint8Array, count: number): void {
  if (bitWidth < 0 || bitWidth > 32) fail(`bit width ${bitWidth} out of range`)
  const buf = c.buf
  const valueBytes = (bitWidth + 7) >> 3
  // One view per page: making one costs as much as unpacking a few dozen values.
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength)
  let i = 0
  while (i < count) {
    const header = varint(c)
    if (header % 2 === 1) {
      const groups = Math.floor(header / 2)
      const bytes = groups * bitWidth
      if (c.pos + bytes > c.end) fail('bit-packed run past the page')
      const n = Math.min(groups * 8, count - i)
      readPacked(buf, view, c.pos, bitWidth, out, i, n)
      i += n
      c.pos += bytes
    } else {
      const run = header / 2
      if (c.pos + valueBytes > c.end) fail('RLE run past the page')
      let value = 0
      for (let b = 0; b < valueBytes; b++) value += buf[c.pos + b] * 2 ** (8 * b)
      c.pos += valueBytes
      const n = Math.min(run, count - i)
      out.fill(value, i, i + n)
      i += n
    }
  }
}

/**
 * The definition levels of a page of a flat optional column (bit width 1), or undefined when they are
 * one run of 1s, every value present (the common case): then no array is filled and summed.
 */
export function definitionLevels(c: Cursor, count: number): Uint8Array | undefined {
  const start = c.pos
  const header = varint(c)
  if (header % 2 === 0 && header / 2 >= count && c.pos < c.end && c.buf[c.pos] === 1) return undefined
  c.pos = start
  const defs = new Uint8Array(count)
  readHybrid(c, 1, defs, count)
  return defs
}

/**
 * `groups` groups of eight little-endian bit-packed values of width 1..24 from byte pos into out[at..].
 * Eight values fill exactly `width` bytes, so value j of a group starts at bit j·width of it and lies
 * in the 32-bit word at byte (j·width) >> 3: one read, a shift and a mask per value, no branch (about 5×
 * the bit-by-bit loop). The caller keeps every word read inside the view.
 */
function unpackGroups(view: DataView, pos: number, width: number, out: Uint32Array | Uint8Array, at: number, groups: number): void {
  const mask = (1 << width) - 1
  const w2 = 2 * width
  const w3 = 3 * width
  const w4 = 4 * width
  const w5 = 5 * width
  const w6 = 6 * width
  const w7 = 7 * width
  let p = pos
  let k = at
  for (let g = 0; g < groups; g++) {
    out[k] = view.getUint32(p, true) & mask
    out[k + 1] = (view.getUint32(p + (width >> 3), true) >>> (width & 7)) & mask
    out[k + 2] = (view.getUint32(p + (w2 >> 3), true) >>> (w2 & 7)) & mask
    out[k + 3] = (view.getUint32(p + (w3 >> 3), true) >>> (w3 & 7)) & mask
    out[k + 4] = (view.getUint32(p + (w4 >> 3), true) >>> (w4 & 7)) & mask
    out[k + 5] = (view.getUint32(p + (w5 >> 3), true) >>> (w5 & 7)) & mask
    out[k + 6] = (view.getUint32(p + (w6 >> 3), true) >>> (w6 & 7)) & mask
    out[k + 7] = (view.getUint32(p + (w7 >> 3), true) >>> (w7 & 7)) & mask
    k += 8
    p += width
  }
}

/**
 * DELTA_BINARY_PACKED into Float64Array (exact while |v| ≤ 2^53; wider INT64 values are reported in
 * `big`). `int32` wraps like the writer's 32-bit arithmetic.
 */
export function readDeltaBinary(c: Cursor, count: number, int32: boolean, out: Float64Array, outStart: number, big?: Map<number, bigint>): void {
  const blockSize = varint(c)
  const miniblocks = varint(c)
  const total = varint(c)
  if (blockSize <= 0 || blockSize % 128 !== 0 || miniblocks <= 0 || blockSize % miniblocks !== 0 || (blockSize / miniblocks) % 32 !== 0) {
    fail('bad DELTA_BINARY_PACKED header')
  }
  if (total < count) fail(`DELTA_BINARY_PACKED holds ${total} values, ${count} expected`)
  const perMini = blockSize / miniblocks
  let value = zigzagVarint(c)
  const mod = int32 ? 32n : 64n
  const wrap = (v: bigint): bigint => BigInt.asIntN(Number(mod), v)
  const put = (k: number, v: bigint): void => {
    const n = Number(v)
    if (Number.isSafeInteger(n)) out[outStart + k] = n
    else {
      out[outStart + k] = n
      big?.set(outStart + k, v)
    }
  }
  if (count === 0) return
  put(0, value)
  let k = 1
  // Fast path state: while every quantity fits a double exactly, stay in Number arithmetic.
  let current = Number(value)
  let exact = Number.isSafeInteger(current)
  const widths = new Uint8Array(miniblocks)
  const scratch = new Uint32Array(perMini)
  const view = new DataView(c.buf.buffer, c.buf.byteOffset, c.buf.byteLength)
  while (k < count) {
    const minDeltaBig = zigzagVarint(c)
    if (c.pos + miniblocks > c.end) fail('DELTA_BINARY_PACKED block header past the page')
    for (let m = 0; m < miniblocks; m++) widths[m] = c.buf[c.pos++]
    const minDelta = Number(minDeltaBig)
    for (let m = 0; m < miniblocks && k < count; m++) {
      const width = widths[m]
      if (width > 64) fail(`bit width ${width} out of range`)
      const bytes = (perMini * width) / 8
      if (c.pos + bytes > c.end) fail('DELTA_BINARY_PACKED miniblock past the page')
      const n = Math.min(perMini, count - k)
      if (width <= 24 && exact && Number.isSafeInteger(minDelta) && (int32 || Math.abs(current) + n * (Math.abs(minDelta) + 2 ** width) <= Number.MAX_SAFE_INTEGER)) {
        // The common case: no sum can leave the exact range, so no check per value.
        unpackSmall(c.buf, view, c.pos, width, scratch, 0, n)
        current = addDeltas(scratch, n, current, minDelta, out, outStart + k, int32)
        k += n
      } else if (width <= 32 && exact && Number.isSafeInteger(minDelta)) {
        readPacked(c.buf, view, c.pos, width, scratch, 0, n)
        for (let j = 0; j < n; j++) {
          let next = current + minDelta + scratch[j]
          if (int32) next = next | 0
          else if (!Number.isSafeInteger(next)) {
            exact = false
            value = wrap(BigInt(current) + minDeltaBig + BigInt(scratch[j]))
            put(k++, value)
            for (let r = j + 1; r < n; r++) {
              value = wrap(value + minDeltaBig + BigInt(scratch[r]))
              put(k++, value)
            }
            break
          }
          current = next
          out[outStart + k++] = next
        }
      } else {
        if (exact) value = BigInt(current)
        exact = false
        for (let j = 0; j < n; j++) {
          const delta = readPackedBig(c.buf, c.pos, width, j)
          value = wrap(value + minDeltaBig + delta)
          put(k++, value)
        }
      }
      c.pos += bytes
    }
    // Untouched miniblocks of the last block may be absent; anything present is skipped by the caller.
  }
}

/**
 * out[at + j] = the running sum of `current` and n deltas (minDelta + packed[j]); returns the last sum.
 * The caller has checked that every sum stays exact.
 */
function addDeltas(packed: Uint32Array, n: number, current: number, minDelta: number, out: Float64Array, at: number, int32: boolean): number {
  if (int32) {
    // The writer's wrapping 32-bit sums; `| 0` on every term keeps them in integer registers (the sum
    // depends on the previous one, so a double round trip per value is what this loop would cost).
    let sum = current | 0
    const step = minDelta | 0
    for (let j = 0; j < n; j++) {
      sum = (sum + step + packed[j]) | 0
      out[at + j] = sum
    }
    return sum
  }
  for (let j = 0; j < n; j++) {
    current += minDelta + packed[j]
    out[at + j] = current
  }
  return current
}

/** A zigzag LEB128 value; short ones (the usual block minimums) without BigInt arithmetic. */
function zigzagVarint(c: Cursor): bigint {
  let length = 0
  while (c.pos + length < c.end && c.buf[c.pos + length] >= 0x80) length++
  if (length >= 7) {
    const z = varintBig(c)
    return (z >> 1n) ^ -(z & 1n)
  }
  const z = varint(c)
  return BigInt(z % 2 === 0 ? z / 2 : -(z + 1) / 2)
}

/**
 * n little-endian bit-packed values of width ≤ 24 from byte pos into out[at..] (`view` is over buf):
 * whole groups of eight a word at a time (unpackGroups), the rest in 32-bit integer arithmetic.
 */
function unpackSmall(buf: Uint8Array, view: DataView, pos: number, width: number, out: Uint32Array | Uint8Array, at: number, n: number): void {
  if (width === 0) {
    out.fill(0, at, at + n)
    return
  }
  // The last value of a group reads a 32-bit word reaching up to 3 bytes past the group: those bytes
  // (other data, masked off) must still lie in buf.
  const whole = Math.max(0, Math.min(n >> 3, Math.floor((buf.length - 3 - pos) / width)))
  unpackGroups(view, pos, width, out, at, whole)
  const mask = (1 << width) - 1
  let acc = 0
  let bits = 0
  pos += whole * width
  for (let k = at + whole * 8; k < at + n; k++) {
    while (bits < width) {
      acc |= buf[pos++] << bits
      bits += 8
    }
    out[k] = acc & mask
    acc >>>= width
    bits -= width
  }
}

/** n little-endian bit-packed values of width ≤ 32 from byte pos into out[at..] (wide ones in double arithmetic). */
function readPacked(buf: Uint8Array, view: DataView, pos: number, width: number, out: Uint32Array | Uint8Array, at: number, n: number): void {
  if (width <= 24) {
    unpackSmall(buf, view, pos, width, out, at, n)
    return
  }
  let acc = 0
  let bits = 0
  for (let k = 0; k < n; k++) {
    while (bits < width) {
      acc += buf[pos++] * 2 ** bits
      bits += 8
    }
    out[at + k] = acc % 2 ** width
    acc = Math.floor(acc / 2 ** width)
    bits -= width
  }
}

function readPackedBig(buf: Uint8Array, pos: number, width: number, index: number): bigint {
  let v = 0n
  const first = index * width
  for (let b = 0; b < width; b++) {
    const bit = first + b
    if ((buf[pos + (bit >> 3)] >> (bit & 7)) & 1) v |= 1n << BigInt(b)
  }
  return v
}

/** Skips a DELTA_BINARY_PACKED stream without keeping values; returns how many it holds. */
export function deltaCount(c: Cursor): number {
  const save = c.pos
  varint(c)
  varint(c)
  const total = varint(c)
  c.pos = save
  return total
}
