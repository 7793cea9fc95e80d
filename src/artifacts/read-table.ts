import { GateError } from '../core/errors.js'
import type { ColumnType, TableSpec } from '../policy/schema.js'
import { ColumnAssembler, ColumnBuilder, columnFromDecoded, columnLength } from './convert.js'
import type { ColumnRequest, TableArray } from './convert.js'
import { readCsv } from './csv.js'
import { CsvPart, JsonlPart } from './digest.js'
import type { Part } from './digest.js'
import { decodeText, readBytes, readHead, readWhole, tableFiles } from './files.js'
import type { TableFiles } from './files.js'
import { readJsonl } from './jsonl.js'
import { type TextFile, textFromBytes, textPieces } from './text-fast.js'
import type { ByteRange } from './csv-bytes.js'
import { statSync } from 'node:fs'
import { decodeAhead, packColumns, textAhead, threadPool, worthThreads } from './decode-pool.js'
import { StringAccumulator } from './strings.js'
import type { ParquetPart, TextPart } from './decode-pool.js'
import type { FileMetaData } from 'hyparquet'
import { decodeParquet, parquetFooter } from './parquet.js'
import type { DecodedParquet } from './parquet.js'
import { chunkSpan, SHARED_STRINGS, storedAsCodes } from './parquet-fast.js'
import { displayPath } from './paths.js'
import type { Column, Table } from './table.js'

type ColumnSpecValue = TableSpec['columns'][string]

/** `int` or `{ type: int, nullable: true }` → one shape; nullable defaults to false. */
export function columnRequest(name: string, spec: ColumnSpecValue): ColumnRequest {
  if (typeof spec === 'string') return { name, type: spec as ColumnType, nullable: false }
  return { name, type: spec.type, nullable: spec.nullable ?? false }
}

/** Reads only `columns` (a subset of spec.columns) of table `name` of the run folder into typed arrays. */
export async function readTable(runDir: string, name: string, spec: TableSpec, columns: string[]): Promise<Table> {
  return readTableShared(runDir, name, spec, columns, () => undefined)
}

/**
 * A table's outputs digest fed from the same decoded files as its typed columns. `failed` turns true
 * on the first problem the digest has (a type shift between parts, parts with other columns, a column
 * the typed read does not need that cannot be decoded): the digest of that table is then computed on
 * its own path, which reports the problem exactly as outputsDigest does.
 */
export interface DigestFeed {
  /** A TableDigest, or one on the digest thread (`remote`): its pushes settle once the part is hashed. */
  digest: { push(part: Part, where: string): void | Promise<void>; finish(): string | Promise<string> }
  /** The digest is on another thread: its pushes take the parts' buffers away. */
  remote: boolean
  failed: boolean
  /** How much a remote digest may hold of parts pushed and not yet hashed, in bytes of their own (default DIGEST_BACKLOG_BYTES). */
  backlogBytes?: number
}

/**
 * readTable, optionally feeding the digest of the same files. `feedFor` is asked once the table's files
 * are located; when it answers, every file is decoded in full (all columns) and streamed into the
 * digest too. The typed result and every error of the typed read are the same either way: requested
 * columns are decoded and checked first, and a problem only the digest has is left to the digest.
 */
