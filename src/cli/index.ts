#!/usr/bin/env node
/**
 * The realism-gate command line: the only module that parses argv and sets exit codes.
 * Exit codes: 0 pass, 1 gate failure / regression / not equal, 2 usage error or could not evaluate.
 */
import { parseArgs } from 'node:util'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GateError, UsageError, describeError } from '../core/errors.js'
import { canonicalJson } from '../core/canonical.js'
import { writeFileAtomic, writeFilesAtomic } from '../io/write-atomic.js'
import { changedFiles, configVersions } from '../io/git.js'
import { getSegment, loadPolicy } from '../policy/index.js'
import type { Policy } from '../policy/schema.js'
import { certifyRuns, determinismWitness, guardRuns, readCertificate, readJsonOutput, scoreRun } from '../pipeline.js'
import { configFilesOf, detectTouchedScopes } from '../guard/scopes.js'
import type { TouchedScope } from '../guard/types.js'
import { certificateMarkdown, determinismMarkdown, guardMarkdown, scorecardMarkdown } from '../report/markdown.js'
import { htmlReport } from '../report/html.js'
import { TOOL_VERSION } from '../version.js'
import type { Certificate } from '../certification/types.js'
import { enableWorkers, threadUse } from '../artifacts/decode-pool.js'

const USAGE = `realism-gate ${TOOL_VERSION} — governs the realism of synthetic data

Usage:
  realism-gate score       --policy F [--segment ID] --run DIR [--out F]
  realism-gate certify     --policy F [--segment ID] --runs DIR [--replays DIR] [--out F] [--markdown F]
  realism-gate guard       --policy F [--segment ID] --certificate F --runs DIR [--replays DIR]
                           (--scopes a,b | --base REF --head REF) [--reopen a,b] [--out F | --out-dir D]
  realism-gate determinism RUN_A RUN_B [--out F]
  realism-gate scopes      --policy F [--segment ID] --base REF --head REF [--out F]
  realism-gate report      FILE.json [FILE.json ...] --format md|html [--out F]

--segment may be left out when the policy has one segment. --out writes canonical JSON (written whole or
not at all); stdout gets a short summary. --debug prints stack traces and what worker threads did.
REALISM_GATE_THREADS=N: worker threads for tables of 16 MiB or more (1 = none; default: the cores, at most 4).
Exit codes: 0 pass · 1 gate failure, regression or not equal · 2 usage error or could not evaluate.
Docs: docs/cli.md, docs/policy.md, docs/metrics.md`

export type Exit = 0 | 1 | 2
type Out = { stdout: (s: string) => void; stderr: (s: string) => void; isTTY: boolean }

const OPTIONS = {
  policy: { type: 'string' },
  segment: { type: 'string' },
  run: { type: 'string' },
  runs: { type: 'string' },
  replays: { type: 'string' },
  certificate: { type: 'string' },
  scopes: { type: 'string' },
  base: { type: 'string' },
  head: { type: 'string' },
  reopen: { type: 'string' },
  out: { type: 'string' },
  'out-dir': { type: 'string' },
  markdown: { type: 'string' },
  format: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' }
} as const

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string }

