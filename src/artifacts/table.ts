/**
 * The in-memory shape every reader produces: one typed array per needed column.
 * int and float columns are Float64Array (integers are exact up to 2^53; larger ones are refused by
 * the readers rather than rounded). `nulls[i] === 1` marks a null row; absent when the column has none.
 */
export type NumericColumn = { type: 'int' | 'float'; values: Float64Array; nulls?: Uint8Array }
export type BoolColumn = { type: 'bool'; values: Uint8Array; nulls?: Uint8Array }
/** UTF-8 bytes of n strings: string i is data[offsets[i] .. offsets[i+1]). */
export interface StringBytes {
  data: Uint8Array
  offsets: Uint32Array
  /** Set by a reader that saw all n strings in non-decreasing byte order: how many distinct ones. */
  sortedDistinct?: number
}
/**
 * A low-cardinality string column as dictionary codes: row i holds strings[codes[i]] (any code on a
 * null row). The strings are distinct, so two rows are equal exactly when their codes are.
 */
export interface StringCodes {
  codes: Int32Array
  strings: string[]
}
/**
 * `values` is always there for consumers that compare strings (filters); readers may also attach the
 * `bytes` and, for dictionary-encoded data, the `dictionary` (then `values` and `bytes` are built lazily
 * on first use), which kernels such as filters and duplicate counting prefer.
 */
export type StringColumn = {
  type: 'string'
  values: string[]
  nulls?: Uint8Array
  bytes?: StringBytes
  dictionary?: StringCodes
  /** The bytes in the parts they were read in (a table of parts), when kept so: `bytes` is then joined on first use. */
  byteParts?: StringBytes[]
}
export type Column = NumericColumn | BoolColumn | StringColumn

/**
 * True when a view's rows are in shared memory (another thread may read them in place). Not by
 * instanceof: a buffer that came from a worker belongs to the main realm, which is not every caller's.
 */
export function inSharedMemory(view: ArrayBufferView): boolean {
  return Object.prototype.toString.call(view.buffer) === '[object SharedArrayBuffer]'
}

export type TypedKind<T extends ArrayBufferView> = { new (n: number): T; new (buffer: ArrayBufferLike): T; readonly BYTES_PER_ELEMENT: number }

/** n zeros, in shared memory when `shared` (another thread may then read them without a copy). */
export function allocate<T extends ArrayBufferView>(Kind: TypedKind<T>, n: number, shared: boolean): T {
  return shared ? new Kind(new SharedArrayBuffer(n * Kind.BYTES_PER_ELEMENT)) : new Kind(n)
}

export interface Table {
  /** Table name from the policy (or the file name when read without a policy). */
  name: string
  rows: number
  columns: Record<string, Column>
  /** Files read, relative to the run folder, in read order. */
  files: string[]
}

/** The manifest.json every run folder carries. */
export interface Manifest {
  segment: string
  seed: number
  parameter_hash: string
  manifest_fingerprint: string
  run_id: string
}
