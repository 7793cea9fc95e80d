import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { Certificate } from '../src/certification/types.js'
import { certificateMarkdown, compareCertificates } from '../src/report/markdown.js'
import { htmlReport } from '../src/report/html.js'

const pinned: Certificate = JSON.parse(readFileSync('examples/segment-1a/certificate.json', 'utf8'))
const clone = (): Certificate => JSON.parse(JSON.stringify(pinned))

describe('certificate comparison', () => {
  it('finds no change between a certificate and itself', () => {
    expect(compareCertificates(pinned, clone())).toEqual({ same: true, lines: [] })
  })

  it('names grade, tally, fingerprint, check, gate and digest changes', () => {
    const fresh = clone()
    fresh.grade = 'none'
    fresh.hard = { passed: 3, total: 4 }
    fresh.fingerprint = '0'.repeat(32)
    fresh.checks[0].B_outcome = 'fail'
    fresh.hard_gates[1].outcome = 'fail'
    fresh.lineage.runs[2].outputs_digest = 'f'.repeat(64)
    const { same, lines } = compareCertificates(pinned, fresh)
    expect(same).toBe(false)
    expect(lines).toEqual([
      'grade B → none',
      'hard 4/4 → 3/4',
      `fingerprint ${pinned.fingerprint} → ${'0'.repeat(32)}`,
      `check ${pinned.checks[0].name}: B pass → fail, B+ ${pinned.checks[0].B_plus_outcome} → ${pinned.checks[0].B_plus_outcome}`,
      `hard gate ${pinned.hard_gates[1].name}: pass → fail`,
      `outputs digest of seed ${pinned.lineage.runs[2].seed} changed (the data, or the digest's encoding)`
    ])
  })
})

describe('certificate markdown', () => {
  it('states the decision first and the honest non-claim with the B+ misses', () => {
    const md = certificateMarkdown(pinned)
    const [first] = md.split('\n')
    expect(first).toBe('## realism-gate certificate — segment-1a: grade **B**')
    expect(md).toContain(`**Not claimed: B+** — B+ 10/14 (71.43 %) is below 80.00 %. Top B+ misses: ${pinned.top_B_plus_misses.join(', ')}.`)
    for (const c of pinned.checks) expect(md).toContain(`| ${c.name} |`)
  })
})

describe('HTML report', () => {
  it('escapes every text it shows', () => {
    const evil = clone()
    evil.segment = '<img src=x onerror=alert(1)>'
    evil.checks[0].name = '"><script>alert(1)</script>'
    const html = htmlReport([{ label: '<b>label</b>', doc: evil }])
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>label')
    expect(html).toContain('&#60;script&#62;')
  })
})

describe('guard markdown', () => {
  it('escapes pipes in table headers so a confounding table keeps its four columns', async () => {
    const { guardMarkdown } = await import('../src/report/markdown.js')
    const md = guardMarkdown({
      kind: 'realism-gate/freeze-guard',
      schema_version: 1,
      segment: 's',
      verdict: 'PASS',
      fingerprint: 'f'.repeat(32),
      certified_grade: 'B',
      touched_scopes: [],
      reopened_scopes: [],
      protected_checks: [],
      hard_gates: [],
      confounding: [{ metric: 'm', owner_scope: null, noise: 0.1, max_abs_delta: 0.5, per_seed: {} }],
      reasons: [],
      could_not_evaluate: false,
      proposed: { grade: 'B', roster: [1], run_ids: ['r'] },
      tool: { name: 'realism-gate', version: '0.1.0' }
    })
    const header = md.split('\n').find((l) => l.startsWith('| metric | owner scope'))!
    expect(header).toBe('| metric | owner scope | noise | max \\|Δ\\| |')
    expect(header.split(/(?<!\\)\|/).length - 2).toBe(4)
  })
})