export async function main(argv: string[], out: Out): Promise<Exit> {
  let values: Values
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true }) as { values: Values; positionals: string[] })
  } catch (e) {
    // node:util's parser words its errors for another audience; say what matters in one line.
    const message = (e as Error).message
    const option = /'(-[^']*)'/.exec(message)?.[1]
    const code = (e as { code?: string }).code
    const why =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
        ? `unknown option ${option}`
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option
          ? `option ${option.split(' ')[0]} ${/does not take/.test(message) ? 'takes no value' : 'needs a value'}`
          : message.split('\n')[0]
    out.stderr(`realism-gate: usage: ${why} (see realism-gate --help)\n`)
    return 2
  }
  if (values.version) {
    out.stdout(`${TOOL_VERSION}\n`)
    return 0
  }
  const [command, ...rest] = positionals
  if (values.help || !command) {
    out.stdout(USAGE + '\n')
    return values.help ? 0 : 2
  }
  try {
    switch (command) {
      case 'score':
        return await withThreadReport(values, out, () => score(values, rest, out))
      case 'certify':
        return await withThreadReport(values, out, () => certifyCommand(values, rest, out))
      case 'guard':
        return await withThreadReport(values, out, () => guard(values, rest, out))
      case 'determinism':
        return await withThreadReport(values, out, () => determinism(values, rest, out))
      case 'scopes':
        return scopes(values, rest, out)
      case 'report':
        return report(values, rest, out)
      default:
        throw new UsageError(`unknown command '${command}' (commands: score, certify, guard, determinism, scopes, report)`)
    }
  } catch (e) {
    out.stderr(`realism-gate: ${describeError(e)}\n`)
    if (values.debug && e instanceof Error && e.stack) out.stderr(e.stack + '\n')
    else if (!(e instanceof GateError)) out.stderr('realism-gate: run again with --debug for the stack trace\n')
    return 2
  }
}

/** With --debug, a command that reads runs also says what the worker threads did. */
async function withThreadReport(values: Values, out: Out, command: () => Promise<Exit>): Promise<Exit> {
  const code = await command()
  if (values.debug) out.stderr(`realism-gate: ${threadUse()}\n`)
  return code
}

function need(values: Values, key: keyof Values, command: string): string {
  const v = values[key]
  if (typeof v !== 'string' || v === '') throw new UsageError(`${command} needs --${key}`)
  return v
}

function noPositionals(rest: string[], command: string): void {
  if (rest.length > 0) throw new UsageError(`${command} takes no positional argument (got '${rest[0]}')`)
}

function policyAndSegment(values: Values, command: string): { policy: Policy; policyFile: string; segment: string } {
  const policyFile = need(values, 'policy', command)
  const policy = loadPolicy(policyFile)
  const ids = Object.keys(policy.segments)
  const segment = values.segment ?? (ids.length === 1 ? ids[0] : undefined)
  if (!segment) throw new UsageError(`${policyFile} has segments ${ids.join(', ')}: choose one with --segment`)
  getSegment(policy, segment, policyFile)
  return { policy, policyFile, segment }
}

function writeJson(path: string | undefined, value: unknown): void {
  if (path) writeFileAtomic(path, canonicalJson(value))
}

const progress = (out: Out) => (message: string) => {
  if (out.isTTY) out.stderr(`… ${message}\n`)
}

async function score(values: Values, rest: string[], out: Out): Promise<Exit> {
  noPositionals(rest, 'score')
  const { policy, policyFile, segment } = policyAndSegment(values, 'score')
  const run = need(values, 'run', 'score')
  const seg = getSegment(policy, segment, policyFile)
  progress(out)(`scoring ${run}`)
  const card = await scoreRun(segment, seg, run)
  writeJson(values.out, card)
  const gates = Object.entries(card.hard_gates)
  // A single run has no replay: its replay-determinism gate is left to certify.
  const replayGates = new Set(seg.hard_gates.filter((g) => seg.metrics[g.metric]?.kind === 'replay_determinism').map((g) => g.name))
  const judged = gates.filter(([name]) => !replayGates.has(name))
  const failed = judged.filter(([, o]) => o === 'fail').map(([n]) => n)
  const undefinedGates = judged.filter(([, o]) => o === 'undefined').map(([n]) => n)
  const bPass = Object.values(card.checks).filter((c) => c.B === 'pass').length
  const bPlusPass = Object.values(card.checks).filter((c) => c.B_plus === 'pass').length
  const total = Object.keys(card.checks).length
  out.stdout(`${segment} seed ${card.seed} (${card.run_id}): hard gates ${judged.length - failed.length - undefinedGates.length}/${judged.length}` +
    `${replayGates.size ? ` (+${replayGates.size} replay gate left to certify)` : ''} · B ${bPass}/${total} · B+ ${bPlusPass}/${total}\n`)
  if (failed.length) out.stdout(`failing hard gates: ${failed.join(', ')}\n`)
  if (undefinedGates.length) out.stdout(`hard gates that could not be evaluated: ${undefinedGates.join(', ')}\n`)
  if (!values.out) out.stdout(scorecardMarkdown(card, seg))
  return undefinedGates.length ? 2 : failed.length ? 1 : 0
}

