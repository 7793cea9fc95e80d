import { beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CERTIFIED_KNOBS, writeToyRoster, writeToyRun } from '../__fixtures__/toy/generate.js'
import { cli } from './helpers/cli.js'

const POLICY = '__fixtures__/toy/policy.yml'
const policyText = readFileSync(POLICY, 'utf8')
let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'rg-errors-'))
})

/** Every bad input: exit 2, exactly one line on stderr naming the cause, no stack trace, no output file. */
async function expectCleanFailure(argv: string[], pattern: RegExp, outFile?: string): Promise<string> {
  const r = await cli(...argv, ...(outFile ? ['--out', outFile] : []))
  expect(r.code).toBe(2)
  const lines = r.stderr.trimEnd().split('\n')
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(/^realism-gate: /)
  expect(lines[0]).toMatch(pattern)
  expect(r.stderr).not.toMatch(/\n\s+at /)
  if (outFile) {
    expect(existsSync(outFile)).toBe(false)
    const dir = join(outFile, '..')
    if (existsSync(dir)) expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  }
  return lines[0]
}

function policyVariant(name: string, edit: (text: string) => string): string {
  const file = join(root, `${name}.yml`)
  writeFileSync(file, edit(policyText))
  return file
}

function run(name: string, o: Parameters<typeof writeToyRun>[3] = {}): string {
  const dir = join(root, name)
  writeToyRun(dir, 1, CERTIFIED_KNOBS, o)
  return dir
}