export async function readTableShared(
  runDir: string,
  name: string,
  spec: TableSpec,
  columns: string[],
  feedFor: (located: TableFiles) => DigestFeed | undefined
): Promise<Table> {
  const located = tableFiles(runDir, spec.path, name, spec.format)
  const tableWhere = displayPath(located.path)
  const requests = [...new Set(columns)].map((c) => {
    const declared = Object.hasOwn(spec.columns, c) ? spec.columns[c] : undefined
    if (declared === undefined) throw new GateError(tableWhere, `column "${c}" is not declared for table ${name} in the policy`)
    return columnRequest(c, declared)
  })
  const feed = feedFor(located)
  const feeding = (): boolean => feed !== undefined && !feed.failed
  // Parts on their way to a digest on another thread, with the bytes each holds of its own (rows in the
  // table's shared arrays cost nothing more): reading goes on while these stay within the feed's backlog,
  // so the digest holds the table up only when it would otherwise hold that much memory.
  const backlog: { hashed: Promise<void>; bytes: number }[] = []
  let backlogBytes = 0
  const feedPart = async (make: () => Part, where: string): Promise<void> => {
    if (!feed || feed.failed) return
    const part = make()
    const bytes = feed.remote ? ownBytes(part) : 0
    while (backlog.length > 0 && backlogBytes + bytes > (feed.backlogBytes ?? DIGEST_BACKLOG_BYTES)) {
      const oldest = backlog.shift() as (typeof backlog)[number]
      await oldest.hashed
      backlogBytes -= oldest.bytes
    }
    if (feed.failed) return
    try {
      const hashed = feed.digest.push(part, where)
      if (!hashed) return
      backlog.push({ hashed: hashed.catch(() => void (feed.failed = true)), bytes })
      backlogBytes += bytes
    } catch {
      feed.failed = true
    }
  }
  const names = requests.map((r) => r.name)
  // Parquet parts decoded on worker threads (files, or row groups of large files) write straight into
  // table-wide shared arrays.
  const pool = located.format === 'parquet' && worthThreads(located.files) ? threadPool() : undefined
  const split = pool ? splitParquet(located.files, requests, pool.threads) : undefined
  const units: ParquetPart[] = split?.parts ?? located.files.map((file) => ({ file }))
  const pooled = split ? decodeAhead(units.length, (i) => split.parts[i], names, feeding()) : undefined
  const textFormat = located.format === 'parquet' ? undefined : located.format
  const textSplit = textFormat && worthThreads(located.files) ? splitText(textFormat, located.files, threadPool()?.threads ?? 1, requests) : undefined
  const textParts = textSplit?.parts
  const pooledText = textFormat && textSplit ? textAhead(textFormat, textSplit.parts.length, textSplit.send, requests, feeding()) : undefined
  // CSV and JSONL parts read on workers are joined in shared memory, as pooled Parquet parts decode into it.
  const assemblers = requests.map(
    (r) => new ColumnAssembler(r, { parts: textParts?.length ?? units.length, inPlace: (split ?? textSplit)?.columns[r.name], shared: pooledText !== undefined, handedOn: feed?.remote })
  )
  const seenInJsonl = new Set<string>()
  let rows = 0
  // CSV files read in place (see splitText) each own a region of the table-wide arrays: a part that would
  // spill past its region (more rows than foreseen, or read another way) first moves the joined rows out.
  let inRegions = textSplit?.regionEnds !== undefined
  const beforeAppend = (part: number, n: number): void => {
    if (!inRegions || rows + n <= (textSplit?.regionEnds?.[part] ?? Infinity)) return
    for (const a of assemblers) a.relocate()
    inRegions = false
  }

  if (located.format === 'parquet') {
    for (const [index, unit] of units.entries()) {
      const where = displayPath(unit.file)
      let decoded: DecodedParquet
      const inProcess = async (rest: boolean): Promise<DecodedParquet> => decodeParquet(await readBytes(unit.file), where, names, rest, {}, unit.groups)
      // A part sent to a worker is always awaited first: no second decode may write its shared rows meanwhile.
      const first = pooled ? pooled(index) : feeding() ? inProcess(true) : undefined
      if (first) {
        try {
          decoded = await first
        } catch {
          // The typed read's own error wins; a problem in another column is the digest's alone.
          decoded = await inProcess(false)
          if (feed) feed.failed = true
        }
      } else decoded = await inProcess(false)
      rows += decoded.rows
      for (const a of assemblers) a.append(columnFromDecoded(decoded.columns[a.request.name], decoded.rows, a.request, where))
      // After the assemblers copied the part: a digest on another thread takes its buffers.
      // (columnFromDecoded may have put NaN in null slots, which the digest skips.)
      await feedPart(() => ({ rows: decoded.rows, names: decoded.names, columns: heldColumns(decoded.columns, assemblers) }), where)
    }
  }

  // CSV and JSONL, file by file: the byte-level readers, else the text ones (which name any problem).
  let nextPart = 0
  for (const [index, file] of textFormat ? located.files.entries() : []) {
    const where = displayPath(file)
    // The file's pieces (or the whole file), all read before any is used: one declined piece sends the whole file the text way.
    const read: (TextFile | undefined)[] = []
    if (pooledText && textParts) while (nextPart < textParts.length && textParts[nextPart].index === index) read.push(await pooledText(nextPart++))
    else read.push(textFromBytes(textFormat as 'csv' | 'jsonl', await readBytes(file), requests, feeding()))
    if (read.every((fast) => fast !== undefined)) {
      for (const fast of read as TextFile[]) {
        beforeAppend(index, fast.rows)
        rows += fast.rows
        fast.keys?.forEach((key) => seenInJsonl.add(key))
        fast.columns.forEach((c, k) => assemblers[k].append(c))
        // A worker's part carries every column when the digest was fed at its start; one that stopped since ignores them.
        await feedPart(() => ({ ...(fast.part as Part), columns: heldColumns((fast.part as Part).columns, assemblers) }), where)
      }
      continue
    }
    const bytes = await readBytes(file)
    const builders = requests.map((r) => new ColumnBuilder(r))
    if (located.format === 'csv') {
      const part = feeding() ? new CsvPart() : undefined
      let slots: number[] = []
      const { rows: fileRows } = readCsv(decodeText(bytes, where), where, {
        select: (header) => {
          slots = requests.map((r) => {
            const index = header.indexOf(r.name)
            if (index < 0) throw new GateError(where, `column "${r.name}" is missing (the header has: ${header.join(', ')})`)
            return index
          })
          if (!part) return slots
          // Every column is read for the digest; the typed columns pick theirs by header index.
          const all = part.select(header)
          return all
        },
        row: (fields, line, row) => {
          for (let s = 0; s < builders.length; s++) {
            const problem = builders[s].pushText(fields[part ? slots[s] : s])
            if (problem) throw new GateError(where, `line ${line} (row ${row}), column "${builders[s].request.name}": ${problem}`)
          }
          part?.row(fields, row)
        }
      })
      rows += fileRows
      if (part) await feedPart(() => part.finish(fileRows), where)
    } else {
      const part = feeding() ? new JsonlPart() : undefined
      rows += readJsonl(decodeText(bytes, where), where, (object, line) => {
        for (const b of builders) {
          const has = Object.hasOwn(object, b.request.name)
          if (has) seenInJsonl.add(b.request.name)
          const problem = !has && !b.request.nullable ? 'key missing in a non-nullable column' : b.pushValue(has ? object[b.request.name] : null)
          if (problem) throw new GateError(where, `line ${line}, column "${b.request.name}": ${problem}`)
        }
        part?.add(object)
      })
      if (part) await feedPart(() => part.finish(), where)
    }
    const built = builders.map((b) => b.build())
    if (built.length > 0) beforeAppend(index, columnLength(built[0]))
    built.forEach((column, k) => assemblers[k].append(column))
  }

  if (rows === 0) throw new GateError(tableWhere, `table ${name} has no rows`)
  // JSONL has no header: a key no line carries is a missing column (likely a typo), even when nullable.
  if (located.format === 'jsonl') {
    const missing = requests.find((r) => !seenInJsonl.has(r.name))
    if (missing) throw new GateError(tableWhere, `column "${missing.name}" is missing (no line of table ${name} has it)`)
  }
  // The digest finishes its backlog while the caller goes on (nothing changes the rows it reads any more).
  // A worker that dies fails its finish too.
  const out: Record<string, Column> = {}
  for (const a of assemblers) out[a.request.name] = a.build()
  return { name, rows, columns: out, files: located.relFiles }
}

