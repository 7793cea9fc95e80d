import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { outputExists, readManifest, readTable, resolveInRun } from '../src/artifacts/index.js'
import { readBytes, readRanges, readWhole, ReusedReads } from '../src/artifacts/files.js'
import { GateError } from '../src/core/errors.js'
import { makeTmp, manifestJson, writeText } from '../__fixtures__/artifacts/helpers.js'

const tmp = makeTmp()
afterAll(tmp.cleanup)

const run = join(tmp.dir, 'run')
const outside = join(tmp.dir, 'outside')
writeText(join(run, 'manifest.json'), manifestJson())
writeText(join(run, 'tables', 't.csv'), 'a\n1\n')
writeText(join(run, 'empty-dir', '.keep'), '')
mkdirSync(join(run, 'bare'), { recursive: true })
writeText(join(outside, 'secret.csv'), 'a\n1\n')
symlinkSync(join(outside, 'secret.csv'), join(run, 'leak.csv'))
symlinkSync(outside, join(run, 'leakdir'))
symlinkSync(join(run, 'tables'), join(run, 'alias'))

function gateError(f: () => unknown): GateError {
  try {
    f()
  } catch (e) {
    expect(e).toBeInstanceOf(GateError)
    expect((e as GateError).message).not.toMatch(/\n/)
    return e as GateError
  }
  throw new Error('expected a GateError')
}

describe('resolveInRun', () => {
  it('resolves a path inside the run folder, existing or not', () => {
    expect(resolveInRun(run, 'tables/t.csv')).toBe(join(run, 'tables', 't.csv'))
    expect(resolveInRun(run, 'tables/./future.csv')).toBe(join(run, 'tables', 'future.csv'))
    expect(resolveInRun(run, 'alias/t.csv')).toBe(join(run, 'alias', 't.csv'))
  })

  it("rejects '..' even when it would land back inside", () => {
    expect(gateError(() => resolveInRun(run, '../outside/secret.csv')).cause_).toMatch(/'\.\.' is not allowed/)
    expect(gateError(() => resolveInRun(run, 'tables/../tables/t.csv')).where).toBe('tables/../tables/t.csv')
  })

  it('rejects absolute paths', () => {
    const e = gateError(() => resolveInRun(run, join(outside, 'secret.csv')))
    expect(e.cause_).toMatch(/^absolute paths are not allowed/)
    expect(gateError(() => resolveInRun(run, 'C:\\data\\x.csv')).cause_).toMatch(/^absolute paths are not allowed/)
  })

  it('rejects symlinks that lead outside, also through a linked folder', () => {
    const e = gateError(() => resolveInRun(run, 'leak.csv'))
    expect(e.where).toBe(join(run, 'leak.csv'))
    expect(e.cause_).toMatch(/^is a symlink that leads outside the run folder/)
    expect(gateError(() => resolveInRun(run, 'leakdir/secret.csv')).cause_).toMatch(/leads outside the run folder/)
    expect(gateError(() => resolveInRun(run, 'leakdir/not-yet.csv')).cause_).toMatch(/leads outside the run folder/)
  })

  it('names a missing run folder', () => {
    const e = gateError(() => resolveInRun(join(tmp.dir, 'nope'), 'a.csv'))
    expect(e.where).toBe(join(tmp.dir, 'nope'))
    expect(e.cause_).toBe('run folder not found')
  })

  it('guards readTable too: a table path that escapes is refused before reading', async () => {
    await expect(readTable(run, 'leak', { path: 'leak.csv', columns: { a: 'int' } }, ['a'])).rejects.toThrow(/leads outside the run folder/)
    await expect(readTable(run, 'up', { path: '../outside/secret.csv', columns: { a: 'int' } }, ['a'])).rejects.toThrow(GateError)
  })
})

describe('outputExists', () => {
  it('is true for a file or a folder with a visible entry, false otherwise', () => {
    expect(outputExists(run, 'tables/t.csv')).toBe(true)
    expect(outputExists(run, 'tables')).toBe(true)
    expect(outputExists(run, 'empty-dir')).toBe(false)
    expect(outputExists(run, 'bare')).toBe(false)
    expect(outputExists(run, 'missing.parquet')).toBe(false)
  })

  it('applies the same safety rules', () => {
    expect(gateError(() => outputExists(run, 'leak.csv')).cause_).toMatch(/leads outside/)
    expect(gateError(() => outputExists(run, '../outside')).cause_).toMatch(/'\.\.' is not allowed/)
    expect(gateError(() => outputExists(run, outside)).cause_).toMatch(/^absolute paths/)
  })
})

