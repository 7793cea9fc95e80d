/**
 * Stands in for `undici` in the action bundle (tsconfig `paths`, which ncc follows). @actions/github sends
 * every API request through undici's fetch only to pass a proxy dispatcher, and @actions/http-client
 * imports undici's ProxyAgent at the top; compiling and evaluating undici (about 0.9 MB) is a tenth of the
 * action's cold start. Without a proxy, Node's own fetch sends the request; undici is loaded only for a
 * proxy, from its own bundle next to the action's (dist/undici/index.cjs, built from undici-bundle.cjs).
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type * as Undici from 'undici/index.js'

let undici: typeof Undici | undefined
// A path computed at run time: webpack leaves the require alone, so undici stays out of the action bundle.
const load = (): typeof Undici =>
  (undici ??= createRequire(import.meta.url)(join(dirname(fileURLToPath(import.meta.url)), 'undici', 'index.cjs')) as typeof Undici)

export const fetch = ((input: Parameters<typeof Undici.fetch>[0], init?: Parameters<typeof Undici.fetch>[1]) =>
  init?.dispatcher ? load().fetch(input, init) : globalThis.fetch(input as never, init as never)) as typeof Undici.fetch

export const ProxyAgent = function ProxyAgent(...args: ConstructorParameters<typeof Undici.ProxyAgent>) {
  return new (load().ProxyAgent)(...args)
} as unknown as typeof Undici.ProxyAgent
