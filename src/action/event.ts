import { GateError } from '../core/errors.js'

/** What the action needs from the event that started it. */
export type GateEvent =
  | {
      kind: 'pull_request'
      /** pull_request, pull_request_target or pull_request_review. */
      eventName: string
      number: number
      baseSha: string
      headSha: string
      headRef: string
      headRepo: { owner: string; repo: string } | null
      isFork: boolean
    }
  | { kind: 'merge_group'; baseSha: string; headSha: string; headRef: string; prNumber: number | null }
  | { kind: 'workflow_dispatch'; inputs: Record<string, string> }
  /**
   * The tamper-resistant setup: a trusted workflow_run job scores the artifacts a pull_request run
   * uploaded. The PR number comes from the payload (same-repo PRs) or the `pull-request` input (forks,
   * whose payload lists no PR); the head sha is checked against the PR before anything is trusted.
   */
  | { kind: 'workflow_run'; headSha: string; prNumber: number | null; triggeringEvent: string; conclusion: string | null }

type Json = Record<string, unknown>

/** Pure: the event name and the webhook payload (GITHUB_EVENT_PATH) to a typed event. */
export function parseEvent(eventName: string, payload: unknown): GateEvent {
  const p = (payload ?? {}) as Json
  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'pull_request_review') {
    const pr = object(p.pull_request, 'pull_request')
    const base = object(pr.base, 'pull_request.base')
    const head = object(pr.head, 'pull_request.head')
    const headRepo = head.repo as Json | null | undefined
    const baseRepo = base.repo as Json | undefined
    const headFull = typeof headRepo?.full_name === 'string' ? headRepo.full_name : null
    const baseFull = typeof baseRepo?.full_name === 'string' ? baseRepo.full_name : null
    const [owner, repo] = headFull ? headFull.split('/') : []
    return {
      kind: 'pull_request',
      eventName,
      number: int(pr.number, 'pull_request.number'),
      baseSha: sha(base.sha, 'pull_request.base.sha'),
      headSha: sha(head.sha, 'pull_request.head.sha'),
      headRef: str(head.ref, 'pull_request.head.ref'),
      headRepo: owner && repo ? { owner, repo } : null,
      // A deleted fork has no head repo: treat it as a fork (read-only token, untrusted head).
      isFork: headRepo?.fork === true || headFull === null || (baseFull !== null && headFull !== baseFull)
    }
  }
  if (eventName === 'merge_group') {
    const mg = object(p.merge_group, 'merge_group')
    const headRef = str(mg.head_ref, 'merge_group.head_ref')
    const m = /\/pr-(\d+)-/.exec(headRef)
    return {
      kind: 'merge_group',
      baseSha: sha(mg.base_sha, 'merge_group.base_sha'),
      headSha: sha(mg.head_sha, 'merge_group.head_sha'),
      headRef,
      prNumber: m ? Number(m[1]) : null
    }
  }
  if (eventName === 'workflow_dispatch') {
    const raw = (p.inputs ?? {}) as Json
    const inputs: Record<string, string> = {}
    for (const [k, v] of Object.entries(raw)) if (v !== null && v !== undefined) inputs[k] = String(v)
    return { kind: 'workflow_dispatch', inputs }
  }
  if (eventName === 'workflow_run') {
    const wr = object(p.workflow_run, 'workflow_run')
    const prs = Array.isArray(wr.pull_requests) ? (wr.pull_requests as Json[]) : []
    const first = prs.find((x) => typeof x?.number === 'number')
    return {
      kind: 'workflow_run',
      headSha: sha(wr.head_sha, 'workflow_run.head_sha'),
      prNumber: first ? (first.number as number) : null,
      triggeringEvent: str(wr.event, 'workflow_run.event'),
      conclusion: typeof wr.conclusion === 'string' ? wr.conclusion : null
    }
  }
  throw new GateError(
    'event',
    `"${eventName}" is not supported; run on pull_request, pull_request_review, merge_group, workflow_run or workflow_dispatch`
  )
}

function object(v: unknown, where: string): Json {
  if (v === null || typeof v !== 'object') throw new GateError('event payload', `${where} is missing`)
  return v as Json
}
function str(v: unknown, where: string): string {
  if (typeof v !== 'string' || v === '') throw new GateError('event payload', `${where} is missing`)
  return v
}
function int(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v)) throw new GateError('event payload', `${where} is missing`)
  return v
}
function sha(v: unknown, where: string): string {
  const s = str(v, where)
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(s)) throw new GateError('event payload', `${where} is not a commit sha`)
  return s
}
