import type { ColumnType } from '../policy/schema.js'
import type { Column } from './table.js'

/**
 * Turns decoded cells (CSV text, JSON values, Parquet values) into one typed column.
 * `push` returns a one-line problem instead of throwing so the reader can say where it happened.
 */

/** Integer literal, and the number grammar accepted in text (no NaN, Infinity, hex or padding). */
export const INT_TEXT = /^[+-]?\d+$/
export const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

const LIMIT = Number.MAX_SAFE_INTEGER
const beyond = (shown: string): string =>
  `${shown} is beyond the exact integer range ±(2^53−1) and would be rounded`

export interface ColumnRequest {
  name: string
  type: ColumnType
  nullable: boolean
}

/** A short, safe rendering of an offending cell for an error message. */
export function describeCell(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'bigint') return `${value}`
  if (value instanceof Date) return 'a timestamp'
  if (value instanceof Uint8Array) return 'binary bytes'
  if (Array.isArray(value)) return 'a list'
  return typeof value === 'object' ? 'an object' : typeof value
}

/** Parses numeric text; returns the number or a problem string. */
export function numberFromText(text: string, type: 'int' | 'float'): number | string {
  if (type === 'int' && INT_TEXT.test(text)) {
    const big = BigInt(text)
    if (big > BigInt(LIMIT) || big < -BigInt(LIMIT)) return beyond(text)
    return Number(big)
  }
  if (!NUMBER_TEXT.test(text)) {
    return /^[+-]?(nan|inf|infinity)$/i.test(text) ? `${describeCell(text)} is not a finite number` : `${describeCell(text)} is not a number`
  }
  const value = Number(text)
  if (!Number.isFinite(value)) return `${describeCell(text)} is not a finite number`
  return type === 'int' ? intFromNumber(value, text) : value
}

function intFromNumber(value: number, shown: string): number | string {
  if (!Number.isFinite(value)) return `${shown} is not a finite number`
  if (!Number.isInteger(value)) return `${shown} is not an integer`
  if (Math.abs(value) > LIMIT) return beyond(shown)
  return value
}

export function boolFromText(text: string): boolean | undefined {
  const t = text.toLowerCase()
  if (t === 'true' || t === '1') return true
  if (t === 'false' || t === '0') return false
  return undefined
}

export class ColumnBuilder {
  private readonly numbers: number[] = []
  private readonly strings: string[] = []
  private readonly nullRows: number[] = []

  constructor(readonly request: ColumnRequest) {}

  get length(): number {
    return this.request.type === 'string' ? this.strings.length : this.numbers.length
  }

  /** A CSV field: null for an empty unquoted field, otherwise the text. */
  pushText(text: string | null): string | undefined {
    if (text === null) return this.pushNull()
    switch (this.request.type) {
      case 'string':
        this.strings.push(text)
        return undefined
      case 'bool': {
        const b = boolFromText(text)
        if (b === undefined) return `${describeCell(text)} is not a bool (true/false or 1/0)`
        this.numbers.push(b ? 1 : 0)
        return undefined
      }
      default: {
        const n = numberFromText(text, this.request.type)
        if (typeof n === 'string') return n
        this.numbers.push(n)
        return undefined
      }
    }
  }

  /** A typed value from JSON or Parquet: null/undefined are nulls, other types must match exactly. */
  pushValue(value: unknown): string | undefined {
    if (value === null || value === undefined) return this.pushNull()
    const type = this.request.type
    if (type === 'string') {
      if (typeof value !== 'string') return `expected string, got ${describeCell(value)}`
      this.strings.push(value)
      return undefined
    }
    if (type === 'bool') {
      if (typeof value !== 'boolean') return `expected bool, got ${describeCell(value)}`
      this.numbers.push(value ? 1 : 0)
      return undefined
    }
    let n: number | string
    if (typeof value === 'bigint') {
      n = value > BigInt(LIMIT) || value < -BigInt(LIMIT) ? beyond(`${value}`) : Number(value)
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) n = `${value} is not a finite number`
      else n = type === 'int' ? intFromNumber(value, String(value)) : value
    } else {
      n = `expected ${type}, got ${describeCell(value)}`
    }
    if (typeof n === 'string') return n
    this.numbers.push(n)
    return undefined
  }

  private pushNull(): string | undefined {
    if (!this.request.nullable) return 'null in a non-nullable column'
    this.nullRows.push(this.length)
    // A null's slot holds NaN / 0 / '' and is only meaningful through `nulls`; NaN makes a forgotten mask loud.
    if (this.request.type === 'string') this.strings.push('')
    else this.numbers.push(this.request.type === 'bool' ? 0 : NaN)
    return undefined
  }

  build(): Column {
    const nulls = this.nullRows.length > 0 ? maskOf(this.nullRows, this.length) : undefined
    const withNulls = <C extends Column>(c: C): C => (nulls ? { ...c, nulls } : c)
    switch (this.request.type) {
      case 'string':
        return withNulls({ type: 'string', values: this.strings })
      case 'bool':
        return withNulls({ type: 'bool', values: Uint8Array.from(this.numbers) })
      default:
        return withNulls({ type: this.request.type, values: Float64Array.from(this.numbers) })
    }
  }
}

function maskOf(rows: number[], length: number): Uint8Array {
  const mask = new Uint8Array(length)
  for (const r of rows) mask[r] = 1
  return mask
}
