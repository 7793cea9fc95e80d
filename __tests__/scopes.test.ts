import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { changedKeyPaths, configLeaves, keyPatternCovers } from '../src/guard/keypaths.js'
import { detectTouchedScopes, parseNameStatusZ } from '../src/guard/scopes.js'
import { parsePolicy } from '../src/policy/index.js'
import { cli } from './helpers/cli.js'

const POLICY_TEXT = readFileSync('__fixtures__/toy/policy.yml', 'utf8')
const segment = parsePolicy(POLICY_TEXT, 'policy.yml').segments.toy

const ENGINE_YML = `# engine knobs
price:
  noise: 0.15   # spread of log-price
  base: 10
label: certified
output:
  row_group_size: 100000
`

describe('key paths', () => {
  it('flattens YAML into leaves with lines, ignoring comments and formatting', () => {
    const leaves = configLeaves(ENGINE_YML, 'engine.yml')
    expect([...leaves.keys()]).toEqual(['price.noise', 'price.base', 'label', 'output.row_group_size'])
    expect(leaves.get('price.base')).toEqual({ path: 'price.base', value: '10', line: 4 })
    const reformatted = configLeaves('{"price": {"base": 10, "noise": 0.15}, "label": "certified", "output": {"row_group_size": 100000}}', 'e.json')
    expect(changedKeyPaths(leaves, reformatted)).toEqual([])
  })

  it('reports added, removed and changed leaves', () => {
    const base = configLeaves('a: 1\nb: [1, 2]\nc: x\n', 'f')
    const head = configLeaves('a: 2\nb: [1]\nd: y\n', 'f')
    expect(changedKeyPaths(base, head).map((c) => c.path)).toEqual(['a', 'b.1', 'c', 'd'])
  })

  it('matches dotted patterns: * one segment, ** any, a prefix covers its subtree', () => {
    expect(keyPatternCovers('price.*', 'price.noise')).toBe(true)
    expect(keyPatternCovers('price.*', 'price.noise.sd')).toBe(true)
    expect(keyPatternCovers('price.*', 'label')).toBe(false)
    expect(keyPatternCovers('price', 'price.noise')).toBe(true)
    expect(keyPatternCovers('**.noise', 'a.b.noise')).toBe(true)
    expect(keyPatternCovers('**.noise', 'a.b.level')).toBe(false)
    expect(keyPatternCovers('s1.hurdle', 's1.hurdles')).toBe(false)
  })

  it('does not expand aliases (no alias bombs through config files)', () => {
    const leaves = configLeaves('a: &x [1, 2]\nb: *x\n', 'f')
    expect(leaves.get('b')?.value).toBe('*x')
  })
})

describe('scope detection (pure)', () => {
  const versions = (head: string) => [{ file: 'knobs/engine.yml', base: ENGINE_YML, head }]
  const modified = [{ path: 'knobs/engine.yml', status: 'modified' as const }]

  it('a comment-only change or an unrelated key touches nothing', () => {
    expect(detectTouchedScopes(segment, modified, versions(ENGINE_YML.replace('# spread of log-price', '# changed comment')))).toEqual([])
    expect(detectTouchedScopes(segment, modified, versions(ENGINE_YML.replace('certified', 'relabelled')))).toEqual([])
  })

  it('a changed key path marks its scope, with the line', () => {
    const touched = detectTouchedScopes(segment, modified, versions(ENGINE_YML.replace('0.15', '0.3')))
    expect(touched).toEqual([{ name: 'prices', wave: 'P2', reasons: [{ kind: 'config_key', file: 'knobs/engine.yml', key: 'price.noise', pattern: 'price.*', line: 3 }] }])
  })

  it('renames count on both paths', () => {
    const touched = detectTouchedScopes(segment, [{ path: 'elsewhere/h.yml', previous_path: 'knobs/sizes/h.yml', status: 'renamed' }], [])
    expect(touched.map((t) => t.name)).toEqual(['sizes'])
  })

  it('parses git --name-status -z output', () => {
    expect(parseNameStatusZ(['M', 'a.yml', 'R100', 'old/b.yml', 'new/b.yml', 'D', 'c.yml', 'A', 'd.yml', ''].join('\0'))).toEqual([
      { path: 'a.yml', status: 'modified' },
      { path: 'new/b.yml', previous_path: 'old/b.yml', status: 'renamed' },
      { path: 'c.yml', status: 'removed' },
      { path: 'd.yml', status: 'added' }
    ])
  })
})

