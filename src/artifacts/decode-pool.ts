import { existsSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { GateError } from '../core/errors.js'
import type { Part } from './digest.js'
import type { Format } from './files.js'
import type { ColumnRequest } from './convert.js'
import type { DecodedColumn, DecodedParquet, RowGroups } from './parquet.js'
import type { DecodeTarget } from './parquet-fast.js'
import type { TextFile } from './text-fast.js'
import type { ByteRange } from './csv-bytes.js'
import { displayPath } from './paths.js'
import { StringAccumulator, stringColumnFromBytes, stringColumnFromCodes } from './strings.js'
import { type BoolColumn, type Column, inSharedMemory, type NumericColumn, type StringBytes, type StringCodes, type StringColumn, type Table } from './table.js'
import type { MetricSpec } from '../policy/schema.js'
import type { MetricResult } from '../metrics/result.js'
import type { RunFacts } from '../scoring/metric.js'

/**
 * Worker threads for large tables: the Parquet parts of a table decode on every core, and its outputs
 * digest is hashed on a thread of its own, while the main thread assembles the parts in file order
 * (so every result and every error is the one an in-process read gives). Metrics over columns left in
 * shared memory are then computed by the main thread and one worker together. Workers run the worker
 * bundle dist/worker/index.js (worker-entry.ts), which the entry bundles point to; without it (library
 * use, tests in-process) or with REALISM_GATE_THREADS=1 everything happens on the main thread.
 */

/** Tables smaller than this are read in-process (unless threads are asked for): starting workers costs more than it saves. */
const MIN_POOLED_BYTES = 16 << 20

let script: string | undefined

/** Called by an entry bundle with the path of the worker bundle; ignored when there is no such file. */
export function enableWorkers(workerScript: string): void {
  if (existsSync(workerScript)) script = workerScript
}

/**
 * The number of decoding threads: REALISM_GATE_THREADS when set (1 = everything on the main thread),
 * otherwise the cores available, at most 4 (beyond that the main thread's share is the bottleneck).
 */
export function decodeThreads(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.REALISM_GATE_THREADS
  if (raw === undefined || raw === '') return Math.min(4, availableParallelism())
  if (!/^[1-9]\d{0,2}$/.test(raw)) throw new GateError('REALISM_GATE_THREADS', `must be a positive integer, got ${JSON.stringify(raw)}`)
  return Number(raw)
}

export interface DecodeRequest {
  task: 'decode'
  id: number
  file: string
  where: string
  columns?: string[]
  rest: boolean
  /** Views on shared memory the decoded values go to (see decodeFastColumn). */
  targets: Record<string, DecodeTarget>
  /** Only these row groups; then `span` may be the bytes they lie in (see ByteSpans). */
  groups?: RowGroups
  span?: ByteSpans
}

/** Bytes of a file to read (readRanges): its ranges [from, to) and its last `tail` bytes (a Parquet footer). */
export interface ByteSpans {
  ranges: [number, number][]
  tail: number
}

/** One part of a Parquet table for a worker: a file, or some of its row groups. */
export interface ParquetPart {
  file: string
  groups?: RowGroups
  span?: ByteSpans
  targets?: Record<string, DecodeTarget>
}

/** A CSV or JSONL file through its byte-level reader (textFromBytes); a null reply when the text reader must read it. */
export interface TextRequest {
  task: 'text'
  id: number
  format: Exclude<Format, 'parquet'>
  file: string
  /** A piece of the file: its bytes in shared memory (read once for all its pieces) and the range to read. */
  bytes?: Uint8Array
  body?: ByteRange
  requests: ColumnRequest[]
  all: boolean
  /** CSV: where the numbers and codes of requested columns go while they fit (see CsvReadOptions.targets). */
  targets?: Record<string, Float64Array | Int32Array>
}

/** One part of a CSV or JSONL table for a worker: a file (`index` among the table's files), or piece `piece` of `pieces` of it. */
export interface TextPart {
  file: string
  index: number
  piece?: number
  pieces?: number
  bytes?: Uint8Array
  body?: ByteRange
  /** Its rows of the table-wide shared arrays, for the requested columns of a CSV file read whole (see TextRequest). */
  targets?: Record<string, Float64Array | Int32Array>
}

/** textFromBytes' result as it travels: string columns as their codes and dictionary, or their bytes (StringColumn getters do not clone). */
export interface TextFileMessage extends Omit<TextFile, 'columns'> {
  columns: (Column | { type: 'string'; bytes: StringBytes; nulls?: Uint8Array } | CodedColumn)[]
}

/** One table's outputs digest on the digest thread: parts pushed in file order, then `finish`. */
export type DigestRequest =
  | { task: 'digest-push'; id: number; session: number; format: Format; part: Part; where: string }
  | { task: 'digest-finish'; id: number; session: number }

/**
 * Metrics on a worker while the main thread computes others: `units` are groups of metrics (those over
 * the same columns share their histograms), largest first. The worker claims units from the first, the
 * main thread (after the metrics only it can compute) from the last, so they meet in the middle.
 */
export interface MetricsRequest {
  task: 'metrics'
  id: number
  tables: Record<string, SharedTable>
  units: [string, MetricSpec][][]
  facts: RunFacts
  /** One slot per unit, 0 while unclaimed (see claimUnit). */
  claims: Int32Array
}

/** Claims unit u of a MetricsRequest: true for whichever thread asks first, false for the other. */
export function claimUnit(claims: Int32Array, u: number): boolean {
  return Atomics.compareExchange(claims, u, 0, 1) === 0
}

/** A coded string column as it travels: its codes and its dictionary's bytes. */
type CodedColumn = { type: 'string'; codes: Int32Array; dictionary: StringBytes; nulls?: Uint8Array }

function travellingCodes(c: StringColumn, coded: StringCodes): CodedColumn {
  const dictionary = new StringAccumulator(coded.strings.length)
  for (const text of coded.strings) dictionary.appendText(text)
  return { type: 'string', codes: coded.codes, dictionary: dictionary.finish(), ...(c.nulls ? { nulls: c.nulls } : {}) }
}

/** A column whose rows are in shared memory, as it travels. */
type SharedColumn = NumericColumn | BoolColumn | CodedColumn
export type SharedTable = Omit<Table, 'columns'> & { columns: Record<string, SharedColumn> }

/** The columns of each table whose rows are in shared memory (so a worker reads them without a copy; null masks are copied). */
export function sharedTables(tables: Record<string, Table>): Record<string, SharedTable> {
  const out: Record<string, SharedTable> = {}
  for (const [name, table] of Object.entries(tables)) {
    const columns: Record<string, SharedColumn> = {}
    for (const [column, c] of Object.entries(table.columns)) {
      if (c.type !== 'string') {
        if (inSharedMemory(c.values)) columns[column] = c
      } else if (c.dictionary && inSharedMemory(c.dictionary.codes)) columns[column] = travellingCodes(c, c.dictionary)
    }
    out[name] = { ...table, columns }
  }
  return out
}

/** Tables as they arrive on the worker: coded string columns rebuilt. */
export function tablesFromShared(shared: Record<string, SharedTable>): Record<string, Table> {
  const out: Record<string, Table> = {}
  for (const [name, table] of Object.entries(shared)) {
    const columns: Record<string, Column> = {}
    for (const [column, c] of Object.entries(table.columns)) {
      columns[column] = c.type === 'string' && 'codes' in c ? stringColumnFromCodes(c.codes, c.dictionary, c.nulls) : (c as Column)
    }
    out[name] = { ...table, columns }
  }
  return out
}

export type Reply =
  | { id: number; ok: true; decoded?: DecodedParquet; text?: TextFileMessage | null; digest?: string; results?: Record<string, MetricResult> }
  | { id: number; ok: false; where?: string; cause: string }

/** A failure as a reply: a GateError keeps its place and cause, so the main thread throws the same line. */
export function failureReply(id: number, e: unknown): Reply {
  return e instanceof GateError ? { id, ok: false, where: e.where, cause: e.cause_ } : { id, ok: false, cause: String((e as Error)?.message ?? e) }
}

/** Adds a view's buffer to a transfer list once; shared memory is shared, not transferred. */
function transferOnce(transfer: ArrayBuffer[], a: ArrayBufferView | undefined): void {
  if (a && !inSharedMemory(a) && !transfer.includes(a.buffer as ArrayBuffer)) transfer.push(a.buffer as ArrayBuffer)
}

/**
 * Typed arrays travel by transfer (the sender loses them); a StringAccumulator as its plain fields.
 * Adds the buffers of decoded columns to `transfer` (a new list when not given) and returns it.
 */
export function packColumns(columns: Record<string, DecodedColumn>, transfer: ArrayBuffer[] = []): ArrayBuffer[] {
  const own = (a: ArrayBufferView | undefined): void => transferOnce(transfer, a)
  for (const c of Object.values(columns)) {
    if (c.kind === 'loose') continue
    own(c.nulls)
    if (c.kind === 'string') own(c.numbers)
    if (c.kind === 'number' || c.kind === 'bool') own(c.values)
    else if (c.kind === 'codes') {
      own(c.codes)
      own(c.dictionary.data)
      own(c.dictionary.offsets)
    } else {
      own(c.strings.data)
      own(c.strings.offsets)
    }
  }
  return transfer
}

/** The columns as they arrive: StringAccumulators rebuilt from their plain fields. */
export function unpackColumns(columns: Record<string, DecodedColumn>): Record<string, DecodedColumn> {
  const accumulator = (plain: StringAccumulator): StringAccumulator => StringAccumulator.over(plain.data, plain.offsets, plain.count)
  const out: Record<string, DecodedColumn> = {}
  for (const [name, c] of Object.entries(columns)) {
    out[name] = c.kind === 'codes' ? { ...c, dictionary: accumulator(c.dictionary) } : c.kind === 'string' ? { ...c, strings: accumulator(c.strings) } : c
  }
  return out
}

/** A text file's typed columns and digest part, ready to travel; returns the buffers to transfer. */
export function packText(file: TextFile): { text: TextFileMessage; transfer: ArrayBuffer[] } {
  const transfer = file.part ? packColumns(file.part.columns) : []
  const own = (a: ArrayBufferView | undefined): void => transferOnce(transfer, a)
  const columns = file.columns.map((c) => {
    own(c.nulls)
    if (c.type !== 'string') {
      own(c.values)
      return c
    }
    if (c.dictionary) {
      own(c.dictionary.codes)
      return travellingCodes(c, c.dictionary)
    }
    const bytes = c.bytes as StringBytes
    own(bytes.data)
    own(bytes.offsets)
    return c.nulls ? { type: 'string' as const, bytes, nulls: c.nulls } : { type: 'string' as const, bytes }
  })
  return { text: { ...file, columns }, transfer }
}

/** adoptShared for a CSV file's columns, read into the start of their targets; the same message when none was. */
function adoptTargets(text: TextFileMessage, requests: ColumnRequest[], targets: Record<string, Float64Array | Int32Array>): TextFileMessage {
  const columns = text.columns.map((c, k) => {
    const target = Object.hasOwn(targets, requests[k].name) ? targets[requests[k].name] : undefined
    const at = (view: ArrayBufferView): boolean => target !== undefined && inSharedMemory(view) && view.byteOffset === target.byteOffset
    if ('codes' in c) return target instanceof Int32Array && at(c.codes) ? { ...c, codes: target.subarray(0, c.codes.length) } : c
    if (c.type === 'int' || c.type === 'float') return target instanceof Float64Array && at(c.values) ? { ...c, values: target.subarray(0, c.values.length) } : c
    return c
  })
  return columns.every((c, k) => c === text.columns[k]) ? text : { ...text, columns }
}

/**
 * A shared array that travelled between threads arrives as another SharedArrayBuffer object over the
 * same memory: the decoded columns get this thread's own views back, so the assemblers see them in place.
 */
function adoptShared(decoded: DecodedParquet, part: Record<string, DecodeTarget>): DecodedParquet {
  for (const [name, view] of Object.entries(part)) {
    const c = decoded.columns[name]
    // (A string target is SHARED_STRINGS: byte strings in shared memory of their own, nothing to adopt.)
    if (!c || c.kind === 'loose' || c.kind === 'string' || typeof view === 'string') continue
    const values = c.kind === 'codes' ? c.codes : c.values
    if (!inSharedMemory(values) || values.length !== view.length) continue
    if (c.kind === 'codes' && view instanceof Int32Array) decoded.columns[name] = { ...c, codes: view }
    else if (c.kind === 'number' && view instanceof Float64Array) decoded.columns[name] = { ...c, values: view }
    else if (c.kind === 'bool' && view instanceof Uint8Array) decoded.columns[name] = { ...c, values: view }
  }
  return decoded
}

function unpackText(text: TextFileMessage): TextFile {
  const columns = text.columns.map((c) => {
    if (c.type !== 'string') return c
    return 'codes' in c ? stringColumnFromCodes(c.codes, c.dictionary, c.nulls) : stringColumnFromBytes(c.bytes as StringBytes, c.nulls)
  })
  return { ...text, columns, part: text.part && { ...text.part, columns: unpackColumns(text.part.columns) } }
}

interface Task {
  worker: Worker
  resolve: (reply: Extract<Reply, { ok: true }>) => void
  reject: (e: unknown) => void
}

/** Decode workers plus one digest worker, started on first use; idle workers do not keep the process alive. */
class ThreadPool {
  private readonly decoders: Worker[] = []
  private digester: Worker | undefined
  private readonly busy = new Map<Worker, number>()
  private readonly pending = new Map<number, Task>()
  private nextId = 0
  private nextSession = 0
  private failure: Error | undefined
  /** What the threads did, for --debug. */
  readonly use = { decoded: 0, text: 0, textInPlace: 0, digested: 0, sharedMetrics: 0, workerMetrics: 0 }

  constructor(private readonly file: string, readonly threads: number) {}

  /**
   * Decode, text and metrics requests wait here until a decode worker is idle: the next goes to whichever
   * worker frees first (a part assigned ahead to a busy worker would leave the other one waiting).
   */
  private readonly queue: { id: number; message: DecodeRequest | TextRequest | MetricsRequest; resolve: Task['resolve']; reject: Task['reject'] }[] = []

  private queued(id: number, message: DecodeRequest | TextRequest | MetricsRequest): Promise<Extract<Reply, { ok: true }>> {
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ id, message, resolve, reject })
      this.pump()
    })
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (this.failure) {
        for (const waiting of this.queue.splice(0)) waiting.reject(this.failure)
        return
      }
      let idle = this.decoders.find((w) => (this.busy.get(w) ?? 0) === 0)
      if (!idle && this.decoders.length < this.threads) this.decoders.push((idle = this.start()))
      if (!idle) return
      const { id, message, resolve, reject } = this.queue.shift() as (typeof this.queue)[number]
      this.ask(idle, id, message, []).then(resolve, reject)
    }
  }

  decode(part: ParquetPart, columns: string[] | undefined, rest: boolean): Promise<DecodedParquet> {
    const id = this.nextId++
    const { file, groups, span, targets = {} } = part
    const request: DecodeRequest = { task: 'decode', id, file, where: displayPath(file), columns, rest, targets, groups, span }
    return this.queued(id, request).then((r) => {
      this.use.decoded++
      const decoded = r.decoded as DecodedParquet
      return adoptShared({ ...decoded, columns: unpackColumns(decoded.columns) }, targets)
    })
  }

  /** textFromBytes on a worker; undefined when the file must be read the text way (on the main thread). */
  text(format: TextRequest['format'], part: TextPart, requests: ColumnRequest[], all: boolean): Promise<TextFile | undefined> {
    const id = this.nextId++
    const { file, bytes, body, targets } = part
    return this.queued(id, { task: 'text', id, format, file, bytes, body, requests, all, targets } satisfies TextRequest).then((r) => {
      this.use.text++
      if (!r.text) return undefined
      const adopted = targets ? adoptTargets(r.text, requests, targets) : r.text
      if (adopted !== r.text) this.use.textInPlace++
      return unpackText(adopted)
    })
  }

  /** The units of `request` a decode worker claims (see MetricsRequest). */
  metrics(request: Omit<MetricsRequest, 'task' | 'id'>): Promise<Record<string, MetricResult>> {
    const id = this.nextId++
    this.use.sharedMetrics += request.units.reduce((n, unit) => n + unit.length, 0)
    return this.queued(id, { task: 'metrics', id, ...request }).then((r) => {
      const results = r.results ?? {}
      this.use.workerMetrics += Object.keys(results).length
      return results
    })
  }

  /** A table digest on the digest thread. Pushed parts are transferred: the caller must not use them again. */
  remoteDigest(format: Format): { push(part: Part, where: string): Promise<void>; finish(): Promise<string> } {
    this.digester ??= this.start()
    const worker = this.digester
    const session = this.nextSession++
    return {
      // Settles once the part is hashed (a failure is kept for finish), so the reader can stay a part ahead, no more.
      push: (part, where) => {
        const id = this.nextId++
        return this.ask(worker, id, { task: 'digest-push', id, session, format, part, where } satisfies DigestRequest, packColumns(part.columns)).then(() => undefined)
      },
      finish: () => {
        const id = this.nextId++
        return this.ask(worker, id, { task: 'digest-finish', id, session } satisfies DigestRequest, []).then((r) => {
          this.use.digested++
          return r.digest as string
        })
      }
    }
  }

  private ask(worker: Worker, id: number, message: DecodeRequest | TextRequest | DigestRequest | MetricsRequest, transfer: ArrayBuffer[]): Promise<Extract<Reply, { ok: true }>> {
    if (this.failure) return Promise.reject(this.failure)
    const busy = this.busy.get(worker) ?? 0
    if (busy === 0) worker.ref()
    this.busy.set(worker, busy + 1)
    return new Promise((resolve, reject) => {
      this.pending.set(id, { worker, resolve, reject })
      worker.postMessage(message, transfer)
    })
  }

  private start(): Worker {
    const worker = new Worker(this.file)
    worker.on('message', (reply: Reply) => {
      const task = this.pending.get(reply.id)
      if (!task) return
      this.pending.delete(reply.id)
      const busy = (this.busy.get(worker) ?? 1) - 1
      this.busy.set(worker, busy)
      if (busy === 0) worker.unref()
      if (reply.ok) task.resolve(reply)
      else task.reject(reply.where === undefined ? new Error(reply.cause) : new GateError(reply.where, reply.cause))
      this.pump()
    })
    // A worker that dies fails its tasks and every later request (closed), never leaves one hanging.
    const fail = (e: unknown): void => {
      this.failure ??= new Error(`worker thread stopped: ${(e as Error)?.message ?? e}`)
      for (const [id, task] of this.pending) {
        if (task.worker !== worker) continue
        this.pending.delete(id)
        task.reject(this.failure)
      }
      this.pump()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`exit code ${code}`)))
    worker.unref()
    return worker
  }
}

