import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { parquetWriteBuffer } from 'hyparquet-writer'
import type { ColumnSource } from 'hyparquet-writer'

/** Test helpers that write REAL files: Parquet through hyparquet-writer, CSV and JSONL by hand. */

export type Cell = string | number | bigint | boolean | null

export function makeTmp(prefix = 'rg-artifacts-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export function writeText(path: string, text: string | Uint8Array): string {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, text)
  return path
}

export type Codec = 'SNAPPY' | 'UNCOMPRESSED' | 'GZIP' | 'BROTLI'

const compressors = {
  GZIP: (input: Uint8Array) => new Uint8Array(gzipSync(input)),
  BROTLI: (input: Uint8Array) => new Uint8Array(brotliCompressSync(input))
}

export function parquetBytes(columns: ColumnSource[], codec: Codec = 'SNAPPY', rowGroupSize?: number): Uint8Array {
  return new Uint8Array(parquetWriteBuffer({ columnData: columns, codec, compressors, rowGroupSize }))
}

export function writeParquet(path: string, columns: ColumnSource[], codec: Codec = 'SNAPPY', rowGroupSize?: number): string {
  return writeText(path, parquetBytes(columns, codec, rowGroupSize))
}

/** RFC 4180 writer for the tests: null → empty unquoted field; quotes only where needed (and for ""). */
export function csvText(header: string[], rows: Cell[][], eol = '\n'): string {
  const field = (v: Cell): string => {
    if (v === null) return ''
    const s = String(v)
    return s === '' || /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
  }
  return [header.map(field), ...rows.map((r) => r.map(field))].map((r) => r.join(',')).join(eol) + eol
}

/** JSONL writer; a null is written as JSON null, or the key is left out when `omitNulls`. */
export function jsonlText(header: string[], rows: Cell[][], omitNulls = false): string {
  return rows
    .map((r) => {
      const o: Record<string, unknown> = {}
      header.forEach((h, k) => {
        const v = r[k]
        if (v === null && omitNulls) return
        o[h] = typeof v === 'bigint' ? Number(v) : v
      })
      return JSON.stringify(o)
    })
    .join('\n') + '\n'
}

export const manifestJson = (overrides: Record<string, unknown> = {}): string =>
  JSON.stringify({
    segment: '1A',
    seed: 42,
    parameter_hash: 'p'.repeat(8),
    manifest_fingerprint: 'f'.repeat(8),
    run_id: 'run-42',
    ...overrides
  })
