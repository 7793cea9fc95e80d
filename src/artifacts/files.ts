import { readFile } from 'node:fs/promises'
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { GateError } from '../core/errors.js'
import { displayPath, isHidden, realRunDir, resolveInRun, runRelative } from './paths.js'

export type Format = 'parquet' | 'csv' | 'jsonl'

const EXTENSIONS: Record<string, Format> = { '.parquet': 'parquet', '.csv': 'csv', '.jsonl': 'jsonl', '.ndjson': 'jsonl' }

/** The format a file name's extension stands for (case-insensitive), if any. */
export function formatOfName(fileName: string): Format | undefined {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? EXTENSIONS[fileName.slice(dot).toLowerCase()] : undefined
}

/** The file name without its table extension. */
export function stripExtension(fileName: string): string {
  return formatOfName(fileName) ? fileName.slice(0, fileName.lastIndexOf('.')) : fileName
}

export interface TableFiles {
  format: Format
  /** Absolute paths of the files to read, in read order. */
  files: string[]
  /** The same files relative to the run folder, '/'-separated. */
  relFiles: string[]
  /** Absolute path of the table (file or folder). */
  path: string
}

/**
 * Locates the files of a table: `relPath` is a file, or a folder whose visible files with a table
 * extension are its parts, in sorted file-name order. Every file passes the run-folder safety rules.
 * The format is `format` when given, else the extension; a folder mixing formats is an error.
 */
export function tableFiles(runDir: string, relPath: string, tableName: string, format?: Format): TableFiles {
  const root = realRunDir(runDir)
  const path = resolveInRun(runDir, relPath)
  const where = displayPath(path)
  let isDir: boolean
  try {
    const stats = statSync(path)
    if (!stats.isFile() && !stats.isDirectory()) throw new GateError(where, `table ${tableName} is neither a file nor a folder`)
    isDir = stats.isDirectory()
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(where, `table ${tableName} not found`)
  }
  if (!isDir) {
    const fmt = format ?? formatOfName(path)
    if (!fmt) throw new GateError(where, `cannot tell the format of table ${tableName} from its extension; set format (parquet, csv or jsonl)`)
    return { format: fmt, files: [path], relFiles: [runRelative(root, path)], path }
  }
  const parts: string[] = []
  const formats = new Set<Format>()
  for (const entry of readdirSync(path).sort()) {
    if (isHidden(entry)) continue
    const partRel = `${relPath.replace(/[\\/]+$/, '')}/${entry}`
    const partPath = resolveInRun(runDir, partRel)
    const stats = statSync(partPath)
    const fmt = formatOfName(entry)
    if (stats.isDirectory()) {
      throw new GateError(displayPath(partPath), `table ${tableName}: nested folders of parts are not supported`)
    }
    if (!stats.isFile() || !fmt || (format && fmt !== format)) continue
    formats.add(fmt)
    parts.push(partPath)
  }
  if (formats.size > 1) throw new GateError(where, `table ${tableName} mixes part formats (${[...formats].sort().join(', ')})`)
  const fmt = format ?? [...formats][0]
  if (parts.length === 0 || !fmt) {
    throw new GateError(where, `table ${tableName} has no ${format ?? 'parquet, csv or jsonl'} part files`)
  }
  return { format: fmt, files: parts, relFiles: parts.map((p) => runRelative(root, p)), path }
}

export async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path)
  } catch (e) {
    throw new GateError(displayPath(path), `cannot read: ${(e as Error).message}`)
  }
}

/** `use` of the open file and its size; a failure other than a GateError named as readBytes names it. */
function withOpenFile<T>(path: string, use: (fd: number, size: number) => T): T {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    return use(fd, fstatSync(fd).size)
  } catch (e) {
    if (e instanceof GateError) throw e
    throw new GateError(displayPath(path), `cannot read: ${(e as Error).message}`)
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** `bytes` filled from the file's bytes at `position` on. */
function readFully(fd: number, bytes: Uint8Array, position: number, path: string): void {
  for (let at = 0; at < bytes.length; ) {
    const n = readSync(fd, bytes, at, bytes.length - at, position + at)
    if (n === 0) throw new GateError(displayPath(path), 'file shrank while being read')
    at += n
  }
}

/**
 * A whole file read into the array `room(size)` gives (at least `size` bytes long); returns its first
 * `size` bytes. Errors as readBytes names them.
 */
export function readWhole(path: string, room: (size: number) => Uint8Array): Uint8Array {
  return withOpenFile(path, (fd, size) => {
    const bytes = room(size).subarray(0, size)
    readFully(fd, bytes, 0, path)
    return bytes
  })
}

/** The first `limit` bytes of a file (all of it when shorter). Errors as readBytes names them. */
export function readHead(path: string, limit: number): Uint8Array {
  return withOpenFile(path, (fd, size) => {
    const bytes = new Uint8Array(Math.min(size, limit))
    readFully(fd, bytes, 0, path)
    return bytes
  })
}

/**
 * The byte ranges [from, to) of a file and its last `tail` bytes, each at its place in an array of the
 * file's size; the rest stays zeros, never written, so it takes no memory. A worker decoding some row
 * groups of a large Parquet file reads just those and the footer, alongside the other workers. Errors
 * as readBytes names them; a range past the end reads as a file that shrank.
 */
export function readRanges(path: string, ranges: [number, number][], tail: number): Uint8Array {
  return withOpenFile(path, (fd, size) => {
    const bytes = new Uint8Array(size)
    for (const [from, to] of [...ranges, [size - tail, size]]) {
      if (!(from >= 0 && from <= to && to <= size)) throw new GateError(displayPath(path), 'file shrank while being read')
      readFully(fd, bytes.subarray(from, to), from, path)
    }
    return bytes
  })
}

/**
 * Whole files read one after another into one buffer, reused while it is large enough: a fresh buffer
 * per file costs a page fault per 4 KB written (more than the read itself on a 45 MB CSV part). The
 * bytes of a read are the caller's until it gives them back with `done`; a read meanwhile gets a fresh
 * buffer. A buffer transferred to another thread (detached) is not reused.
 */
export class ReusedReads {
  private spare: Uint8Array | undefined

  read(path: string): Uint8Array {
    return readWhole(path, (size) => {
      const spare = this.spare
      if (!spare || spare.length < size) return new Uint8Array(size)
      this.spare = undefined
      return spare
    })
  }

  done(bytes: Uint8Array): void {
    const { buffer } = bytes
    if (buffer instanceof SharedArrayBuffer || buffer.byteLength <= (this.spare?.length ?? 0)) return
    this.spare = new Uint8Array(buffer)
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Strict UTF-8 text (the BOM, if any, is kept for the parsers to skip). */
export function decodeText(bytes: Uint8Array, where: string): string {
  try {
    return utf8.decode(bytes)
  } catch {
    const parquet = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x41 && bytes[2] === 0x52 && bytes[3] === 0x31
    throw new GateError(where, parquet ? 'not valid UTF-8 text: this looks like a Parquet file (starts with PAR1); name it .parquet or set format: parquet' : 'not valid UTF-8 text')
  }
}
