/**
 * The GitHub Action shell: the only module that imports @actions/*. It gathers trusted inputs (policy
 * and pinned certificate from the PR's base commit), asks GitHub what changed and who approved, hands
 * plain data to the core, and publishes the verdict (exit code, outputs, job summary, sticky comment,
 * annotations). Every decision itself lives in pure functions (src/action/*, src/guard, src/report).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import * as github from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { GateError, describeError } from './core/errors.js'
import { canonicalJson } from './core/canonical.js'
import { writeFileAtomic } from './io/write-atomic.js'
import { getSegment, parsePolicy, type Policy, type Segment } from './policy/index.js'
import { configFilesOf, detectTouchedScopes, touchedPaths } from './guard/scopes.js'
import type { ChangedFile, ConfigVersions, TouchedScope } from './guard/types.js'
import { certificateMarkdown, compareCertificates, guardMarkdown } from './report/markdown.js'
import type { Certificate } from './certification/types.js'
import { parseInputs, type ActionInputs } from './action/inputs.js'
import { parseEvent, type GateEvent } from './action/event.js'
import { fromDiffEntries, listingComplete, PULL_FILES_CAP } from './action/files.js'
import { changedFiles as gitChangedFiles, fileAt, hasCommit } from './io/git.js'
import { governanceChanges } from './action/governance.js'
import { approvalNeeded, approvingReviewers, canApprove, labelApproval, pushTimeOf, reopenedScopes } from './action/approval.js'
import { commentBody, DEFAULT_BOT_LOGIN, findStickyComment, runUrl, stickyMarker, summaryText } from './action/comment.js'
import { capAnnotations, scopeAnnotations } from './action/annotations.js'
import {
  commitStatus,
  errorReport,
  governanceReport,
  guardVerdict,
  notApplicableLine,
  touchedScopesOutput,
  verdictHeadline,
  type Outcome
} from './action/outcome.js'

type Octokit = ReturnType<typeof github.getOctokit>

/** Retry waits are `retry-after seconds × this` ms; tests set a tiny value (documented in docs/action.md). */
const RETRY_BASE_MS = Number(process.env.REALISM_GATE_RETRY_BASE_MS ?? '1000')
/** A rate limit asking to wait longer than this is reported instead of waited for. */
const MAX_RETRY_AFTER_S = 120
const MAX_RETRIES = 3

const REPORT_FILE = 'realism-gate-report.md'

interface Ctx {
  inputs: ActionInputs
  octokit: Octokit
  owner: string
  repo: string
  workspace: string
  outDir: string
  /** pulls.get answers, so that one run asks for a pull request once. */
  pulls: Map<number, Pull>
}

type Pull = Awaited<ReturnType<Octokit['rest']['pulls']['get']>>['data']

/** What the PR evaluation knows for publishing: where to comment, and whether to. */
interface PullTarget {
  number: number
  segment: string
}

