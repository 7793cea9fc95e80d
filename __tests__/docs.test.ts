import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parsePolicy } from '../src/policy/index.js'

/** The YAML code blocks of a markdown text, in order. */
function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1])
}

describe('docs/policy.md', () => {
  it('its per-key examples put together form a policy that validates', () => {
    const doc = readFileSync('docs/policy.md', 'utf8')
    const segmentPart = doc.slice(doc.indexOf('## Segment keys'), doc.indexOf('## Validation'))
    const segmentKeys = ['tables', 'metrics', 'hard_gates', 'checks', 'law', 'concentration_protection', 'roster', 'frozen_scopes']
    // Blocks that show a segment key (the filter examples show fragments of metrics, not segment keys).
    const blocks = yamlBlocks(segmentPart).filter((b) => segmentKeys.includes(b.split(':')[0]))
    expect(blocks.length).toBeGreaterThanOrEqual(8)
    const indented = blocks.map((b) => b.trimEnd().split('\n').map((line) => `    ${line}`).join('\n')).join('\n')
    const policy = parsePolicy(`version: 1\nsegments:\n  example:\n${indented}\n`, 'docs/policy.md (assembled)')
    const segment = policy.segments.example
    expect(Object.keys(segment.tables)).toEqual(['merchants', 'outlets'])
    expect(segment.hard_gates.map((g) => g.name)).toContain('replay_determinism')
    expect(segment.frozen_scopes.map((s) => s.name)).toEqual(['S1/S2', 'mismatch posture'])
  })
})
