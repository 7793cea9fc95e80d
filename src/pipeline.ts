/**
 * The I/O edge shared by the CLI and the Action: finds runs, reads their tables, and hands plain data
 * to the pure core (scoring → certification → guard).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Manifest } from './artifacts/table.js'
import { outputExists, outputsDigest, readManifest, readRun } from './artifacts/index.js'
import { claimUnit, sharedTables, threadPool } from './artifacts/decode-pool.js'
import type { Table } from './artifacts/table.js'
import { GateError } from './core/errors.js'
import type { MetricSpec, Policy, Segment } from './policy/schema.js'
import { getSegment, segmentPolicyDigest } from './policy/index.js'
import { DEFINITIONS } from './metrics/index.js'
import { computeMetric, metricColumns, neededColumns, type RunFacts } from './scoring/metric.js'
import { buildScorecard, surfaceDigest } from './scoring/scorecard.js'
import { certify } from './certification/certify.js'
import { verifyCertificate } from './certification/fingerprint.js'
import type { Certificate, DeterminismPair, Scorecard } from './certification/types.js'
import type { MetricResult } from './metrics/result.js'
import { freezeGuard } from './guard/freeze.js'
import type { GuardResult, TouchedScope } from './guard/types.js'

export interface RunFolder {
  dir: string
  manifest: Manifest
}

/** The run folders (sub-folders holding a manifest.json) of a folder, sorted by name. */
export function listRuns(runsDir: string): RunFolder[] {
  if (!existsSync(runsDir) || !statSync(runsDir).isDirectory()) throw new GateError(runsDir, 'runs folder not found')
  const runs = readdirSync(runsDir)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => join(runsDir, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'manifest.json')))
    .map((dir) => ({ dir, manifest: readManifest(dir) }))
  if (runs.length === 0) throw new GateError(runsDir, 'no run folders (sub-folders with a manifest.json)')
  return runs
}

/** A run's measured metrics, before run-set facts (its replay) are known. */
interface Measured {
  manifest: Manifest
  results: Record<string, MetricResult>
  missingOutputs: string[]
  outputsDigest: string
}

/** Reads each needed table of a run and its outputs digest in one pass, and computes every per-run metric. */
async function measureRun(segmentId: string, segment: Segment, runDir: string): Promise<Measured> {
  const manifest = readManifest(runDir)
  if (manifest.segment !== segmentId) {
    throw new GateError(join(runDir, 'manifest.json'), `run is of segment '${manifest.segment}', expected '${segmentId}'`)
  }
  const missingOutputs = segment.required_outputs.filter((o) => !outputExists(runDir, segment.tables[o]?.path ?? o))
  const requests = [...neededColumns(segment)].map(([name, columns]) => ({ name, spec: segment.tables[name], columns }))
  const { tables, digest } = await readRun(runDir, requests)
  const metrics = Object.entries(segment.metrics).filter(([, spec]) => spec.kind !== 'replay_determinism')
  // Computed while the digest thread hashes its last part; a digest error still comes first.
  const computing = computeMetrics(metrics, tables, { missingOutputs })
  computing.catch(() => undefined)
  const { combined } = await digest
  return { manifest, results: await computing, missingOutputs, outputsDigest: combined }
}

/**
 * The metrics of a run. Those whose columns the readers left in shared memory (large tables decoded on
 * worker threads) are computed by this thread and a worker together, each taking the next group of
 * metrics over the same columns; the rest here. computeMetric is pure: who computes a metric never
 * changes its value.
 */
