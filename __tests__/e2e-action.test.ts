/**
 * End to end: the BUNDLED action (the committed dist/index.js, which __tests__/dist.test.ts keeps equal to a
 * fresh build of the sources) runs as
 * a child process with real webhook payloads (@octokit/webhooks-examples), GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH files, and a loopback GitHub server that validates every
 * request and response against GitHub's OpenAPI description. Each scenario asserts the exit code, the
 * outputs, the summary and the exact API calls.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:http'
import { createRequire } from 'node:module'
import { connect, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { FakeGitHub, type Fault, type FakeState } from './helpers/github-server.js'
import { parsePolicy } from '../src/policy/index.js'
import { certifyRuns } from '../src/pipeline.js'
import { canonicalJson } from '../src/core/canonical.js'
import { stickyMarker } from '../src/action/comment.js'
import type { Certificate } from '../src/certification/types.js'

const ROOT = resolve(import.meta.dirname, '..')
const FIX = join(ROOT, '__fixtures__/github')
const RUNS = join(FIX, 'runs')
const OWNER = 'Codertocat'
const REPO = 'Hello-World'
const REPO_API = `/repos/${OWNER}/${REPO}`
const MARKER = stickyMarker('shops')
const BOT = 'github-actions[bot]'

const require = createRequire(import.meta.url)
type Json = Record<string, unknown>
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: Json[] }[]
const example = (name: string, action?: string): Json =>
  structuredClone(examples.find((e) => e.name === name)!.examples.find((x) => action === undefined || x.action === action)!)

const prPayload = example('pull_request', 'synchronize')
const PR = prPayload.pull_request as { number: number; base: { sha: string }; head: { sha: string; ref: string } }
const BASE = PR.base.sha
const HEAD = PR.head.sha
const NUMBER = PR.number

let work: string
let bundle: string
let pinned: Certificate
const policyText = readFileSync(join(FIX, 'policy.yml'), 'utf8')
const knobsBase = readFileSync(join(FIX, 'config/knobs.yml'), 'utf8')
// The PR changes one key of the population scope (line 3) and a comment.
const knobsHead = knobsBase.replace('single_site_weight: 0.4', 'single_site_weight: 0.1').replace('(base version)', '(proposed)')

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'rg-e2e-'))
  bundle = join(ROOT, 'dist')
  expect(readFileSync(join(bundle, 'index.js'), 'utf8')).not.toContain('webpackMissingModule')
})

beforeAll(async () => {
  const policy = parsePolicy(policyText, 'realism-gate.yml')
  pinned = await certifyRuns({ policy, policyFile: 'realism-gate.yml', segment: 'shops', runsDir: join(RUNS, 'baseline') })
  expect(pinned.grade).toBe('B+')
})

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true })
})

function baseState(over: Partial<FakeState> = {}): FakeState {
  return {
    owner: OWNER,
    repo: REPO,
    pull: { number: NUMBER, baseSha: BASE, headSha: HEAD, headRef: PR.head.ref, labels: [] },
    files: [],
    contents: {
      [BASE]: { 'realism-gate.yml': policyText, 'certs/shops.json': canonicalJson(pinned), 'config/knobs.yml': knobsBase },
      [HEAD]: { 'realism-gate.yml': policyText, 'certs/shops.json': canonicalJson(pinned), 'config/knobs.yml': knobsHead }
    },
    reviews: [],
    permissions: {},
    labelEvents: [],
    pushes: [],
    comments: [],
    tokenUser: null,
    readOnly: false,
    ...over
  }
}

interface Run {
  code: number | null
  outputs: Record<string, string>
  summary: string
  stdout: string
  gh: FakeGitHub
  workspace: string
}

let counter = 0

async function runAction(o: {
  state: FakeState
  runs?: string
  inputs?: Record<string, string>
  faults?: Fault[]
  eventName?: string
  payload?: Json
  gh?: FakeGitHub
  prepare?: (workspace: string) => void
  env?: Record<string, string>
}): Promise<Run> {
  const dir = join(work, `run-${++counter}`)
  const workspace = join(dir, 'workspace')
  mkdirSync(workspace, { recursive: true })
  o.prepare?.(workspace)
  const gh = o.gh ?? new FakeGitHub(o.state)
  if (!o.gh) await gh.start()
  gh.faults.push(...(o.faults ?? []))
  const eventPath = join(dir, 'event.json')
  writeFileSync(eventPath, JSON.stringify(o.payload ?? prPayload))
  const outputFile = join(dir, 'output.txt')
  const summaryFile = join(dir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const inputs: Record<string, string> = {
    'github-token': 'ghs_e2e',
    policy: 'realism-gate.yml',
    certificate: 'certs/shops.json',
    ...(o.runs ? { runs: join(RUNS, o.runs) } : {}),
    'reopen-label-prefix': 'realism-gate/reopen:',
    'out-dir': 'realism-gate-out',
    ...o.inputs
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: workspace,
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: HEAD,
    GITHUB_REF: `refs/pull/${NUMBER}/merge`,
    RUNNER_TEMP: dir,
    REALISM_GATE_RETRY_BASE_MS: '1'
  }
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v
  Object.assign(env, o.env)
  const child = spawn(process.execPath, [join(bundle, 'index.js')], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
  const code = await new Promise<number | null>((done) => child.on('close', done))
  if (!o.gh) await gh.stop()
  return { code, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8'), stdout, gh, workspace }
}

/** GITHUB_OUTPUT uses `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

const touchFiles = [{ filename: 'config/knobs.yml', status: 'modified' as const }]
const policyAt = (sha: string) => `GET ${REPO_API}/contents/realism-gate.yml?ref=${sha} 200`
const knobsCalls = [`GET ${REPO_API}/contents/config/knobs.yml?ref=${BASE} 200`, `GET ${REPO_API}/contents/config/knobs.yml?ref=${HEAD} 200`]
const pullCalls = (files = 1) => [
  `GET ${REPO_API}/pulls/${NUMBER} 200`,
  ...Array.from({ length: Math.max(1, Math.ceil(files / 100)) }, (_, i) => `GET ${REPO_API}/pulls/${NUMBER}/files?${i ? `page=${i + 1}&` : ''}per_page=100 200`)
]
const certCall = `GET ${REPO_API}/contents/certs/shops.json?ref=${BASE} 200`
const commentLookup = [`GET /user 403`, `GET ${REPO_API}/issues/${NUMBER}/comments?per_page=100 200`]
const createComment = `POST ${REPO_API}/issues/${NUMBER}/comments 201`

function expectClean(r: Run): void {
  expect(r.gh.violations).toEqual([])
  expect(r.stdout).not.toMatch(/\n\s+at .*\.js:\d+/) // no stack traces
}

describe('pull_request', () => {
  it('no frozen scope touched: not applicable, success, one-line summary, no comment', async () => {
    const r = await runAction({ state: baseState({ files: [{ filename: 'README.md', status: 'modified' }] }), runs: 'good' })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ verdict: 'not-applicable', grade: '', 'touched-scopes': '[]', fingerprint: '' })
    expect(r.summary).toContain('not applicable: no frozen scope of segment `shops` is touched by this pull request (1 changed file checked)')
    expect(r.gh.callLines()).toEqual([policyAt(BASE), ...pullCalls(), ...commentLookup])
    expect(r.gh.state.comments).toEqual([])
    expect(readFileSync(r.outputs['report-path'], 'utf8')).toContain('not applicable')
  })

  it('touched with a regression: fails, creates the comment, annotates the changed config line', async () => {
    const r = await runAction({ state: baseState({ files: touchFiles }), runs: 'regressed' })
    expectClean(r)
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    expect(r.outputs.fingerprint).toBe(pinned.fingerprint)
    expect(JSON.parse(r.outputs['touched-scopes'])).toEqual([
      {
        name: 'population',
        wave: 'P1',
        reasons: [{ kind: 'config_key', file: 'config/knobs.yml', key: 'population.single_site_weight', pattern: 'population.*', line: 3 }]
      }
    ])
    expect(r.gh.callLines()).toEqual([policyAt(BASE), ...pullCalls(), ...knobsCalls, certCall, ...commentLookup, createComment])
    expect(r.gh.state.comments).toHaveLength(1)
    expect(r.gh.state.comments[0].login).toBe(BOT)
    const body = r.gh.state.comments[0].body
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain('FAIL')
    expect(body).toContain('single_share')
    expect(r.summary).toContain('FAIL')
    expect(r.stdout).toContain('::error title=realism-gate%3A frozen scope "population",file=config/knobs.yml,line=3::`population.single_site_weight` matches')
    expect(r.stdout).toMatch(/::error::realism-gate: fail: freeze guard failed: single_share/)
    // The trusted inputs actually used are kept next to the report.
    expect(readFileSync(join(r.workspace, 'realism-gate-out/base/certs/shops.json'), 'utf8')).toBe(canonicalJson(pinned))
  })

  it('touched without a regression: passes and reports the proposed grade', async () => {
    const r = await runAction({ state: baseState({ files: touchFiles }), runs: 'good' })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ verdict: 'pass', grade: 'B+', fingerprint: pinned.fingerprint })
    expect(r.gh.callLines()).toEqual([policyAt(BASE), ...pullCalls(), ...knobsCalls, certCall, ...commentLookup, createComment])
    expect(r.gh.state.comments[0].body).toContain('PASS')
    const guard = JSON.parse(readFileSync(join(r.workspace, `realism-gate-out/freeze_guard_${pinned.fingerprint}.json`), 'utf8'))
    expect(guard.verdict).toBe('PASS')
  })

  it('a second run updates the same comment and ignores a human comment quoting the marker', async () => {
    const state = baseState({ files: touchFiles })
    const gh = new FakeGitHub(state)
    await gh.start()
    try {
      const first = await runAction({ state, runs: 'regressed', gh })
      expect(first.code).toBe(1)
      const botId = state.comments[0].id
      // A human quotes the bot's comment (marker included) before the next push.
      state.comments.unshift({ id: 1, login: 'octocat', type: 'User', body: `> ${MARKER}\n> FAIL? why` })
      const before = gh.calls.length
      const second = await runAction({ state, runs: 'good', gh })
      expectClean(second)
      expect(second.code).toBe(0)
      expect(gh.callLines().slice(before)).toEqual([
        policyAt(BASE),
        ...pullCalls(),
        ...knobsCalls,
        certCall,
        ...commentLookup,
        `PATCH ${REPO_API}/issues/comments/${botId} 200`
      ])
      expect(state.comments.map((c) => c.id)).toEqual([1, botId])
      expect(state.comments[0].body).toBe(`> ${MARKER}\n> FAIL? why`)
      expect(state.comments[1].body).toContain('PASS')
    } finally {
      await gh.stop()
    }
  })

  it('fork PR with a read-only token: warning and job summary, the verdict holds', async () => {
    const payload = structuredClone(prPayload)
    const head = (payload.pull_request as Json).head as Json
    head.repo = { ...(head.repo as Json), full_name: 'forker/Hello-World', fork: true }
    const state = baseState({ files: touchFiles, readOnly: true })
    state.pull.forkFullName = 'forker/Hello-World'
    const fail = await runAction({ state, runs: 'regressed', payload })
    expectClean(fail)
    expect(fail.code).toBe(1)
    expect(fail.outputs.verdict).toBe('fail')
    expect(fail.stdout).toContain('::warning::realism-gate: the token cannot write pull request comments')
    expect(fail.gh.callLines().slice(-1)).toEqual([`POST ${REPO_API}/issues/${NUMBER}/comments 403`])
    expect(fail.summary).toContain('FAIL')
    const pass = await runAction({ state: { ...state, comments: [] }, runs: 'good', payload })
    expect(pass.code).toBe(0)
    expect(pass.outputs.verdict).toBe('pass')
  })
})

describe('behind an HTTP proxy', () => {
  // The bundle answers `undici` with src/io/undici-on-demand.ts: without a proxy Node's fetch sends the
  // requests; with one, the bundled undici is loaded and tunnels them. The API host does not resolve, so
  // only the proxy can reach it.
  it('sends every API request through the CONNECT tunnel of HTTP_PROXY', async () => {
    const gh = new FakeGitHub(baseState({ files: [{ filename: 'README.md', status: 'modified' }] }))
    await gh.start()
    const apiPort = Number(new URL(gh.url).port)
    const tunnels: string[] = []
    const proxy = createServer((_req, res) => res.writeHead(405).end())
    proxy.on('connect', (req, client, head) => {
      tunnels.push(String(req.url))
      const upstream = connect(apiPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('error', () => upstream.destroy())
    })
    await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done))
    try {
      const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`
      const r = await runAction({ gh, state: gh.state, runs: 'good', env: { GITHUB_API_URL: `http://api.github.test:${apiPort}`, HTTP_PROXY: proxyUrl } })
      expectClean(r)
      expect(r.code).toBe(0)
      expect(r.outputs.verdict).toBe('not-applicable')
      expect(r.gh.callLines()).toEqual([policyAt(BASE), ...pullCalls(), ...commentLookup])
      expect(tunnels.length).toBeGreaterThan(0)
      expect([...new Set(tunnels)]).toEqual([`api.github.test:${apiPort}`])
    } finally {
      proxy.closeAllConnections()
      await new Promise((done) => proxy.close(done))
      await gh.stop()
    }
  })
})

describe('governance', () => {
  const policyChange = [{ filename: 'realism-gate.yml', status: 'modified' as const }]
  const reviewCalls = [`GET ${REPO_API}/pulls/${NUMBER}/reviews?per_page=100 200`]

  it('policy changed without approval: fails and says what is needed', async () => {
    const r = await runAction({
      state: baseState({
        files: policyChange,
        // A stale approval (older commit) and an approval from a read-only user do not count.
        reviews: [
          { login: 'maintainer', state: 'APPROVED', commit_id: BASE },
          { login: 'reader', state: 'APPROVED', commit_id: HEAD }
        ],
        permissions: { maintainer: 'write', reader: 'read' }
      }),
      runs: 'good'
    })
    expectClean(r)
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    expect(r.gh.callLines()).toEqual([
      policyAt(BASE),
      ...pullCalls(),
      ...reviewCalls,
      `GET ${REPO_API}/collaborators/reader/permission 200`,
      ...commentLookup,
      createComment
    ])
    const body = r.gh.state.comments[0].body
    expect(body).toContain('Governance change without approval')
    expect(body).toContain(`a review in state APPROVED on the head commit ${HEAD.slice(0, 7)} from a user with write access`)
    expect(body).toContain('@reader approved, but has read access')
    expect(r.stdout).toContain('::error::realism-gate: fail: governance change without approval: realism-gate.yml')
  })

  it('policy changed with an approval on the head commit: the guard runs', async () => {
    const r = await runAction({
      state: baseState({
        files: policyChange,
        reviews: [{ login: 'maintainer', state: 'APPROVED', commit_id: HEAD }],
        permissions: { maintainer: 'maintain' }
      }),
      runs: 'good'
    })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.outputs).toMatchObject({ verdict: 'pass', grade: 'B+', 'touched-scopes': '[]' })
    expect(r.gh.callLines()).toEqual([
      policyAt(BASE),
      ...pullCalls(),
      ...reviewCalls,
      `GET ${REPO_API}/collaborators/maintainer/permission 200`,
      certCall,
      ...commentLookup,
      createComment
    ])
    expect(r.summary).toContain('approved by @maintainer')
  })

  it('the approval label counts only when applied after the last push', async () => {
    const label = 'realism-gate/approved'
    const state = (labelAt: string) =>
      baseState({
        files: policyChange,
        pull: { number: NUMBER, baseSha: BASE, headSha: HEAD, headRef: PR.head.ref, labels: [label] },
        labelEvents: [{ label, actor: 'maintainer', at: labelAt, event: 'labeled' }],
        pushes: [{ after: HEAD, at: '2026-01-05T10:00:00Z' }],
        permissions: { maintainer: 'admin' }
      })
    const labelCalls = [
      `GET ${REPO_API}/issues/${NUMBER}/events?per_page=100 200`,
      `GET ${REPO_API}/activity?per_page=100&ref=${encodeURIComponent(`refs/heads/${PR.head.ref}`)} 200`
    ]
    const stale = await runAction({ state: state('2026-01-05T09:00:00Z'), runs: 'good', inputs: { 'approval-label': label } })
    expectClean(stale)
    expect(stale.code).toBe(1)
    expect(stale.gh.state.comments[0].body).toContain('was applied before the last push')
    const fresh = await runAction({ state: state('2026-01-05T11:00:00Z'), runs: 'good', inputs: { 'approval-label': label } })
    expectClean(fresh)
    expect(fresh.code).toBe(0)
    expect(fresh.gh.callLines()).toEqual([
      policyAt(BASE),
      ...pullCalls(),
      ...reviewCalls,
      ...labelCalls,
      `GET ${REPO_API}/collaborators/maintainer/permission 200`,
      certCall,
      ...commentLookup,
      createComment
    ])
  })
})

describe('limits and failures', () => {
  it('PR over the 3000-file cap without history: fails closed saying why', async () => {
    const files = Array.from({ length: 3001 }, (_, i) => ({ filename: `data/f${i}.csv`, status: 'added' as const }))
    const r = await runAction({ state: baseState({ files }), runs: 'good' })
    expectClean(r)
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.stdout).toContain('the pull request changes 3001 files but the API lists only 3000')
    expect(r.stdout).toContain('fetch-depth: 0')
    expect(r.gh.callLines()).toEqual([policyAt(BASE), ...pullCalls(3000), ...commentLookup, createComment])
    expect(r.gh.state.comments[0].body).toContain('ERROR')
  })

  it('PR over the file cap with the history checked out: git diff and git show are used instead', async () => {
    const files = Array.from({ length: 3001 }, (_, i) => ({ filename: `data/f${i}.csv`, status: 'added' as const }))
    let base = ''
    let head = ''
    const git = (ws: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: ws, encoding: 'utf8' }).trim()
    const prepare = (ws: string) => {
      git(ws, 'init', '-q', '-b', 'main')
      writeFileSync(join(ws, 'realism-gate.yml'), policyText)
      mkdirSync(join(ws, 'certs'))
      writeFileSync(join(ws, 'certs/shops.json'), canonicalJson(pinned))
      mkdirSync(join(ws, 'config'))
      writeFileSync(join(ws, 'config/knobs.yml'), knobsBase)
      git(ws, 'add', '-A')
      git(ws, 'commit', '-q', '-m', 'base')
      base = git(ws, 'rev-parse', 'HEAD')
      mkdirSync(join(ws, 'data'))
      for (const f of files) writeFileSync(join(ws, f.filename), 'x\n')
      writeFileSync(join(ws, 'config/knobs.yml'), knobsHead)
      git(ws, 'add', '-A')
      git(ws, 'commit', '-q', '-m', 'head')
      head = git(ws, 'rev-parse', 'HEAD')
    }
    // The shas are only known once the repository exists: build it first, then point payload and server at it.
    const ws = mkdtempSync(join(work, 'git-'))
    prepare(ws)
    const payload = structuredClone(prPayload)
    ;((payload.pull_request as Json).base as Json).sha = base
    ;((payload.pull_request as Json).head as Json).sha = head
    const state = baseState({ files: [...files, { filename: 'config/knobs.yml', status: 'modified' }], contents: {} })
    state.pull.baseSha = base
    state.pull.headSha = head
    const r = await runAction({ state, runs: 'good', payload, prepare: (w) => cpSync(ws, w, { recursive: true }) })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    expect(JSON.parse(r.outputs['touched-scopes']).map((t: { name: string }) => t.name)).toEqual(['population'])
    // No contents API reads: the policy, the knobs and the certificate came from git.
    expect(r.gh.callLines()).toEqual([
      `GET ${REPO_API}/pulls/${NUMBER} 200`,
      ...pullCalls(3000).slice(1),
      ...commentLookup,
      createComment
    ])
  })

  it('a report longer than a comment: the comment is truncated with a pointer, the summary is whole', async () => {
    const files = Array.from({ length: 1200 }, (_, i) => ({
      filename: `engine/population/generators/very/long/module/path/number_${String(i).padStart(4, '0')}.py`,
      status: 'modified' as const
    }))
    const r = await runAction({ state: baseState({ files }), runs: 'good' })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.outputs.verdict).toBe('pass')
    const body = r.gh.state.comments[0].body
    expect(body.length).toBeLessThanOrEqual(65536)
    expect(body.startsWith(MARKER)).toBe(true)
    expect(body).toContain('PASS')
    expect(body).toContain('Report truncated')
    expect(body).toContain(`https://github.com/${OWNER}/${REPO}/actions/runs/4242`)
    expect(r.summary.length).toBeGreaterThan(65536)
    expect(r.summary).toContain('number_1199.py')
    expect(readFileSync(r.outputs['report-path'], 'utf8')).toContain('number_1199.py')
  })

  it('a 502 is retried, then succeeds', async () => {
    const r = await runAction({
      state: baseState({ files: [{ filename: 'README.md', status: 'modified' }] }),
      runs: 'good',
      faults: [{ method: 'GET', path: /\/pulls\/\d+\/files$/, status: 502, body: { message: 'Server Error' }, times: 1 }]
    })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.outputs.verdict).toBe('not-applicable')
    expect(r.gh.callLines()).toEqual([
      policyAt(BASE),
      `GET ${REPO_API}/pulls/${NUMBER} 200`,
      `GET ${REPO_API}/pulls/${NUMBER}/files?per_page=100 502`,
      `GET ${REPO_API}/pulls/${NUMBER}/files?per_page=100 200`,
      ...commentLookup
    ])
  })

  it('a secondary rate limit is waited out (retry-after honoured) and retried', async () => {
    const r = await runAction({
      state: baseState({ files: touchFiles }),
      runs: 'good',
      faults: [
        {
          method: 'POST',
          path: /\/issues\/\d+\/comments$/,
          status: 403,
          headers: { 'retry-after': '2' },
          body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' },
          times: 1
        }
      ]
    })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.gh.callLines().slice(-2)).toEqual([`POST ${REPO_API}/issues/${NUMBER}/comments 403`, createComment])
    expect(r.stdout).toContain('secondary rate limit on POST')
    expect(r.gh.state.comments).toHaveLength(1)
  })

  it('a 4xx is reported, not retried', async () => {
    const r = await runAction({
      state: baseState({ files: touchFiles }),
      runs: 'good',
      faults: [{ method: 'GET', path: /\/pulls\/\d+$/, status: 404, body: { message: 'Not Found' }, times: 5 }]
    })
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.gh.callLines().filter((l) => l.startsWith(`GET ${REPO_API}/pulls/${NUMBER} `))).toEqual([`GET ${REPO_API}/pulls/${NUMBER} 404`])
    expect(r.stdout).toContain(`GitHub API: GET ${REPO_API}/pulls/${NUMBER} answered 404`)
  })

  it('missing artifacts: fails closed with the folder named', async () => {
    const r = await runAction({ state: baseState({ files: touchFiles }), inputs: { runs: 'no-such-runs' } })
    expectClean(r)
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.stdout).toMatch(/::error::realism-gate: error: .*no-such-runs: runs folder not found/)
    expect(r.gh.callLines()).toEqual([policyAt(BASE), ...pullCalls(), ...knobsCalls, certCall, ...commentLookup, createComment])
    expect(r.gh.state.comments[0].body).toContain('fails closed')
  })

  it('a policy missing at the base commit fails closed', async () => {
    const state = baseState({ files: touchFiles })
    delete state.contents[BASE]['realism-gate.yml']
    const r = await runAction({ state, runs: 'good' })
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.stdout).toContain(`realism-gate.yml@${BASE.slice(0, 7)}: policy file not found at the base commit`)
    expect(r.gh.violations.filter((v) => !v.includes('404'))).toEqual([])
  })
})

describe('workflow_run (tamper-resistant setup)', () => {
  const wrPayload = (prs: number[]) => {
    const p = example('workflow_run', 'completed')
    const wr = p.workflow_run as Json
    wr.event = 'pull_request'
    wr.conclusion = 'success'
    wr.head_sha = HEAD
    wr.pull_requests = prs.map((n) => ({ id: 1, number: n, url: `https://api.github.com${REPO_API}/pulls/${n}`, head: { ref: PR.head.ref, sha: HEAD, repo: {} }, base: { ref: 'main', sha: BASE, repo: {} } }))
    return p
  }
  const statusCall = `POST ${REPO_API}/statuses/${HEAD} 201`

  it('scores the uploaded artifacts of a fork PR (number from the input) and posts the status on its head', async () => {
    const state = baseState({ files: touchFiles })
    state.pull.forkFullName = 'forker/Hello-World'
    const r = await runAction({ state, runs: 'regressed', eventName: 'workflow_run', payload: wrPayload([]), inputs: { 'pull-request': String(NUMBER) } })
    expectClean(r)
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('fail')
    // One pulls.get serves both the head check and the evaluation.
    expect(r.gh.callLines()).toEqual([
      `GET ${REPO_API}/pulls/${NUMBER} 200`,
      policyAt(BASE),
      `GET ${REPO_API}/pulls/${NUMBER}/files?per_page=100 200`,
      ...knobsCalls,
      certCall,
      ...commentLookup,
      createComment,
      statusCall
    ])
    expect(r.gh.state.statuses).toEqual([expect.objectContaining({ sha: HEAD, state: 'failure', context: 'realism-gate' })])
    expect(r.gh.state.statuses![0].description.length).toBeLessThanOrEqual(140)
  })

  it('refuses artifacts built from a commit that is no longer the PR head', async () => {
    const state = baseState({ files: touchFiles })
    state.pull.headSha = 'c'.repeat(40)
    const r = await runAction({ state, runs: 'good', eventName: 'workflow_run', payload: wrPayload([NUMBER]) })
    expectClean(r)
    expect(r.code).toBe(1)
    expect(r.outputs.verdict).toBe('error')
    expect(r.stdout).toContain(`pull request #${NUMBER} is at ccccccc, but the artifacts were built from ${HEAD.slice(0, 7)}`)
    expect(r.gh.callLines()).toEqual([`GET ${REPO_API}/pulls/${NUMBER} 200`, statusCall])
    expect(r.gh.state.statuses![0].state).toBe('error')
  })
})

describe('workflow_dispatch', () => {
  it('recertifies, writes the certificate and compares it with the pinned one, without API calls', async () => {
    const payload = example('workflow_dispatch')
    payload.inputs = { segment: 'shops', runs: join(RUNS, 'good') }
    const r = await runAction({
      state: baseState(),
      eventName: 'workflow_dispatch',
      payload,
      inputs: { runs: '' },
      prepare: (ws) => {
        cpSync(join(FIX, 'policy.yml'), join(ws, 'realism-gate.yml'))
        mkdirSync(join(ws, 'certs'))
        writeFileSync(join(ws, 'certs/shops.json'), canonicalJson(pinned))
      }
    })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.gh.calls).toEqual([])
    const certPath = r.outputs['certificate-path']
    expect(existsSync(certPath)).toBe(true)
    const fresh = JSON.parse(readFileSync(certPath, 'utf8')) as Certificate
    expect(fresh.kind).toBe('realism-gate/certificate')
    expect(r.outputs).toMatchObject({ verdict: 'pass', grade: fresh.grade, fingerprint: fresh.fingerprint })
    // Different runs (other parameter_hash): a different posture, said so plainly.
    expect(fresh.fingerprint).not.toBe(pinned.fingerprint)
    expect(r.summary).toContain('Differs from the pinned certificate `certs/shops.json`')
    expect(r.summary).toContain(`fingerprint ${pinned.fingerprint} → ${fresh.fingerprint}`)
    expect(readFileSync(join(r.workspace, 'realism-gate-out/certificate.md'), 'utf8')).toContain('grade **B+**')
  })
})

describe('workflow_dispatch on the reference example', () => {
  it('recertifies Segment 1A from freshly generated runs and reproduces the pinned certificate byte for byte', async () => {
    // The engine runs in child processes: generating data inside Jest's VM context is ~100x slower.
    const data = join(work, 'segment-1a')
    const engine = (args: string[]) => execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'examples/segment-1a/engine/cli.ts'), 'generate', ...args], { cwd: ROOT, stdio: 'pipe' })
    for (const seed of ['42', '43', '44']) {
      engine(['--knobs', join(ROOT, 'examples/segment-1a/knobs'), '--seed', seed, '--out', join(data, 'runs', `seed=${seed}`)])
      engine(['--knobs', join(ROOT, 'examples/segment-1a/knobs'), '--seed', seed, '--out', join(data, 'replays', `seed=${seed}`), '--engine-version', 'segment-1a-engine/1.0.0+replay'])
    }
    const pinnedText = readFileSync(join(ROOT, 'examples/segment-1a/certificate.json'), 'utf8')
    const payload = example('workflow_dispatch')
    payload.inputs = { segment: 'segment-1a' }
    const r = await runAction({
      state: baseState(),
      eventName: 'workflow_dispatch',
      payload,
      inputs: {
        policy: 'examples/segment-1a/policy.yml',
        certificate: 'examples/segment-1a/certificate.json',
        runs: join(data, 'runs'),
        replays: join(data, 'replays')
      },
      prepare: (ws) => {
        mkdirSync(join(ws, 'examples/segment-1a'), { recursive: true })
        cpSync(join(ROOT, 'examples/segment-1a/policy.yml'), join(ws, 'examples/segment-1a/policy.yml'))
        writeFileSync(join(ws, 'examples/segment-1a/certificate.json'), pinnedText)
      }
    })
    expectClean(r)
    expect(r.code).toBe(0)
    expect(r.gh.calls).toEqual([])
    const pinned1a = JSON.parse(pinnedText) as Certificate
    expect(r.outputs).toMatchObject({ verdict: 'pass', grade: 'B', fingerprint: pinned1a.fingerprint })
    expect(readFileSync(r.outputs['certificate-path'], 'utf8')).toBe(pinnedText)
    expect(r.summary).toContain('Same posture as the pinned certificate `examples/segment-1a/certificate.json`.')
  }, 180_000)
})
