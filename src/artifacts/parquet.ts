import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { parquetMetadata, parquetRead, parquetSchema } from 'hyparquet'
import type { FileMetaData } from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { GateError } from '../core/errors.js'

/** Decoded Parquet columns, one plain value per row (number, bigint, boolean, string, null, …). */
export interface DecodedParquet {
  rows: number
  /** Top-level column names in file order. */
  names: string[]
  columns: Record<string, ArrayLike<unknown>>
}

/**
 * The one place that decodes Parquet (hyparquet + hyparquet-compressors for zstd, gzip, brotli, lz4),
 * so a faster decoder can replace it. Reads only `columns` (all top-level columns when omitted).
 * A missing column, a nested column or a truncated/corrupt file is a GateError on `where`.
 */
export async function decodeParquet(bytes: Uint8Array, where: string, columns?: string[]): Promise<DecodedParquet> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  let metadata: FileMetaData
  try {
    metadata = parquetMetadata(file)
  } catch (e) {
    throw new GateError(where, `not a readable Parquet file (${reason(e)})`)
  }
  try {
    return await decode(file, metadata, where, columns)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(where, `corrupt Parquet data (${reason(e)})`)
  }
}

async function decode(file: ArrayBuffer, metadata: FileMetaData, where: string, wanted?: string[]): Promise<DecodedParquet> {
  const numRows = Number(metadata.num_rows)
  if (!Number.isSafeInteger(numRows) || numRows < 0) throw new GateError(where, `corrupt Parquet footer (num_rows ${metadata.num_rows})`)
  const top = parquetSchema(metadata).children
  const names = top.map((c) => c.element.name)
  const columns = wanted ?? names
  for (const name of columns) {
    const node = top.find((c) => c.element.name === name)
    if (!node) throw new GateError(where, `column "${name}" is missing (the file has: ${names.join(', ')})`)
    if (node.children.length > 0 || node.element.repetition_type === 'REPEATED') {
      throw new GateError(where, `column "${name}" is nested or repeated; only flat columns are supported`)
    }
  }
  const columnsRead = columns.length > 0 && numRows > 0 ? await readColumnsGuarded(file, columns, numRows, where) : emptyColumns(columns)
  return { rows: numRows, names, columns: columnsRead }
}

const emptyColumns = (columns: string[]): Record<string, unknown[]> => Object.fromEntries(columns.map((c) => [c, []]))

/**
 * Decodes the column data in a worker thread with a deadline and a heap limit: a corrupt page can
 * make hyparquet loop or allocate without bound (e.g. an RLE run whose count exceeds the page), and
 * neither may hang or crash the gate. Where the worker cannot be started (hyparquet not resolvable,
 * as in a single-file bundle) the same code runs in-process.
 */
async function readColumnsGuarded(file: ArrayBuffer, columns: string[], numRows: number, where: string): Promise<Record<string, unknown[]>> {
  const modules = workerModules()
  if (!modules) return readColumns(file, columns, numRows, where, { parquetRead, compressors })
  const megabytes = file.byteLength / 1e6
  const deadlineMs = parquetDecodeLimits.baseMs + parquetDecodeLimits.perMegabyteMs * megabytes
  return new Promise((resolvePromise, rejectPromise) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, columns, numRows, ...modules },
      transferList: [file],
      resourceLimits: { maxOldGenerationSizeMb: Math.max(1024, Math.ceil(64 * megabytes)) }
    })
    let settled = false
    const settle = (f: () => void): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      f()
      void worker.terminate()
    }
    const timer = setTimeout(
      () => settle(() => rejectPromise(new GateError(where, `corrupt Parquet data (decoding did not finish within ${Math.round(deadlineMs / 1000)} s)`))),
      deadlineMs
    )
    worker.on('message', (m: { columns?: Record<string, unknown[]>; error?: string; gate?: boolean }) =>
      settle(() => {
        if (m.columns) resolvePromise(m.columns)
        else rejectPromise(new GateError(where, m.gate ? (m.error as string) : `corrupt Parquet data (${m.error})`))
      })
    )
    worker.on('error', (e) => settle(() => rejectPromise(new GateError(where, `corrupt Parquet data (${reason(e)})`))))
    worker.on('exit', (code) => settle(() => rejectPromise(new GateError(where, `corrupt Parquet data (decoder exited with code ${code})`))))
  })
}

