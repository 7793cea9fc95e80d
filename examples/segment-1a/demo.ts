/**
 * `npm run demo`: the seed's Segment 1A story end to end. Generates the roster (with forced-drift replays)
 * of every preset, certifies each, puts three candidate knob changes through the freeze guard, prints a
 * short table, and writes certificates, guard results and a markdown + HTML report under demo-out/.
 * Exits non-zero when the story does not come out as the seed tells it.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { PRESETS } from './engine/run.js'
import { certifyRoster, generateRoster, PINNED_CERTIFICATE, storyChanges, tryChange } from './story.js'
import { canonicalJson } from '../../src/core/canonical.js'
import { describeError } from '../../src/core/errors.js'
import { writeFileAtomic } from '../../src/io/write-atomic.js'
import { readCertificate } from '../../src/pipeline.js'
import type { Certificate } from '../../src/certification/types.js'
import type { GuardResult } from '../../src/guard/types.js'
import { certificateMarkdown, compareCertificates, guardMarkdown } from '../../src/report/markdown.js'
import { htmlReport, type ReportDoc } from '../../src/report/html.js'

const OUT = process.env.DEMO_OUT ?? 'demo-out'
const MERCHANTS = process.env.DEMO_MERCHANTS ? Number(process.env.DEMO_MERCHANTS) : undefined

async function demo(): Promise<number> {
  const started = performance.now()
  rmSync(OUT, { recursive: true, force: true })
  mkdirSync(OUT, { recursive: true })
  const problems: string[] = []

  const certificates: { preset: string; cert: Certificate }[] = []
  console.log('step      grade  hard  B      B+     determinism  fingerprint')
  for (const preset of PRESETS) {
    const roster = await generateRoster(join(OUT, 'runs', preset), { preset }, MERCHANTS)
    const cert = await certifyRoster(roster)
    certificates.push({ preset, cert })
    writeFileAtomic(join(OUT, 'certificates', `${preset}.json`), canonicalJson(cert))
    writeFileAtomic(join(OUT, 'certificates', `${preset}.md`), certificateMarkdown(cert))
    const det = cert.determinism.equal === null ? 'incomplete' : cert.determinism.equal ? 'equal' : 'DIFFERS'
    console.log(
      `${preset.padEnd(9)} ${cert.grade.padEnd(6)} ${`${cert.hard.passed}/${cert.hard.total}`.padEnd(5)} ${`${cert.B.passed}/${cert.B.total}`.padEnd(6)} ${`${cert.B_plus.passed}/${cert.B_plus.total}`.padEnd(6)} ${det.padEnd(12)} ${cert.fingerprint}`
    )
  }

  const p4 = certificates.find((c) => c.preset === 'p4')!.cert
  const story = `grade ${p4.grade}, hard ${p4.hard.passed}/${p4.hard.total}, B ${p4.B.passed}/${p4.B.total}, B+ ${p4.B_plus.passed}/${p4.B_plus.total}`
  if (story !== 'grade B, hard 4/4, B 13/14, B+ 10/14') problems.push(`p4 certifies as ${story}, not as the seed's grade B, hard 4/4, B 13/14, B+ 10/14`)
  if (certificates[0].cert.grade !== 'none') problems.push('the baseline should fail its hard gates')
  console.log(`\np4: ${story}; not B+ — top B+ misses: ${p4.top_B_plus_misses.join(', ')}`)

  let certified = p4
  if (existsSync(PINNED_CERTIFICATE) && !MERCHANTS) {
    const pinned = readCertificate(PINNED_CERTIFICATE)
    // "Reproduced" means byte for byte; the comparison says what differs when it is not.
    const same = canonicalJson(pinned) === canonicalJson(p4)
    const cmp = compareCertificates(pinned, p4)
    console.log(same ? `pinned certificate ${pinned.fingerprint}: reproduced byte for byte` : `pinned certificate differs:\n  ${(cmp.lines.length ? cmp.lines : ['in fields the comparison does not name (compare the JSON)']).join('\n  ')}`)
    if (!same) problems.push('the pinned certificate was not reproduced')
    certified = pinned
  }

  console.log('\nchange                      touched scopes          guard  expected')
  const guards: ReportDoc[] = []
  for (const change of storyChanges()) {
    const outcome = await tryChange(change, join(OUT, 'changes', change.name), certified, MERCHANTS)
    const file = join(OUT, 'guards', change.name, `freeze_guard_${outcome.guard.fingerprint}.json`)
    writeFileAtomic(file, canonicalJson(outcome.guard))
    guards.push({ label: change.name, doc: outcome.guard })
    const ok = outcome.guard.verdict === change.expected
    if (!ok) problems.push(`${change.name}: guard ${outcome.guard.verdict}, expected ${change.expected}`)
    const scopes = outcome.touched.map((t) => t.name).join(', ') || '(none)'
    console.log(`${change.name.padEnd(27)} ${scopes.padEnd(23)} ${outcome.guard.verdict.padEnd(6)} ${change.expected}${ok ? '' : '  ✗'}`)
    for (const reason of outcome.guard.reasons.slice(0, 3)) console.log(`    ${reason}`)
    if (outcome.guard.reasons.length > 3) console.log(`    … and ${outcome.guard.reasons.length - 3} more (see ${file})`)
  }

  const docs: ReportDoc[] = [...certificates.map((c) => ({ label: c.preset, doc: c.cert })), ...guards]
  writeFileAtomic(join(OUT, 'report.html'), htmlReport(docs, 'realism-gate — Segment 1A, wave by wave'))
  const md = [
    '# realism-gate — Segment 1A, wave by wave',
    '',
    '| step | grade | hard | B | B+ | fingerprint |',
    '| --- | --- | --- | --- | --- | --- |',
    ...certificates.map(({ preset, cert: c }) => `| ${preset} | ${c.grade} | ${c.hard.passed}/${c.hard.total} | ${c.B.passed}/${c.B.total} | ${c.B_plus.passed}/${c.B_plus.total} | \`${c.fingerprint}\` |`),
    '',
    '| change | touched scopes | guard |',
    '| --- | --- | --- |',
    ...guards.map((g) => `| ${g.label} | ${(g.doc as GuardResult).touched_scopes.map((t) => t.name).join(', ') || '(none)'} | ${(g.doc as GuardResult).verdict} |`),
    '',
    ...certificates.map((c) => certificateMarkdown(c.cert).replace(/^## /, `## Step ${c.preset}: `)),
    ...guards.map((g) => guardMarkdown(g.doc as GuardResult).replace(/^## /, `## Change ${g.label}: `))
  ].join('\n')
  writeFileAtomic(join(OUT, 'report.md'), md)

  console.log(`\nwrote ${OUT}/certificates, ${OUT}/guards, ${OUT}/report.md, ${OUT}/report.html in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  for (const p of problems) console.error(`demo: ${p}`)
  return problems.length === 0 ? 0 : 1
}

demo().then(
  (code) => (process.exitCode = code),
  (e) => {
    console.error(`demo: ${describeError(e)}`)
    process.exitCode = 2
  }
)
