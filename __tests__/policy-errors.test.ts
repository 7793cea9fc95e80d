import { describe, expect, it } from '@jest/globals'
import { GateError } from '../src/core/errors.js'
import { parsePolicy } from '../src/policy/index.js'

/** A small valid policy; each test breaks one thing and asserts the exact file:line:column. */
const BASE = `version: 1
segments:
  s1:
    tables:
      merchants:
        path: merchants.csv
        columns:
          outlet_count: int
          name: string
          active: bool
          legal: { type: string, nullable: true }
    metrics:
      gini_outlets: { kind: gini, table: merchants, column: outlet_count }
      merchant_count: { kind: count, table: merchants }
    hard_gates:
      - { name: has_rows, metric: merchant_count, pass: { min: 1 } }
    checks:
      - { name: gini, metric: gini_outlets, B: { min: 0.4 }, B_plus: { min: 0.5 } }
    roster: [42, 43]
`

function errorOf(text: string): GateError {
  try {
    parsePolicy(text, 'p.yml')
  } catch (e) {
    if (e instanceof GateError) return e
    throw new Error(`expected a GateError, got ${String(e)}`, { cause: e })
  }
  throw new Error('expected the policy to be refused')
}

function edit(from: string, to: string, text = BASE): string {
  expect(text.includes(from)).toBe(true)
  return text.replace(from, to)
}

function expectError(text: string, where: string, cause: string | RegExp) {
  const error = errorOf(text)
  expect(error.where).toBe(where)
  if (typeof cause === 'string') expect(error.cause_).toContain(cause)
  else expect(error.cause_).toMatch(cause)
  expect(error.message.startsWith(`${where}: `)).toBe(true)
}

describe('parsePolicy errors: YAML level', () => {
  it('accepts the base policy', () => {
    expect(parsePolicy(BASE, 'p.yml').segments.s1.roster).toEqual([42, 43])
  })

  it('malformed YAML: unterminated flow sequence', () => {
    expectError(edit('roster: [42, 43]', 'roster: [42, 43'), 'p.yml:20:1', 'YAML syntax error')
  })

  it('malformed YAML: bad indentation', () => {
    expectError(edit('        path: merchants.csv', '       path: merchants.csv'), 'p.yml:6:14', 'YAML syntax error')
  })

  it('duplicate key', () => {
    expectError(edit('    roster: [42, 43]\n', '    roster: [42, 43]\n    roster: [44]\n'), 'p.yml:20:5', "segments.s1.roster: duplicate key 'roster'")
  })

  it('alias bomb (billion laughs) is refused at the alias that crosses the limit', () => {
    const bomb = [
      'version: 1',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ''
    ].join('\n')
    // b's ten aliases resolve 10 times; each *b resolves 11 (itself + ten *a): the 9th *b (col 40) crosses 100.
    expectError(bomb, 'p.yml:4:40', /c\[8\]: too many alias expansions \(more than 100, yaml maxAliasCount\)/)
  })

  it('a few aliases are fine', () => {
    const text = edit('B: { min: 0.4 }', 'B: &band { min: 0.4 }').replace('B_plus: { min: 0.5 }', 'B_plus: *band')
    expect(parsePolicy(text, 'p.yml').segments.s1.checks[0].B_plus).toEqual({ min: 0.4 })
  })

  it('recursive alias', () => {
    expectError('version: 1\nx: &r [1, *r]\n', 'p.yml:2:11', 'recursive alias')
  })

  it('alias without anchor', () => {
    expectError(edit('roster: [42, 43]', 'roster: *seeds'), 'p.yml:19:13', "alias '*seeds' has no anchor")
  })

  it('multiple documents', () => {
    expectError(BASE + '---\nversion: 1\n', 'p.yml:20:1', 'one YAML document')
  })

  it('custom tag', () => {
    expectError(edit('path: merchants.csv', 'path: !include merchants.csv'), 'p.yml:6:15', "Unresolved tag: !include")
  })

  it('a known but non-core tag (yaml 1.1 !!binary)', () => {
    expectError(edit('path: merchants.csv', 'path: !!binary bWVyY2hhbnRz'), 'p.yml:6:24', "tag 'tag:yaml.org,2002:binary' is not allowed")
  })

  it('core tags are allowed', () => {
    const policy = parsePolicy(edit('path: merchants.csv', 'path: !!str 2024'), 'p.yml')
    expect(policy.segments.s1.tables.merchants.path).toBe('2024')
  })

  it('a collection as a key', () => {
    expectError(edit('    roster: [42, 43]\n', '    roster: [42, 43]\n    ? [a, b]\n    : 1\n'), 'p.yml:20:7', 'a key must be a plain scalar')
  })

  it('__proto__ key', () => {
    expectError(edit('          name: string', '          __proto__: string'), 'p.yml:9:11', "'__proto__' is not allowed")
  })

  it('empty file', () => {
    expectError('', 'p.yml:1:1', 'the policy is empty')
    expectError('# only a comment\n', 'p.yml:1:1', 'the policy is empty')
  })

  it('non-object root', () => {
    expectError('- version: 1\n', 'p.yml:1:1', 'must be a mapping with version and segments, got a list')
    expectError('\n\n  42\n', 'p.yml:3:3', 'got a scalar')
  })
})

