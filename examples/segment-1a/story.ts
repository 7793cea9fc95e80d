/**
 * The seed's Segment 1A story, replayed with the reference engine and the realism-gate core:
 * each preset's roster is generated (with forced-drift replays), certified, and candidate changes to
 * the live knobs are put through scope detection and the freeze guard. Used by the demo and its tests.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { parseDocument } from 'yaml'
import { generateRun, LIVE_KNOBS_DIR, presetDir, type Preset } from './engine/run.js'
import { DEFAULT_ENGINE_VERSION } from './engine/generate.js'
import { loadPolicy, getSegment } from '../../src/policy/index.js'
import type { Policy, Segment } from '../../src/policy/schema.js'
import { certifyRuns, guardRuns } from '../../src/pipeline.js'
import type { Certificate } from '../../src/certification/types.js'
import { configFilesOf, detectTouchedScopes } from '../../src/guard/scopes.js'
import type { GuardResult, TouchedScope } from '../../src/guard/types.js'

export const EXAMPLE_DIR = resolve(import.meta.dirname)
export const REPO_ROOT = resolve(EXAMPLE_DIR, '../..')
export const POLICY_FILE = join(EXAMPLE_DIR, 'policy.yml')
export const PINNED_CERTIFICATE = join(EXAMPLE_DIR, 'certificate.json')
export const SEGMENT_ID = 'segment-1a'
/** The replay runs differ from the roster runs only by engine version, hence by manifest fingerprint. */
export const REPLAY_ENGINE_VERSION = `${DEFAULT_ENGINE_VERSION}+replay`

export function examplePolicy(): { policy: Policy; segment: Segment } {
  const policy = loadPolicy(POLICY_FILE)
  return { policy, segment: getSegment(policy, SEGMENT_ID, POLICY_FILE) }
}

export interface RosterDirs {
  runs: string
  replays: string
}

/** Generates one run per roster seed, and a replay of each under another engine version. */
export async function generateRoster(dir: string, knobs: { preset?: Preset; knobs?: string }, merchants?: number): Promise<RosterDirs> {
  const { segment } = examplePolicy()
  const runs = join(dir, 'runs')
  const replays = join(dir, 'replays')
  for (const seed of segment.roster) {
    await generateRun({ ...knobs, seed, merchants, out: join(runs, `seed=${seed}`) })
    await generateRun({ ...knobs, seed, merchants, out: join(replays, `seed=${seed}`), engineVersion: REPLAY_ENGINE_VERSION })
  }
  return { runs, replays }
}

export async function certifyRoster(dirs: RosterDirs): Promise<Certificate> {
  const { policy } = examplePolicy()
  return certifyRuns({ policy, policyFile: POLICY_FILE, segment: SEGMENT_ID, runsDir: dirs.runs, replaysDir: dirs.replays })
}

/** A proposed change to one live knob file, as a pull request would make it. */
export interface KnobChange {
  name: string
  description: string
  file: string
  /** Key path inside the knob file and its new value. */
  key: string[]
  value: unknown
  expected: 'PASS' | 'FAIL'
}

/** The seed's freeze-guard scenarios (issue: S1 hurdle back to baseline, a change outside every scope, a posture-keeping change inside one). */
export function storyChanges(): KnobChange[] {
  const baselineHurdle = parseDocument(readFileSync(join(presetDir('baseline'), 'merchants.yaml'), 'utf8')).getIn(['hurdle', 'single_site_prob'])
  return [
    {
      name: 'hurdle-reverted',
      description: 'puts the S1 single-site hurdle back to its baseline value',
      file: 'merchants.yaml',
      key: ['hurdle', 'single_site_prob'],
      value: (baselineHurdle as { toJSON(): unknown }).toJSON(),
      expected: 'FAIL'
    },
    {
      name: 'outside-frozen-scopes',
      description: 'changes the output row-group size, a knob of no frozen scope',
      file: 'outputs.yaml',
      key: ['write', 'row_group_size'],
      value: 50000,
      expected: 'PASS'
    },
    {
      name: 'inside-scope-posture-kept',
      description: 'nudges the phi dispersion inside S1/S2 without moving the certified posture',
      file: 'merchants.yaml',
      key: ['outlets', 'phi', 'sigma'],
      value: 0.14,
      expected: 'PASS'
    }
  ]
}

export interface ChangeOutcome {
  change: KnobChange
  touched: TouchedScope[]
  guard: GuardResult
}

/**
 * Applies a change to a copy of the live knobs (comments and layout kept), detects the touched frozen
 * scopes from the file change and its key paths, generates the proposed roster and runs the freeze guard.
 */
export async function tryChange(change: KnobChange, dir: string, certified: Certificate, merchants?: number): Promise<ChangeOutcome> {
  const { policy, segment } = examplePolicy()
  const knobs = join(dir, 'knobs')
  rmSync(knobs, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  cpSync(LIVE_KNOBS_DIR, knobs, { recursive: true })
  const file = join(knobs, change.file)
  const before = readFileSync(file, 'utf8')
  const doc = parseDocument(before)
  doc.setIn(change.key, doc.createNode(change.value, { flow: true }))
  const after = String(doc)
  writeFileSync(file, after)

  const repoPath = relative(REPO_ROOT, join(LIVE_KNOBS_DIR, change.file)).split('\\').join('/')
  const configs = configFilesOf(segment).map((f) => {
    const text = readFileSync(join(REPO_ROOT, f), 'utf8')
    return { file: f, base: text, head: f === repoPath ? after : text }
  })
  const touched = detectTouchedScopes(segment, [{ path: repoPath, status: 'modified' }], configs)
  const roster = await generateRoster(dir, { knobs }, merchants)
  const guard = await guardRuns({
    policy,
    policyFile: POLICY_FILE,
    segment: SEGMENT_ID,
    certificate: certified,
    certificateFile: 'certified posture',
    runsDir: roster.runs,
    replaysDir: roster.replays,
    touched,
    reopened: []
  })
  return { change, touched, guard }
}
