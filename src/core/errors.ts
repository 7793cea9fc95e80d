/**
 * Errors a user can act on. Each one becomes a single line `<where>: <cause>` and exit code 2
 * (could not evaluate / usage), never a stack trace unless --debug is given.
 */
export class GateError extends Error {
  constructor(
    /** The file (or other input) the problem is about; '' when there is none. */
    readonly where: string,
    readonly cause_: string
  ) {
    super(where ? `${where}: ${cause_}` : cause_)
    this.name = 'GateError'
  }
}

/** Wrong command-line usage. */
export class UsageError extends GateError {
  constructor(cause: string) {
    super('usage', cause)
    this.name = 'UsageError'
  }
}

/** One line describing any thrown value, for fail-closed reporting. */
export function describeError(e: unknown): string {
  if (e instanceof GateError) return e.message
  if (e instanceof Error) return `internal error: ${e.message}`
  return `internal error: ${String(e)}`
}
