import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ColumnSource } from 'hyparquet-writer'
import { csvText, jsonlText, makeTmp, manifestJson, writeParquet, writeText } from '../__fixtures__/artifacts/helpers.js'
import type { Cell } from '../__fixtures__/artifacts/helpers.js'
import { enableWorkers } from '../src/artifacts/decode-pool.js'
import { outputsDigest } from '../src/artifacts/index.js'
import { readRun } from '../src/artifacts/read-run.js'
import { inSharedMemory, type StringColumn } from '../src/artifacts/table.js'

/**
 * Worker threads, through the committed bundle (dist/cli/index.js and dist/worker/index.js): a run of
 * several Parquet parts scores byte for byte the same on one thread and on worker threads, a corrupt
 * part is the same one-line error either way, a worker that dies while computing metrics leaves them to
 * the main thread, and a bad REALISM_GATE_THREADS is refused. In process, under jest's own realm (whose
 * SharedArrayBuffer is not the one of the arrays a worker sends), a pooled read digests as one thread does.
 */

const tmp = makeTmp('rg-threads-')
afterAll(tmp.cleanup)

const policy = `version: 1
segments:
  s:
    tables:
      merchants:
        path: merchants
        columns: { merchant_id: string, country: string, tier: { type: string, nullable: true }, outlets: int, phi: float, realized: int }
    required_outputs: [merchants]
    metrics:
      single_site: { kind: share, table: merchants, event: { column: outlets, op: eq, value: 1 } }
      median_outlets: { kind: median, table: merchants, column: outlets }
      gini_outlets: { kind: gini, table: merchants, column: outlets }
      phi_p95: { kind: quantile, table: merchants, column: phi, q: 0.95 }
      phi_cv: { kind: cv, table: merchants, column: phi }
      rank: { kind: spearman, table: merchants, x: outlets, y: realized }
      large_share: { kind: share, table: merchants, event: { column: tier, op: eq, value: large } }
      duplicates: { kind: duplicate_count, table: merchants, columns: [merchant_id] }
    hard_gates:
      - { name: no_duplicates, metric: duplicates, pass: { max: 0 } }
    checks:
      - { name: single_site, metric: single_site, B: { min: 0, max: 1 }, B_plus: { min: 0, max: 1 } }
    law: { B: 0.7, B_plus: 0.8 }
    roster: [1]
`

/** Deterministic columns of one part (integer arithmetic only: no Math.random in a test). */
function part(first: number, rows: number): ColumnSource[] {
  const ids = Array.from({ length: rows }, (_, k) => `M${String(first + k).padStart(8, '0')}`)
  const mix = (k: number, m: number): number => ((first + k) * 2654435761) % m
  return [
    // As the engine writes ids: DELTA_BYTE_ARRAY, whose pages tell the decoder the ids are sorted.
    { name: 'merchant_id', data: ids, type: 'STRING', nullable: false, encoding: 'DELTA_BYTE_ARRAY' },
    // Each part meets the strings in another order (its dictionary's): parts decoded in place are renumbered.
    { name: 'country', data: ids.map((_, k) => ['DE', 'FR', 'IT', 'US'][(mix(k, 4) + Math.floor(first / rows)) % 4]), type: 'STRING', nullable: false },
    { name: 'tier', data: ids.map((_, k) => (mix(k, 7) === 0 ? null : ['small', 'medium', 'large'][(mix(k, 3) + Math.floor(first / rows)) % 3])), type: 'STRING', nullable: true },
    { name: 'outlets', data: ids.map((_, k) => 1 + mix(k, 40)), type: 'INT32', nullable: false },
    { name: 'phi', data: ids.map((_, k) => 1 + mix(k, 1000) / 997), type: 'DOUBLE', nullable: false },
    { name: 'realized', data: ids.map((_, k) => mix(k, 13)), type: 'INT32', nullable: false }
  ]
}

/** A run of `parts` files of `rows` rows each, or of one file per entry of `rows`. */
function makeRun(name: string, parts: number, rows: number | number[], format: 'parquet' | 'csv' | 'jsonl' = 'parquet'): string {
  const dir = join(tmp.dir, name)
  writeText(join(dir, 'manifest.json'), manifestJson({ segment: 's', seed: 1 }))
  const sizes = typeof rows === 'number' ? Array.from({ length: parts }, () => rows) : rows
  for (let p = 0, first = 0; p < sizes.length; first += sizes[p++]) {
    const columns = part(first, sizes[p])
    if (format === 'parquet') writeParquet(join(dir, 'merchants', `part-${p}.parquet`), columns, 'SNAPPY', 4000)
    else {
      const cells = Array.from({ length: sizes[p] }, (_, k) => columns.map((c) => c.data[k] as Cell))
      const text = format === 'csv' ? csvText : jsonlText
      writeText(join(dir, 'merchants', `part-${p}.${format}`), text(columns.map((c) => c.name), cells))
    }
  }
  return dir
}

