import { describe, expect, it } from '@jest/globals'
import { parseInputs, listOf } from '../src/action/inputs.js'
import { parseEvent } from '../src/action/event.js'
import { fromDiffEntries, listingComplete } from '../src/action/files.js'
import { parseNameStatusZ, touchedPaths } from '../src/guard/scopes.js'
import { governanceChanges } from '../src/action/governance.js'
import { approvingReviewers, canApprove, labelApproval, pushTimeOf, reopenedScopes } from '../src/action/approval.js'
import {
  COMMENT_LIMIT,
  commentBody,
  findStickyComment,
  stickyMarker,
  summaryText,
  truncateMarkdown
} from '../src/action/comment.js'
import { capAnnotations, scopeAnnotations } from '../src/action/annotations.js'
import { commitStatus, touchedScopesOutput } from '../src/action/outcome.js'
import { GateError } from '../src/core/errors.js'
import type { TouchedScope } from '../src/guard/types.js'

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const i = parseInputs(getter({ 'github-token': 't' }))
    expect(i).toEqual({
      token: 't',
      policy: 'realism-gate.yml',
      segment: undefined,
      certificate: undefined,
      runs: undefined,
      replays: undefined,
      governancePaths: [],
      reopenLabelPrefix: 'realism-gate/reopen:',
      approvalLabel: undefined,
      outDir: 'realism-gate-out'
    })
  })
  it('reads lists and strips ./ from repository paths', () => {
    const i = parseInputs(
      getter({ 'github-token': 't', policy: './gov/policy.yml', 'governance-paths': 'a/**\n# note\n, b.yml', segment: 'segment_1A' })
    )
    expect(i.policy).toBe('gov/policy.yml')
    expect(i.governancePaths).toEqual(['a/**', 'b.yml'])
    expect(i.segment).toBe('segment_1A')
  })
  it.each([
    [{ 'github-token': '' }, 'input github-token'],
    [{ 'github-token': 't', policy: '../outside.yml' }, 'input policy'],
    [{ 'github-token': 't', certificate: '/etc/cert.json' }, 'input certificate'],
    [{ 'github-token': 't', segment: 'a b' }, 'input segment'],
    [{ 'github-token': 't', 'governance-paths': '../x' }, 'input governance-paths']
  ])('refuses bad input %j with a GateError naming it', (values, where) => {
    let caught: unknown
    try {
      parseInputs(getter(values))
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(GateError)
    expect((caught as GateError).where).toBe(where)
  })
  it('reads the workflow_run pull-request number and refuses anything else', () => {
    expect(parseInputs(getter({ 'github-token': 't', 'pull-request': '12' })).pullRequest).toBe(12)
    expect(() => parseInputs(getter({ 'github-token': 't', 'pull-request': '12; rm' }))).toThrow(/input pull-request/)
  })
  it('listOf ignores blanks and comments', () => {
    expect(listOf(' x ,\n\n#c\ny')).toEqual(['x', 'y'])
  })
})

