import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { outputsDigest } from '../src/artifacts/index.js'
import { decodeParquet } from '../src/artifacts/parquet.js'
import { decompress, PageError, zstdReady } from '../src/artifacts/parquet-pages.js'
import { makeTmp, manifestJson, writeText } from '../__fixtures__/artifacts/helpers.js'

/**
 * ZSTD pages, decoded by the WebAssembly build of the reference decoder. The files are written by another
 * writer (DuckDB, a dev dependency) so that the frames are real zstd output, not ours.
 */

const tmp = makeTmp('rg-zstd-')
afterAll(tmp.cleanup)

// Nullable integers, doubles, booleans, a few distinct strings (dictionary pages), unique ids and a
// DATE column (read by the general reader, so its ZSTD pages go through hyparquet with our codec).
const SELECT = `SELECT 'M' || lpad(i::VARCHAR, 7, '0') AS merchant_id,
  CASE WHEN i % 7 = 0 THEN NULL ELSE (i * 7919) % 1000 END::BIGINT AS outlet_count,
  ((i * 2654435761) % 1000003) / 997.0 AS phi,
  i % 3 = 0 AS flag,
  ['small', 'medium', 'large'][1 + i % 3] AS size_tier,
  DATE '2020-01-01' + (i % 400)::INTEGER AS day
  FROM range(60000) t(i)`

/** Writes the same rows with each codec through DuckDB in a child process (its native module stays out of Jest). */
function writeWithDuckDb(codecs: string[]): Record<string, string> {
  const files = Object.fromEntries(codecs.map((codec) => {
    const dir = join(tmp.dir, codec)
    mkdirSync(join(dir, 'merchants'), { recursive: true })
    writeText(join(dir, 'manifest.json'), manifestJson())
    return [codec, join(dir, 'merchants', 'part-0.parquet')]
  }))
  const statements = codecs.map((codec) => `COPY (${SELECT}) TO '${files[codec]}' (FORMAT parquet, COMPRESSION ${codec}, ROW_GROUP_SIZE 20000)`)
  execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { DuckDBInstance } from '@duckdb/node-api'
    const c = await (await DuckDBInstance.create(':memory:')).connect()
    for (const s of ${JSON.stringify(statements)}) await c.run(s)`])
  return files
}

describe('ZSTD Parquet pages', () => {
  const files = writeWithDuckDb(['zstd', 'uncompressed'])

  it('decode to the same columns as the uncompressed file, every kind of column included', async () => {
    const zstd = await decodeParquet(readFileSync(files.zstd), 'zstd.parquet')
    const plain = await decodeParquet(readFileSync(files.uncompressed), 'plain.parquet')
    expect(zstd.rows).toBe(60_000)
    expect(zstd.names).toEqual(['merchant_id', 'outlet_count', 'phi', 'flag', 'size_tier', 'day'])
    expect(zstd.columns.day.kind).toBe('loose')
    expect(zstd).toEqual(plain)
  })

  it('give the same outputs digest as the uncompressed run', async () => {
    const dirOf = (file: string) => join(file, '..', '..')
    expect(await outputsDigest(dirOf(files.zstd))).toEqual(await outputsDigest(dirOf(files.uncompressed)))
  })

  it('refuse a frame whose size disagrees with the page header, and bytes that are not a frame', async () => {
    await zstdReady()
    // A frame of one raw block: magic, single-segment descriptor with a 1-byte content size, last raw block.
    const body = new TextEncoder().encode('realism-gate')
    const frame = Uint8Array.from([0x28, 0xb5, 0x2f, 0xfd, 0x20, body.length, 1 | (body.length << 3), 0, 0, ...body])
    expect(new TextDecoder().decode(decompress('ZSTD', frame, body.length))).toBe('realism-gate')
    expect(() => decompress('ZSTD', frame, body.length + 1)).toThrow(PageError)
    expect(() => decompress('ZSTD', frame, body.length - 1)).toThrow(PageError)
    const notAFrame = frame.slice()
    notAFrame[0] ^= 0xff
    expect(() => decompress('ZSTD', notAFrame, body.length)).toThrow(PageError)
  })
})