async function computeMetrics(metrics: [string, MetricSpec][], tables: Record<string, Table>, facts: RunFacts): Promise<Record<string, MetricResult>> {
  const results: Record<string, MetricResult> = {}
  const shared = sharedTables(tables)
  const here: [string, MetricSpec][] = []
  const onShared: [string, MetricSpec][] = []
  for (const entry of metrics) {
    const need = metricColumns(entry[1])
    if (need && need.columns.every((c) => Object.hasOwn(shared[need.table]?.columns ?? {}, c))) onShared.push(entry)
    else here.push(entry)
  }
  const claimed = unitsOverColumns(onShared)
  const pool = claimed.length > 1 ? threadPool() : undefined
  if (!pool) {
    for (const [name, spec] of metrics) results[name] = computeMetric(spec, tables, facts)
    return results
  }
  const claims = new Int32Array(new SharedArrayBuffer(4 * claimed.length))
  // A worker that fails leaves its units to this thread (below): a failure is never a result.
  const theirs = pool.metrics({ tables: shared, units: claimed, facts, claims }).catch(() => ({}) as Record<string, MetricResult>)
  // What only this thread can compute, then units from the smallest up while the worker goes from the largest down.
  for (const [name, spec] of here) results[name] = computeMetric(spec, tables, facts)
  for (let u = claimed.length - 1; u >= 0; u--) {
    if (claimUnit(claims, u)) for (const [name, spec] of claimed[u]) results[name] = computeMetric(spec, tables, facts)
  }
  const remote = await theirs
  const ordered: Record<string, MetricResult> = {}
  for (const [name, spec] of metrics) ordered[name] = results[name] ?? remote[name] ?? computeMetric(spec, tables, facts)
  return ordered
}

/**
 * Metrics grouped so that two metrics sharing a column are in one unit: a column's domain, histograms
 * and filter masks are then computed by one thread once, not by both. Largest units first, so the
 * longest one starts first.
 */
export function unitsOverColumns(metrics: [string, MetricSpec][]): [string, MetricSpec][][] {
  let units: { columns: Set<string>; metrics: [string, MetricSpec][] }[] = []
  for (const entry of metrics) {
    const need = metricColumns(entry[1]) as NonNullable<ReturnType<typeof metricColumns>>
    const merged = { columns: new Set(need.columns.map((c) => JSON.stringify([need.table, c]))), metrics: [entry] }
    const touching = units.filter((u) => [...merged.columns].some((c) => u.columns.has(c)))
    for (const u of touching) {
      u.columns.forEach((c) => merged.columns.add(c))
      merged.metrics.unshift(...u.metrics)
    }
    units = [...units.filter((u) => !touching.includes(u)), merged]
  }
  return units.map((u) => u.metrics).sort((a, b) => b.length - a.length)
}

function toScorecard(segmentId: string, segment: Segment, m: Measured, facts: Pick<RunFacts, 'replayEqual'>): Scorecard {
  const results = { ...m.results }
  for (const [name, spec] of Object.entries(segment.metrics)) {
    if (spec.kind === 'replay_determinism') results[name] = computeMetric(spec, {}, { missingOutputs: m.missingOutputs, ...facts })
  }
  return buildScorecard(segmentId, segment, m.manifest, results, m.outputsDigest)
}

/** Scores one run folder (its replay-determinism metric is undefined: a single run has no replay). */
export async function scoreRun(segmentId: string, segment: Segment, runDir: string): Promise<Scorecard> {
  return toScorecard(segmentId, segment, await measureRun(segmentId, segment, runDir), {})
}

export interface CertifyOptions {
  policy: Policy
  policyFile: string
  segment: string
  runsDir: string
  /** Replay runs: each paired with the roster run of the same seed. */
  replaysDir?: string
  /** Told before each run is read (the CLI prints it on a terminal). */
  onProgress?: (message: string) => void
}

/** Grades the roster runs of a folder; replay runs (same seed and parameter_hash) witness determinism. */
export async function certifyRuns(o: CertifyOptions): Promise<Certificate> {
  const segment = getSegment(o.policy, o.segment, o.policyFile)
  const roster = rosterRuns(segment, o.segment, o.runsDir)
  const replays = o.replaysDir ? replayRuns(o.replaysDir, roster) : new Map<number, RunFolder>()
  const scorecards: Scorecard[] = []
  const pairs: DeterminismPair[] = []
  for (const [seed, run] of roster) {
    o.onProgress?.(`reading seed ${seed}: ${run.dir}`)
    const measured = await measureRun(o.segment, segment, run.dir)
    const replay = replays.get(seed)
    let replayEqual: boolean | undefined
    if (replay) {
      o.onProgress?.(`reading the replay of seed ${seed}: ${replay.dir}`)
      const a = toScorecard(o.segment, segment, measured, {})
      const b = toScorecard(o.segment, segment, await measureRun(o.segment, segment, replay.dir), {})
      const pair = determinismPair(a, b, segment)
      pairs.push(pair)
      replayEqual = pair.equal
    }
    scorecards.push(toScorecard(o.segment, segment, measured, { replayEqual }))
  }
  return certify({
    segmentId: o.segment,
    segment,
    policyDigest: segmentPolicyDigest(segment),
    scorecards,
    pairs,
    definitions: DEFINITIONS
  })
}

