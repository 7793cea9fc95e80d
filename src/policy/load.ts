import { readFileSync } from 'node:fs'
import { Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit } from 'yaml'
import type { Alias, Node as YamlNode } from 'yaml'
import type { z } from 'zod'
import { GateError } from '../core/errors.js'
import { Policy } from './schema.js'
import { validatePolicy } from './validate.js'
import type { PathSegment, PolicyProblem } from './validate.js'

/**
 * Policy files are YAML read with the core schema only: no custom tags, one document, unique keys,
 * and at most MAX_ALIASES alias resolutions (a billion-laughs document is refused before it expands).
 * Every error names `file:line:column` of the offending node and the key path of the problem.
 */

/** yaml's maxAliasCount, and our own limit on alias resolutions counted through nested aliases. */
export const MAX_ALIASES = 100
/** Larger files are refused before parsing: a policy is a few kilobytes. */
export const MAX_POLICY_BYTES = 4 * 1024 * 1024

const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`))

type Located = Problem & { offset: number }
/** A problem of the zod parse; `kind` tells unknown and missing keys apart. */
type Problem = PolicyProblem & { kind?: 'unknown_key' | 'missing_key' }

export function loadPolicy(file: string): Policy {
  let text: string
  try {
    const bytes = readFileSync(file)
    if (bytes.length > MAX_POLICY_BYTES) throw new GateError(file, `policy file is larger than ${MAX_POLICY_BYTES} bytes`)
    text = bytes.toString('utf8')
  } catch (e) {
    if (e instanceof GateError) throw e
    const err = e as NodeJS.ErrnoException
    const why: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'is a folder, not a file', EACCES: 'permission denied' }
    throw new GateError(file, `cannot read policy: ${(err.code && why[err.code]) ?? err.code ?? err.message}`)
  }
  return parsePolicy(text, file)
}

export function parsePolicy(text: string, file: string): Policy {
  const lineCounter = new LineCounter()
  const fail = (offset: number, path: PathSegment[], message: string): never => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)))
    const prefix = path.length > 0 ? `${formatPath(path)}: ` : ''
    throw new GateError(`${file}:${line}:${col}`, prefix + message)
  }

  const docs = parseAllDocuments(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    schema: 'core',
    merge: false,
    strict: true
  })
  if (docs.length === 0) fail(0, [], 'the policy is empty; expected a mapping with version and segments')
  if (docs.length > 1) fail(docs[1].range[0], [], 'a policy file holds one YAML document; found a second one')
  const doc = docs[0]

  const yamlError = doc.errors[0] ?? doc.warnings[0]
  if (yamlError) {
    const offset = yamlError.pos[0]
    if (yamlError.code === 'DUPLICATE_KEY') {
      const key = keyPathAt(doc, offset)
      fail(offset, key ?? [], `duplicate key '${key ? String(key[key.length - 1]) : text.slice(offset, offset + 40)}'`)
    }
    if (yamlError.code === 'TAG_RESOLVE_FAILED') fail(offset, [], `${yamlError.message}; only the YAML core schema is allowed`)
    fail(offset, [], `YAML ${doc.errors.length > 0 ? 'syntax error' : 'warning'}: ${yamlError.message}`)
  }

  checkNodes(doc, fail)

  const root = doc.contents
  if (!isMap(root)) {
    const what = root === null || (isScalar(root) && root.value === null) ? 'empty' : isSeq(root) ? 'a list' : 'a scalar'
    fail(root?.range?.[0] ?? 0, [], `the policy must be a mapping with version and segments, got ${what}`)
  }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES })
  } catch (e) {
    // checkNodes refuses alias bombs and dangling aliases first; this is the backstop.
    const firstAlias = findFirst(doc, isAlias)
    fail(firstAlias?.range?.[0] ?? 0, [], `cannot expand aliases (limit ${MAX_ALIASES}, yaml maxAliasCount): ${(e as Error).message}`)
  }

  const parsed = Policy.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => explainIssue(issue, [], data))
    reportFirst(doc, problems, fail)
  }
  const policy = parsed.data as Policy
  reportFirst(doc, validatePolicy(policy), fail)
  return policy
}

/** Throws the problem that comes first in the file, mentioning how many more there are. */
function reportFirst(doc: Document, problems: Problem[], fail: (offset: number, path: PathSegment[], message: string) => never) {
  if (problems.length === 0) return
  // A misspelt key shows up twice: unknown where it is, missing where it belongs. The unknown key is
  // the useful one, so a missing key is not reported first when its mapping also has an unknown key.
  const parentOf = (p: PolicyProblem) => formatPath(p.path.slice(0, -1))
  const unknownIn = new Set(problems.filter((p) => p.kind === 'unknown_key').map(parentOf))
  const candidates = problems.filter((p) => !(p.kind === 'missing_key' && unknownIn.has(parentOf(p))))
  const located: Located[] = candidates.map((p) => ({ ...p, offset: locate(doc, p.path, p.at) }))
  let first = located[0]
  for (const p of located) if (p.offset < first.offset) first = p
  const more = problems.length - 1
  fail(first.offset, first.path, first.message + (more > 0 ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : ''))
}

/**
 * Structural checks on the YAML tree before it becomes data: only core-schema tags, scalar keys,
 * no `__proto__` key, every alias resolvable, not recursive, and at most MAX_ALIASES resolutions.
 */
function checkNodes(doc: Document, fail: (offset: number, path: PathSegment[], message: string) => never): void {
  // The anchor each alias refers to: the last node with that anchor before the alias, in document order.
  const anchors = new Map<string, YamlNode>()
  const targets = new Map<Alias, YamlNode | undefined>()
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) targets.set(node, anchors.get(node.source))
      else if (node.anchor) anchors.set(node.anchor, node)
    }
  })
  // Expansions of a node: alias resolutions its value would perform, through nested aliases (memoized).
  const expansions = new Map<YamlNode, number>()
  const inProgress = new Set<YamlNode>()
  const countIn = (node: unknown): number => {
    if (isAlias(node)) {
      const target = targets.get(node)
      if (!target) return 1
      return 1 + countIn(target)
    }
    if (!isMap(node) && !isSeq(node)) return 0
    const known = expansions.get(node)
    if (known !== undefined) return known
    if (inProgress.has(node)) return Infinity
    inProgress.add(node)
    let total = 0
    for (const item of node.items) total += isPair(item) ? countIn(item.key) + countIn(item.value) : countIn(item)
    inProgress.delete(node)
    expansions.set(node, total)
    return total
  }

  let resolutions = 0
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isAlias(node)) return checkAlias(node, path)
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.tag !== undefined && !CORE_TAGS.has(node.tag)) {
        fail(node.range?.[0] ?? 0, path, `tag '${node.tag}' is not allowed; only the YAML core schema is`)
      }
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key
        const offset = (key as YamlNode | null)?.range?.[0] ?? node.range?.[0] ?? 0
        if (!isScalar(key)) fail(offset, path, 'a key must be a plain scalar, not a list, mapping or alias')
        const name = String(key.value)
        if (name === '__proto__') fail(offset, path, "'__proto__' is not allowed as a key")
        walk(key, [...path, name])
        walk(pair.value, [...path, name])
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]))
    }
  }
  const checkAlias = (alias: Alias, path: PathSegment[]): void => {
    const offset = alias.range?.[0] ?? 0
    const target = targets.get(alias)
    if (!target) fail(offset, path, `alias '*${alias.source}' has no anchor '&${alias.source}' before it`)
    const count = 1 + countIn(target)
    if (count === Infinity) fail(offset, path, `alias '*${alias.source}' refers to a node that contains it (recursive alias)`)
    resolutions += count
    if (resolutions > MAX_ALIASES) {
      fail(offset, path, `too many alias expansions (more than ${MAX_ALIASES}, yaml maxAliasCount): a billion-laughs document?`)
    }
  }
  walk(doc.contents, [])
}

function findFirst<T extends YamlNode>(doc: Document, test: (n: unknown) => n is T): T | undefined {
  let found: T | undefined
  visit(doc, {
    Node: (_key, node) => {
      if (test(node)) {
        found = node
        return visit.BREAK
      }
    }
  })
  return found
}

/** Key path of the map key starting at `offset`, for yaml's own errors (duplicate keys). */
function keyPathAt(doc: Document, offset: number): PathSegment[] | undefined {
  const search = (node: unknown, path: PathSegment[]): PathSegment[] | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const keyName = isScalar(pair.key) ? String(pair.key.value) : '?'
        if ((pair.key as YamlNode | null)?.range?.[0] === offset) return [...path, keyName]
        const inner = search(pair.value, [...path, keyName])
        if (inner) return inner
      }
    } else if (isSeq(node)) {
      for (let i = 0; i < node.items.length; i++) {
        const inner = search(node.items[i], [...path, i])
        if (inner) return inner
      }
    }
    return undefined
  }
  return search(doc.contents, [])
}

/**
 * Offset of the YAML node at `path`: the value (or the key when `at` is 'key'); for a path that does
 * not exist (a missing key), the key or list item holding the nearest existing parent.
 */
export function locate(doc: Document, path: PathSegment[], at: 'key' | 'value' = 'value'): number {
  let node: unknown = doc.contents
  // Where to point when the next step does not exist: the key (or list item) holding `node`.
  let holder = startOf(node) ?? 0
  for (let i = 0; i < path.length; i++) {
    if (isAlias(node)) node = node.resolve(doc)
    const step = path[i]
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))
      if (!pair) return holder
      const keyOffset = startOf(pair.key) ?? holder
      if (i === path.length - 1 && at === 'key') return keyOffset
      node = pair.value
      holder = keyOffset
    } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
      node = node.items[step]
      holder = startOf(node) ?? holder
    } else {
      return startOf(node) ?? holder
    }
  }
  return startOf(node) ?? holder
}

/** Start offset of a node; undefined for none and for an empty value (`key:` with nothing after it). */
function startOf(node: unknown): number | undefined {
  const range = (node as YamlNode | null | undefined)?.range
  if (!range || (isScalar(node) && range[0] === range[1])) return undefined
  return range[0]
}

/** `segments.segment-1a.checks[3].metric`; keys that are not plain names are quoted. */
export function formatPath(path: PathSegment[]): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else if (/^[A-Za-z0-9_-]+$/.test(segment)) out += (out ? '.' : '') + segment
    else out += `[${JSON.stringify(segment)}]`
  }
  return out
}

type Issue = z.core.$ZodIssue

/** Turns one zod issue into located problems with a human message (unions: the closest branch). */
function explainIssue(issue: Issue, base: PathSegment[], data: unknown): Problem[] {
  const path = [...base, ...(issue.path as PathSegment[])]
  const value = valueAt(data, path)
  const at = (message: string, where = path, side: 'key' | 'value' = 'value', kind?: Problem['kind']): Problem[] => [
    { path: where, message, at: side, kind }
  ]
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return at(`missing required key '${String(path[path.length - 1])}'`, path, 'value', 'missing_key')
      if (issue.expected === 'int') return at(`expected an integer, got ${describe(value)}`)
      return at(`expected ${typeName(issue.expected)}, got ${describe(value)}`)
    case 'invalid_value':
      if (issue.values.length === 1) return at(`must be ${JSON.stringify(issue.values[0])}, got ${describe(value)}`)
      return at(`must be one of ${issue.values.map((v) => String(v)).join(', ')}; got ${describe(value)}`)
    case 'unrecognized_keys':
      return at(issue.message, [...path, issue.keys[0]], 'key', 'unknown_key')
    case 'invalid_key': {
      const reason = issue.issues.map((i) => i.message).join('; ')
      return at(`invalid name '${String(path[path.length - 1])}': ${reason}`, path, 'key')
    }
    case 'too_small':
    case 'too_big':
      return at(`${boundMessage(issue)}, got ${describe(value)}`)
    case 'invalid_format':
      return at(`${describe(value)} ${issue.message}`)
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        // A discriminated union whose discriminator (`kind`) matched no option.
        const options = ((issue as unknown as { options?: unknown[] }).options ?? []).map(String)
        if (value === undefined) return at(`missing required key '${String(path[path.length - 1])}' (one of: ${options.join(', ')})`)
        return at(`unknown ${String(path[path.length - 1])} ${describe(value)} (known: ${options.join(', ')})`)
      }
      return explainUnion(issue.errors, path, value, data)
    }
    default:
      return at(issue.message)
  }
}

/** The branch that came closest: fewest problems, then the deepest; all type mismatches combine. */
function explainUnion(branches: Issue[][], path: PathSegment[], value: unknown, data: unknown): Problem[] {
  const onlyTypes = branches.every((b) => b.length === 1 && b[0].code === 'invalid_type' && b[0].path.length === 0)
  if (onlyTypes && value !== undefined) {
    const expected = [...new Set(branches.map((b) => typeName((b[0] as { expected: string }).expected)))]
    return [{ path, message: `expected ${orList(expected)}, got ${describe(value)}`, at: 'value' }]
  }
  let best: Problem[] | undefined
  let bestDepth = -1
  for (const branch of branches) {
    const problems = branch.flatMap((issue) => explainIssue(issue, path, data))
    const depth = Math.max(...problems.map((p) => p.path.length))
    if (!best || problems.length < best.length || (problems.length === best.length && depth > bestDepth)) {
      best = problems
      bestDepth = depth
    }
  }
  return best ?? []
}

function boundMessage(issue: Issue & { code: 'too_small' | 'too_big' }): string {
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum
  const small = issue.code === 'too_small'
  if (issue.origin === 'array') return small ? `needs at least ${bound} item${bound === 1 ? '' : 's'}` : `allows at most ${bound} items`
  if (issue.origin === 'string') return small ? 'must not be empty' : `must be at most ${bound} characters`
  const op = small ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'
  return `must be ${op} ${bound}`
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let current = data
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined
    current = (current as Record<string, unknown>)[segment as string]
  }
  return current
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null (empty value)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 40) + '...' : value}'`
  return String(value)
}

function typeName(expected: string): string {
  if (expected === 'object' || expected === 'record') return 'a mapping'
  if (expected === 'array') return 'a list'
  return `a ${expected}`
}

const orList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`)
