/** GitHub refuses comment bodies longer than this (422). */
export const COMMENT_LIMIT = 65536
/** GitHub refuses step summaries larger than this many bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024

/** The default login of the token the action runs with (GITHUB_TOKEN). */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]'

/** Hidden marker that identifies the gate's sticky comment for one segment. */
export function stickyMarker(segment: string): string {
  return `<!-- realism-gate:sticky-comment segment=${segment} -->`
}

export interface CommentLike {
  id: number
  body?: string | null
  user: { login: string } | null
}

/**
 * The sticky comment: the oldest comment holding the marker AND written by the bot. A human comment
 * quoting the marker is never taken over.
 */
export function findStickyComment(comments: CommentLike[], marker: string, botLogin: string): CommentLike | null {
  return comments.find((c) => c.user?.login === botLogin && (c.body ?? '').includes(marker)) ?? null
}

/**
 * Cuts markdown at a line boundary so that `measure(result) <= limit`, closes a code fence or
 * <details> left open by the cut, and appends `notice`. Returns the text unchanged when it fits.
 */
export function truncateMarkdown(
  text: string,
  limit: number,
  notice: string,
  measure: (s: string) => number = (s) => s.length
): { text: string; truncated: boolean } {
  if (measure(text) <= limit) return { text, truncated: false }
  const lines = text.split('\n')
  // Binary search the longest prefix of lines that fits with its closers and the notice.
  let lo = 0
  let hi = lines.length
  const build = (n: number): string => {
    const kept = lines.slice(0, n).join('\n')
    return `${kept}${closers(kept)}\n\n${notice}\n`
  }
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(build(mid)) <= limit) lo = mid
    else hi = mid - 1
  }
  let out = build(lo)
  // A single huge first line: cut by characters instead (no surrogate pair split).
  if (measure(out) > limit) out = Array.from(`${notice}\n`).slice(0, limit).join('')
  return { text: out, truncated: true }
}

function closers(kept: string): string {
  let out = ''
  const fences = kept.split('\n').filter((l) => /^\s*```/.test(l)).length
  if (fences % 2 === 1) out += '\n```'
  const opened = (kept.match(/<details>/g) ?? []).length
  const closed = (kept.match(/<\/details>/g) ?? []).length
  for (let i = closed; i < opened; i++) out += '\n</details>'
  return out
}

/** The comment body: marker first, then the report, cut to the comment limit with a pointer. */
export function commentBody(marker: string, markdown: string, summaryUrl: string): { body: string; truncated: boolean } {
  const notice = `**Report truncated** to fit a pull request comment. The full report is in the [job summary](${summaryUrl}) and the \`report-path\` file.`
  const { text, truncated } = truncateMarkdown(markdown, COMMENT_LIMIT - marker.length - 1, notice)
  return { body: `${marker}\n${text}`, truncated }
}

/** The job summary: the full report unless it exceeds 1 MiB, then cut with a pointer to the report file. */
export function summaryText(markdown: string, reportPath: string): { text: string; truncated: boolean } {
  const notice = `**Report truncated** to fit the 1 MiB job summary limit. The full report is the file \`${reportPath}\` (output \`report-path\`).`
  // Leave room for what @actions/core adds around the buffer.
  return truncateMarkdown(markdown, SUMMARY_LIMIT_BYTES - 1024, notice, (s) => Buffer.byteLength(s, 'utf8'))
}

/** Link to the run's job summary page. */
export function runUrl(serverUrl: string, owner: string, repo: string, runId: number, attempt: number): string {
  const base = `${serverUrl}/${owner}/${repo}/actions/runs/${runId}`
  return attempt > 1 ? `${base}/attempts/${attempt}` : base
}