export async function run(): Promise<void> {
  let outcome: Outcome
  let ctx: Ctx | undefined
  let target: PullTarget | undefined
  let segmentLabel = '?'
  let extraOutputs: Record<string, string> = {}
  /** workflow_run: the PR head commit that receives the `realism-gate` commit status. */
  let statusSha: string | undefined
  try {
    const inputs = parseInputs((name) => core.getInput(name))
    const event = parseEvent(github.context.eventName, github.context.payload)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const { owner, repo } = github.context.repo
    ctx = { inputs, octokit: makeOctokit(inputs.token), owner, repo, workspace, outDir: resolve(workspace, inputs.outDir), pulls: new Map() }
    segmentLabel = inputs.segment ?? segmentLabel
    if (event.kind === 'workflow_dispatch') {
      const r = await recertify(ctx, event)
      outcome = r.outcome
      extraOutputs = { 'certificate-path': r.certificatePath }
    } else {
      // workflow_run: the commit the artifacts were built from gets a status, even when scoring fails.
      if (event.kind === 'workflow_run') statusSha = event.headSha
      const pullEvent = event.kind === 'workflow_run' ? await pullOfWorkflowRun(ctx, event) : event
      const r = await evaluatePull(ctx, pullEvent, (s) => {
        segmentLabel = s
        // From here on even an error is reported on the PR (the marker needs the segment id).
        if (pullEvent.kind === 'pull_request') target = { number: pullEvent.number, segment: s }
      })
      outcome = r.outcome
    }
  } catch (e) {
    const message = describeError(apiError(e))
    if (!(e instanceof GateError)) core.debug(String((e as Error)?.stack ?? e))
    outcome = { verdict: 'error', grade: '', touched: [], fingerprint: '', markdown: errorReport(segmentLabel, message), failure: message }
  }
  try {
    await publish(ctx, outcome, target, extraOutputs)
    if (ctx && statusSha) await postStatus(ctx, statusSha, outcome)
  } catch (e) {
    // Publishing must not turn a verdict into a crash: fail the step with one line.
    core.setFailed(`realism-gate: could not publish the result: ${describeError(e)}`)
  }
}

function makeOctokit(token: string): Octokit {
  const wantRetry = (after: number, retryCount: number): boolean => retryCount < MAX_RETRIES && after <= MAX_RETRY_AFTER_S
  return github.getOctokit(
    token,
    {
      baseUrl: github.context.apiUrl,
      retry: { retries: MAX_RETRIES, retryAfterBaseValue: RETRY_BASE_MS },
      throttle: {
        retryAfterBaseValue: RETRY_BASE_MS,
        onRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.info(`rate limit on ${options.method} ${options.url}: retry after ${after}s (attempt ${retryCount + 1})`)
          return wantRetry(after, retryCount)
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }, _o: unknown, retryCount: number) => {
          core.info(`secondary rate limit on ${options.method} ${options.url}: retry after ${after}s (attempt ${retryCount + 1})`)
          return wantRetry(after, retryCount)
        }
      },
      log: { debug: () => {}, info: () => {}, warn: (m: string) => core.info(`octokit: ${m}`), error: (m: string) => core.info(`octokit: ${m}`) }
    },
    retry as never,
    throttling as never
  )
}

// ---------------------------------------------------------------- pull_request, pull_request_review, merge_group

/**
 * workflow_run: the PR whose artifacts this run scores. The head sha the artifacts were built from must
 * still be the PR's head: otherwise the verdict would be pinned on a commit it did not see.
 */
async function pullOfWorkflowRun(ctx: Ctx, event: Extract<GateEvent, { kind: 'workflow_run' }>): Promise<Extract<GateEvent, { kind: 'pull_request' }>> {
  if (!['pull_request', 'pull_request_target'].includes(event.triggeringEvent)) {
    throw new GateError('event', `workflow_run was triggered by "${event.triggeringEvent}", not by a pull request`)
  }
  if (event.conclusion !== null && event.conclusion !== 'success') {
    throw new GateError('event', `the triggering workflow run concluded "${event.conclusion}": its artifacts cannot be scored`)
  }
  const number = event.prNumber ?? ctx.inputs.pullRequest
  if (number === undefined) throw new GateError('input pull-request', 'is required: the workflow_run payload lists no pull request (fork PRs)')
  const pull = await getPull(ctx, number)
  if (pull.head.sha !== event.headSha) {
    throw new GateError(
      'input pull-request',
      `pull request #${number} is at ${pull.head.sha.slice(0, 7)}, but the artifacts were built from ${event.headSha.slice(0, 7)}: a newer run will score the new head`
    )
  }
  const headRepo = pullHeadRepo(pull)
  return {
    kind: 'pull_request',
    eventName: 'workflow_run',
    number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    headRepo,
    isFork: pull.head.repo?.full_name !== pull.base.repo.full_name
  }
}

