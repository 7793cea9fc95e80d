import { GateError } from '../core/errors.js'

/** The action's inputs, validated. Paths are repository-relative (policy, certificate) or workspace paths. */
export interface ActionInputs {
  token: string
  policy: string
  /** Segment id; undefined means "the policy's only segment". */
  segment?: string
  certificate?: string
  runs?: string
  replays?: string
  governancePaths: string[]
  reopenLabelPrefix: string
  approvalLabel?: string
  outDir: string
  /** workflow_run only: the PR number, when the payload does not list it (fork PRs). */
  pullRequest?: number
}

/** Reads one raw input ('' when unset), like core.getInput. */
export type InputGetter = (name: string) => string

/**
 * Parses and validates the inputs. Repository paths must be relative and stay inside the repository,
 * because they are looked up at the base commit through the contents API or `git show`.
 */
export function parseInputs(get: InputGetter): ActionInputs {
  const text = (name: string): string => get(name).trim()
  const optional = (name: string): string | undefined => text(name) || undefined

  const token = text('github-token')
  if (!token) throw new GateError('input github-token', 'is empty; pass ${{ github.token }} or a token with pull-requests: write')
  const policy = repoPath('policy', text('policy') || 'realism-gate.yml')
  const certificateRaw = optional('certificate')
  const certificate = certificateRaw === undefined ? undefined : repoPath('certificate', certificateRaw)
  const segment = optional('segment')
  if (segment !== undefined && !/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(segment)) {
    throw new GateError('input segment', `"${segment}" is not a segment id (letters, digits, _ . -)`)
  }
  const reopenLabelPrefix = text('reopen-label-prefix') || 'realism-gate/reopen:'
  const governancePaths = listOf(get('governance-paths'))
  for (const glob of governancePaths) {
    if (glob.startsWith('/') || glob.split('/').includes('..')) {
      throw new GateError('input governance-paths', `"${glob}" must be a repository-relative glob`)
    }
  }
  const prRaw = text('pull-request')
  if (prRaw !== '' && !/^[1-9]\d{0,9}$/.test(prRaw)) throw new GateError('input pull-request', `"${prRaw}" is not a pull request number`)
  return {
    token,
    policy,
    segment,
    certificate,
    runs: optional('runs'),
    replays: optional('replays'),
    governancePaths,
    reopenLabelPrefix,
    approvalLabel: optional('approval-label'),
    outDir: text('out-dir') || 'realism-gate-out',
    ...(prRaw ? { pullRequest: Number(prRaw) } : {})
  }
}

/** A list input: one item per line or comma, blanks and `#` comments ignored. */
export function listOf(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'))
}

function repoPath(input: string, raw: string): string {
  const path = raw.replace(/^\.\//, '')
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split(/[\\/]/).includes('..') || path === '') {
    throw new GateError(`input ${input}`, `"${raw}" must be a path relative to the repository root`)
  }
  return path
}
