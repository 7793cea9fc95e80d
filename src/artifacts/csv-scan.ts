/**
 * The WebAssembly SIMD kernels of regular CSV blocks (csv-bytes.ts readRecords; source csv-scan.wat):
 * the separators, found 16 bytes at a time (outside quoted fields, whose quotes it checks), then per
 * column its numbers, codes or fields' bytes, read from the kernel's copy of the block. About three
 * times faster than the JavaScript loops of csv-bytes.ts, which stay for irregular records (CRs outside
 * quotes, misplaced quotes, ragged rows) and for the fields the kernels leave.
 */
import { CSV_SCAN_WASM } from './csv-scan-wasm.js'

/** As csv-bytes.ts separators returns them: `records` is -1 when the block is not regular. */
export interface BlockSeparators {
  stops: Int32Array
  count: number
  records: number
  /** The kernels that can read this block's columns (until the next block is scanned on this thread). */
  kernel?: BlockKernel
}

// The little of WebAssembly used here (the ES2022 and Node typings do not declare it).
declare const WebAssembly: { Module: new (bytes: Uint8Array) => object; Instance: new (module: object) => { exports: object } }

interface Kernel {
  memory: { buffer: ArrayBuffer; grow(pages: number): number }
  records: { value: number }
  noted: { value: number }
  scan: (block: number, len: number, out: number, width: number, base: number) => number
  numbers: (block: number, k: number, width: number, row: number, rows: number, count: number, len: number, base: number, stops: number, dst: number) => number
  fields: (block: number, k: number, width: number, rows: number, count: number, len: number, base: number, stops: number, dst: number, ends: number, at: number) => number
  codes: (block: number, k: number, width: number, row: number, rows: number, count: number, len: number, base: number, stops: number, dst: number, table: number) => number
  learn: (table: number, at: number, length: number, code: number) => void
}

const PAGE = 65536
/** Memory [0, 184): 10^0 … 10^22, which `numbers` divides by. */
const POWERS = Array.from({ length: 23 }, (_, k) => 10 ** k)
/** The code tables (see `codes`): 4096 slots of 16 bytes each, filled at most half. */
const TABLES = 256
const TABLE_BYTES = 4096 * 16
const TABLE_COUNT = 8
/** Strings a code table holds at most, and their longest length. */
export const TABLE_STRINGS = 2048
export const TABLE_STRING_BYTES = 8
const BLOCK = TABLES + TABLE_COUNT * TABLE_BYTES
/** One per thread, compiled on first use. */
let kernel: Kernel | undefined
/** Code tables handed out since the last freeCodeTables. */
let tablesInUse = 0

function instance(): Kernel {
  if (!kernel) {
    kernel = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, 'base64'))).exports as Kernel
    kernel.memory.grow(Math.ceil(BLOCK / PAGE))
    new Float64Array(kernel.memory.buffer, 0, POWERS.length).set(POWERS)
  }
  return kernel
}

/**
 * An empty code table for one coded column of the records being read (see BlockKernel.codes), or -1
 * when all are in use. Tables hold the codes of one reading: freeCodeTables before the next.
 */
export function newCodeTable(): number {
  if (tablesInUse === TABLE_COUNT) return -1
  const table = TABLES + tablesInUse++ * TABLE_BYTES
  new Uint8Array(instance().memory.buffer, table, TABLE_BYTES).fill(0)
  return table
}

export function freeCodeTables(): void {
  tablesInUse = 0
}

/** The columns of the block last scanned on this thread, read by the kernels. */
export class BlockKernel {
  constructor(
    private readonly kernel: Kernel,
    private readonly len: number,
    private readonly base: number,
    private readonly width: number,
    private readonly count: number,
    private readonly records: number,
    /** Where the stops, the numbers, the fields' bytes and their ends are in the kernel's memory. */
    private readonly layout: { stops: number; numbers: number; bytes: number; ends: number }
  ) {}