async function getPull(ctx: Ctx, number: number): Promise<Pull> {
  let pull = ctx.pulls.get(number)
  if (!pull) {
    pull = (await ctx.octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: number })).data
    ctx.pulls.set(number, pull)
  }
  return pull
}

async function postStatus(ctx: Ctx, sha: string, outcome: Outcome): Promise<void> {
  const { state, description } = commitStatus(outcome.verdict, outcome.failure)
  try {
    await ctx.octokit.rest.repos.createCommitStatus({
      owner: ctx.owner,
      repo: ctx.repo,
      sha,
      state,
      description,
      context: 'realism-gate',
      target_url: runUrl(github.context.serverUrl, ctx.owner, ctx.repo, github.context.runId, github.context.runAttempt)
    })
  } catch (e) {
    // Without the status the PR has no verdict: the step itself must fail.
    core.setFailed(`realism-gate: could not set the commit status on ${sha.slice(0, 7)}: ${describeError(apiError(e))} (needs statuses: write)`)
  }
}

async function evaluatePull(
  ctx: Ctx,
  event: Extract<GateEvent, { kind: 'pull_request' | 'merge_group' }>,
  onSegment: (s: string) => void
): Promise<{ outcome: Outcome }> {
  const { inputs } = ctx
  const baseSha = event.baseSha
  const headSha = event.headSha
  const prNumber = event.kind === 'pull_request' ? event.number : event.prNumber

  // Trusted inputs: the policy as it is on the base commit, never the PR's checkout.
  const policyLabel = `${inputs.policy}@${baseSha.slice(0, 7)}`
  const policyText = await readAt(ctx, inputs.policy, baseSha)
  if (policyText === null) throw new GateError(policyLabel, 'policy file not found at the base commit')
  writeFileAtomic(join(ctx.outDir, 'base', inputs.policy), policyText)
  const policy = parsePolicy(policyText, policyLabel)
  const segmentId = chooseSegment(policy, inputs.segment, policyLabel)
  onSegment(segmentId)
  const segment = getSegment(policy, segmentId, policyLabel)

  const pull = prNumber === null ? null : await getPull(ctx, prNumber)
  const labels = pull ? pull.labels.map((l) => l.name) : []
  const changed = await changedFiles(ctx, event, pull ? { number: pull.number, changed_files: pull.changed_files } : null)
  const touched = detectTouchedScopes(segment, changed, await configVersions(ctx, segment, changed, baseSha, headSha))

  // Governance: the rules of the gate itself changing needs an explicit, current approval.
  const governance = governanceChanges(changed, {
    policyPath: inputs.policy,
    certificatePath: inputs.certificate,
    extraGlobs: inputs.governancePaths
  })
  let approvalNote = ''
  if (governance.length > 0) {
    const needed = approvalNeeded(governance, pull?.head.sha ?? headSha, inputs.approvalLabel)
    if (!pull) {
      return {
        outcome: fail(segmentId, touched, governanceReport(segmentId, needed, ['no pull request found for this merge group ref']), 'governance change without approval')
      }
    }
    const approval = await findApproval(ctx, pull.number, pull.head.sha, labels, pullHeadRepo(pull), pull.head.ref)
    if (!approval.approved) {
      return { outcome: fail(segmentId, touched, governanceReport(segmentId, needed, approval.checked), `governance change without approval: ${governance.join(', ')}`) }
    }
    approvalNote = `\n> Governance change (${governance.map((g) => `\`${g}\``).join(', ')}) approved by @${approval.by} (${approval.via}).\n`
  }

  if (touched.length === 0 && governance.length === 0) {
    const line = notApplicableLine(segmentId, changed.length)
    return { outcome: { verdict: 'not-applicable', grade: '', touched, fingerprint: '', markdown: `${verdictHeadline('not-applicable', segmentId)}\n\n${line}\n` } }
  }

  // The freeze guard: the proposed runs re-scored against the certificate pinned at the base commit.
  if (!inputs.certificate) throw new GateError('input certificate', 'is required: the freeze guard compares the proposed runs with the pinned certificate')
  if (!inputs.runs) throw new GateError('input runs', 'is required: the folder of proposed run folders produced by earlier steps')
  const certLabel = `${inputs.certificate}@${baseSha.slice(0, 7)}`
  const certText = await readAt(ctx, inputs.certificate, baseSha)
  if (certText === null) throw new GateError(certLabel, 'pinned certificate not found at the base commit: certify and pin one first')
  const certFile = join(ctx.outDir, 'base', inputs.certificate)
  writeFileAtomic(certFile, certText)
  // The scoring engine (readers, metrics, law) is evaluated on first use ("eager": bundled in the same file): runs
  // that score nothing never evaluate it.
  const { guardRuns, readCertificate } = await import(/* webpackMode: "eager" */ './pipeline.js')
  const certificate = readCertificate(certFile)
  const guard = await guardRuns({
    policy,
    policyFile: policyLabel,
    segment: segmentId,
    certificate,
    certificateFile: certLabel,
    runsDir: resolve(ctx.workspace, inputs.runs),
    ...(inputs.replays ? { replaysDir: resolve(ctx.workspace, inputs.replays) } : {}),
    touched,
    reopened: reopenedScopes(labels, inputs.reopenLabelPrefix)
  })
  writeFileAtomic(join(ctx.outDir, `freeze_guard_${guard.fingerprint}.json`), canonicalJson(guard))
  const verdict = guardVerdict(guard)
  return {
    outcome: {
      verdict,
      grade: guard.proposed.grade,
      touched,
      fingerprint: guard.fingerprint,
      markdown: guardMarkdown(guard) + approvalNote,
      ...(verdict === 'fail' ? { failure: `freeze guard failed: ${guard.reasons.join('; ') || 'see the report'}` } : {})
    }
  }
}

function fail(segmentId: string, touched: TouchedScope[], markdown: string, failure: string): Outcome {
  return { verdict: 'fail', grade: '', touched, fingerprint: '', markdown, failure }
}

function chooseSegment(policy: Policy, wanted: string | undefined, policyLabel: string): string {
  if (wanted) return wanted
  const ids = Object.keys(policy.segments)
  if (ids.length === 1) return ids[0]
  throw new GateError('input segment', `is required: ${policyLabel} declares ${ids.length} segments (${ids.join(', ') || 'none'})`)
}

function pullHeadRepo(pull: { head: { repo: { full_name: string } | null } }): { owner: string; repo: string } | null {
  const full = pull.head.repo?.full_name
  if (!full) return null
  const [owner, repo] = full.split('/')
  return { owner, repo }
}

/** Changed files from the API; when it lists fewer than the PR has (3000 cap), from git, or fail closed. */
async function changedFiles(
  ctx: Ctx,
  event: Extract<GateEvent, { kind: 'pull_request' | 'merge_group' }>,
  pull: { number: number; changed_files: number } | null
): Promise<ChangedFile[]> {
  if (pull && event.kind === 'pull_request') {
    const entries = await ctx.octokit.paginate(ctx.octokit.rest.pulls.listFiles, {
      owner: ctx.owner,
      repo: ctx.repo,
      pull_number: pull.number,
      per_page: 100
    })
    if (listingComplete(entries.length, pull.changed_files)) return fromDiffEntries(entries)
    const fromGit = gitDiff(ctx, event.baseSha, event.headSha)
    if (fromGit) return fromGit
    throw new GateError(
      'changed files',
      `the pull request changes ${pull.changed_files} files but the API lists only ${entries.length} (it stops at ${PULL_FILES_CAP}); ` +
        'frozen scopes cannot be checked on a partial list. Check out the history (actions/checkout with fetch-depth: 0) so the gate can use git diff'
    )
  }
  const fromGit = gitDiff(ctx, event.baseSha, event.headSha)
  if (fromGit) return fromGit
  throw new GateError('changed files', 'a merge group is checked with git diff: check out the history (actions/checkout with fetch-depth: 0)')
}

/** Base and head text of the config files named by frozen scopes that the change touches. */
async function configVersions(ctx: Ctx, segment: Segment, changed: ChangedFile[], baseSha: string, headSha: string): Promise<ConfigVersions[]> {
  const paths = new Set(touchedPaths(changed))
  const out: ConfigVersions[] = []
  for (const file of configFilesOf(segment)) {
    if (!paths.has(file)) continue
    out.push({ file, base: await readAt(ctx, file, baseSha), head: await readAt(ctx, file, headSha) })
  }
  return out
}

type Approval = { approved: true; by: string; via: string } | { approved: false; checked: string[] }

async function findApproval(
  ctx: Ctx,
  number: number,
  headSha: string,
  labels: string[],
  headRepo: { owner: string; repo: string } | null,
  headRef: string
): Promise<Approval> {
  const { octokit, owner, repo, inputs } = ctx
  const checked: string[] = []
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: number, per_page: 100 })
  for (const login of approvingReviewers(reviews, headSha)) {
    const permission = await permissionOf(ctx, login)
    if (canApprove(permission)) return { approved: true, by: login, via: `review on ${headSha.slice(0, 7)}` }
    checked.push(`@${login} approved, but has ${permission.role_name || permission.permission} access (write needed)`)
  }
  if (reviews.length === 0 || checked.length === 0) checked.push(`no review in state APPROVED on ${headSha.slice(0, 7)}`)
  const label = inputs.approvalLabel
  if (label) {
    if (!labels.includes(label)) {
      checked.push(`the label \`${label}\` is not applied`)
    } else {
      const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner, repo, issue_number: number, per_page: 100 })
      const pushedAt = headRepo ? await pushTime(ctx, headRepo, headRef, headSha) : null
      const applied = labelApproval(events as never, label, labels, pushedAt)
      if (pushedAt === null) checked.push(`the label \`${label}\` cannot be trusted: when ${headSha.slice(0, 7)} was pushed is unknown`)
      else if (!applied) checked.push(`the label \`${label}\` was applied before the last push (${pushedAt})`)
      else {
        const permission = await permissionOf(ctx, applied.actor)
        if (canApprove(permission)) return { approved: true, by: applied.actor, via: `label \`${label}\` at ${applied.at}` }
        checked.push(`@${applied.actor} applied \`${label}\`, but has ${permission.role_name || permission.permission} access (write needed)`)
      }
    }
  }
  return { approved: false, checked }
}

