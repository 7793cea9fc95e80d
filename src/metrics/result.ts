/**
 * Every metric returns either a value or an explicit undefined status with its reason.
 * `definition` names the exact definition used (see docs/metrics.md), recorded in outputs.
 */
export type MetricResult =
  | { status: 'ok'; value: number; definition: string }
  | { status: 'undefined'; reason: string; definition: string }

export const ok = (value: number, definition: string): MetricResult =>
  Number.isFinite(value)
    ? { status: 'ok', value, definition }
    : { status: 'undefined', reason: `non-finite result (${value})`, definition }

export const undef = (reason: string, definition: string): MetricResult => ({ status: 'undefined', reason, definition })
