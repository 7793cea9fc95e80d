import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml'
import { GateError } from '../core/errors.js'

/** A leaf of a config document: its dotted key path, canonical value and (1-based) line. */
export interface Leaf {
  path: string
  value: string
  line: number
}

/**
 * Flattens a YAML or JSON config text (JSON is YAML) into its leaves. Comments and formatting are not
 * part of any leaf, so a comment-only change touches no key. Sequence items are indexed: `a.0.b`.
 */
export function configLeaves(text: string, file: string): Map<string, Leaf> {
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    const pos = e.linePos?.[0]
    throw new GateError(pos ? `${file}:${pos.line}:${pos.col}` : file, `cannot parse config: ${e.message.split('\n')[0]}`)
  }
  const leaves = new Map<string, Leaf>()
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1)
  const visit = (node: unknown, path: string[], line: number): void => {
    if (isMap(node)) {
      if (node.items.length === 0) leaves.set(path.join('.'), { path: path.join('.'), value: '{}', line })
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        visit(pair.value, [...path, key], lineOf(pair.key as Node))
      }
    } else if (isSeq(node)) {
      if (node.items.length === 0) leaves.set(path.join('.'), { path: path.join('.'), value: '[]', line })
      node.items.forEach((item, i) => visit(item, [...path, String(i)], lineOf(item as Node)))
    } else if (isAlias(node)) {
      // Aliases are compared by name, not expanded: expansion is how alias bombs explode.
      leaves.set(path.join('.'), { path: path.join('.'), value: `*${node.source}`, line })
    } else {
      const value = isScalar(node) ? JSON.stringify(node.toJSON()) : 'null'
      leaves.set(path.join('.'), { path: path.join('.'), value, line })
    }
  }
  visit(doc.contents, [], 1)
  return leaves
}

/** Key paths whose leaf was added, removed or changed, with the head line (base line when removed). */
export function changedKeyPaths(base: Map<string, Leaf>, head: Map<string, Leaf>): { path: string; line: number }[] {
  const changed: { path: string; line: number }[] = []
  for (const [path, leaf] of head) {
    if (base.get(path)?.value !== leaf.value) changed.push({ path, line: leaf.line })
  }
  for (const [path, leaf] of base) {
    if (!head.has(path)) changed.push({ path, line: leaf.line })
  }
  return changed.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * Whether a dotted key pattern covers a key path: `*` matches one segment, `**` any number of segments,
 * and a pattern naming a subtree covers every leaf below it (`s1` covers `s1.hurdle.p`).
 */
export function keyPatternCovers(pattern: string, path: string): boolean {
  const p = pattern.split('.')
  const k = path.split('.')
  const match = (i: number, j: number): boolean => {
    if (i === p.length) return true // the pattern names this subtree
    if (p[i] === '**') {
      for (let jj = j; jj <= k.length; jj++) if (match(i + 1, jj)) return true
      return false
    }
    if (j === k.length) return false
    return (p[i] === '*' || p[i] === k[j]) && match(i + 1, j + 1)
  }
  return match(0, 0)
}
