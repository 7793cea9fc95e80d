import { beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CERTIFIED_KNOBS, writeToyRoster, writeToyRun } from '../__fixtures__/toy/generate.js'
import type { Certificate } from '../src/certification/types.js'
import type { GuardResult } from '../src/guard/types.js'
import { cli } from './helpers/cli.js'

const POLICY = '__fixtures__/toy/policy.yml'
let root: string
let certPath: string
let cert: Certificate

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rg-e2e-'))
  const { runs, replays } = writeToyRoster(join(root, 'certified'), CERTIFIED_KNOBS)
  certPath = join(root, 'certificate.json')
  const r = await cli('certify', '--policy', POLICY, '--runs', runs, '--replays', replays, '--out', certPath, '--markdown', join(root, 'certificate.md'))
  expect(r.code).toBe(0)
  cert = JSON.parse(readFileSync(certPath, 'utf8'))
})

describe('certify', () => {
  it('grades the roster under the law and names every gate and check per seed', () => {
    expect(cert.kind).toBe('realism-gate/certificate')
    expect(cert.roster).toEqual([1, 2, 3])
    expect(cert.hard).toEqual({ passed: 4, total: 4 })
    expect(cert.hard_gates.map((g) => g.name)).toEqual(['required_outputs_present', 'replay_determinism', 'no_negative_gap', 'no_duplicate_ids'])
    expect(cert.checks).toHaveLength(5)
    for (const c of cert.checks) expect(Object.keys(c.per_seed)).toEqual(['1', '2', '3'])
    // Every outcome follows from the values and the bands.
    for (const c of cert.checks) {
      for (const s of Object.values(c.per_seed)) {
        const inB = s.value !== null && s.value >= (c.B.min ?? -Infinity) && s.value <= (c.B.max ?? Infinity)
        expect(s.B).toBe(inB ? 'pass' : 'fail')
      }
    }
    const bPlusPassed = cert.checks.filter((c) => c.B_plus_outcome === 'pass').length
    expect(cert.B_plus.passed).toBe(bPlusPassed)
    expect(cert.top_B_plus_misses).toEqual(expect.arrayContaining(cert.checks.filter((c) => c.B_plus_outcome !== 'pass').map((c) => c.name)))
    expect(cert.grade).toBe(cert.B_plus.passed / 5 >= 0.8 ? 'B+' : 'B')
    expect(cert.fingerprint).toMatch(/^[0-9a-f]{32}$/)
    expect(readFileSync(join(root, 'certificate.md'), 'utf8')).toContain(`grade **${cert.grade}**`)
  })

  it('records the determinism witness of the forced-drift replay pairs', () => {
    expect(cert.determinism.equal).toBe(true)
    expect(cert.determinism.pairs).toHaveLength(3)
    for (const p of cert.determinism.pairs) {
      expect(p.manifest_fingerprint_a).not.toBe(p.manifest_fingerprint_b)
      expect(p.outputs_digest_a).toBe(p.outputs_digest_b)
      expect(p.scorecard_digest_a).toBe(p.scorecard_digest_b)
    }
  })

  it('writes byte-identical JSON for the same inputs', async () => {
    const again = join(root, 'again.json')
    const r = await cli('certify', '--policy', POLICY, '--runs', join(root, 'certified/runs'), '--replays', join(root, 'certified/replays'), '--out', again)
    expect(r.code).toBe(0)
    expect(readFileSync(again)).toEqual(readFileSync(certPath))
  })

  it('fails the replay gate when a replay differs, and without replays cannot evaluate it', async () => {
    const dir = join(root, 'drifting')
    const { runs, replays } = writeToyRoster(dir, CERTIFIED_KNOBS)
    writeToyRun(join(replays, 'seed=2'), 2, CERTIFIED_KNOBS, { engineVersion: 'toy-2', rows: 399 })
    const bad = await cli('certify', '--policy', POLICY, '--runs', runs, '--replays', replays, '--out', join(dir, 'c.json'))
    expect(bad.code).toBe(1)
    const c: Certificate = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))
    expect(c.grade).toBe('none')
    expect(c.hard_gates.find((g) => g.name === 'replay_determinism')?.per_seed['2'].outcome).toBe('fail')
    expect(c.determinism.equal).toBe(false)
    const none = await cli('certify', '--policy', POLICY, '--runs', runs)
    expect(none.code).toBe(2)
    expect(none.stdout).toContain('replay_determinism (undefined)')
  })

  it('vetoes the grade when a hard gate fails on one seed only', async () => {
    const dir = join(root, 'dupes')
    const { runs, replays } = writeToyRoster(dir, CERTIFIED_KNOBS)
    writeToyRun(join(runs, 'seed=3'), 3, CERTIFIED_KNOBS, { duplicates: 2 })
    writeToyRun(join(replays, 'seed=3'), 3, CERTIFIED_KNOBS, { duplicates: 2, engineVersion: 'toy-2' })
    const r = await cli('certify', '--policy', POLICY, '--runs', runs, '--replays', replays, '--out', join(dir, 'c.json'))
    expect(r.code).toBe(1)
    const c: Certificate = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'))
    expect(c.grade).toBe('none')
    expect(c.hard_gates.find((g) => g.name === 'no_duplicate_ids')).toMatchObject({ outcome: 'fail', per_seed: { '1': { value: 0 }, '3': { value: 1 } } })
    expect(c.B.passed).toBe(cert.B.passed) // the bands are unchanged: the veto alone removes the grade
  })
})