describe('scopes command in a real git repository', () => {
  let repo: string
  const cwd = process.cwd()
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
  const commitAll = (message: string) => {
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', message)
    return git('rev-parse', 'HEAD')
  }

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'rg-git-'))
    git('init', '-q', '-b', 'main')
    writeFileSync(join(repo, 'policy.yml'), POLICY_TEXT)
    mkdirSync(join(repo, 'knobs/sizes'), { recursive: true })
    writeFileSync(join(repo, 'knobs/engine.yml'), ENGINE_YML)
    writeFileSync(join(repo, 'knobs/sizes/hurdle.yml'), 'single: 0.4\n')
    writeFileSync(join(repo, 'README.md'), 'hello\n')
    commitAll('base')
    process.chdir(repo)
  })
  afterAll(() => {
    process.chdir(cwd)
    rmSync(repo, { recursive: true, force: true })
  })

  const scopesBetween = async (base: string, head: string) => {
    const out = join(repo, '..', `scopes-${head.slice(0, 7)}.json`)
    const r = await cli('scopes', '--policy', resolve(repo, 'policy.yml'), '--base', base, '--head', head, '--out', out)
    expect(r.code).toBe(0)
    return JSON.parse(readFileSync(out, 'utf8')).touched_scopes as { name: string; reasons: { kind: string; key?: string; path?: string }[] }[]
  }

  it('sees nothing for unrelated files, comments and unfrozen keys', async () => {
    const base = git('rev-parse', 'HEAD')
    writeFileSync(join(repo, 'README.md'), 'changed\n')
    writeFileSync(join(repo, 'knobs/engine.yml'), ENGINE_YML.replace('# engine knobs', '# engine knobs, reviewed').replace('certified', 'v2'))
    const head = commitAll('unrelated')
    expect(await scopesBetween(base, head)).toEqual([])
  })

  it('sees a changed frozen key and a renamed frozen file', async () => {
    const base = git('rev-parse', 'HEAD')
    writeFileSync(join(repo, 'knobs/engine.yml'), readFileSync(join(repo, 'knobs/engine.yml'), 'utf8').replace('base: 10', 'base: 12'))
    renameSync(join(repo, 'knobs/sizes/hurdle.yml'), join(repo, 'hurdle.yml'))
    const head = commitAll('frozen')
    const touched = await scopesBetween(base, head)
    expect(touched.map((t) => t.name)).toEqual(['sizes', 'prices'])
    expect(touched[0].reasons).toEqual([{ kind: 'path', path: 'knobs/sizes/hurdle.yml', glob: 'knobs/sizes/**' }])
    expect(touched[1].reasons.map((r) => r.key)).toEqual(['price.base'])
  })

  it('sees a deleted config file as touching every frozen key in it', async () => {
    const base = git('rev-parse', 'HEAD')
    rmSync(join(repo, 'knobs/engine.yml'))
    const head = commitAll('delete')
    const touched = await scopesBetween(base, head)
    expect(touched.map((t) => t.name)).toEqual(['prices'])
    expect(touched[0].reasons.map((r) => r.key).sort()).toEqual(['price.base', 'price.noise'])
  })

  it('fails closed on an unknown ref', async () => {
    const r = await cli('scopes', '--policy', resolve(repo, 'policy.yml'), '--base', 'nope', '--head', 'HEAD')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^realism-gate: git merge-base nope HEAD: /)
  })
})
