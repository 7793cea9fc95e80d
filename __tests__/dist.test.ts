import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { TOOL_VERSION } from '../src/version.js'

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? listFiles(path) : [path]
  })
}

describe('committed bundle', () => {
  it('dist/ matches a fresh build of the sources (run `npm run bundle` and commit dist/)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'rg-dist-')), 'dist')
    execFileSync('bash', ['scripts/bundle.sh'], { env: { ...process.env, OUT_DIR: out }, stdio: 'pipe' })
    const fresh = listFiles(out).map((f) => relative(out, f)).sort()
    const committed = listFiles('dist').map((f) => relative('dist', f)).sort()
    expect(committed).toEqual(fresh)
    for (const file of fresh) {
      const same = readFileSync(join(out, file)).equals(readFileSync(join('dist', file)))
      if (!same) throw new Error(`dist/${file} differs from a fresh build: run npm run bundle and commit dist/`)
    }
  }, 300_000)

  it('the bundled CLI runs and reports the package version', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(TOOL_VERSION).toBe(pkg.version)
    expect(execFileSync('node', ['dist/cli/index.js', '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version)
  })
})