/**
 * The parts of a Parquet table for worker threads: each file, or runs of row groups of the files large
 * enough to share out (about four parts per thread); each part's rows of table-wide arrays in shared
 * memory for the requested columns (numbers, booleans, and the codes of string columns every part stores
 * dictionary-encoded). A part of a file split into parts carries the byte range of its row groups (and
 * the footer's length): its worker reads only those. Undefined when a footer cannot be read (the
 * in-process read then reports it).
 */
function splitParquet(files: string[], requests: ColumnRequest[], threads: number): { parts: ParquetPart[]; columns: Record<string, TableArray> } | undefined {
  const footers = files.map(parquetFooter)
  if (footers.some((f) => f === undefined)) return undefined
  const metadata = footers as FileMetaData[]
  const total = metadata.reduce((n, f) => n + Number(f.num_rows), 0)
  const perPart = Math.max(1, Math.ceil(total / (threads * 4)))
  const parts: (ParquetPart & { start: number; rows: number })[] = []
  let start = 0
  metadata.forEach((footer, k) => {
    const sizes = footer.row_groups.map((g) => Number(g.num_rows))
    const fileRows = Number(footer.num_rows)
    if (fileRows < perPart * 1.5 || sizes.length < 2) {
      parts.push({ file: files[k], start, rows: fileRows })
      start += fileRows
      return
    }
    for (let from = 0; from < sizes.length; ) {
      let to = from
      let rows = 0
      while (to < sizes.length && rows < perPart) rows += sizes[to++]
      const span = groupsSpan(footer, from, to)
      parts.push({ file: files[k], groups: { from, to }, ...(span && { span: { ranges: [span], tail: footer.metadata_length + 8 } }), start, rows })
      start += rows
      from = to
    }
  })
  const columns: Record<string, TableArray> = {}
  const strings: Record<string, typeof SHARED_STRINGS> = {}
  for (const r of requests) {
    if (r.type === 'int' || r.type === 'float') columns[r.name] = new Float64Array(new SharedArrayBuffer(total * 8))
    else if (r.type === 'bool') columns[r.name] = new Uint8Array(new SharedArrayBuffer(total))
    else if (metadata.every((f) => storedAsCodes(f, (g) => g.columns.find((c) => c.meta_data?.path_in_schema.join('.') === r.name)))) columns[r.name] = new Int32Array(new SharedArrayBuffer(total * 4))
    else strings[r.name] = SHARED_STRINGS
  }
  for (const p of parts) p.targets = { ...strings, ...Object.fromEntries(Object.entries(columns).map(([name, all]) => [name, all.subarray(p.start, p.start + p.rows)])) }
  return { parts, columns }
}

