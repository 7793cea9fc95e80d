import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { METRIC_KINDS, policyJsonSchema, policyJsonSchemaText } from '../src/policy/index.js'

const committed = readFileSync(join('schema', 'policy.schema.json'), 'utf8')
const example = parse(readFileSync(join('__fixtures__', 'policy', 'segment-1a.yml'), 'utf8'))
const docs = readFileSync(join('docs', 'policy.md'), 'utf8')

type JsonSchema = { properties?: Record<string, unknown>; $defs?: Record<string, JsonSchema> }

function validator() {
  const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true })
  return ajv.compile(JSON.parse(committed))
}

describe('schema/policy.schema.json', () => {
  it('is what scripts/generate-schema.ts writes from the zod schema (run it after a schema change)', () => {
    expect(policyJsonSchemaText()).toBe(committed)
  })

  it('is deterministic', () => {
    expect(policyJsonSchemaText()).toBe(policyJsonSchemaText())
  })

  it('is draft 2020-12 with titles and descriptions', () => {
    const schema = policyJsonSchema() as JsonSchema & { $schema: string; title: string }
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.title).toBe('realism-gate policy')
    expect(committed).toContain('"description": "Seeds every check must pass on, e.g. [42, 43, 44]"')
  })

  it('accepts the example policy', () => {
    const validate = validator()
    const ok = validate(example)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('rejects broken variants of the example', () => {
    const validate = validator()
    // The example as plain JSON data: mutated freely to break one rule at a time.
    type Loose = { [key: string]: Loose } & Loose[]
    const variant = (change: (p: Loose) => void) => {
      const copy = structuredClone(example)
      change(copy.segments['segment-1a'])
      return validate(copy)
    }
    expect(variant((s) => (s.rooster = s.roster))).toBe(false)
    expect(variant((s) => delete s.roster)).toBe(false)
    expect(variant((s) => (s.metrics.gini_outlets.kind = 'ginny' as unknown as Loose))).toBe(false)
    expect(variant((s) => (s.checks[0].B = {} as Loose))).toBe(false)
    expect(variant((s) => (s.metrics.candidate_median.q = 1.5 as unknown as Loose))).toBe(false)
    expect(variant((s) => (s.tables.merchants.columns.phi = 'double' as unknown as Loose))).toBe(false)
    expect(variant((s) => (s.frozen_scopes[0].tolerance = {} as Loose))).toBe(false)
    expect(variant(() => undefined)).toBe(true)
  })
})

describe('docs/policy.md', () => {
  const schema = policyJsonSchema() as JsonSchema
  const defs = schema.$defs ?? {}

  it('mentions every top-level and segment key', () => {
    const keys = [...Object.keys(schema.properties ?? {}), ...Object.keys(defs.Segment.properties ?? {})]
    expect(keys).toContain('frozen_scopes')
    const missing = keys.filter((k) => !docs.includes(`\`${k}\``))
    expect(missing).toEqual([])
  })

  it('mentions every key of every object of the schema and every metric kind', () => {
    const keys = new Set<string>()
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(collect)
      if (node === null || typeof node !== 'object') return
      const record = node as Record<string, unknown>
      if (record.properties && typeof record.properties === 'object') Object.keys(record.properties).forEach((k) => keys.add(k))
      Object.values(record).forEach(collect)
    }
    collect(schema)
    expect(keys.size).toBeGreaterThan(40)
    const missing = [...keys, ...METRIC_KINDS].filter((k) => !docs.includes(`\`${k}\``))
    expect(missing).toEqual([])
  })

  it('links the metric definitions and tells how to point an editor at the schema', () => {
    expect(docs).toContain('(metrics.md)')
    expect(docs).toContain('# yaml-language-server: $schema=')
    expect(docs).toContain('max(abs, rel × |certified value|)')
  })
})