describe('parseEvent', () => {
  const pr = (head: object) => ({
    pull_request: {
      number: 7,
      base: { sha: SHA_A, ref: 'main', repo: { full_name: 'o/r' } },
      head: { sha: SHA_B, ref: 'feature', ...head }
    }
  })
  it('reads a same-repo pull request', () => {
    const e = parseEvent('pull_request', pr({ repo: { full_name: 'o/r', fork: false } }))
    expect(e).toEqual({
      kind: 'pull_request',
      eventName: 'pull_request',
      number: 7,
      baseSha: SHA_A,
      headSha: SHA_B,
      headRef: 'feature',
      headRepo: { owner: 'o', repo: 'r' },
      isFork: false
    })
  })
  it('marks forks and deleted head repos as forks', () => {
    expect(parseEvent('pull_request_review', pr({ repo: { full_name: 'x/r', fork: true } }))).toMatchObject({ isFork: true })
    expect(parseEvent('pull_request', pr({ repo: null }))).toMatchObject({ isFork: true, headRepo: null })
  })
  it('reads merge_group with the PR number from the queue ref', () => {
    const e = parseEvent('merge_group', {
      merge_group: { base_sha: SHA_A, head_sha: SHA_B, head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-' + SHA_A }
    })
    expect(e).toMatchObject({ kind: 'merge_group', prNumber: 42 })
  })
  it('refuses unsupported events and broken payloads', () => {
    expect(() => parseEvent('push', {})).toThrow(/"push" is not supported/)
    expect(() => parseEvent('pull_request', { pull_request: { number: 1, base: { sha: 'zz' }, head: {} } })).toThrow(
      /base.sha is not a commit sha/
    )
  })
  it('reads workflow_run: head sha, PR number when listed, triggering event', () => {
    const e = parseEvent('workflow_run', { workflow_run: { head_sha: SHA_B, event: 'pull_request', conclusion: 'success', pull_requests: [{ number: 9 }] } })
    expect(e).toEqual({ kind: 'workflow_run', headSha: SHA_B, prNumber: 9, triggeringEvent: 'pull_request', conclusion: 'success' })
    expect(parseEvent('workflow_run', { workflow_run: { head_sha: SHA_B, event: 'pull_request', pull_requests: [] } })).toMatchObject({ prNumber: null })
  })
  it('stringifies workflow_dispatch inputs', () => {
    expect(parseEvent('workflow_dispatch', { inputs: { segment: '1A', n: 3 } })).toEqual({
      kind: 'workflow_dispatch',
      inputs: { segment: '1A', n: '3' }
    })
  })
})

describe('changed files', () => {
  it('maps API statuses and keeps both rename paths', () => {
    const files = fromDiffEntries([
      { filename: 'a', status: 'copied' },
      { filename: 'b', status: 'changed' },
      { filename: 'new', status: 'renamed', previous_filename: 'old' },
      { filename: 'gone', status: 'removed' }
    ])
    expect(files.map((f) => f.status)).toEqual(['added', 'modified', 'renamed', 'removed'])
    expect(touchedPaths(files)).toEqual(['a', 'b', 'gone', 'new', 'old'])
  })
  it('detects an incomplete listing', () => {
    expect(listingComplete(3000, 3001)).toBe(false)
    expect(listingComplete(12, 12)).toBe(true)
  })
  it('parses git diff --name-status -z, including tabs and renames', () => {
    const out = ['M', 'a b\tc.txt', 'R087', 'old/x.yml', 'new/x.yml', 'D', 'd', 'A', 'e', 'C100', 'src', 'copy', ''].join('\0')
    expect(parseNameStatusZ(out)).toEqual([
      { path: 'a b\tc.txt', status: 'modified' },
      { path: 'new/x.yml', previous_path: 'old/x.yml', status: 'renamed' },
      { path: 'd', status: 'removed' },
      { path: 'e', status: 'added' },
      { path: 'copy', status: 'added' }
    ])
    expect(() => parseNameStatusZ('X\0f\0')).toThrow(/unexpected status/)
    expect(() => parseNameStatusZ('R100\0only-one\0')).toThrow(/missing path/)
  })
})

describe('governanceChanges', () => {
  const o = { policyPath: 'realism-gate.yml', certificatePath: 'certs/1a.json', extraGlobs: ['tools/guard/**'] }
  it('flags policy, certificate, workflows, action.yml and extra globs', () => {
    const changed = fromDiffEntries([
      { filename: 'src/x.ts', status: 'modified' },
      { filename: '.github/workflows/ci.yml', status: 'modified' },
      { filename: 'certs/1a.json', status: 'modified' },
      { filename: 'tools/guard/score.py', status: 'added' },
      { filename: 'action.yml', status: 'modified' }
    ])
    expect(governanceChanges(changed, o)).toEqual(['.github/workflows/ci.yml', 'action.yml', 'certs/1a.json', 'tools/guard/score.py'])
  })
  it('counts a rename away from the policy', () => {
    const changed = fromDiffEntries([{ filename: 'old-policy.yml', status: 'renamed', previous_filename: 'realism-gate.yml' }])
    expect(governanceChanges(changed, o)).toEqual(['realism-gate.yml'])
  })
  it('ignores ordinary files', () => {
    expect(governanceChanges(fromDiffEntries([{ filename: 'docs/realism-gate.yml', status: 'added' }]), o)).toEqual([])
  })
})

describe('approval', () => {
  const review = (login: string, state: string, commit: string) => ({ user: { login }, state, commit_id: commit })
  it('takes each user latest deciding review on the head sha', () => {
    const reviews = [
      review('ann', 'APPROVED', SHA_B),
      review('bob', 'APPROVED', SHA_A), // stale commit
      review('cy', 'APPROVED', SHA_B),
      review('cy', 'CHANGES_REQUESTED', SHA_B), // withdrawn
      review('dee', 'APPROVED', SHA_B),
      review('dee', 'COMMENTED', SHA_B) // a comment does not withdraw
    ]
    expect(approvingReviewers(reviews, SHA_B)).toEqual(['ann', 'dee'])
  })
  it('needs write access', () => {
    expect(canApprove({ permission: 'write' })).toBe(true)
    expect(canApprove({ permission: 'read', role_name: 'triage' })).toBe(false)
    expect(canApprove({ permission: 'write', role_name: 'maintain' })).toBe(true)
  })
  it('accepts the label only when applied after the last push and still present', () => {
    const events = [
      { event: 'labeled', created_at: '2026-01-01T10:00:00Z', actor: { login: 'old' }, label: { name: 'ok' } },
      { event: 'labeled', created_at: '2026-01-01T12:00:00Z', actor: { login: 'ann' }, label: { name: 'ok' } }
    ]
    expect(labelApproval(events, 'ok', ['ok'], '2026-01-01T11:00:00Z')).toEqual({ actor: 'ann', at: '2026-01-01T12:00:00Z' })
    expect(labelApproval(events, 'ok', ['ok'], '2026-01-01T13:00:00Z')).toBeNull()
    expect(labelApproval(events, 'ok', [], '2026-01-01T11:00:00Z')).toBeNull()
    expect(labelApproval(events, 'ok', ['ok'], null)).toBeNull()
  })
  it('finds when the head commit was pushed', () => {
    const acts = [
      { after: SHA_B, timestamp: '2026-01-01T09:00:00Z', activity_type: 'push' },
      { after: SHA_A, timestamp: '2026-01-01T10:00:00Z', activity_type: 'push' },
      { after: SHA_B, timestamp: '2026-01-01T11:00:00Z', activity_type: 'force_push' }
    ]
    expect(pushTimeOf(acts, SHA_B)).toBe('2026-01-01T11:00:00Z')
    expect(pushTimeOf(acts, 'c'.repeat(40))).toBeNull()
  })
  it('reads reopen labels', () => {
    expect(reopenedScopes(['bug', 'rg:S1', 'rg:', 'rg:S1', 'rg:knobs'], 'rg:')).toEqual(['S1', 'knobs'])
  })
})

describe('sticky comment', () => {
  const marker = stickyMarker('1A')
  it('needs the marker and the bot author', () => {
    const comments = [
      { id: 1, body: `> quoting ${marker}`, user: { login: 'human' } },
      { id: 2, body: 'unrelated', user: { login: 'github-actions[bot]' } },
      { id: 3, body: `${marker}\nreport`, user: { login: 'github-actions[bot]' } },
      { id: 4, body: `${marker}\nlater`, user: { login: 'github-actions[bot]' } }
    ]
    expect(findStickyComment(comments, marker, 'github-actions[bot]')?.id).toBe(3)
    expect(findStickyComment(comments.slice(0, 2), marker, 'github-actions[bot]')).toBeNull()
    expect(stickyMarker('1B')).not.toBe(marker)
  })
  it('keeps a body that fits unchanged', () => {
    const { body, truncated } = commentBody(marker, 'short report', 'https://x/run')
    expect(body).toBe(`${marker}\nshort report`)
    expect(truncated).toBe(false)
  })
  it('truncates a long report under the limit, closing an open fence and details', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| check_${i} | ${'x'.repeat(20)} |`)
    const md = ['# report', '<details>', '```mermaid', ...rows, '```', '</details>'].join('\n')
    const { body, truncated } = commentBody(marker, md, 'https://x/run')
    expect(truncated).toBe(true)
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT - 200)
    expect(body.startsWith(marker)).toBe(true)
    expect(body).toContain('[job summary](https://x/run)')
    expect(body.split('\n').filter((l) => l.startsWith('```')).length % 2).toBe(0)
    expect(body).toContain('</details>')
  })
  it('measures the summary in bytes', () => {
    const md = 'é'.repeat(600_000) + '\n' + 'line\n'.repeat(10)
    const { text, truncated } = summaryText(md, 'out/report.md')
    expect(truncated).toBe(true)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(1024 * 1024)
    expect(text).toContain('out/report.md')
  })
  it('cuts a single oversized line by characters', () => {
    const r = truncateMarkdown('y'.repeat(100), 30, 'cut')
    expect(r.truncated).toBe(true)
    expect(r.text.length).toBeLessThanOrEqual(30)
  })
})

