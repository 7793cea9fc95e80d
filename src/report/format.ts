/** Number formatting shared by the human renderers (JSON outputs keep full precision). */
export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—'
  if (Number.isInteger(x)) return String(x)
  const a = Math.abs(x)
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(3)
  return String(Number(x.toPrecision(4)))
}

export function signed(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—'
  return (x > 0 ? '+' : '') + fmt(x)
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(2)} %`
}

/** Escapes text for a markdown table cell. */
export function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ')
}

export const outcomeMark = (o: string | boolean): string =>
  o === 'pass' || o === true || o === 'PASS' ? '✅ pass' : o === 'undefined' ? '⚠️ undefined' : '❌ fail'