function determinismPair(a: Scorecard, b: Scorecard, segment: Segment): DeterminismPair {
  const scorecard_digest_a = surfaceDigest(a, segment)
  const scorecard_digest_b = surfaceDigest(b, segment)
  return {
    seed: a.seed,
    run_a: a.run_id,
    run_b: b.run_id,
    parameter_hash: a.parameter_hash,
    manifest_fingerprint_a: a.manifest_fingerprint,
    manifest_fingerprint_b: b.manifest_fingerprint,
    outputs_digest_a: a.outputs_digest,
    outputs_digest_b: b.outputs_digest,
    scorecard_digest_a,
    scorecard_digest_b,
    equal: a.outputs_digest === b.outputs_digest && scorecard_digest_a === scorecard_digest_b
  }
}

/** One run per roster seed; a missing or doubled seed is an error. Runs of other seeds are ignored. */
function rosterRuns(segment: Segment, segmentId: string, runsDir: string): Map<number, RunFolder> {
  const bySeed = new Map<number, RunFolder>()
  for (const run of listRuns(runsDir)) {
    if (!segment.roster.includes(run.manifest.seed)) continue
    if (run.manifest.segment !== segmentId) continue
    const other = bySeed.get(run.manifest.seed)
    if (other) throw new GateError(runsDir, `two runs for roster seed ${run.manifest.seed}: ${other.dir} and ${run.dir}`)
    bySeed.set(run.manifest.seed, run)
  }
  const missing = segment.roster.filter((s) => !bySeed.has(s))
  if (missing.length > 0) throw new GateError(runsDir, `roster seed(s) ${missing.join(', ')} have no run (roster: ${segment.roster.join(', ')})`)
  // A roster is one configuration seen under several seeds, not several configurations.
  const hashes = new Set([...bySeed.values()].map((r) => r.manifest.parameter_hash))
  if (hashes.size > 1) {
    throw new GateError(runsDir, `roster runs have different parameter_hash values (${[...bySeed.values()].map((r) => `seed ${r.manifest.seed}: ${r.manifest.parameter_hash}`).join(', ')}): a roster certifies one configuration`)
  }
  return new Map([...bySeed].sort(([a], [b]) => a - b))
}

function replayRuns(replaysDir: string, roster: Map<number, RunFolder>): Map<number, RunFolder> {
  const out = new Map<number, RunFolder>()
  for (const run of listRuns(replaysDir)) {
    const original = roster.get(run.manifest.seed)
    if (!original) continue
    if (run.manifest.parameter_hash !== original.manifest.parameter_hash) {
      throw new GateError(join(run.dir, 'manifest.json'), `replay of seed ${run.manifest.seed} has parameter_hash ${run.manifest.parameter_hash}, the roster run has ${original.manifest.parameter_hash}: not a determinism pair`)
    }
    if (out.has(run.manifest.seed)) throw new GateError(replaysDir, `two replay runs for seed ${run.manifest.seed}`)
    out.set(run.manifest.seed, run)
  }
  return out
}

export interface GuardOptions extends CertifyOptions {
  certificate: Certificate
  /** Where the certificate came from, for error messages. */
  certificateFile: string
  touched: TouchedScope[]
  reopened: string[]
}

/** Re-scores the proposed runs under the same law and judges them against the certified posture. */
export async function guardRuns(o: GuardOptions): Promise<GuardResult> {
  const segment = getSegment(o.policy, o.segment, o.policyFile)
  checkCertificateMatches(o.certificate, o.segment, segment, o.certificateFile)
  const proposed = await certifyRuns(o)
  return freezeGuard({ segment, certified: o.certificate, proposed, touched: o.touched, reopened: o.reopened })
}

