import type { Certificate, Scorecard } from '../certification/types.js'
import type { Segment } from '../policy/schema.js'
import { formatBand } from '../certification/band.js'
import type { GuardResult } from '../guard/types.js'
import type { DeterminismWitness } from '../pipeline.js'
import { cell, fmt, nonClaim, outcomeMark, pct, signed } from './format.js'

const table = (header: string[], rows: string[][]): string =>
  [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')

/** The certificate as markdown: decision first, then every gate and check with its value per seed. */
export function certificateMarkdown(c: Certificate, pinned?: Certificate): string {
  const seeds = c.roster.map(String)
  const out: string[] = []
  out.push(`## realism-gate certificate — ${c.segment}: grade **${c.grade}**`)
  out.push('')
  out.push(
    `Hard gates ${c.hard.passed}/${c.hard.total} · B ${c.B.passed}/${c.B.total} (${pct(c.B.share)}, needs ${pct(c.B.threshold)}) · ` +
      `B+ ${c.B_plus.passed}/${c.B_plus.total} (${pct(c.B_plus.share)}, needs ${pct(c.B_plus.threshold)}) · ` +
      `eligible_B=${c.eligible_B} · eligible_B_plus=${c.eligible_B_plus} · fingerprint \`${c.fingerprint}\``
  )
  out.push('')
  out.push(nonClaimLine(c))
  if (pinned) {
    const cmp = compareCertificates(pinned, c)
    out.push('', '### Compared with the pinned certificate', '', cmp.same ? 'Same posture as the pinned certificate.' : cmp.lines.map((l) => `- ${l}`).join('\n'))
  }
  out.push('', '### Hard gates (veto)', '')
  out.push(table(['gate', 'pass band', ...seeds.map((s) => `seed ${s}`), 'outcome'], c.hard_gates.map((g) => [g.name, formatBand(g.band), ...seeds.map((s) => fmt(g.per_seed[s]?.value)), outcomeMark(g.outcome)])))
  out.push('', '### Band checks', '')
  out.push(
    table(
      ['check', 'B band', 'B+ band', ...seeds.map((s) => `seed ${s}`), 'spread', 'B', 'B+'],
      c.checks.map((k) => [k.name, formatBand(k.B), formatBand(k.B_plus), ...seeds.map((s) => fmt(k.per_seed[s]?.value)), fmt(k.spread), outcomeMark(k.B_outcome), outcomeMark(k.B_plus_outcome)])
    )
  )
  if (c.concentration_protection.surfaces.length > 0) {
    out.push('', `### Concentration protection: ${c.concentration_protection.holds ? 'holds' : 'does not hold'}`, '')
    out.push(table(['surface', 'within', ...seeds.map((s) => `seed ${s}`), 'outcome'], c.concentration_protection.surfaces.map((s) => [s.metric, formatBand(s.within), ...seeds.map((x) => fmt(s.per_seed[x]?.value)), outcomeMark(s.outcome)])))
  }
  out.push('', '### Determinism', '')
  const det = c.determinism.equal === null ? `incomplete: ${c.determinism.pairs.length}/${c.roster.length} roster seeds have a replay` : String(c.determinism.equal)
  out.push(`outputs_digest \`${c.determinism.outputs_digest.slice(0, 16)}…\` · scorecard_digest \`${c.determinism.scorecard_digest.slice(0, 16)}…\` · equal: ${det}`)
  if (c.determinism.pairs.length > 0) {
    out.push('')
    out.push(table(['seed', 'manifest fingerprint A', 'manifest fingerprint B', 'outputs equal', 'scorecards equal'], c.determinism.pairs.map((p) => [String(p.seed), p.manifest_fingerprint_a, p.manifest_fingerprint_b, String(p.outputs_digest_a === p.outputs_digest_b), String(p.scorecard_digest_a === p.scorecard_digest_b)])))
  }
  out.push('', '### Lineage', '')
  out.push(table(['seed', 'run_id', 'parameter_hash', 'manifest_fingerprint'], c.lineage.runs.map((r) => [String(r.seed), r.run_id, r.parameter_hash, r.manifest_fingerprint])))
  return out.join('\n') + '\n'
}

/** The honest non-claim: what the certificate does not claim, and why. */
function nonClaimLine(c: Certificate): string {
  const n = nonClaim(c)
  if (!n) return 'Certified **B+**.'
  const misses = c.top_B_plus_misses.length > 0 ? ` Top B+ misses: ${c.top_B_plus_misses.join(', ')}.` : ''
  return `**Not claimed: ${n.notClaimed}** — ${n.reasons.join('; ') || 'the law is not met'}.${misses}`
}

/** What changed between a pinned certificate and a fresh one. */
export function compareCertificates(pinned: Certificate, fresh: Certificate): { same: boolean; lines: string[] } {
  const lines: string[] = []
  if (pinned.grade !== fresh.grade) lines.push(`grade ${pinned.grade} → ${fresh.grade}`)
  for (const k of ['hard', 'B', 'B_plus'] as const) {
    if (pinned[k].passed !== fresh[k].passed || pinned[k].total !== fresh[k].total) {
      lines.push(`${k} ${pinned[k].passed}/${pinned[k].total} → ${fresh[k].passed}/${fresh[k].total}`)
    }
  }
  if (pinned.fingerprint !== fresh.fingerprint) lines.push(`fingerprint ${pinned.fingerprint} → ${fresh.fingerprint}`)
  const before = new Map(pinned.checks.map((c) => [c.name, c]))
  for (const c of fresh.checks) {
    const p = before.get(c.name)
    if (!p) {
      lines.push(`check ${c.name} is new`)
      continue
    }
    if (p.B_outcome !== c.B_outcome || p.B_plus_outcome !== c.B_plus_outcome) {
      lines.push(`check ${c.name}: B ${p.B_outcome} → ${c.B_outcome}, B+ ${p.B_plus_outcome} → ${c.B_plus_outcome}`)
    }
  }
  for (const g of fresh.hard_gates) {
    const p = pinned.hard_gates.find((x) => x.name === g.name)
    if (p && p.outcome !== g.outcome) lines.push(`hard gate ${g.name}: ${p.outcome} → ${g.outcome}`)
  }
  for (const run of fresh.lineage.runs) {
    const p = pinned.lineage.runs.find((r) => r.seed === run.seed)
    if (p && p.outputs_digest !== run.outputs_digest) lines.push(`outputs digest of seed ${run.seed} changed (the data, or the digest's encoding)`)
  }
  if (pinned.tool.version !== fresh.tool.version) lines.push(`tool version ${pinned.tool.version} → ${fresh.tool.version}`)
  return { same: lines.length === 0, lines }
}

/** The freeze-guard report: verdict first, then why, touched scopes, failing checks, the rest folded. */
export function guardMarkdown(r: GuardResult): string {
  const out: string[] = []
  const touchedNames = new Set(r.touched_scopes.map((t) => t.name))
  out.push(`## realism-gate freeze guard — ${r.segment}: ${r.verdict === 'PASS' ? '✅ PASS' : '❌ FAIL'}`)
  out.push('')
  const gradeNote =
    r.verdict === 'FAIL' && r.proposed.grade === r.certified_grade
      ? ' — the grade alone is kept, but the certified posture is not'
      : r.proposed.grade !== r.certified_grade
        ? ` — certified **${r.certified_grade}**`
        : ''
  out.push(
    `Certified posture \`${r.fingerprint}\` (grade ${r.certified_grade}) · proposed runs grade **${r.proposed.grade}**${gradeNote} · ` +
      `touched scopes: ${r.touched_scopes.map((t) => t.name).join(', ') || 'none'}${r.reopened_scopes.length ? ` · reopened: ${r.reopened_scopes.join(', ')} (the guard still runs)` : ''}`
  )
  if (r.reasons.length > 0) out.push('', '**Why it fails**', '', ...r.reasons.map((x) => `- ${x}`))
  if (r.touched_scopes.length > 0) {
    out.push('', '### Touched frozen scopes', '')
    out.push(
      table(
        ['scope', 'wave', 'why'],
        r.touched_scopes.map((t) => [
          t.name,
          t.wave,
          t.reasons.length === 0
            ? 'named on the command line'
            : t.reasons.map((x) => (x.kind === 'path' ? `${x.path} (matches ${x.glob})` : `${x.file}: ${x.key}${x.line ? ` (line ${x.line})` : ''}`)).join('; ')
        ])
      )
    )
  }
  const rows = (checks: GuardResult['protected_checks'], failingOnly: boolean): string[][] =>
    checks.flatMap((p) =>
      Object.entries(p.per_seed)
        .filter(([, s]) => !failingOnly || !s.pass)
        .map(([seed, s]) => [
          p.name,
          p.scope,
          seed,
          fmt(s.certified),
          fmt(s.proposed),
          signed(s.delta),
          touchedNames.has(p.scope) ? `±${fmt(s.allowed_drift)}` : 'untouched: band only',
          s.pass ? (s.status === 'improved' ? '✅ toward B+' : '✅') : `❌ ${s.reason}`
        ])
    )
  const header = ['check', 'scope', 'seed', 'certified', 'proposed', 'Δ', 'tolerance', 'result']
  const failing = r.protected_checks.filter((p) => !p.pass)
  const passing = r.protected_checks.filter((p) => p.pass)
  if (failing.length > 0) out.push('', '### Failing protected checks', '', table(header, rows(failing, true)))
  if (passing.length > 0) {
    out.push('', `<details><summary>${passing.length} protected check${passing.length > 1 ? 's' : ''} holding${failing.length ? '' : ' (all of them)'}</summary>`, '', table(header, rows(passing, false)), '', '</details>')
  }
  const gatesFailing = r.hard_gates.filter((g) => !g.pass)
  out.push('', `### Hard gates on the proposed runs: ${gatesFailing.length === 0 ? `all ${r.hard_gates.length} pass` : `${gatesFailing.length} of ${r.hard_gates.length} not passing`}`, '')
  out.push(table(['gate', 'result'], r.hard_gates.map((g) => [g.name, g.pass ? '✅ pass' : `❌ ${g.reason}`])))
  if (r.confounding.length > 0) {
    out.push('', '### Confounding: metrics of untouched scopes that moved beyond their noise', '')
    out.push(table(['metric', 'owner scope', 'noise', 'max |Δ|'], r.confounding.map((c) => [c.metric, c.owner_scope ?? '(none)', fmt(c.noise), fmt(c.max_abs_delta)])))
  }
  out.push('', guardChart(r))
  return out.join('\n') + '\n'
}

/** Largest |Δ| of each protected check as a multiple of its tolerance, as a mermaid bar chart. */
function guardChart(r: GuardResult): string {
  const CAP = 10
  const checks = r.protected_checks.map((p) => {
    let worst = 0
    for (const s of Object.values(p.per_seed)) {
      if (s.delta === null) continue
      worst = Math.max(worst, s.allowed_drift > 0 ? Math.abs(s.delta) / s.allowed_drift : s.delta === 0 ? 0 : Infinity)
    }
    return { name: p.name, worst }
  })
  if (checks.length === 0) return ''
  const capped = checks.some((c) => c.worst > CAP)
  const shown = checks.map((c) => Math.min(c.worst, CAP))
  const max = Math.max(2, ...shown.map((w) => Math.ceil(w)))
  return [
    `<details><summary>Chart: largest |Δ| per protected check, in tolerances (1 = at the limit${capped ? `; bars capped at ${CAP}` : ''})</summary>`,
    '',
    '```mermaid',
    'xychart-beta',
    `  title "largest |delta| / tolerance${capped ? ` (capped at ${CAP})` : ''}"`,
    `  x-axis [${checks.map((c) => JSON.stringify(c.name)).join(', ')}]`,
    `  y-axis "tolerances" 0 --> ${max}`,
    `  bar [${shown.map((w) => Number(w.toFixed(3))).join(', ')}]`,
    `  line [${checks.map(() => 1).join(', ')}]`,
    '```',
    '',
    'The tables above are the source of truth.',
    '</details>'
  ].join('\n')
}

/** One run's scorecard; with the segment, each gate and check shows its value and bands. */
export function scorecardMarkdown(s: Scorecard, segment?: Segment): string {
  const out = [`## realism-gate scorecard — ${s.segment}, seed ${s.seed} (run ${s.run_id})`, '']
  const shown = (metric: string) => {
    const v = s.metrics[metric]
    return v === undefined ? '—' : v.value === null ? `undefined: ${v.reason}` : fmt(v.value)
  }
  const gates = segment?.hard_gates ?? Object.keys(s.hard_gates).map((name) => ({ name, metric: '', pass: undefined }))
  out.push(table(['gate', 'value', 'pass band', 'outcome'], gates.map((g) => [g.name, g.metric ? shown(g.metric) : '', g.pass ? formatBand(g.pass) : '', outcomeMark(s.hard_gates[g.name])])))
  const checks = segment?.checks ?? Object.keys(s.checks).map((name) => ({ name, metric: '', B: undefined, B_plus: undefined }))
  out.push('', table(['check', 'value', 'B band', 'B+ band', 'B', 'B+'], checks.map((c) => [c.name, c.metric ? shown(c.metric) : '', c.B ? formatBand(c.B) : '', c.B_plus ? formatBand(c.B_plus) : '', outcomeMark(s.checks[c.name].B), outcomeMark(s.checks[c.name].B_plus)])))
  out.push('', table(['metric', 'value', 'definition'], Object.entries(s.metrics).map(([k, v]) => [k, v.value === null ? `undefined: ${v.reason}` : fmt(v.value), v.definition])))
  return out.join('\n') + '\n'
}

export function determinismMarkdown(w: DeterminismWitness): string {
  return [
    `## realism-gate determinism witness — seed ${w.seed}: ${w.equal ? '✅ equal' : '❌ different'}`,
    '',
    `parameter_hash \`${w.parameter_hash}\` · manifest fingerprints \`${w.manifest_fingerprint_a}\` vs \`${w.manifest_fingerprint_b}\``,
    '',
    table(['table', 'digest A', 'digest B', 'equal'], [...new Set([...Object.keys(w.outputs_digest_a.tables), ...Object.keys(w.outputs_digest_b.tables)])].sort().map((t) => [t, (w.outputs_digest_a.tables[t] ?? '—').slice(0, 16), (w.outputs_digest_b.tables[t] ?? '—').slice(0, 16), String(!w.differing_tables.includes(t))]))
  ].join('\n') + '\n'
}
