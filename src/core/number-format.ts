/** Numbers for people (reports, reasons); JSON outputs keep full precision. 4 significant digits. */
export function fmt(x: number | null | undefined): string {
  if (x === null || x === undefined) return '—'
  if (Number.isInteger(x)) return String(x)
  const a = Math.abs(x)
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return x.toExponential(3)
  return String(Number(x.toPrecision(4)))
}
