import { parentPort } from 'node:worker_threads'
import { TableDigest } from './digest.js'
import { textFromBytes } from './text-fast.js'
import { claimUnit, failureReply, packColumns, packText, tablesFromShared, unpackColumns } from './decode-pool.js'
import type { DecodeRequest, DigestRequest, MetricsRequest, Reply, TextRequest } from './decode-pool.js'
import { computeMetric } from '../scoring/metric.js'
import type { MetricResult } from '../metrics/result.js'
import { parsedNumbersOf } from './text-bytes.js'
import { readRanges, ReusedReads } from './files.js'
import { decodeParquet } from './parquet.js'

/**
 * The worker side of decode-pool: decodes Parquet files, reads CSV and JSONL files, hashes table digests from parts pushed in
 * order, and computes metrics over tables in shared memory. A digest that fails (parts that disagree, a type shift) answers its `finish` with the failure;
 * the main thread then digests that table in-process, which reports the problem as outputsDigest does.
 */
export function serveWorker(): void {
  const port = parentPort
  if (!port) return
  const digests = new Map<number, { digest: TableDigest; failure?: unknown }>()
  const reads = new ReusedReads()
  port.on('message', (r: DecodeRequest | TextRequest | DigestRequest | MetricsRequest) => {
    if (r.task === 'metrics') {
      try {
        const tables = tablesFromShared(r.tables)
        const results: Record<string, MetricResult> = {}
        for (let u = 0; u < r.units.length; u++) {
          if (claimUnit(r.claims, u)) for (const [name, spec] of r.units[u]) results[name] = computeMetric(spec, tables, r.facts)
        }
        port.postMessage({ id: r.id, ok: true, results } satisfies Reply)
      } catch (e) {
        port.postMessage(failureReply(r.id, e))
      }
    } else if (r.task === 'text') {
      let bytes: Uint8Array | undefined
      try {
        bytes = r.bytes ?? reads.read(r.file)
        const file = textFromBytes(r.format, bytes, r.requests, r.all, { body: r.body, sharedStrings: true, targets: r.targets })
        if (!file) port.postMessage({ id: r.id, ok: true, text: null } satisfies Reply)
        else {
          // The digest needs the numbers this thread already parsed from the text cells: they travel along.
          for (const c of Object.values(file.part?.columns ?? {})) if (c.kind === 'string') c.numbers = parsedNumbersOf(c.strings.data, file.rows)
          const { text, transfer } = packText(file)
          port.postMessage({ id: r.id, ok: true, text } satisfies Reply, transfer)
        }
      } catch (e) {
        port.postMessage(failureReply(r.id, e))
      }
      // Posted (copied or transferred): the file's bytes are free for the next file.
      if (bytes && !r.bytes) reads.done(bytes)
    } else if (r.task === 'decode') {
      let bytes: Uint8Array | undefined
      new Promise<Uint8Array>((resolve) => resolve((bytes = r.span ? readRanges(r.file, r.span.ranges, r.span.tail) : reads.read(r.file))))
        .then((read) => decodeParquet(read, r.where, r.columns, r.rest, r.targets, r.groups))
        .then(
          (decoded) => port.postMessage({ id: r.id, ok: true, decoded } satisfies Reply, packColumns(decoded.columns)),
          (e: unknown) => port.postMessage(failureReply(r.id, e))
        )
        // Posted (copied or transferred): the file's bytes are free for the next file.
        .finally(() => bytes && !r.span && reads.done(bytes))
    } else if (r.task === 'digest-push') {
      let session = digests.get(r.session)
      if (!session) digests.set(r.session, (session = { digest: new TableDigest(r.format) }))
      if (session.failure === undefined) {
        try {
          session.digest.push({ ...r.part, columns: unpackColumns(r.part.columns) }, r.where)
        } catch (e) {
          session.failure = e
        }
      }
      port.postMessage({ id: r.id, ok: true } satisfies Reply)
    } else {
      const session = digests.get(r.session)
      digests.delete(r.session)
      if (!session) port.postMessage(failureReply(r.id, new Error('digest of no parts')))
      else if (session.failure !== undefined) port.postMessage(failureReply(r.id, session.failure))
      else port.postMessage({ id: r.id, ok: true, digest: session.digest.finish() } satisfies Reply)
    }
  })
}