/** The bytes [start, end) the column chunks of row groups [from, to) lie in; undefined when the footer says nothing sensible. */
function groupsSpan(footer: FileMetaData, from: number, to: number): [number, number] | undefined {
  let start = Infinity
  let end = 0
  for (const group of footer.row_groups.slice(from, to)) {
    for (const chunk of group.columns) {
      if (!chunk.meta_data) return undefined
      const span = chunkSpan(chunk.meta_data)
      start = Math.min(start, span.start)
      end = Math.max(end, span.end)
    }
  }
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start <= end ? [start, end] : undefined
}

/** The most a digest on another thread may hold of parts not yet hashed, unless its feed says otherwise (see feedPart). */
const DIGEST_BACKLOG_BYTES = 64 << 20

/** Below this, a piece of a CSV or JSONL file costs more to hand out than it saves. */
const MIN_PIECE_BYTES = 4 << 20

/**
 * The parts of a CSV or JSONL table for worker threads: each file, or — when the table has fewer files
 * than twice the threads — a large file's pieces of whole records. A file cut into pieces is read into
 * shared memory when its first piece is sent and let go after its last; its record boundaries are found
 * then (pieces it cannot be cut into are empty ranges, which read as no rows).
 *
 * CSV files read whole are read in place: each gets a region of table-wide shared arrays for the numbers
 * and codes of the requested columns (`columns`), as many rows as its first 64 KB foretell and a tenth
 * more, and its worker writes them there (`targets`). The main thread then only moves each part down to
 * its rows (mostly within pages already written) instead of copying it into new ones; `regionEnds` says
 * where each region ends (see readTableShared).
 */