async function permissionOf(ctx: Ctx, login: string): Promise<{ permission: string; role_name?: string }> {
  try {
    const r = await ctx.octokit.rest.repos.getCollaboratorPermissionLevel({ owner: ctx.owner, repo: ctx.repo, username: login })
    return { permission: r.data.permission, role_name: r.data.role_name }
  } catch (e) {
    if ((e as { status?: number }).status === 404) return { permission: 'none' }
    throw e
  }
}

/** When the head commit was pushed, from the head repository's activity (push events are not forgeable). */
async function pushTime(ctx: Ctx, headRepo: { owner: string; repo: string }, headRef: string, headSha: string): Promise<string | null> {
  try {
    const r = await ctx.octokit.request('GET /repos/{owner}/{repo}/activity', {
      owner: headRepo.owner,
      repo: headRepo.repo,
      ref: `refs/heads/${headRef}`,
      per_page: 100
    })
    return pushTimeOf(r.data as never, headSha)
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 403 || status === 404 || status === 422) return null
    throw e
  }
}

// ---------------------------------------------------------------- reading files at a commit

/** `git show` when the commit is in the local history, else the contents API. null when absent there. */
async function readAt(ctx: Ctx, path: string, sha: string): Promise<string | null> {
  if (hasCommit(sha, ctx.workspace)) return fileAt(sha, path, ctx.workspace)
  try {
    const r = await ctx.octokit.rest.repos.getContent({ owner: ctx.owner, repo: ctx.repo, path, ref: sha })
    const data = r.data as { type?: string; encoding?: string; content?: string }
    if (Array.isArray(r.data) || data.type !== 'file') throw new GateError(`${path}@${sha.slice(0, 7)}`, 'is not a file')
    if (data.encoding !== 'base64' || typeof data.content !== 'string') {
      throw new GateError(`${path}@${sha.slice(0, 7)}`, 'is too large for the contents API (over 1 MB): check out the history (fetch-depth: 0) so the gate can use git')
    }
    return Buffer.from(data.content, 'base64').toString('utf8')
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null
    throw e
  }
}