describe('bad policy files', () => {
  it('malformed YAML names file:line:column', async () => {
    const p = policyVariant('malformed', (t) => t.replace('roster: [1, 2, 3]', 'roster: [1, 2, 3'))
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /malformed\.yml:\d+:\d+/, join(root, 'out1.json'))
  })

  it('a YAML alias bomb is refused', async () => {
    const bomb = ['version: 1', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`), 'segments: {}'].join('\n')
    const p = join(root, 'bomb.yml')
    writeFileSync(p, bomb)
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /bomb\.yml.*alias/i)
  })

  it('an unknown metric kind is refused with its location', async () => {
    const p = policyVariant('unknown-kind', (t) => t.replace('kind: median,', 'kind: medianne,'))
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /unknown-kind\.yml:\d+:\d+/)
  })

  it('a check naming an undeclared metric is refused', async () => {
    const p = policyVariant('unknown-metric', (t) => t.replace('metric: gini_size, B:', 'metric: gini_sise, B:'))
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /gini_sise/)
  })

  it('a table path that escapes the run folder is refused', async () => {
    const p = policyVariant('escape', (t) => t.replace('path: shops.parquet', 'path: ../shops.parquet'))
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /\.\./)
  })

  it('a missing policy file is named', async () => {
    await expectCleanFailure(['score', '--policy', join(root, 'nope.yml'), '--run', run('ok')], /nope\.yml/)
  })
})

describe('bad runs', () => {
  it('a missing table', async () => {
    const dir = run('no-table')
    rmSync(join(dir, 'shops.parquet'))
    await expectCleanFailure(['score', '--policy', POLICY, '--run', dir], /shops/, join(root, 'o2.json'))
  })

  it('a missing column', async () => {
    const p = policyVariant('extra-column', (t) => t.replace('flagged: bool', 'flagged: bool\n          owner: string').replace('columns: [shop_id]', 'columns: [shop_id, owner]'))
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /owner/)
  })

  it('an empty table', async () => {
    await expectCleanFailure(['score', '--policy', POLICY, '--run', run('empty', { rows: 0 })], /no rows/)
  })

  it('NaN, Infinity or text in a numeric column', async () => {
    const p = policyVariant('csv', (t) => t.replace('path: shops.parquet', 'path: shops.csv'))
    for (const bad of ['NaN', 'Infinity', 'lots']) {
      const dir = run(`csv-${bad}`, { format: 'csv' })
      const file = join(dir, 'shops.csv')
      const lines = readFileSync(file, 'utf8').split('\r\n')
      const cells = lines[3].split(',')
      cells[3] = bad // the price column
      lines[3] = cells.join(',')
      writeFileSync(file, lines.join('\r\n'))
      const line = await expectCleanFailure(['score', '--policy', p, '--run', dir], /price/)
      expect(line).toContain('shops.csv')
    }
  })

  it('a manifest with a wrong type says what it found', async () => {
    const dir = run('string-seed')
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, seed: '1' }))
    await expectCleanFailure(['score', '--policy', POLICY, '--run', dir], /manifest\.json: seed: must be a number, not "1"/)
  })

  it('a Parquet file named .csv gets a hint', async () => {
    const p = policyVariant('csv-named', (t) => t.replace('path: shops.parquet', 'path: shops.csv'))
    const dir = run('parquet-as-csv')
    writeFileSync(join(dir, 'shops.csv'), readFileSync(join(dir, 'shops.parquet')))
    await expectCleanFailure(['score', '--policy', p, '--run', dir], /shops\.csv: .*looks like a Parquet file/)
  })

  it('a missing manifest', async () => {
    const dir = run('no-manifest')
    rmSync(join(dir, 'manifest.json'))
    await expectCleanFailure(['score', '--policy', POLICY, '--run', dir], /manifest\.json/)
  })

  it('a roster seed with no run', async () => {
    const { runs } = writeToyRoster(join(root, 'short-roster'), CERTIFIED_KNOBS)
    rmSync(join(runs, 'seed=2'), { recursive: true })
    await expectCleanFailure(['certify', '--policy', POLICY, '--runs', runs], /roster seed\(s\) 2 have no run/, join(root, 'o3.json'))
  })

  it('a truncated Parquet file', async () => {
    const dir = run('truncated')
    const file = join(dir, 'shops.parquet')
    truncateSync(file, Math.floor(readFileSync(file).length / 2))
    await expectCleanFailure(['score', '--policy', POLICY, '--run', dir], /shops\.parquet/)
  })

  it('a table that is a symlink to a file outside the run folder', async () => {
    const outside = run('outside')
    const dir = run('symlinked')
    rmSync(join(dir, 'shops.parquet'))
    symlinkSync(join(outside, 'shops.parquet'), join(dir, 'shops.parquet'))
    await expectCleanFailure(['score', '--policy', POLICY, '--run', dir], /symlink/)
  })

  it('a run of another segment', async () => {
    const dir = run('other-segment')
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...m, segment: 'elsewhere' }))
    await expectCleanFailure(['score', '--policy', POLICY, '--run', dir], /segment 'elsewhere'/)
  })
})

describe('usage', () => {
  it('unknown commands and options exit 2 with one line', async () => {
    await expectCleanFailure(['frobnicate'], /unknown command/)
    await expectCleanFailure(['score', '--polcy', 'x'], /usage: unknown option --polcy \(see realism-gate --help\)$/)
    await expectCleanFailure(['score', '--policy'], /usage: option --policy needs a value/)
    await expectCleanFailure(['certify', '--policy', POLICY], /needs --runs/)
    await expectCleanFailure(['report', join(root, 'missing.json')], /missing\.json: file not found/)
  })

  it('a JSON file that is not a realism-gate output is refused by report', async () => {
    const f = join(root, 'other.json')
    writeFileSync(f, '{"hello": 1}')
    await expectCleanFailure(['report', f], /not a realism-gate output/)
  })

  it('--help exits 0 and names every command', async () => {
    const r = await cli('--help')
    expect(r.code).toBe(0)
    for (const c of ['score', 'certify', 'guard', 'determinism', 'scopes', 'report']) expect(r.stdout).toContain(`realism-gate ${c}`)
  })
})

describe('a missing required output is a finding, not an error', () => {
  it('fails the hard gate with exit 1', async () => {
    mkdirSync(join(root, 'no-audit'), { recursive: true })
    const r = await cli('score', '--policy', POLICY, '--run', run('no-audit', { omitAudit: true }))
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('failing hard gates: required_outputs_present')
  })
})

describe('certificates and rosters that cannot be trusted', () => {
  let certFile: string
  let runs: string
  let replays: string
  beforeAll(async () => {
    ;({ runs, replays } = writeToyRoster(join(root, 'trusted'), CERTIFIED_KNOBS))
    certFile = join(root, 'trusted', 'certificate.json')
    const r = await cli('certify', '--policy', POLICY, '--runs', runs, '--replays', replays, '--out', certFile)
    expect(r.code).toBe(0)
  })
  const guardWith = (file: string) => cli('guard', '--policy', POLICY, '--certificate', file, '--runs', runs, '--replays', replays, '--scopes', 'sizes', '--out', join(root, 'g.json'))

  it('refuses a certificate whose grade was edited by hand', async () => {
    const edited = JSON.parse(readFileSync(certFile, 'utf8'))
    edited.grade = 'B+'
    const file = join(root, 'edited.json')
    writeFileSync(file, JSON.stringify(edited))
    await expectCleanFailure(['guard', '--policy', POLICY, '--certificate', file, '--runs', runs, '--replays', replays, '--scopes', 'sizes'], /edited\.json: content does not match its fingerprint/, join(root, 'g1.json'))
    expect((await guardWith(certFile)).code).toBe(0) // the untouched one is accepted
  })

  it('refuses to guard a certificate of grade none', async () => {
    const dir = join(root, 'ungraded')
    const roster = writeToyRoster(dir, CERTIFIED_KNOBS)
    const none = join(dir, 'none.json')
    expect((await cli('certify', '--policy', POLICY, '--runs', roster.runs, '--out', none)).code).toBe(2) // no replays: the gate is undefined
    await expectCleanFailure(['guard', '--policy', POLICY, '--certificate', none, '--runs', runs, '--replays', replays, '--scopes', 'sizes'], /none\.json: has grade none/)
  })

  it('refuses a certificate issued under another policy, naming the file', async () => {
    const p = policyVariant('tightened', (t) => t.replace('B: { min: 0.25, max: 0.55 }', 'B: { min: 0.26, max: 0.55 }'))
    await expectCleanFailure(['guard', '--policy', p, '--certificate', certFile, '--runs', runs, '--replays', replays, '--scopes', 'sizes'], /certificate\.json: was issued under a different policy/)
  })

  it('refuses a roster mixing configurations (parameter_hash)', async () => {
    const dir = join(root, 'mixed')
    const roster = writeToyRoster(dir, CERTIFIED_KNOBS)
    writeToyRun(join(roster.runs, 'seed=2'), 2, { ...CERTIFIED_KNOBS, single: 0.41 })
    await expectCleanFailure(['certify', '--policy', POLICY, '--runs', roster.runs], /different parameter_hash values/)
  })

  it('says the determinism witness is incomplete when a seed has no replay', async () => {
    const dir = join(root, 'partial')
    const roster = writeToyRoster(dir, CERTIFIED_KNOBS)
    rmSync(join(roster.replays, 'seed=3'), { recursive: true })
    const r = await cli('certify', '--policy', POLICY, '--runs', roster.runs, '--replays', roster.replays, '--out', join(dir, 'c.json'))
    expect(r.code).toBe(2)
    expect(r.stdout).toContain('determinism incomplete (2/3 replay pairs)')
    expect(JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8')).determinism.equal).toBeNull()
  })

  it('writes the certificate and its markdown together or not at all', async () => {
    const blocker = join(root, 'a-file')
    writeFileSync(blocker, 'not a folder')
    const json = join(root, 'together.json')
    await expectCleanFailure(['certify', '--policy', POLICY, '--runs', runs, '--replays', replays, '--out', json, '--markdown', join(blocker, 'c.md')], /a-file\/c\.md: cannot write/)
    expect(existsSync(json)).toBe(false)
  })

  it('refuses a policy without segments, with its location', async () => {
    const p = join(root, 'empty.yml')
    writeFileSync(p, 'version: 1\nsegments: {}\n')
    await expectCleanFailure(['score', '--policy', p, '--run', run('ok')], /empty\.yml:2:\d+: segments: declares no segment/)
  })
})