async function certifyCommand(values: Values, rest: string[], out: Out): Promise<Exit> {
  noPositionals(rest, 'certify')
  const ctx = policyAndSegment(values, 'certify')
  const runsDir = need(values, 'runs', 'certify')
  const cert = await certifyRuns({ ...ctx, runsDir, replaysDir: values.replays, onProgress: progress(out) })
  const outputs = [
    ...(values.out ? [{ path: values.out, content: canonicalJson(cert) }] : []),
    ...(values.markdown ? [{ path: values.markdown, content: certificateMarkdown(cert) }] : [])
  ]
  writeFilesAtomic(outputs)
  out.stdout(certificateSummary(cert))
  if (cert.hard_gates.some((g) => g.outcome === 'undefined')) return 2
  return cert.grade === 'none' ? 1 : 0
}

function certificateSummary(c: Certificate): string {
  const lines = [
    `${c.segment}: grade ${c.grade} · hard ${c.hard.passed}/${c.hard.total} · B ${c.B.passed}/${c.B.total} · B+ ${c.B_plus.passed}/${c.B_plus.total} · eligible_B=${c.eligible_B} eligible_B_plus=${c.eligible_B_plus}`,
    `fingerprint ${c.fingerprint} · roster ${c.roster.join(', ')} · determinism ${determinismWord(c)}`
  ]
  const failing = c.hard_gates.filter((g) => g.outcome !== 'pass')
  if (failing.length) lines.push(`hard gates not passing: ${failing.map((g) => `${g.name} (${g.outcome})`).join(', ')}`)
  if (c.top_B_plus_misses.length) lines.push(`B+ misses: ${c.top_B_plus_misses.join(', ')}`)
  return lines.join('\n') + '\n'
}

function determinismWord(c: Certificate): string {
  const pairs = `${c.determinism.pairs.length}/${c.roster.length} replay pairs`
  if (c.determinism.equal === true) return `equal (${pairs})`
  if (c.determinism.equal === false) return `NOT equal (${pairs}, ${c.determinism.pairs.filter((p) => !p.equal).length} differ)`
  return `incomplete (${pairs})`
}

async function guard(values: Values, rest: string[], out: Out): Promise<Exit> {
  noPositionals(rest, 'guard')
  const ctx = policyAndSegment(values, 'guard')
  const certificateFile = need(values, 'certificate', 'guard')
  const certificate = readCertificate(certificateFile)
  const runsDir = need(values, 'runs', 'guard')
  const seg = getSegment(ctx.policy, ctx.segment, ctx.policyFile)
  let touched: TouchedScope[]
  if (values.scopes !== undefined) {
    if (values.base || values.head) throw new UsageError('guard takes --scopes or --base/--head, not both')
    const names = list(values.scopes)
    const unknown = names.filter((n) => !seg.frozen_scopes.some((s) => s.name === n))
    if (unknown.length) throw new UsageError(`unknown scope(s) ${unknown.join(', ')} (scopes: ${seg.frozen_scopes.map((s) => s.name).join(', ')})`)
    touched = seg.frozen_scopes.filter((s) => names.includes(s.name)).map((s) => ({ name: s.name, wave: s.wave, reasons: [] }))
  } else {
    touched = touchedByGit(seg, need(values, 'base', 'guard'), need(values, 'head', 'guard'))
  }
  const result = await guardRuns({ ...ctx, certificate, certificateFile, runsDir, replaysDir: values.replays, touched, reopened: list(values.reopen), onProgress: progress(out) })
  const path = values.out ?? join(values['out-dir'] ?? '.', `freeze_guard_${result.fingerprint}.json`)
  writeJson(path, result)
  out.stdout(`freeze guard ${result.verdict} · posture ${result.fingerprint} · touched: ${result.touched_scopes.map((t) => t.name).join(', ') || 'none'} · written ${path}\n`)
  for (const r of result.reasons) out.stdout(`- ${r}\n`)
  if (result.verdict === 'PASS') return 0
  return result.could_not_evaluate ? 2 : 1
}

