import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parse, stringify } from 'yaml'
import { GateError } from '../src/core/errors.js'
import { parsePolicy } from '../src/policy/index.js'

const EXAMPLE = readFileSync(join('__fixtures__', 'policy', 'segment-1a.yml'), 'utf8')

/** parsePolicy ends in a Policy or in a GateError located inside the text; anything else fails. */
function outcome(text: string): 'valid' | 'refused' {
  const started = Date.now()
  try {
    const policy = parsePolicy(text, 'p.yml')
    expect(policy.version).toBe(1)
    return 'valid'
  } catch (e) {
    if (!(e instanceof GateError)) throw new Error(`not a GateError: ${String(e)}`, { cause: e })
    const match = /^p\.yml:(\d+):(\d+)$/.exec(e.where)
    if (!match) throw new Error(`where is not file:line:col: ${e.where}`, { cause: e })
    const [line, col] = [Number(match[1]), Number(match[2])]
    const lines = text.split(/\r\n|\r|\n/)
    expect(line).toBeGreaterThanOrEqual(1)
    expect(line).toBeLessThanOrEqual(lines.length)
    expect(col).toBeGreaterThanOrEqual(1)
    expect(col).toBeLessThanOrEqual((lines[line - 1]?.length ?? 0) + 1)
    expect(e.cause_.length).toBeGreaterThan(0)
    expect(e.message).not.toContain('\n    at ')
    return 'refused'
  } finally {
    // Not a hang: every parse of these small inputs is far below a second.
    expect(Date.now() - started).toBeLessThan(2000)
  }
}

const yamlish = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz_019.-'.split(''),
  ':', ': ', '- ', ' ', '  ', '\n', '\t', '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!', '#', '"', "'", '|', '>',
  '---\n', '...\n', '? ', '<<: ', 'version: 1\n', 'segments:\n', '%YAML 1.2\n', '.inf', '~', 'null', 'true', '0x1F'
)

describe('parsePolicy never crashes', () => {
  it('the example itself is valid', () => {
    expect(outcome(EXAMPLE)).toBe('valid')
  })

  it('random YAML-ish text', () => {
    fc.assert(
      fc.property(fc.array(yamlish, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        outcome(text)
      }),
      { numRuns: 400 }
    )
  })

  it('random unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        outcome(text)
      }),
      { numRuns: 150 }
    )
  })

  it('character edits of the example: delete, insert, replace', () => {
    const edit = fc.record({
      op: fc.constantFrom('delete', 'insert', 'replace'),
      at: fc.nat({ max: EXAMPLE.length - 1 }),
      length: fc.integer({ min: 1, max: 12 }),
      text: fc.array(yamlish, { minLength: 1, maxLength: 3 }).map((p) => p.join(''))
    })
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = EXAMPLE
        for (const e of edits) {
          const at = Math.min(e.at, text.length)
          if (e.op === 'delete') text = text.slice(0, at) + text.slice(at + e.length)
          else if (e.op === 'insert') text = text.slice(0, at) + e.text + text.slice(at)
          else text = text.slice(0, at) + e.text + text.slice(at + e.text.length)
        }
        outcome(text)
      }),
      { numRuns: 80 }
    )
  })

  it('line edits of the example: drop, duplicate or swap lines', () => {
    const lines = EXAMPLE.split('\n')
    const line = fc.nat({ max: lines.length - 1 })
    fc.assert(
      fc.property(fc.constantFrom('drop', 'duplicate', 'swap'), line, line, (op, i, j) => {
        const copy = [...lines]
        if (op === 'drop') copy.splice(i, 1)
        else if (op === 'duplicate') copy.splice(i, 0, copy[i])
        else [copy[i], copy[j]] = [copy[j], copy[i]]
        outcome(copy.join('\n'))
      }),
      { numRuns: 80 }
    )
  })

  it('structural mutations of the example: drop keys, swap values, replace values', () => {
    const data = parse(EXAMPLE) as unknown
    const paths: (string | number)[][] = []
    const collect = (node: unknown, path: (string | number)[]) => {
      if (path.length > 0) paths.push(path)
      if (Array.isArray(node)) node.forEach((v, i) => collect(v, [...path, i]))
      else if (node && typeof node === 'object') Object.entries(node).forEach(([k, v]) => collect(v, [...path, k]))
    }
    collect(data, [])
    const pathArb = fc.constantFrom(...paths)
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(-1, 0, 1.5, 2, 'merchants', 'gini_outlets', 'int', [], {}))
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('drop' as const), a: pathArb }),
      fc.record({ op: fc.constant('swap' as const), a: pathArb, b: pathArb }),
      fc.record({ op: fc.constant('set' as const), a: pathArb, value })
    )
    const get = (root: unknown, path: (string | number)[]) => path.reduce<unknown>((n, k) => (n as Record<string, unknown>)?.[k], root)
    const parentOf = (root: unknown, path: (string | number)[]) => get(root, path.slice(0, -1)) as Record<string | number, unknown> | undefined
    let refused = 0
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const copy = structuredClone(data)
        for (const m of mutations) {
          const parent = parentOf(copy, m.a)
          if (!parent || typeof parent !== 'object') continue
          const key = m.a[m.a.length - 1]
          if (m.op === 'drop') {
            if (Array.isArray(parent)) parent.splice(key as number, 1)
            else delete parent[key]
          } else if (m.op === 'set') {
            parent[key] = m.value
          } else {
            const other = parentOf(copy, m.b)
            if (!other || typeof other !== 'object') continue
            const otherKey = m.b[m.b.length - 1]
            const held = parent[key]
            parent[key] = other[otherKey]
            other[otherKey] = held
          }
        }
        if (outcome(stringify(copy)) === 'refused') refused++
      }),
      { numRuns: 80 }
    )
    // The mutations do break policies (the property is not vacuous).
    expect(refused).toBeGreaterThan(30)
  })
})