const policyFile = writeText(join(tmp.dir, 'policy.yml'), policy)

function score(run: string, threads: string, out: string, cli = 'dist/cli/index.js'): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('node', [cli, 'score', '--policy', policyFile, '--run', run, '--out', out, '--debug'], {
    encoding: 'utf8',
    env: { ...process.env, REALISM_GATE_THREADS: threads }
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('worker threads (bundled CLI)', () => {
  const run = makeRun('run', 4, 10_000)

  it('score the same, byte for byte, on one thread and on worker threads (Parquet files, row groups of one file, CSV and JSONL parts)', () => {
    const csvRun = makeRun('run-csv', 3, 10_000, 'csv')
    const jsonlRun = makeRun('run-jsonl', 3, 10_000, 'jsonl')
    // One small file, one part: what the digest thread takes must not be what the table keeps.
    const oneCsv = makeRun('run-csv-one', 1, 10_000, 'csv')
    // One file of ten row groups of 4,000 rows: two threads take it in parts of two row groups.
    const oneFile = makeRun('run-one-file', 1, 40_000)
    // Pooled parts are joined in shared memory: every metric but the duplicate count (its ids are plain
    // bytes) is then shared between this thread and a worker; CSV keeps few distinct strings coded, as
    // Parquet dictionaries are, while JSONL keeps text as bytes, so its tier share is not shared either.
    for (const [dir, used, shared] of [
      [run, '8 Parquet and 0 CSV or JSONL parts read (0 CSV files', 7], // four files of 10,000 rows, each in two parts
      [oneFile, '5 Parquet and 0 CSV or JSONL parts read (0 CSV files', 7],
      // CSV files read whole go straight into the table's arrays (their numbers and codes).
      [csvRun, '0 Parquet and 3 CSV or JSONL parts read (3 CSV files', 7],
      [jsonlRun, '0 Parquet and 3 CSV or JSONL parts read (0 CSV files', 6],
      [oneCsv, '0 Parquet and 1 CSV or JSONL parts read (1 CSV files', 7]
    ] as const) {
      const one = score(dir, '1', join(tmp.dir, 'one.json'))
      const two = score(dir, '2', join(tmp.dir, 'two.json'))
      expect(one.stderr).toMatch(/worker threads: none used/)
      expect(two.stderr).toContain(`worker threads: 2 decoding; ${used} into the table's arrays) and 1 table digests hashed off the main thread; ${shared} metrics over shared columns`)
      expect(two.status).toBe(one.status)
      expect(two.stdout).toBe(one.stdout)
      const card = readFileSync(join(tmp.dir, 'one.json'), 'utf8')
      expect(readFileSync(join(tmp.dir, 'two.json'), 'utf8')).toBe(card)
      const parsed = JSON.parse(card)
      expect(parsed.metrics.duplicates.value).toBe(0)
      expect(parsed.outputs_digest).toMatch(/^[0-9a-f]{64}$/)
    }
  }, 60_000)

  it('score the same when a CSV file has more rows than its first 64 KB foretell (its region of the table\'s arrays overflows)', () => {
    const dir = join(tmp.dir, 'run-csv-overflow')
    writeText(join(dir, 'manifest.json'), manifestJson({ segment: 's', seed: 1 }))
    // (The last file's region is large enough that the middle file's rows, written at their place, would run into it.)
    const sizes = [8_000, 30_000, 40_000]
    for (let p = 0, first = 0; p < sizes.length; first += sizes[p++]) {
      const columns = part(first, sizes[p])
      const cells = Array.from({ length: sizes[p] }, (_, k) => columns.map((c) => c.data[k] as Cell))
      // The middle file starts with 200 long ids (about 80 KB): its first 64 KB foretell far fewer rows than it has.
      if (p === 1) for (let k = 0; k < 200; k++) cells[k][0] = `${cells[k][0]}-${'x'.repeat(400)}`
      writeText(join(dir, 'merchants', `part-${p}.csv`), csvText(columns.map((c) => c.name), cells))
    }
    const one = score(dir, '1', join(tmp.dir, 'overflow-one.json'))
    const two = score(dir, '2', join(tmp.dir, 'overflow-two.json'))
    expect(two.stderr).toContain('0 Parquet and 3 CSV or JSONL parts read (2 CSV files into the table\'s arrays)')
    expect({ status: two.status, stdout: two.stdout }).toEqual({ status: one.status, stdout: one.stdout })
    expect(readFileSync(join(tmp.dir, 'overflow-two.json'), 'utf8')).toBe(readFileSync(join(tmp.dir, 'overflow-one.json'), 'utf8'))
  }, 60_000)

  it('score the same on worker threads that read files of different sizes one after another (each into a buffer it reuses)', () => {
    // Smaller files after larger ones: a reused buffer holds the earlier file's bytes past the later one's end.
    const sizes = [9000, 2000, 6000, 500, 12_000, 3000]
    for (const format of ['csv', 'jsonl', 'parquet'] as const) {
      const dir = makeRun(`run-sizes-${format}`, 0, sizes, format)
      const one = score(dir, '1', join(tmp.dir, 'one.json'))
      const two = score(dir, '2', join(tmp.dir, 'two.json'))
      const used = /worker threads: 2 decoding; (\d+) Parquet and (\d+) CSV or JSONL parts read/.exec(two.stderr)
      expect(Number(used?.[format === 'parquet' ? 1 : 2])).toBeGreaterThanOrEqual(sizes.length)
      expect({ status: two.status, stdout: two.stdout }).toEqual({ status: one.status, stdout: one.stdout })
      expect(readFileSync(join(tmp.dir, 'two.json'), 'utf8')).toBe(readFileSync(join(tmp.dir, 'one.json'), 'utf8'))
      expect(JSON.parse(readFileSync(join(tmp.dir, 'one.json'), 'utf8')).metrics.duplicates.value).toBe(0)
    }
  }, 60_000)

  it('cut one large CSV file into pieces of records: the same scorecard, and the same line for a bad record', () => {
    const big = makeRun('run-big-csv', 1, 300_000, 'csv')
    const file = join(big, 'merchants', 'part-0.csv')
    // Up to twice the threads pieces, each of 4 MiB or more.
    const pieces = Math.min(4, Math.floor(statSync(file).size / (4 << 20)))
    expect(pieces).toBeGreaterThanOrEqual(2)
    const one = score(big, '1', join(tmp.dir, 'big-one.json'))
    const two = score(big, '2', join(tmp.dir, 'big-two.json'))
    expect(two.stderr).toContain(`worker threads: 2 decoding; 0 Parquet and ${pieces} CSV or JSONL parts read (0 CSV files into the table's arrays) and 1 table digests hashed off the main thread`)
    expect(two.stdout).toBe(one.stdout)
    expect(readFileSync(join(tmp.dir, 'big-two.json'), 'utf8')).toBe(readFileSync(join(tmp.dir, 'big-one.json'), 'utf8'))
    // Records that end in a lone CR cannot be cut: the first piece reads the whole file, the others nothing.
    const lf = readFileSync(file)
    writeFileSync(file, Buffer.from(lf.toString('utf8').replaceAll('\n', '\r')))
    const cr = score(big, '2', join(tmp.dir, 'big-cr.json'))
    expect(cr.stderr).toContain(`0 Parquet and ${pieces} CSV or JSONL parts read`)
    expect(readFileSync(join(tmp.dir, 'big-cr.json'), 'utf8')).toBe(readFileSync(join(tmp.dir, 'big-one.json'), 'utf8'))
    writeFileSync(file, lf)
    // A record near the end that the typed read refuses: the piece declines, the whole file is read the text way.
    const text = readFileSync(file, 'utf8').split('\n')
    text[text.length - 10] = text[text.length - 10].replace(/,(\d+),/, ',many,')
    writeFileSync(file, text.join('\n'))
    const badOne = score(big, '1', join(tmp.dir, 'big-bad-one.json'))
    const badTwo = score(big, '2', join(tmp.dir, 'big-bad-two.json'))
    expect(badOne.status).toBe(2)
    expect(badOne.stderr.split('\n')[0]).toMatch(/part-0\.csv: line \d+ \(row \d+\), column "outlets": "many" is not a number/)
    expect(badTwo.stderr.split('\n')[0]).toBe(badOne.stderr.split('\n')[0])
  }, 60_000)

  it('report a corrupt part with the same one line on worker threads', () => {
    const broken = makeRun('broken', 3, 5_000)
    const file = join(broken, 'merchants', 'part-1.parquet')
    const bytes = readFileSync(file)
    bytes.fill(0x55, 200, 1200) // inside the first column chunk's pages
    writeFileSync(file, bytes)
    const one = score(broken, '1', join(tmp.dir, 'broken-one.json'))
    const two = score(broken, '3', join(tmp.dir, 'broken-two.json'))
    expect(one.status).toBe(2)
    expect(two.status).toBe(2)
    const line = (s: string): string => s.split('\n')[0]
    expect(line(one.stderr)).toMatch(/^realism-gate: .*part-1\.parquet: /)
    expect(line(two.stderr)).toBe(line(one.stderr))
  }, 60_000)

  it('a worker that dies while computing metrics leaves them to the main thread: the same scorecard', () => {
    // A copy of the bundles whose worker ends its thread on its first metrics request (that listener runs
    // before the real worker's, which is loaded after it).
    const dist = join(tmp.dir, 'dist-dying')
    cpSync('dist', dist, { recursive: true })
    renameSync(join(dist, 'worker', 'index.js'), join(dist, 'worker', 'real.js'))
    writeText(join(dist, 'worker', 'die-on-metrics.js'), `import { parentPort } from 'node:worker_threads'\nparentPort.on('message', (m) => { if (m.task === 'metrics') process.exit(7) })\n`)
    writeText(join(dist, 'worker', 'index.js'), `import './die-on-metrics.js'\nimport './real.js'\n`)
    const one = score(run, '1', join(tmp.dir, 'one.json'))
    const dying = score(run, '2', join(tmp.dir, 'dying.json'), join(dist, 'cli', 'index.js'))
    expect(dying.stderr).toMatch(/; 7 metrics over shared columns, 0 of them computed on a worker/)
    expect({ status: dying.status, stdout: dying.stdout }).toEqual({ status: one.status, stdout: one.stdout })
    expect(readFileSync(join(tmp.dir, 'dying.json'), 'utf8')).toBe(readFileSync(join(tmp.dir, 'one.json'), 'utf8'))
  })

  it.each(['parquet', 'csv'] as const)('in process, in another realm than the workers\' arrays: the pooled read (%s) digests as one thread does', async (format) => {
    const dir = format === 'parquet' ? run : makeRun('run-in-process-csv', 3, 10_000, 'csv')
    const alone = await outputsDigest(dir)
    const threads = process.env.REALISM_GATE_THREADS
    enableWorkers(join(process.cwd(), 'dist/worker/index.js'))
    try {
      process.env.REALISM_GATE_THREADS = '2'
      const columns = { merchant_id: 'string', country: 'string', tier: { type: 'string', nullable: true }, outlets: 'int', phi: 'float', realized: 'int' } as const
      const pooled = await readRun(dir, [{ name: 'merchants', spec: { path: 'merchants', columns }, columns: Object.keys(columns) }])
      expect(pooled.tables.merchants.rows).toBe(format === 'parquet' ? 40_000 : 30_000)
      expect(await pooled.digest).toEqual(alone)
      // The workers wrote the ids to shared memory, so the table keeps them in their parts (no copy) while
      // the digest thread reads them too; they are the ids one thread reads.
      const ids = pooled.tables.merchants.columns.merchant_id as StringColumn
      expect(ids.byteParts?.length).toBeGreaterThan(1)
      expect(ids.byteParts?.every((p) => inSharedMemory(p.data) && inSharedMemory(p.offsets))).toBe(true)
      // Parquet's DELTA_BYTE_ARRAY pages told the decoder the ids are sorted (CSV tells nothing).
      const noted = ids.byteParts?.map((p) => p.offsets.length - 1)
      expect(ids.byteParts?.map((p) => p.sortedDistinct)).toEqual(format === 'parquet' ? noted : noted?.map(() => undefined))
      process.env.REALISM_GATE_THREADS = '1'
      const alone1 = await readRun(dir, [{ name: 'merchants', spec: { path: 'merchants', columns }, columns: ['merchant_id'] }])
      expect(ids.values).toEqual(alone1.tables.merchants.columns.merchant_id.values)
    } finally {
      if (threads === undefined) delete process.env.REALISM_GATE_THREADS
      else process.env.REALISM_GATE_THREADS = threads
    }
  })

  it('refuse a REALISM_GATE_THREADS that is not a positive integer', () => {
    const r = score(run, 'many', join(tmp.dir, 'bad.json'))
    expect(r.status).toBe(2)
    expect(r.stderr.split('\n')[0]).toBe('realism-gate: REALISM_GATE_THREADS: must be a positive integer, got "many"')
  }, 60_000)
})
