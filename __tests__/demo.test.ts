/**
 * The README's main job: `npm run demo` replays the seed's Segment 1A story end to end. This runs it
 * as a user would (a child process), checks the story's numbers in what it wrote, and renders its HTML
 * report in headless Chromium.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Certificate } from '../src/certification/types.js'
import type { GuardResult } from '../src/guard/types.js'

const CHROMIUM = '/usr/bin/chromium'
let out: string
let stdout: string
let status: number | null

const cert = (preset: string): Certificate => JSON.parse(readFileSync(join(out, 'certificates', `${preset}.json`), 'utf8'))
const guard = (name: string): GuardResult => {
  const dir = join(out, 'guards', name)
  const [file] = readdirSync(dir).filter((f) => /^freeze_guard_[0-9a-f]{32}\.json$/.test(f))
  return JSON.parse(readFileSync(join(dir, file), 'utf8'))
}

beforeAll(() => {
  out = join(mkdtempSync(join(tmpdir(), 'rg-demo-')), 'demo-out')
  const r = spawnSync('npx', ['tsx', 'examples/segment-1a/demo.ts'], { env: { ...process.env, DEMO_OUT: out }, encoding: 'utf8', timeout: 600_000 })
  stdout = r.stdout
  status = r.status
  if (status !== 0) console.error(r.stdout, r.stderr)
}, 600_000)

describe('npm run demo', () => {
  it('exits 0 and prints the story table', () => {
    expect(status).toBe(0)
    expect(stdout).toMatch(/^p4\s+B\s+4\/4\s+13\/14\s+10\/14\s+equal/m)
    expect(stdout).toMatch(/^baseline\s+none\s/m)
  })

  it('certifies p4 as the seed tells it: hard 4/4, B 13/14, B+ 10/14, B and honestly not B+', () => {
    const p4 = cert('p4')
    expect(p4).toMatchObject({ grade: 'B', eligible_B: true, eligible_B_plus: false, hard: { passed: 4, total: 4 }, B: { passed: 13, total: 14 }, B_plus: { passed: 10, total: 14 } })
    expect(p4.roster).toEqual([42, 43, 44])
    expect(p4.top_B_plus_misses).toEqual(expect.arrayContaining(['gini_outlets', 'top10_outlet_share']))
    expect(p4.determinism.equal).toBe(true)
    for (const pair of p4.determinism.pairs) expect(pair.manifest_fingerprint_a).not.toBe(pair.manifest_fingerprint_b)
  })

  it('reproduces the pinned certificate exactly', () => {
    const pinned = readFileSync('examples/segment-1a/certificate.json', 'utf8')
    expect(readFileSync(join(out, 'certificates', 'p4.json'), 'utf8')).toBe(pinned)
  })

  it('fails the baseline on hard gates, replay determinism among them', () => {
    const baseline = cert('baseline')
    expect(baseline.grade).toBe('none')
    expect(baseline.hard_gates.find((g) => g.metric === 'replay_equal')?.outcome).toBe('fail')
    expect(baseline.determinism.equal).toBe(false)
  })

  it('fails the guard when the S1 hurdle goes back to baseline, naming single_site_share', () => {
    const g = guard('hurdle-reverted')
    expect(g.verdict).toBe('FAIL')
    expect(g.touched_scopes.map((t) => t.name)).toEqual(['S1/S2'])
    expect(g.protected_checks.find((p) => p.name === 'single_site_share')?.pass).toBe(false)
    expect(g.reasons.some((r) => r.startsWith('single_site_share'))).toBe(true)
  })

  it('passes a change outside every frozen scope, and a posture-keeping change inside S1/S2 with the scope listed', () => {
    const outside = guard('outside-frozen-scopes')
    expect(outside).toMatchObject({ verdict: 'PASS', touched_scopes: [] })
    const inside = guard('inside-scope-posture-kept')
    expect(inside.verdict).toBe('PASS')
    expect(inside.touched_scopes.map((t) => t.name)).toEqual(['S1/S2'])
    expect(inside.touched_scopes[0].reasons).toEqual([expect.objectContaining({ kind: 'config_key', key: 'outlets.phi.sigma' })])
  })

  it('writes a markdown report and a self-contained HTML report', () => {
    const md = readFileSync(join(out, 'report.md'), 'utf8')
    expect(md).toContain('## Step p4: realism-gate certificate — segment-1a: grade **B**')
    const html = readFileSync(join(out, 'report.html'), 'utf8')
    expect(html).not.toMatch(/<script|<link|https?:\/\//)
  })

  const hasChromium = existsSync(CHROMIUM)
  ;(hasChromium ? it : it.skip)('renders the HTML report in headless Chromium without errors, charts drawn', async () => {
    const { launch } = await import('puppeteer-core')
    const browser = await launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      userDataDir: mkdtempSync(join(tmpdir(), 'rg-chromium-'))
    })
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(String(e)))
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
      page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`))
      await page.goto(`file://${join(out, 'report.html')}`, { waitUntil: 'load' })
      // Evaluated in the page (a string: this test is type-checked without the DOM library).
      const drawn = (await page.evaluate(`(() => ({
        bandCharts: document.querySelectorAll('svg.band-chart').length,
        waveCharts: document.querySelectorAll('svg.wave-chart').length,
        dots: document.querySelectorAll('svg.band-chart circle').length,
        polylines: [...document.querySelectorAll('svg.wave-chart polyline')].filter((p) => (p.getAttribute('points') || '').split(' ').length === 5).length,
        chartWidth: document.querySelector('svg.band-chart').getBoundingClientRect().width,
        guards: document.querySelectorAll('section.guard').length
      }))()`)) as { bandCharts: number; waveCharts: number; dots: number; polylines: number; chartWidth: number; guards: number }
      expect(errors).toEqual([])
      expect(drawn.bandCharts).toBe(5 * 14) // every check of every step
      expect(drawn.dots).toBe(5 * 14 * 3) // a dot per roster seed (no undefined values in the story)
      expect(drawn.waveCharts).toBeGreaterThanOrEqual(14)
      expect(drawn.polylines).toBe(drawn.waveCharts) // each metric drawn through all five steps
      expect(drawn.chartWidth).toBeGreaterThan(100)
      expect(drawn.guards).toBe(3)
      await page.screenshot({ path: join(out, 'report.png'), fullPage: false })
    } finally {
      await browser.close()
    }
  })
})
