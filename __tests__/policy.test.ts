import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GateError } from '../src/core/errors.js'
import { METRIC_KINDS, getSegment, loadPolicy, parsePolicy, segmentPolicyDigest } from '../src/policy/index.js'

const EXAMPLE = join('__fixtures__', 'policy', 'segment-1a.yml')

const SMALL = `version: 1
segments:
  s1:
    tables:
      merchants:
        path: merchants.csv
        columns:
          outlet_count: int
          legal: { type: string, nullable: true }
    metrics:
      gini_outlets: { kind: gini, table: merchants, column: outlet_count }
      gap: { kind: rate_difference, table: merchants, event: { column: legal, op: is_null }, stratum_a: { column: outlet_count, op: eq, value: 1 }, stratum_b: { column: outlet_count, op: gt, value: 1 } }
    checks:
      - { name: gini, metric: gini_outlets, B: { min: 0.4 }, B_plus: { min: 0.5, max: 0.7 } }
    roster: [42]
`

describe('parsePolicy: valid policies', () => {
  it('parses a small policy to the expected object, defaults filled in', () => {
    expect(parsePolicy(SMALL, 'p.yml')).toEqual({
      version: 1,
      segments: {
        s1: {
          tables: {
            merchants: { path: 'merchants.csv', columns: { outlet_count: 'int', legal: { type: 'string', nullable: true } } }
          },
          required_outputs: [],
          metrics: {
            gini_outlets: { kind: 'gini', table: 'merchants', column: 'outlet_count' },
            gap: {
              kind: 'rate_difference',
              table: 'merchants',
              event: { column: 'legal', op: 'is_null' },
              stratum_a: { column: 'outlet_count', op: 'eq', value: 1 },
              stratum_b: { column: 'outlet_count', op: 'gt', value: 1 },
              scale: 1
            }
          },
          hard_gates: [],
          checks: [{ name: 'gini', metric: 'gini_outlets', B: { min: 0.4 }, B_plus: { min: 0.5, max: 0.7 } }],
          law: { B: 0.7, B_plus: 0.8 },
          concentration_protection: [],
          roster: [42],
          frozen_scopes: [],
          noise_k: 3
        }
      }
    })
  })

  it('the example policy uses every metric kind and the seed roster', () => {
    const policy = loadPolicy(EXAMPLE)
    const segment = getSegment(policy, 'segment-1a', EXAMPLE)
    const kinds = new Set(Object.values(segment.metrics).map((m) => m.kind))
    expect([...kinds].sort()).toEqual([...METRIC_KINDS].sort())
    expect(segment.roster).toEqual([42, 43, 44])
    expect(segment.hard_gates).toHaveLength(4)
    expect(segment.frozen_scopes.map((s) => s.wave)).toEqual(['P1', 'P2', 'P3'])
    expect(segment.frozen_scopes[0].tolerances).toEqual({ median_outlets: { abs: 1 } })
    expect(segment.metrics.size_gradient_pp).toMatchObject({ scale: 100, stratum_b: { all: [{ value: 'small' }, { op: 'not_null' }] } })
  })

  it('METRIC_KINDS lists the 21 kinds of the vocabulary', () => {
    expect([...METRIC_KINDS].sort()).toEqual(
      [
        'count', 'share', 'mean', 'std', 'cv', 'median', 'quantile', 'quantile_ratio', 'gini', 'top_share', 'spearman',
        'pearson', 'ratio_quantile', 'rate_difference', 'distinct_count', 'duplicate_count', 'null_rate',
        'min_difference', 'max_difference', 'required_outputs_present', 'replay_determinism'
      ].sort()
    )
  })
})

describe('getSegment', () => {
  const policy = parsePolicy(SMALL, 'p.yml')
  it('returns the segment', () => {
    expect(getSegment(policy, 's1', 'p.yml').roster).toEqual([42])
  })
  it('an unknown id is a GateError listing the ids', () => {
    expect(() => getSegment(policy, 's2', 'p.yml')).toThrow(new GateError('p.yml', "unknown segment 's2' (segments: s1)"))
  })
  it('does not find inherited properties', () => {
    expect(() => getSegment(policy, 'toString', 'p.yml')).toThrow(GateError)
  })
})

describe('segmentPolicyDigest', () => {
  const digestOf = (text: string) => segmentPolicyDigest(parsePolicy(text, 'p.yml').segments.s1)
  it('is a sha256 hex digest', () => {
    expect(digestOf(SMALL)).toMatch(/^[0-9a-f]{64}$/)
  })
  it('ignores key order and spelled-out defaults', () => {
    const reordered = SMALL.replace('    roster: [42]\n', '').replace('    tables:\n', '    roster: [42]\n    noise_k: 3\n    law: { B_plus: 0.8, B: 0.7 }\n    tables:\n')
    expect(reordered).not.toBe(SMALL)
    expect(digestOf(reordered)).toBe(digestOf(SMALL))
  })
  it('changes when a band changes', () => {
    expect(digestOf(SMALL.replace('B: { min: 0.4 }', 'B: { min: 0.41 }'))).not.toBe(digestOf(SMALL))
  })
})

describe('loadPolicy', () => {
  it('an unreadable file is a GateError naming the file', () => {
    const missing = join(tmpdir(), 'realism-gate-no-such-policy.yml')
    expect(() => loadPolicy(missing)).toThrow(new GateError(missing, 'cannot read policy: no such file'))
  })
  it('a folder is not a policy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-policy-'))
    expect(() => loadPolicy(dir)).toThrow(new GateError(dir, 'cannot read policy: is a folder, not a file'))
  })
  it('errors in a file name the file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-policy-'))
    const file = join(dir, 'policy.yml')
    writeFileSync(file, SMALL.replace('roster: [42]', 'roster: [-1]'))
    let error: unknown
    try {
      loadPolicy(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(GateError)
    expect((error as GateError).where).toBe(`${file}:15:14`)
    expect((error as GateError).cause_).toBe('segments.s1.roster[0]: must be >= 0, got -1')
  })
})