describe('annotations and outputs', () => {
  const touched: TouchedScope[] = [
    {
      name: 'knobs',
      wave: 'P2',
      reasons: [
        { kind: 'config_key', file: 'config/k.yml', key: 'a.b', pattern: 'a.*', line: 9 },
        { kind: 'path', path: 'engine/x.py', glob: 'engine/**' },
        { kind: 'config_key', file: 'config/k.yml', key: 'a.c', pattern: 'a.*', line: 3 },
        { kind: 'config_key', file: 'config/k.yml', key: 'gone', pattern: 'gone' }
      ]
    }
  ]
  it('annotates changed config lines only, sorted', () => {
    const a = scopeAnnotations(touched)
    expect(a.map((x) => [x.file, x.startLine])).toEqual([
      ['config/k.yml', 3],
      ['config/k.yml', 9]
    ])
    expect(a[0].message).toContain('wave P2')
  })
  it('caps annotations at 10', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ file: 'f', startLine: i + 1, title: 't', message: 'm' }))
    const { shown, omitted } = capAnnotations(many)
    expect(shown).toHaveLength(10)
    expect(omitted).toBe(3)
  })
  it('serialises touched scopes as JSON', () => {
    expect(JSON.parse(touchedScopesOutput(touched))[0]).toMatchObject({ name: 'knobs', wave: 'P2' })
  })
  it('maps verdicts to commit statuses with at most 140 characters', () => {
    expect(commitStatus('pass')).toEqual({ state: 'success', description: 'freeze guard pass' })
    expect(commitStatus('not-applicable').state).toBe('success')
    expect(commitStatus('error', 'x').state).toBe('error')
    const long = commitStatus('fail', 'y'.repeat(300))
    expect(long.state).toBe('failure')
    expect(long.description.length).toBe(140)
  })
})
