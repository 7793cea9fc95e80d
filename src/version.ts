/** The tool version recorded in every output (a test keeps it equal to package.json's). */
export const TOOL_VERSION = '0.1.0'
export const TOOL = { name: 'realism-gate', version: TOOL_VERSION } as const
