import { afterAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { outputExists, readManifest, readTable, resolveInRun } from '../src/artifacts/index.js'
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