function splitText(
  format: 'csv' | 'jsonl',
  files: string[],
  threads: number,
  requests: ColumnRequest[]
): { parts: TextPart[]; send: (i: number) => TextPart; columns: Record<string, TableArray>; regionEnds?: number[] } {
  const parts: TextPart[] = []
  const bytes = files.map((file) => {
    try {
      return statSync(file).size
    } catch {
      return undefined // unreadable: the whole-file read names it
    }
  })
  files.forEach((file, index) => {
    const pieces = Math.min(Math.ceil((2 * threads) / files.length), Math.floor((bytes[index] ?? 0) / MIN_PIECE_BYTES))
    if (pieces < 2) parts.push({ file, index })
    else for (let piece = 0; piece < pieces; piece++) parts.push({ file, index, piece, pieces })
  })
  const columns: Record<string, TableArray> = {}
  const rows = format === 'csv' && parts.length === files.length ? files.map((file, k) => foreseenRows(file, bytes[k])) : []
  const regionEnds = rows.length > 0 && rows.every((n) => n !== undefined) ? ([] as number[]) : undefined
  if (regionEnds) {
    let end = 0
    for (const n of rows as number[]) regionEnds.push((end += n))
    for (const r of requests) {
      if (r.type === 'int' || r.type === 'float') columns[r.name] = new Float64Array(new SharedArrayBuffer(end * 8))
      else if (r.type === 'string') columns[r.name] = new Int32Array(new SharedArrayBuffer(end * 4))
    }
    parts.forEach((p, k) => {
      const start = k === 0 ? 0 : regionEnds[k - 1]
      p.targets = Object.fromEntries(Object.entries(columns).map(([name, all]) => [name, all.subarray(start, regionEnds[k]) as Float64Array | Int32Array]))
    })
  }
  let held: { index: number; bytes: Uint8Array; ranges?: ByteRange[] } | undefined
  const send = (i: number): TextPart => {
    const p = parts[i]
    if (p.piece === undefined || p.pieces === undefined) return p
    if (held?.index !== p.index) {
      const bytes = readShared(p.file)
      held = { index: p.index, bytes, ranges: textPieces(format, bytes, p.pieces) }
    }
    const { bytes, ranges } = held
    if (p.piece === p.pieces - 1) held = undefined
    const empty = { from: bytes.length, to: bytes.length }
    // A file that cannot be cut is read whole by its first piece.
    return { ...p, bytes, body: ranges ? (ranges[p.piece] ?? empty) : p.piece === 0 ? undefined : empty }
  }
  return { parts, send, columns, regionEnds }
}

/** The rows of a CSV file of `size` bytes as its first 64 KB foretell them, and a tenth more; undefined when they do not tell. */
function foreseenRows(file: string, size: number | undefined): number | undefined {
  if (size === undefined) return undefined
  try {
    const sample = readHead(file, 64 << 10)
    let lines = 0
    for (let at = sample.indexOf(0x0a); at >= 0; at = sample.indexOf(0x0a, at + 1)) lines++
    if (lines < 2) return undefined
    return Math.ceil((size / sample.length) * lines * 1.1) + 64
  } catch {
    return undefined // the read names an unreadable file
  }
}

/** A file's bytes in shared memory, for the threads that decode its row groups or read its pieces. */
function readShared(path: string): Uint8Array {
  return readWhole(path, (size) => new Uint8Array(new SharedArrayBuffer(size)))
}

/**
 * A part's columns as a reader after the assemblers must read them: the requested ones as the table holds
 * their rows in shared memory (codes with the table's dictionary), see ColumnAssembler.appended.
 */
function heldColumns(columns: Part['columns'], assemblers: ColumnAssembler[]): Part['columns'] {
  const out = { ...columns }
  for (const a of assemblers) {
    const c = Object.hasOwn(out, a.request.name) ? out[a.request.name] : undefined
    const held = a.appended()
    if (!c || !held) continue
    const { rows, dictionary } = held
    if (c.kind === 'codes' && dictionary && rows instanceof Int32Array && rows.length === c.codes.length) out[a.request.name] = { ...c, codes: rows, dictionary: StringAccumulator.over(dictionary.data, dictionary.offsets) }
    else if (c.kind === 'number' && rows instanceof Float64Array && rows.length === c.values.length) out[a.request.name] = { ...c, values: rows }
    else if (c.kind === 'bool' && rows instanceof Uint8Array && rows.length === c.values.length) out[a.request.name] = { ...c, values: rows }
  }
  return out
}

/** Bytes a digest part holds of its own: the buffers it hands on to another thread (shared ones are the table's). */
function ownBytes(part: Part): number {
  return packColumns(part.columns).reduce((n, buffer) => n + buffer.byteLength, 0)
}