describe('parsePolicy errors: schema level', () => {
  it('unknown key, with the allowed ones', () => {
    expectError(edit('    roster: [42, 43]\n', '    roster: [42, 43]\n    rooster: [1]\n'), 'p.yml:20:5', /segments\.s1\.rooster: unknown key 'rooster' \(allowed: description, tables, .*roster/)
  })

  it('a misspelt key is reported as unknown, not as the missing key it replaces', () => {
    expectError(edit('    roster: [42, 43]', '    rooster: [42, 43]'), 'p.yml:19:5', "segments.s1.rooster: unknown key 'rooster' (allowed: description, tables")
  })

  it('unknown key inside a union (a predicate)', () => {
    const text = edit('merchant_count: { kind: count, table: merchants }', 'merchant_count: { kind: count, table: merchants, where: { column: name, op: eq, valu: x } }')
    expectError(text, 'p.yml:14:87', "metrics.merchant_count.where.valu: unknown key 'valu' (allowed: column, op, value)")
  })

  it('wrong type', () => {
    expectError(edit('roster: [42, 43]', 'roster: [42, forty-three]'), 'p.yml:19:18', "segments.s1.roster[1]: expected a number, got 'forty-three'")
  })

  it('wrong type: a non-integer seed', () => {
    expectError(edit('roster: [42, 43]', 'roster: [42, 43.5]'), 'p.yml:19:18', 'roster[1]: expected an integer, got 43.5')
  })

  it('wrong version', () => {
    expectError(edit('version: 1', 'version: 2'), 'p.yml:1:10', 'version: must be 1, got 2')
  })

  it('missing roster points at the segment key', () => {
    expectError(edit('    roster: [42, 43]\n', ''), 'p.yml:3:3', "segments.s1.roster: missing required key 'roster'")
  })

  it('empty roster', () => {
    expectError(edit('roster: [42, 43]', 'roster: []'), 'p.yml:19:13', 'roster: needs at least 1 item, got a list')
  })

  it('bad band: min > max', () => {
    expectError(edit('B: { min: 0.4 }', 'B: { min: 0.9, max: 0.4 }'), 'p.yml:18:48', 'checks[0].B: min must not exceed max')
  })

  it('empty band', () => {
    expectError(edit('pass: { min: 1 }', 'pass: {}'), 'p.yml:16:57', 'hard_gates[0].pass: a band needs min, max or both')
  })

  it('unknown metric kind lists the kinds', () => {
    expectError(edit('kind: gini', 'kind: ginny'), 'p.yml:13:29', /metrics\.gini_outlets\.kind: unknown kind 'ginny' \(known: count, share, .*gini/)
  })

  it('quantile out of range', () => {
    const text = edit('merchant_count: { kind: count, table: merchants }', 'merchant_count: { kind: quantile, table: merchants, column: outlet_count, q: 1.5 }')
    expectError(text, 'p.yml:14:84', 'metrics.merchant_count.q: must be <= 1, got 1.5')
  })

  it('invalid name as a record key', () => {
    expectError(edit('          name: string', '          9lives: string'), 'p.yml:9:11', "columns.9lives: invalid name '9lives': must start with a letter")
  })

  it('wrong column type spelling inside a union', () => {
    expectError(edit('legal: { type: string, nullable: true }', 'legal: { type: text, nullable: true }'), 'p.yml:11:26', 'columns.legal.type: must be one of int, float, string, bool')
  })

  it('a scalar where a number, string or boolean is expected', () => {
    const text = edit('merchant_count: { kind: count, table: merchants }', 'merchant_count: { kind: count, table: merchants, where: { column: name, op: eq, value: [x] } }')
    expectError(text, 'p.yml:14:94', 'where.value: expected a number, a string or a boolean, got a list')
  })

  it('infinite numbers are refused', () => {
    expectError(edit('B: { min: 0.4 }', 'B: { min: .inf }'), 'p.yml:18:55', 'checks[0].B.min: expected a number, got Infinity')
  })

  it('reports the first problem in the file and counts the rest', () => {
    const text = edit('version: 1', 'version: 2').replace('roster: [42, 43]', 'roster: []')
    expectError(text, 'p.yml:1:10', 'version: must be 1, got 2 (and 1 more problem)')
  })
})

describe('parsePolicy errors: cross references', () => {
  it('unknown metric, closest names first', () => {
    expectError(edit('metric: gini_outlets', 'metric: gini_outlet'), 'p.yml:18:31', "segments.s1.checks[0].metric: unknown metric 'gini_outlet' (known: gini_outlets, merchant_count)")
  })

  it('unknown table', () => {
    expectError(edit('kind: count, table: merchants', 'kind: count, table: merchant'), 'p.yml:14:45', "metrics.merchant_count.table: unknown table 'merchant' (known: merchants)")
  })

  it('unknown column', () => {
    expectError(edit('column: outlet_count }', 'column: outlets }'), 'p.yml:13:61', "metrics.gini_outlets.column: unknown column 'outlets' in table 'merchants' (known: outlet_count,")
  })

  it('wrong column type for a metric', () => {
    expectError(edit('column: outlet_count }', 'column: name }'), 'p.yml:13:61', "column 'name' of table 'merchants' is string; a gini needs an int or float column")
  })

  it('unknown column in a filter', () => {
    const text = edit('kind: count, table: merchants }', 'kind: count, table: merchants, where: { all: [{ column: active, op: eq, value: true }, { column: nme, op: ne, value: x }] } }')
    expectError(text, 'p.yml:14:122', "where.all[1].column: unknown column 'nme'")
  })

  it('filter value of the wrong type', () => {
    const text = edit('kind: count, table: merchants }', 'kind: count, table: merchants, where: { column: outlet_count, op: ge, value: "3" } }')
    expectError(text, 'p.yml:14:102', "where.value: column 'outlet_count' is int; '3' is not a number")
  })

  it('ordering a bool column', () => {
    const text = edit('kind: count, table: merchants }', 'kind: count, table: merchants, where: { column: active, op: lt, value: true } }')
    expectError(text, 'p.yml:14:85', "where.op: 'lt' orders values; bool column 'active' allows eq or ne")
  })

  it('to_column types must agree', () => {
    const text = edit('kind: count, table: merchants }', 'kind: count, table: merchants, where: { column: legal, op: ne, to_column: outlet_count } }')
    expectError(text, 'p.yml:14:99', "where.to_column: compares string column 'legal' with int column 'outlet_count'")
  })

  it('duplicate check name across hard gates and checks', () => {
    expectError(edit('{ name: gini,', '{ name: has_rows,'), 'p.yml:18:17', "checks[0].name: duplicate gate/check name 'has_rows' (already used by hard_gates[0])")
  })

  it('duplicate roster seed', () => {
    expectError(edit('roster: [42, 43]', 'roster: [42, 43, 42]'), 'p.yml:19:22', 'roster[2]: duplicate roster seed 42')
  })

  it('quantile_ratio needs lower < upper', () => {
    const text = edit('merchant_count: { kind: count, table: merchants }', 'merchant_count: { kind: quantile_ratio, table: merchants, column: outlet_count, upper: 0.05, lower: 0.95 }')
    expectError(text, 'p.yml:14:107', 'metrics.merchant_count.lower: lower (0.95) must be below upper (0.05)')
  })

  it('required_outputs must be relative without ..', () => {
    expectError(edit('    roster:', '    required_outputs: [merchants, ../secrets.txt]\n    roster:'), 'p.yml:19:35', "required_outputs[1]: '../secrets.txt' must not contain '..'")
    expectError(edit('    roster:', '    required_outputs: [/etc/passwd]\n    roster:'), 'p.yml:19:24', "'/etc/passwd' must be a relative path")
  })

  it('table path must stay inside the run folder', () => {
    expectError(edit('path: merchants.csv', 'path: ../../merchants.csv'), 'p.yml:6:15', "tables.merchants.path: '../../merchants.csv' must not contain '..'")
  })

  it('concentration protection names a metric', () => {
    expectError(edit('    roster:', '    concentration_protection: [{ metric: gini, within: { max: 0.7 } }]\n    roster:'), 'p.yml:19:42', "concentration_protection[0].metric: unknown metric 'gini'")
  })

  const SCOPES = `    frozen_scopes:
      - name: S1
        wave: P1
        protected_checks: [gini]
        tolerance: { abs: 0.01 }
        tolerances: { gini: { rel: 0.1 } }
`
  it('frozen scopes parse', () => {
    const scope = parsePolicy(BASE + SCOPES, 'p.yml').segments.s1.frozen_scopes[0]
    expect(scope).toEqual({
      name: 'S1',
      wave: 'P1',
      paths: [],
      config_keys: [],
      protected_checks: ['gini'],
      tolerance: { abs: 0.01 },
      tolerances: { gini: { rel: 0.1 } }
    })
  })

  it('protected_checks name a gate or check', () => {
    expectError(BASE + SCOPES.replace('[gini]', '[gini, has_row]'), 'p.yml:23:34', "protected_checks[1]: unknown gate or check 'has_row' (known: has_rows, gini)")
  })

  it('tolerances keys name protected checks (located at the key)', () => {
    expectError(BASE + SCOPES.replace('{ gini: { rel', '{ has_rows: { rel'), 'p.yml:25:23', "tolerances.has_rows: tolerance for 'has_rows', which is not a protected check")
  })

  it('frozen scope names are unique', () => {
    expectError(BASE + SCOPES + SCOPES.replace('    frozen_scopes:\n', ''), 'p.yml:26:15', "frozen_scopes[1].name: duplicate frozen scope name 'S1'")
  })

  it('tolerance needs abs or rel', () => {
    expectError(BASE + SCOPES.replace('tolerance: { abs: 0.01 }', 'tolerance: {}'), 'p.yml:24:20', 'tolerance: a tolerance needs abs, rel or both')
  })

  it('config_keys file must be relative', () => {
    const text = BASE + SCOPES + '        config_keys: [{ file: /etc/knobs.yml, keys: [a.b] }]\n'
    expectError(text, 'p.yml:26:31', "config_keys[0].file: '/etc/knobs.yml' must be a relative path")
  })
})
