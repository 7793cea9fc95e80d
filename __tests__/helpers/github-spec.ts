import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvModule from 'ajv'
import addFormatsModule from 'ajv-formats'
import type { ErrorObject, ValidateFunction } from 'ajv'

/**
 * GitHub's official REST description (@octokit/openapi, generated/api.github.com.json), made
 * compilable by Ajv: nullable nodes without a type become `anyOf [schema, null]`, and nullable enums
 * accept null. Only this one file is loaded (the package index loads ~385 MB of specs).
 */
type Json = Record<string, unknown>
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: unknown) => void

let cached: GitHubSpec | undefined

export function githubSpec(): GitHubSpec {
  cached ??= new GitHubSpec()
  return cached
}

export class GitHubSpec {
  readonly doc: Json
  private readonly ajv: InstanceType<typeof Ajv>
  private readonly compiled = new Map<string, ValidateFunction>()

  constructor() {
    const require = createRequire(import.meta.url)
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json')
    this.doc = fixNullable(JSON.parse(readFileSync(file, 'utf8'))) as Json
    this.ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true })
    addFormats(this.ajv)
    this.ajv.addSchema({ $id: 'gh', components: this.doc.components as Json })
  }

  /** The operation object for a path template and method, or throws (a route the spec lacks is a bug). */
  operation(pathTemplate: string, method: string): Json {
    const op = ((this.doc.paths as Json)[pathTemplate] as Json | undefined)?.[method.toLowerCase()] as Json | undefined
    if (!op) throw new Error(`spec has no ${method} ${pathTemplate}`)
    return op
  }

  /** Validates a JSON request body against the operation; returns problems (empty when valid). */
  validateRequest(pathTemplate: string, method: string, body: unknown): string[] {
    const op = this.operation(pathTemplate, method)
    const schema = ((op.requestBody as Json | undefined)?.content as Json | undefined)?.['application/json'] as Json | undefined
    if (!schema) return body === undefined ? [] : [`${method} ${pathTemplate}: the spec takes no JSON body`]
    return this.check(`req ${method} ${pathTemplate}`, schema.schema as Json, body)
  }

  /**
   * Validates a response against the operation's schema for that status. Statuses the spec omits
   * (GitHub does return 403/5xx on most routes) are validated against basic-error.
   */
  validateResponse(pathTemplate: string, method: string, status: number, body: unknown): string[] {
    const op = this.operation(pathTemplate, method)
    const responses = op.responses as Json
    let response = responses[String(status)] as Json | undefined
    if (response && typeof response.$ref === 'string') response = this.deref(response.$ref)
    const content = response?.content as Json | undefined
    if (response && !content) return body === undefined || body === '' ? [] : [`${status}: the spec declares no body`]
    const schema = (content?.['application/json'] as Json | undefined)?.schema as Json | undefined
    if (!schema) {
      if (status < 400) return [`${method} ${pathTemplate}: status ${status} is not in the spec`]
      return this.check('basic-error', { $ref: '#/components/schemas/basic-error' }, body)
    }
    return this.check(`res ${status} ${method} ${pathTemplate}`, schema, body)
  }

  private deref(ref: string): Json {
    return ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<Json>((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')] as Json, this.doc)
  }

  private check(key: string, schema: Json, value: unknown): string[] {
    let validate = this.compiled.get(key)
    if (!validate) {
      validate = this.ajv.compile(rebase(schema) as Json)
      this.compiled.set(key, validate)
    }
    if (validate(value)) return []
    return (validate.errors ?? []).slice(0, 5).map((e: ErrorObject) => `${key}: ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
  }
}

/** Local `#/components/...` refs of an inline schema point into the registered `gh` document. */
function rebase(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rebase)
  if (node === null || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node as Json)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `gh${v}` : rebase(v)
  }
  return out
}

function fixNullable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(fixNullable)
  if (node === null || typeof node !== 'object') return node
  const o: Json = {}
  for (const [k, v] of Object.entries(node as Json)) o[k] = fixNullable(v)
  if (o.nullable === true) {
    if (Array.isArray(o.enum) && !o.enum.includes(null)) o.enum = [...o.enum, null]
    if (o.type === undefined) {
      const rest = { ...o }
      delete rest.nullable
      return { anyOf: [rest, { type: 'null' }] }
    }
  }
  return o
}
