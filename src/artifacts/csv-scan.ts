/**
 * The separators of a block of regular CSV records (csv-bytes.ts readRecords), found 16 bytes at a time
 * by the WebAssembly SIMD kernel of csv-scan.wat: about three times faster than the 4-byte scan in
 * JavaScript (csv-bytes.ts separators), which stays for irregular records (quotes, CRs, ragged rows).
 */
import { CSV_SCAN_WASM } from './csv-scan-wasm.js'

/** As csv-bytes.ts separators returns them: `records` is -1 when the block is not regular. */
export interface BlockSeparators {
  stops: Int32Array
  count: number
  records: number
}

// The little of WebAssembly used here (the ES2022 and Node typings do not declare it).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: object } }

interface Kernel {
  memory: { buffer: ArrayBuffer; grow(pages: number): number }
  records: { value: number }
  scan: (len: number, out: number, width: number, base: number) => number
}

const PAGE = 65536
/** One per thread, compiled on first use. */
let kernel: Kernel | undefined

/**
 * The comma and line feed positions in [from, to) of `bytes` and the block's record count; records -1
 * when the block is not regular (see csv-scan.wat). `stops` is a view of the kernel's memory, valid
 * until the next call on this thread. Undefined when the kernel's memory cannot grow to the block.
 */
export function regularSeparators(bytes: Uint8Array, from: number, to: number, width: number): BlockSeparators | undefined {
  kernel ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, 'base64'))).exports as Kernel
  const len = to - from
  // The block, padded to a multiple of 16 bytes, then room for a stop per byte.
  const out = (len + 15) & ~15
  const need = out * 5
  const { memory } = kernel
  if (memory.buffer.byteLength < need) {
    try {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE))
    } catch {
      return undefined // past WebAssembly's 4 GiB: the JavaScript scan takes the block
    }
  }
  const block = new Uint8Array(memory.buffer, 0, out)
  block.set(bytes.subarray(from, to))
  block.fill(0x41, len) // 'A', not a separator
  const count = kernel.scan(len, out, width, from)
  if (count < 0) return { stops: new Int32Array(0), count: 0, records: -1 }
  return { stops: new Int32Array(memory.buffer, out, count), count, records: kernel.records.value }
}
