import type { GuardResult, TouchedScope } from '../guard/types.js'

export type Verdict = 'pass' | 'fail' | 'not-applicable' | 'error'

/** Everything the shell publishes at the end of a run (outputs, summary, comment, exit code). */
export interface Outcome {
  verdict: Verdict
  grade: string
  touched: TouchedScope[]
  fingerprint: string
  /** Full markdown report (summary and comment). */
  markdown: string
  /** Why the step fails; undefined when it succeeds. */
  failure?: string
}

/** The `touched-scopes` output: names, waves and reasons, as compact JSON. */
export function touchedScopesOutput(touched: TouchedScope[]): string {
  return JSON.stringify(touched.map((t) => ({ name: t.name, wave: t.wave, reasons: t.reasons })))
}

/** pass only on a clean guard; anything else fails. */
export function guardVerdict(r: GuardResult): 'pass' | 'fail' {
  return r.verdict === 'PASS' ? 'pass' : 'fail'
}

export function notApplicableLine(segment: string, files: number): string {
  return `realism-gate: not applicable: no frozen scope of segment \`${segment}\` is touched by this pull request (${files} changed file${files === 1 ? '' : 's'} checked).`
}

/** The first line of every report: the verdict, in words. */
export function verdictHeadline(verdict: Verdict, segment: string): string {
  switch (verdict) {
    case 'pass':
      return `## realism-gate: ✅ PASS — segment \`${segment}\``
    case 'fail':
      return `## realism-gate: ❌ FAIL — segment \`${segment}\``
    case 'not-applicable':
      return `## realism-gate: ➖ not applicable — segment \`${segment}\``
    case 'error':
      return `## realism-gate: ⚠️ ERROR — could not evaluate segment \`${segment}\``
  }
}

/** The report for an error: fail closed, with the one-line cause. */
export function errorReport(segment: string, message: string): string {
  return `${verdictHeadline('error', segment)}\n\nThe gate could not evaluate this pull request, so it fails closed:\n\n\`\`\`\n${message}\n\`\`\`\n`
}

/** The report for a governance change without approval. */
export function governanceReport(segment: string, needed: string, checked: string[]): string {
  const lines = [verdictHeadline('fail', segment), '', `**Governance change without approval.** ${needed}`]
  if (checked.length) lines.push('', 'Checked and not sufficient:', ...checked.map((c) => `- ${c}`))
  return lines.join('\n') + '\n'
}

/** The commit status the workflow_run setup posts on the PR head (its own check sits on the default branch). */
export function commitStatus(verdict: Verdict, failure?: string): { state: 'success' | 'failure' | 'error'; description: string } {
  const state = verdict === 'pass' || verdict === 'not-applicable' ? 'success' : verdict === 'fail' ? 'failure' : 'error'
  const text = failure ?? (verdict === 'not-applicable' ? 'no frozen scope touched' : `freeze guard ${verdict}`)
  // GitHub keeps at most 140 characters.
  const description = text.length > 140 ? `${text.slice(0, 139)}…` : text
  return { state, description }
}
