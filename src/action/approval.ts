/**
 * Approval of a governance change: a review in state APPROVED on the head commit from a user with
 * write access, or the configured label applied (by a user with write access) after the last push.
 * The functions here only select candidates; the shell asks GitHub for each candidate's permission.
 */

export interface ReviewLike {
  user: { login: string } | null
  state: string
  commit_id: string | null
  submitted_at?: string | null
}

/**
 * Users whose latest deciding review is APPROVED on exactly `headSha`. COMMENTED reviews do not
 * change a user's decision; a later CHANGES_REQUESTED or DISMISSED one withdraws an approval.
 */
export function approvingReviewers(reviews: ReviewLike[], headSha: string): string[] {
  const latest = new Map<string, ReviewLike>()
  // The API lists reviews in chronological order; keep that order and let later ones win.
  for (const r of reviews) {
    if (!r.user || r.state === 'COMMENTED' || r.state === 'PENDING') continue
    latest.set(r.user.login, r)
  }
  return [...latest.entries()]
    .filter(([, r]) => r.state === 'APPROVED' && r.commit_id === headSha)
    .map(([login]) => login)
    .sort()
}

/** Collaborator permission levels that can approve: write and above. */
export function canApprove(permission: { permission: string; role_name?: string }): boolean {
  return ['admin', 'write', 'maintain'].includes(permission.permission) || ['admin', 'maintain', 'write'].includes(permission.role_name ?? '')
}

export interface LabelEventLike {
  event: string
  created_at: string
  actor: { login: string } | null
  label?: { name: string }
}

/**
 * The event that applied `label`, when the label is on the PR now and was applied strictly after
 * `lastPushAt`. null otherwise (including when the push time is unknown: fail closed).
 */
export function labelApproval(
  events: LabelEventLike[],
  label: string,
  currentLabels: string[],
  lastPushAt: string | null
): { actor: string; at: string } | null {
  if (!currentLabels.includes(label) || lastPushAt === null) return null
  const applied = events.filter((e) => e.event === 'labeled' && e.label?.name === label && e.actor)
  const last = applied[applied.length - 1]
  if (!last || !last.actor) return null
  return Date.parse(last.created_at) > Date.parse(lastPushAt) ? { actor: last.actor.login, at: last.created_at } : null
}

export interface PushActivityLike {
  after: string
  timestamp: string
  activity_type: string
}

/** When `headSha` was pushed: the latest push activity whose `after` is that commit; null when none. */
export function pushTimeOf(activities: PushActivityLike[], headSha: string): string | null {
  const times = activities
    .filter((a) => a.after === headSha && ['push', 'force_push', 'branch_creation', 'pr_merge', 'merge_queue_merge'].includes(a.activity_type))
    .map((a) => a.timestamp)
    .sort((a, b) => Date.parse(a) - Date.parse(b))
  return times.length ? times[times.length - 1] : null
}

/** Labels that reopen frozen scopes: `<prefix><scope name>`. */
export function reopenedScopes(labels: string[], prefix: string): string[] {
  return [...new Set(labels.filter((l) => l.startsWith(prefix) && l.length > prefix.length).map((l) => l.slice(prefix.length).trim()))]
    .filter((s) => s !== '')
    .sort()
}

/** What a governance change still needs, in words for the comment. */
export function approvalNeeded(files: string[], headSha: string, approvalLabel?: string): string {
  const what =
    `a review in state APPROVED on the head commit ${headSha.slice(0, 7)} from a user with write access` +
    (approvalLabel ? `, or the label \`${approvalLabel}\` applied by such a user after the last push` : '')
  return `This pull request changes governance files (${files.map((f) => `\`${f}\``).join(', ')}); it needs ${what}.`
}