function touchedByGit(seg: ReturnType<typeof getSegment>, base: string, head: string): TouchedScope[] {
  const { files, mergeBase } = changedFiles(base, head)
  return detectTouchedScopes(seg, files, configVersions(configFilesOf(seg), mergeBase, head))
}

function list(s: string | undefined): string[] {
  return (s ?? '').split(',').map((x) => x.trim()).filter(Boolean)
}

async function determinism(values: Values, rest: string[], out: Out): Promise<Exit> {
  if (rest.length !== 2) throw new UsageError('determinism takes two run folders: RUN_A RUN_B')
  const w = await determinismWitness(rest[0], rest[1])
  writeJson(values.out, w)
  out.stdout(`seed ${w.seed} · parameter_hash ${w.parameter_hash} · manifest fingerprints ${w.manifest_fingerprint_a} / ${w.manifest_fingerprint_b}\n`)
  out.stdout(w.equal ? `equal: outputs digest ${w.outputs_digest_a.combined}\n` : `NOT equal: tables differ: ${w.differing_tables.join(', ')}\n`)
  return w.equal ? 0 : 1
}

function scopes(values: Values, rest: string[], out: Out): Exit {
  noPositionals(rest, 'scopes')
  const { policy, policyFile, segment } = policyAndSegment(values, 'scopes')
  const touched = touchedByGit(getSegment(policy, segment, policyFile), need(values, 'base', 'scopes'), need(values, 'head', 'scopes'))
  writeJson(values.out, { kind: 'realism-gate/scopes', segment, touched_scopes: touched })
  if (touched.length === 0) out.stdout('no frozen scope touched\n')
  for (const t of touched) {
    out.stdout(`${t.name} (${t.wave}): ${t.reasons.map((r) => (r.kind === 'path' ? r.path : `${r.file}:${r.line ?? '?'} ${r.key}`)).join(', ')}\n`)
  }
  return 0
}

function report(values: Values, rest: string[], out: Out): Exit {
  if (rest.length === 0) throw new UsageError('report needs at least one JSON file')
  const format = values.format ?? 'md'
  if (format !== 'md' && format !== 'html') throw new UsageError(`--format must be md or html, not '${format}'`)
  const docs = rest.map((file) => ({ file, doc: readJsonOutput(file) }))
  let text: string
  if (format === 'html') {
    const renderable = docs.filter((d) => d.doc.kind === 'realism-gate/certificate' || d.doc.kind === 'realism-gate/freeze-guard')
    if (renderable.length !== docs.length) throw new UsageError('the HTML report renders certificates and freeze-guard results')
    text = htmlReport(renderable.map((d) => ({ label: d.file.replace(/^.*\//, '').replace(/\.json$/, ''), doc: d.doc as Certificate })))
  } else {
    text = docs
      .map(({ doc }) =>
        doc.kind === 'realism-gate/certificate'
          ? certificateMarkdown(doc)
          : doc.kind === 'realism-gate/freeze-guard'
            ? guardMarkdown(doc)
            : doc.kind === 'realism-gate/scorecard'
              ? scorecardMarkdown(doc)
              : determinismMarkdown(doc)
      )
      .join('\n')
  }
  if (values.out) writeFileAtomic(values.out, text)
  else out.stdout(text)
  return 0
}

// Run when executed (the bundle or tsx), not when imported by tests.
const invokedDirectly = process.argv[1] !== undefined && /(?:cli[\\/]index\.(?:js|ts)|realism-gate)$/.test(process.argv[1])
if (invokedDirectly) {
  // The bundle (dist/cli/index.js) has the worker bundle next to it, in dist/worker/.
  enableWorkers(join(dirname(fileURLToPath(import.meta.url)), '..', 'worker', 'index.js'))
  const code = await main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    isTTY: Boolean(process.stderr.isTTY)
  })
  process.exitCode = code
}