/** How long the decoder may take per file before the file is declared corrupt (tests shorten it). */
export const parquetDecodeLimits = { baseMs: 20_000, perMegabyteMs: 2_000 }

let resolvedModules: { hyparquetUrl: string; compressorsUrl: string } | null | undefined

function workerModules(): { hyparquetUrl: string; compressorsUrl: string } | null {
  if (resolvedModules !== undefined) return resolvedModules
  try {
    const require = createRequire(import.meta.url)
    resolvedModules = {
      hyparquetUrl: pathToFileURL(require.resolve('hyparquet')).href,
      compressorsUrl: pathToFileURL(require.resolve('hyparquet-compressors')).href
    }
  } catch {
    resolvedModules = null
  }
  return resolvedModules
}

type Decoders = { parquetRead: typeof parquetRead; compressors: typeof compressors }

/** Reads whole columns into plain arrays, checking every chunk against the footer's row count. */
async function readColumns(file: ArrayBuffer, columns: string[], numRows: number, where: string, d: Decoders): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {}
  const filled: Record<string, number> = {}
  for (const name of columns) {
    out[name] = new Array(numRows)
    filled[name] = 0
  }
  await d.parquetRead({
    file,
    columns,
    compressors: d.compressors,
    onChunk: (chunk) => {
      const target = out[chunk.columnName]
      const data = chunk.columnData
      if (!target || chunk.rowStart < 0 || chunk.rowEnd > numRows || chunk.rowEnd - chunk.rowStart !== data.length) {
        throw new GateError(where, `corrupt Parquet data (column chunk ${chunk.columnName} does not match the footer)`)
      }
      for (let k = 0; k < data.length; k++) target[chunk.rowStart + k] = data[k]
      filled[chunk.columnName] += data.length
    }
  })
  for (const name of columns) {
    if (filled[name] !== numRows) {
      throw new GateError(where, `corrupt Parquet data (column ${name} has ${filled[name]} values, the footer says ${numRows} rows)`)
    }
  }
  return out
}

/** The worker: the same steps as readColumns, in plain JavaScript, reporting back one message. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { file, columns, numRows, hyparquetUrl, compressorsUrl } = workerData
;(async () => {
  const { parquetRead } = await import(hyparquetUrl)
  const { compressors } = await import(compressorsUrl)
  const out = {}
  const filled = {}
  for (const name of columns) { out[name] = new Array(numRows); filled[name] = 0 }
  let mismatch
  await parquetRead({
    file, columns, compressors,
    onChunk: (chunk) => {
      const target = out[chunk.columnName]
      const data = chunk.columnData
      if (!target || chunk.rowStart < 0 || chunk.rowEnd > numRows || chunk.rowEnd - chunk.rowStart !== data.length) {
        mismatch = 'corrupt Parquet data (column chunk ' + chunk.columnName + ' does not match the footer)'
        throw new Error(mismatch)
      }
      for (let k = 0; k < data.length; k++) target[chunk.rowStart + k] = data[k]
      filled[chunk.columnName] += data.length
    }
  }).catch((e) => { throw mismatch ? Object.assign(new Error(mismatch), { gate: true }) : e })
  for (const name of columns) {
    if (filled[name] !== numRows) {
      throw Object.assign(new Error('corrupt Parquet data (column ' + name + ' has ' + filled[name] + ' values, the footer says ' + numRows + ' rows)'), { gate: true })
    }
  }
  parentPort.postMessage({ columns: out })
})().catch((e) => parentPort.postMessage({ error: String(e && e.message || e).replace(/\\s+/g, ' ').slice(0, 160), gate: Boolean(e && e.gate) }))
`

function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e)
  const flat = message.replace(/\s+/g, ' ').trim()
  return flat.length > 160 ? flat.slice(0, 160) + '…' : flat
}