/** The changed files from the local history, or null when it lacks either commit. */
function gitDiff(ctx: Ctx, baseSha: string, headSha: string): ChangedFile[] | null {
  if (!hasCommit(baseSha, ctx.workspace) || !hasCommit(headSha, ctx.workspace)) return null
  return gitChangedFiles(baseSha, headSha, ctx.workspace).files
}

// ---------------------------------------------------------------- workflow_dispatch

async function recertify(ctx: Ctx, event: Extract<GateEvent, { kind: 'workflow_dispatch' }>): Promise<{ outcome: Outcome; certificatePath: string }> {
  const { inputs } = ctx
  // A dispatch runs on a ref chosen by someone with write access: its checkout is the trusted state.
  const policyFile = resolve(ctx.workspace, inputs.policy)
  if (!existsSync(policyFile)) throw new GateError(inputs.policy, 'policy file not found in the checkout')
  const policy = parsePolicy(readFileSync(policyFile, 'utf8'), inputs.policy)
  const segmentId = chooseSegment(policy, inputs.segment ?? event.inputs.segment, inputs.policy)
  const runs = inputs.runs ?? event.inputs.runs
  if (!runs) throw new GateError('input runs', 'is required: the folder of run folders to certify')
  const replays = inputs.replays ?? event.inputs.replays
  const { certifyRuns, readCertificate } = await import(/* webpackMode: "eager" */ './pipeline.js')
  const fresh = await certifyRuns({
    policy,
    policyFile: inputs.policy,
    segment: segmentId,
    runsDir: resolve(ctx.workspace, runs),
    ...(replays ? { replaysDir: resolve(ctx.workspace, replays) } : {})
  })
  let pinned: Certificate | undefined
  if (inputs.certificate && existsSync(resolve(ctx.workspace, inputs.certificate))) pinned = readCertificate(resolve(ctx.workspace, inputs.certificate))
  const certificatePath = join(ctx.outDir, 'certificate.json')
  writeFileAtomic(certificatePath, canonicalJson(fresh))
  const body = certificateMarkdown(fresh, pinned)
  writeFileAtomic(join(ctx.outDir, 'certificate.md'), body)
  const cmp = pinned ? compareCertificates(pinned, fresh) : null
  const status = !pinned
    ? 'No pinned certificate to compare with.'
    : cmp!.same
      ? `Same posture as the pinned certificate \`${inputs.certificate}\`.`
      : `Differs from the pinned certificate \`${inputs.certificate}\` (${cmp!.lines.length} change${cmp!.lines.length === 1 ? '' : 's'}). To pin it, commit \`certificate.json\` as \`${inputs.certificate ?? 'your certificate path'}\` in a pull request: that is a governance change and needs an approval.`
  const verdict = fresh.grade === 'none' ? 'fail' : 'pass'
  const markdown = `## realism-gate: recertification — segment \`${segmentId}\`: grade **${fresh.grade}**\n\n${status}\n\n${body}`
  return {
    certificatePath,
    outcome: {
      verdict,
      grade: fresh.grade,
      touched: [],
      fingerprint: fresh.fingerprint,
      markdown,
      ...(verdict === 'fail' ? { failure: `recertification of segment ${segmentId}: no grade (hard gates or band law not met)` } : {})
    }
  }
}

