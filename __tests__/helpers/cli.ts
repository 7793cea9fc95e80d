import { main, type Exit } from '../../src/cli/index.js'

export interface CliResult {
  code: Exit
  stdout: string
  stderr: string
}

/** Runs the CLI in-process, capturing its output. */
export async function cli(...argv: string[]): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false })
  return { code, stdout, stderr }
}