let pool: ThreadPool | undefined

/** The thread pool, or undefined when everything stays on the main thread. */
export function threadPool(): ThreadPool | undefined {
  if (script === undefined) return undefined
  const threads = decodeThreads()
  if (threads < 2) return undefined
  pool ??= new ThreadPool(script, threads)
  return pool
}

/** One line on what the worker threads did (for --debug). */
export function threadUse(): string {
  if (!pool) return `worker threads: none used (${script === undefined ? 'no worker bundle' : 'REALISM_GATE_THREADS=1, or no table large enough'})`
  const { decoded, text, textInPlace, digested, sharedMetrics, workerMetrics } = pool.use
  return `worker threads: ${pool.threads} decoding; ${decoded} Parquet and ${text} CSV or JSONL parts read (${textInPlace} CSV files into the table's arrays) and ${digested} table digests hashed off the main thread; ${sharedMetrics} metrics over shared columns, ${workerMetrics} of them computed on a worker`
}

/**
 * True when a table of these files is worth the threads (a large file is cut into row groups or pieces
 * of records): MIN_POOLED_BYTES in all, or any file when REALISM_GATE_THREADS asks for threads.
 */
export function worthThreads(files: string[]): boolean {
  if (files.length === 0 || !threadPool()) return false
  if (process.env.REALISM_GATE_THREADS) return true
  let bytes = 0
  try {
    for (const f of files) bytes += statSync(f).size
  } catch {
    return false // the in-process read names the unreadable file
  }
  return bytes >= MIN_POOLED_BYTES
}