// ---------------------------------------------------------------- publishing

async function publish(ctx: Ctx | undefined, outcome: Outcome, target: PullTarget | undefined, extra: Record<string, string>): Promise<void> {
  const outDir = ctx?.outDir ?? resolve(process.env.GITHUB_WORKSPACE || process.cwd(), core.getInput('out-dir') || 'realism-gate-out')
  let reportPath = ''
  try {
    writeFileAtomic(join(outDir, REPORT_FILE), outcome.markdown)
    reportPath = join(outDir, REPORT_FILE)
  } catch (e) {
    core.warning(`could not write the report file: ${describeError(e)}`)
  }

  const summary = summaryText(outcome.markdown, reportPath || REPORT_FILE)
  try {
    await core.summary.addRaw(summary.text, true).write()
  } catch (e) {
    core.warning(`could not write the job summary: ${(e as Error).message}`)
  }

  if (ctx && target && (outcome.verdict !== 'not-applicable' || outcome.touched.length > 0)) {
    await upsertComment(ctx, target, outcome.markdown, false)
  } else if (ctx && target) {
    // Nothing frozen touched: refresh an earlier comment (it may show a stale FAIL) but never create one.
    await upsertComment(ctx, target, outcome.markdown, true)
  }

  const { shown, omitted } = capAnnotations(scopeAnnotations(outcome.touched))
  for (const a of shown) core.error(a.message, { title: a.title, file: a.file, startLine: a.startLine })
  if (omitted > 0) core.info(`${omitted} more changed config line(s) touched frozen scopes; see the report`)

  core.setOutput('verdict', outcome.verdict)
  core.setOutput('grade', outcome.grade)
  core.setOutput('touched-scopes', touchedScopesOutput(outcome.touched))
  core.setOutput('fingerprint', outcome.fingerprint)
  core.setOutput('report-path', reportPath)
  for (const [k, v] of Object.entries(extra)) core.setOutput(k, v)

  if (outcome.failure) core.setFailed(`realism-gate: ${outcome.verdict}: ${outcome.failure}`)
  else core.info(`realism-gate: ${outcome.verdict}`)
}

