import { GateError } from '../core/errors.js'

/**
 * JSON Lines: one JSON object per line (LF or CRLF), an optional UTF-8 BOM, blank lines ignored.
 * Each object is handed over with its 1-based line number; anything else on a line is a GateError.
 */
export function readJsonl(
  text: string,
  where: string,
  onObject: (object: Record<string, unknown>, line: number) => void
): number {
  let rows = 0
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    line++
    const raw = text.slice(start, end)
    start = end + 1
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (e) {
      throw new GateError(where, `line ${line}: invalid JSON (${oneLine((e as Error).message)})`)
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new GateError(where, `line ${line}: expected a JSON object, got ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}`)
    }
    rows++
    onObject(value as Record<string, unknown>, line)
  }
  return rows
}

/** JSON.parse messages may quote the input: keep them short and on one line. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const flat = message.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
  return flat.length > 120 ? flat.slice(0, 120) + '…' : flat
}