/**
 * Parts read on the pool ahead of their use: get(i) (asked for i = 0, 1, … in order) returns part
 * i's result while the next few are under way.
 */
function ahead<T>(count: number, read: (pool: ThreadPool, i: number) => Promise<T>): (i: number) => Promise<T> {
  const pool = threadPool() as ThreadPool
  const started: (Promise<T> | undefined)[] = []
  return (i) => {
    while (started.length < Math.min(count, i + 1 + pool.threads)) {
      const result = read(pool, started.length)
      result.catch(() => undefined) // a rejection is seen when the part's turn comes
      started.push(result)
    }
    const result = started[i] as Promise<T>
    started[i] = undefined
    return result
  }
}

/** Parquet parts decoded ahead on the pool (see ahead); part(i) is asked when part i is sent. The caller checks worthThreads first. */
export function decodeAhead(count: number, part: (i: number) => ParquetPart, columns: string[] | undefined, rest: boolean): (i: number) => Promise<DecodedParquet> {
  return ahead(count, (pool, i) => pool.decode(part(i), columns, rest))
}

/** CSV or JSONL parts through their byte-level reader ahead on the pool (see ahead); part(i) is asked when part i is sent; undefined results are declined pieces. The caller checks worthThreads first. */
export function textAhead(format: TextRequest['format'], count: number, part: (i: number) => TextPart, requests: ColumnRequest[], all: boolean): (i: number) => Promise<TextFile | undefined> {
  return ahead(count, (pool, i) => pool.text(format, part(i), requests, all))
}