describe('readManifest', () => {
  it('reads the five identity fields and ignores extra keys', () => {
    const dir = join(tmp.dir, 'm-ok')
    writeText(join(dir, 'manifest.json'), manifestJson({ extra: { anything: [1, 2] } }))
    expect(readManifest(dir)).toEqual({
      segment: '1A',
      seed: 42,
      parameter_hash: 'pppppppp',
      manifest_fingerprint: 'ffffffff',
      run_id: 'run-42'
    })
  })

  it.each([
    ['missing', null, /^manifest.json not found in the run folder$/],
    ['not json', '{"segment": ', /^invalid JSON: /],
    ['not an object', '[1]', /^manifest: /],
    ['seed not an int', manifestJson({ seed: 4.5 }), /^seed: /],
    ['seed a string', manifestJson({ seed: '42' }), /^seed: /],
    ['no parameter_hash', manifestJson({ parameter_hash: undefined }), /^parameter_hash: /],
    ['empty run_id', manifestJson({ run_id: '' }), /^run_id: /]
  ])('refuses a manifest that is %s, naming manifest.json', (label, text, cause) => {
    const dir = join(tmp.dir, `m-${label.replaceAll(' ', '-')}`)
    mkdirSync(dir, { recursive: true })
    if (text !== null) writeText(join(dir, 'manifest.json'), text)
    const e = gateError(() => readManifest(dir))
    expect(e.where).toBe(join(dir, 'manifest.json'))
    expect(e.cause_).toMatch(cause)
  })
})

describe('whole-file reads', () => {
  const bytesOf = (n: number, salt: number): Buffer => Buffer.from(Array.from({ length: n }, (_, k) => (k * 31 + salt) % 251))
  const file = (name: string, n: number, salt: number): string => {
    const path = join(tmp.dir, 'reads', name)
    mkdirSync(join(tmp.dir, 'reads'), { recursive: true })
    writeFileSync(path, bytesOf(n, salt))
    return path
  }

  it('readWhole reads every byte into the array it is given, and names the file it cannot read as readBytes does', async () => {
    const path = file('a.bin', 70_000, 1)
    const room = new Uint8Array(100_000).fill(7)
    const got = readWhole(path, (size) => (expect(size).toBe(70_000), room))
    expect(got.buffer === room.buffer).toBe(true)
    expect(Buffer.from(got).equals(bytesOf(70_000, 1))).toBe(true)
    expect(room[70_000]).toBe(7)
    const missing = join(tmp.dir, 'reads', 'missing.bin')
    const e = gateError(() => readWhole(missing, (size) => new Uint8Array(size)))
    const expected = await readBytes(missing).catch((x: GateError) => x)
    expect([e.where, e.cause_]).toEqual([(expected as GateError).where, (expected as GateError).cause_])
    expect(e.cause_).toMatch(/^cannot read: ENOENT/)
    expect(gateError(() => readWhole(join(tmp.dir, 'reads'), (size) => new Uint8Array(size))).cause_).toMatch(/^cannot read: EISDIR/)
  })

  it('readRanges puts each range and the tail at its place in an array of the file\'s size, zeros elsewhere', () => {
    const path = file('ranges.bin', 10_000, 8)
    const all = bytesOf(10_000, 8)
    const got = readRanges(path, [[100, 250], [4000, 4000], [6000, 9000]], 16)
    expect(got.length).toBe(10_000)
    const expected = new Uint8Array(10_000)
    for (const [from, to] of [[100, 250], [6000, 9000], [9984, 10_000]]) expected.set(all.subarray(from, to), from)
    expect(Buffer.from(got).equals(Buffer.from(expected))).toBe(true)
    expect(gateError(() => readRanges(path, [[9000, 10_001]], 8)).cause_).toBe('file shrank while being read')
    expect(gateError(() => readRanges(path, [], 10_001)).cause_).toBe('file shrank while being read')
    expect(gateError(() => readRanges(join(tmp.dir, 'reads', 'missing.bin'), [], 8)).cause_).toMatch(/^cannot read: ENOENT/)
  })

  it('ReusedReads reuses a given-back buffer for smaller files, exactly, and never one still in use or sent away', () => {
    const reads = new ReusedReads()
    const big = reads.read(file('big.bin', 50_000, 2))
    // Still in use: the next read gets its own buffer.
    const other = reads.read(file('other.bin', 1000, 3))
    expect(other.buffer === big.buffer).toBe(false)
    expect(Buffer.from(big).equals(bytesOf(50_000, 2))).toBe(true)
    reads.done(other)
    reads.done(big)
    // The larger one given back is reused: a smaller file gets exactly its own bytes from it.
    const small = reads.read(file('small.bin', 3000, 4))
    expect(small.buffer === big.buffer).toBe(true)
    expect(small.length).toBe(3000)
    expect(Buffer.from(small).equals(bytesOf(3000, 4))).toBe(true)
    reads.done(small)
    // A file larger than the buffer gets a new one; the spare stays for a later file.
    const larger = reads.read(file('larger.bin', 60_000, 5))
    expect(larger.buffer === big.buffer).toBe(false)
    expect(Buffer.from(larger).equals(bytesOf(60_000, 5))).toBe(true)
    // Transferred to another thread (detached): not reused.
    structuredClone(larger, { transfer: [larger.buffer as ArrayBuffer] })
    reads.done(larger)
    const after = reads.read(file('after.bin', 100, 6))
    expect(after.buffer === big.buffer).toBe(true)
  })
})