async function upsertComment(ctx: Ctx, target: PullTarget, markdown: string, updateOnly: boolean): Promise<void> {
  const { octokit, owner, repo } = ctx
  const marker = stickyMarker(target.segment)
  const url = runUrl(github.context.serverUrl, owner, repo, github.context.runId, github.context.runAttempt)
  try {
    const bot = await botLogin(octokit)
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: target.number, per_page: 100 })
    const existing = findStickyComment(comments, marker, bot)
    if (!existing && updateOnly) return
    const { body, truncated } = commentBody(marker, markdown, url)
    if (truncated) core.info('the report is longer than a comment allows: the comment is truncated, the job summary has it all')
    if (existing) await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body })
    else await octokit.rest.issues.createComment({ owner, repo, issue_number: target.number, body })
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 403) {
      core.warning(
        'realism-gate: the token cannot write pull request comments (read-only token, e.g. a fork pull request): the report is in the job summary only. The verdict is unchanged.'
      )
    } else {
      core.warning(`realism-gate: could not update the pull request comment: ${describeError(apiError(e))}. The report is in the job summary; the verdict is unchanged.`)
    }
  }
}

/** The token's user: GET /user when the token may call it, else the Actions bot (installation tokens cannot). */
async function botLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login
  } catch (e) {
    const status = (e as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return DEFAULT_BOT_LOGIN
    throw e
  }
}

/** An Octokit request error as a one-line GateError naming the call. */
function apiError(e: unknown): unknown {
  const err = e as { status?: number; message?: string; request?: { method?: string; url?: string } }
  if (e instanceof GateError || typeof err?.status !== 'number' || !err.request) return e
  const url = (err.request.url ?? '').replace(/^https?:\/\/[^/]+/, '')
  return new GateError('GitHub API', `${err.request.method} ${url} answered ${err.status}: ${err.message ?? ''}`.trim())
}