/**
 * A certificate can be guarded against only when it is for this segment, was issued under this
 * policy, matches its own fingerprint and certifies a grade.
 */
export function checkCertificateMatches(certificate: Certificate, segmentId: string, segment: Segment, file: string): void {
  if (certificate.segment !== segmentId) {
    throw new GateError(file, `is for segment '${certificate.segment}', not '${segmentId}'`)
  }
  if (certificate.policy_digest !== segmentPolicyDigest(segment)) {
    throw new GateError(file, 'was issued under a different policy for this segment (policy_digest differs): recertify and pin the new certificate')
  }
  verifyCertificate(certificate, segment, file)
}

/** Reads and shape-checks a certificate or other realism-gate JSON output. */
export function readJsonOutput(file: string): Certificate | GuardResult | Scorecard | DeterminismWitness {
  let data: unknown
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (e) {
    throw new GateError(file, existsSync(file) ? `not valid JSON: ${(e as Error).message}` : 'file not found')
  }
  const kind = (data as { kind?: unknown })?.kind
  const known = ['realism-gate/certificate', 'realism-gate/freeze-guard', 'realism-gate/scorecard', 'realism-gate/determinism']
  if (typeof kind !== 'string' || !known.includes(kind)) {
    throw new GateError(file, `not a realism-gate output (kind must be one of ${known.join(', ')})`)
  }
  if (kind === 'realism-gate/certificate') {
    const c = data as Partial<Certificate>
    for (const key of ['segment', 'grade', 'fingerprint', 'roster', 'metrics', 'checks', 'hard_gates', 'policy_digest'] as const) {
      if (c[key] === undefined) throw new GateError(file, `certificate lacks '${key}'`)
    }
  }
  return data as Certificate
}

export function readCertificate(file: string): Certificate {
  const data = readJsonOutput(file)
  if (data.kind !== 'realism-gate/certificate') throw new GateError(file, `is a ${data.kind}, not a certificate`)
  return data
}

export interface DeterminismWitness {
  kind: 'realism-gate/determinism'
  schema_version: 1
  seed: number
  parameter_hash: string
  manifest_fingerprint_a: string
  manifest_fingerprint_b: string
  run_id_a: string
  run_id_b: string
  outputs_digest_a: { tables: Record<string, string>; combined: string }
  outputs_digest_b: { tables: Record<string, string>; combined: string }
  /** Tables whose digests differ (or exist on one side only). */
  differing_tables: string[]
  equal: boolean
}

/** Same seed and parameter_hash ⇒ identical outputs, whatever the manifest fingerprints say. */
export async function determinismWitness(runA: string, runB: string): Promise<DeterminismWitness> {
  const a = readManifest(runA)
  const b = readManifest(runB)
  if (a.seed !== b.seed) throw new GateError(runB, `seed ${b.seed} differs from ${runA}'s seed ${a.seed}: not a determinism pair`)
  if (a.parameter_hash !== b.parameter_hash) {
    throw new GateError(runB, `parameter_hash ${b.parameter_hash} differs from ${runA}'s ${a.parameter_hash}: not a determinism pair`)
  }
  const da = await outputsDigest(runA)
  const db = await outputsDigest(runB)
  const names = [...new Set([...Object.keys(da.tables), ...Object.keys(db.tables)])].sort()
  const differing_tables = names.filter((n) => da.tables[n] !== db.tables[n])
  return {
    kind: 'realism-gate/determinism',
    schema_version: 1,
    seed: a.seed,
    parameter_hash: a.parameter_hash,
    manifest_fingerprint_a: a.manifest_fingerprint,
    manifest_fingerprint_b: b.manifest_fingerprint,
    run_id_a: a.run_id,
    run_id_b: b.run_id,
    outputs_digest_a: da,
    outputs_digest_b: db,
    differing_tables,
    equal: differing_tables.length === 0 && da.combined === db.combined
  }
}