  /**
   * The numbers of field k of records row, row + 1, … into values[at + record], each Number() of its
   * text; returns the first record it leaves (see csv-scan.wat `numbers`), records when none, and
   * whether a number read is not an integer within ±(2^53 − 1).
   */
  numbers(k: number, row: number, values: Float64Array, at: number): { next: number; notWhole: boolean } {
    const { kernel, layout } = this
    const next = kernel.numbers(BLOCK, k, this.width, row, this.records, this.count, this.len, this.base, layout.stops, layout.numbers)
    if (next > row) values.set(new Float64Array(kernel.memory.buffer, layout.numbers + row * 8, next - row), at + row)
    return { next, notWhole: kernel.noted.value !== 0 }
  }

  /**
   * The codes of field k of records row, row + 1, … into codes[at + record] from a code table; returns
   * the first record it leaves (empty, longer than TABLE_STRING_BYTES, with a doubled quote, or not in
   * the table), records when none.
   */
  codes(k: number, row: number, codes: Int32Array, at: number, table: number): number {
    const { kernel, layout } = this
    const next = kernel.codes(BLOCK, k, this.width, row, this.records, this.count, this.len, this.base, layout.stops, layout.numbers, table)
    if (next > row) codes.set(new Int32Array(kernel.memory.buffer, layout.numbers + row * 4, next - row), at + row)
    return next
  }

  /** The field in [start, end) of the block (1 to TABLE_STRING_BYTES bytes) has `code` from now on in `table`. */
  learn(table: number, start: number, end: number, code: number): void {
    this.kernel.learn(table, BLOCK + start - this.base, end - start, code)
  }

  /**
   * The bytes of field k of every record, one after another, and their ends counted from `at`
   * (to append to strings whose bytes end at `at`), and the number of empty fields. Views of the
   * kernel's memory, valid until the next call on this thread.
   */
  fields(k: number, at: number): { bytes: Uint8Array; ends: Uint32Array; empty: number } {
    const { kernel, layout } = this
    const written = kernel.fields(BLOCK, k, this.width, this.records, this.count, this.len, this.base, layout.stops, layout.bytes, layout.ends, at)
    return {
      bytes: new Uint8Array(kernel.memory.buffer, layout.bytes, written),
      ends: new Uint32Array(kernel.memory.buffer, layout.ends, this.records),
      empty: kernel.noted.value
    }
  }
}

/**
 * The comma and line feed positions in [from, to) of `bytes` and the block's record count; records -1
 * when the block is not regular (see csv-scan.wat). `stops` is a view of the kernel's memory and
 * `kernel` reads the block's columns, both valid until the next call on this thread. Undefined when
 * the kernel's memory cannot grow to the block.
 */
export function regularSeparators(bytes: Uint8Array, from: number, to: number, width: number): BlockSeparators | undefined {
  const kernel = instance()
  const len = to - from
  // The block, padded to a multiple of 16 bytes, then room for a stop per byte; a number per record
  // (at most one per byte, and one more); the fields' bytes of one column, with 16 bytes of room to
  // copy past them; their ends.
  const padded = (len + 15) & ~15
  const stops = BLOCK + padded
  const numbers = stops + padded * 4
  const fieldBytes = numbers + (padded + 16) * 8
  const ends = fieldBytes + padded + 32
  const need = ends + (padded + 16) * 4
  const { memory } = kernel
  if (memory.buffer.byteLength < need) {
    try {
      memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE))
    } catch {
      return undefined // past WebAssembly's 4 GiB: the JavaScript scan takes the block
    }
  }
  const block = new Uint8Array(memory.buffer, BLOCK, padded)
  block.set(bytes.subarray(from, to))
  block.fill(0x41, len) // 'A', not a separator
  const count = kernel.scan(BLOCK, len, stops, width, from)
  if (count < 0) return { stops: new Int32Array(0), count: 0, records: -1 }
  const records = kernel.records.value
  return {
    stops: new Int32Array(memory.buffer, stops, count),
    count,
    records,
    kernel: new BlockKernel(kernel, len, from, width, count, records, { stops, numbers, bytes: fieldBytes, ends })
  }
}
