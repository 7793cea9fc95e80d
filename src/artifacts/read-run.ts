import type { TableSpec } from '../policy/schema.js'
import { combineDigests, digestTable, discoverTables, TableDigest } from './digest.js'
import type { Discovered } from './digest.js'
import { threadPool, worthThreads } from './decode-pool.js'
import { tableFiles } from './files.js'
import type { TableFiles } from './files.js'
import { readTableShared } from './read-table.js'
import type { DigestFeed } from './read-table.js'
import type { Table } from './table.js'

export interface TableRequest {
  /** Table name in the policy. */
  name: string
  spec: TableSpec
  /** The columns to read (each declared in spec.columns). */
  columns: string[]
}

export interface RunRead {
  tables: Record<string, Table>
  /**
   * Equal to outputsDigest(runDir). It may still be hashing when the tables are read: await it after
   * using them (a failure meanwhile is not an unhandled rejection; awaiting it throws it).
   */
  digest: Promise<{ tables: Record<string, string>; combined: string }>
}

/**
 * A run folder read in one pass: the requested tables as readTable returns them, and the outputs
 * digest (byte-identical to outputsDigest) from the same decoded files. A requested table whose files
 * are exactly those of a table the digest discovers is decoded once; every other table of the folder
 * is decoded for the digest alone.
 *
 * Errors come in the old order: first those of the typed reads (in request order, the same messages
 * as readTable; readRun rejects), then those of the digest (in table-name order, the same messages as
 * outputsDigest; `digest` rejects) — a table whose shared digest ran into anything is digested again on
 * outputsDigest's own path.
 */
export async function readRun(runDir: string, requests: TableRequest[]): Promise<RunRead> {
  let discovered: Discovered[] = []
  let discoveryError: unknown
  try {
    discovered = discoverTables(runDir)
  } catch (e) {
    discoveryError = e
  }

  // Files of each discovered table, keyed by format and absolute paths; a table that cannot be located
  // is left to digestTable, which reports it.
  const byFiles = new Map<string, Discovered>()
  for (const t of discovered) {
    let located: TableFiles
    try {
      located = tableFiles(runDir, t.relPath, t.key)
    } catch {
      continue
    }
    byFiles.set(filesKey(located), t)
  }

  const feeds = new Map<string, DigestFeed>()
  const tables: Record<string, Table> = {}
  for (const r of requests) {
    tables[r.name] = await readTableShared(runDir, r.name, r.spec, r.columns, (located) => {
      const t = byFiles.get(filesKey(located))
      if (!t || feeds.has(t.key)) return undefined
      const pool = worthThreads(located.files) ? threadPool() : undefined
      const feed: DigestFeed = { digest: pool ? pool.remoteDigest(located.format) : new TableDigest(located.format), remote: pool !== undefined, failed: false }
      feeds.set(t.key, feed)
      return feed
    })
  }

  const digest = (async () => {
    if (discoveryError !== undefined) throw discoveryError
    const digests: Record<string, string> = {}
    for (const t of discovered) {
      const feed = feeds.get(t.key)
      // A shared digest that ran into anything is redone on outputsDigest's own path, which reports it.
      const shared = feed && !feed.failed ? await Promise.resolve(feed.digest.finish()).catch(() => undefined) : undefined
      digests[t.key] = shared ?? (await digestTable(runDir, t.relPath, t.key))
    }
    return combineDigests(digests)
  })()
  digest.catch(() => undefined)
  return { tables, digest }
}

const filesKey = (located: TableFiles): string => `${located.format}\u0000${located.files.join('\u0000')}`