describe('guard', () => {
  const guard = async (name: string, knobs: typeof CERTIFIED_KNOBS, scopes: string, extra: string[] = []) => {
    const dir = join(root, name)
    const { runs, replays } = writeToyRoster(dir, knobs)
    const r = await cli('guard', '--policy', POLICY, '--certificate', certPath, '--runs', runs, '--replays', replays, '--scopes', scopes, '--out-dir', dir, ...extra)
    const file = join(dir, `freeze_guard_${cert.fingerprint}.json`)
    return { ...r, result: JSON.parse(readFileSync(file, 'utf8')) as GuardResult }
  }

  it('fails with exit 1 when a protected check regresses, naming it', async () => {
    const r = await guard('regressed', { ...CERTIFIED_KNOBS, single: 0.1 }, 'sizes')
    expect(r.code).toBe(1)
    expect(r.result.verdict).toBe('FAIL')
    expect(r.result.fingerprint).toBe(cert.fingerprint)
    const single = r.result.protected_checks.find((p) => p.name === 'single_share')!
    expect(single.pass).toBe(false)
    expect(single.per_seed['1'].certified).toBe(cert.metrics.single_share['1'])
    expect(single.per_seed['1'].proposed).toBeLessThan(0.25)
    expect(r.result.reasons.join('\n')).toMatch(/single_share \(sizes\)/)
    expect(r.stdout).toContain('freeze guard FAIL')
  })

  it('passes an unchanged posture with exit 0, listing the touched scope', async () => {
    const r = await guard('unchanged', CERTIFIED_KNOBS, 'prices')
    expect(r.code).toBe(0)
    expect(r.result.verdict).toBe('PASS')
    expect(r.result.touched_scopes.map((t) => t.name)).toEqual(['prices'])
    expect(r.result.protected_checks.every((p) => p.pass)).toBe(true)
    expect(r.result.confounding).toEqual([])
  })

  it('passes an improvement beyond tolerance that moves toward the B+ band', async () => {
    const r = await guard('improved', { ...CERTIFIED_KNOBS, priceNoise: 0.02 }, 'prices')
    const spearman = r.result.protected_checks.find((p) => p.name === 'size_price_spearman')!
    for (const s of Object.values(spearman.per_seed)) {
      expect(s.delta!).toBeGreaterThan(s.allowed_drift) // moved beyond tolerance…
      expect(s.pass).toBe(true) // …but toward the B+ band
    }
    expect(r.result.verdict).toBe('PASS')
    expect(r.code).toBe(0)
  })

  it('fails a drift beyond tolerance that moves away from the B+ band', async () => {
    const r = await guard('worse', { ...CERTIFIED_KNOBS, priceNoise: 0.6 }, 'prices')
    expect(r.code).toBe(1)
    const failing = r.result.protected_checks.filter((p) => !p.pass).map((p) => p.name)
    expect(failing).toContain('size_price_spearman')
  })

  it('lists metrics of untouched scopes that moved beyond noise as confounding', async () => {
    const r = await guard('confounded', { ...CERTIFIED_KNOBS, priceNoise: 0.6 }, 'sizes')
    expect(r.result.confounding.map((c) => c.metric)).toContain('size_price_spearman')
    expect(r.result.confounding.find((c) => c.metric === 'size_price_spearman')?.owner_scope).toBe('prices')
  })

  it('fails closed (exit 2) when the proposed runs cannot evaluate a hard gate', async () => {
    const dir = join(root, 'noreplay')
    const { runs } = writeToyRoster(dir, CERTIFIED_KNOBS)
    const r = await cli('guard', '--policy', POLICY, '--certificate', certPath, '--runs', runs, '--scopes', 'sizes', '--out', join(dir, 'g.json'))
    expect(r.code).toBe(2)
    const g: GuardResult = JSON.parse(readFileSync(join(dir, 'g.json'), 'utf8'))
    expect(g.verdict).toBe('FAIL')
    expect(g.could_not_evaluate).toBe(true)
  })

  it('renders markdown and a self-contained HTML report', async () => {
    const files = readdirSync(join(root, 'regressed')).filter((f) => f.startsWith('freeze_guard_'))
    const guardFile = join(root, 'regressed', files[0])
    const md = await cli('report', guardFile, '--format', 'md')
    expect(md.code).toBe(0)
    expect(md.stdout).toMatch(/^## realism-gate freeze guard — toy: ❌ FAIL/)
    expect(md.stdout).toContain('```mermaid')
    const html = join(root, 'report.html')
    const h = await cli('report', certPath, guardFile, '--format', 'html', '--out', html)
    expect(h.code).toBe(0)
    const text = readFileSync(html, 'utf8')
    expect(text).toContain('<svg class="band-chart"')
    expect(text).not.toMatch(/<script|https?:\/\//)
  })
})

describe('determinism', () => {
  it('is equal under forced manifest drift and exits 1 when outputs differ', async () => {
    const dir = join(root, 'det')
    writeToyRun(join(dir, 'a'), 5, CERTIFIED_KNOBS)
    writeToyRun(join(dir, 'b'), 5, CERTIFIED_KNOBS, { engineVersion: 'other', format: 'csv' })
    writeToyRun(join(dir, 'c'), 5, CERTIFIED_KNOBS, { engineVersion: 'other', rows: 401 })
    const same = await cli('determinism', join(dir, 'a'), join(dir, 'b'), '--out', join(dir, 'w.json'))
    expect(same.code).toBe(0)
    const w = JSON.parse(readFileSync(join(dir, 'w.json'), 'utf8'))
    expect(w.manifest_fingerprint_a).not.toBe(w.manifest_fingerprint_b)
    expect(w.equal).toBe(true)
    const differ = await cli('determinism', join(dir, 'a'), join(dir, 'c'))
    expect(differ.code).toBe(1)
    expect(differ.stdout).toContain('NOT equal: tables differ: shops')
    writeToyRun(join(dir, 'd'), 6, CERTIFIED_KNOBS)
    const notPair = await cli('determinism', join(dir, 'a'), join(dir, 'd'))
    expect(notPair.code).toBe(2)
    expect(notPair.stderr).toContain('not a determinism pair')
    rmSync(dir, { recursive: true })
  })
})
