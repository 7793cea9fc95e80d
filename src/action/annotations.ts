import type { TouchedScope } from '../guard/types.js'

/** GitHub shows at most this many error annotations per step. */
export const ANNOTATION_LIMIT = 10

export interface Annotation {
  file: string
  startLine: number
  title: string
  message: string
}

/**
 * One error annotation per changed config line that touched a frozen scope (the key's line at head).
 * Path-only reasons have no line and are reported in the summary instead. Sorted by file and line.
 */
export function scopeAnnotations(touched: TouchedScope[]): Annotation[] {
  const out: Annotation[] = []
  for (const scope of touched) {
    for (const r of scope.reasons) {
      if (r.kind !== 'config_key' || r.line === undefined) continue
      out.push({
        file: r.file,
        startLine: r.line,
        title: `realism-gate: frozen scope "${scope.name}"`,
        message: `\`${r.key}\` matches \`${r.pattern}\`, frozen by wave ${scope.wave}; the freeze guard must pass.`
      })
    }
  }
  return out.sort((a, b) => (a.file === b.file ? a.startLine - b.startLine : a.file < b.file ? -1 : 1))
}

/** The annotations GitHub will show, and how many more there were. */
export function capAnnotations(list: Annotation[], limit = ANNOTATION_LIMIT): { shown: Annotation[]; omitted: number } {
  return { shown: list.slice(0, limit), omitted: Math.max(0, list.length - limit) }
}
