/**
 * Stands in for `undici` in the action bundle (tsconfig `paths`, which ncc follows). @actions/github sends
 * every API request through undici's fetch only to pass a proxy dispatcher, and @actions/http-client
 * imports undici's ProxyAgent at the top; evaluating the bundled undici is about 50 ms of each cold start.
 * Without a proxy, Node's own fetch sends the request; the bundled undici is evaluated only for a proxy.
 */
import type * as Undici from 'undici/index.js'

let undici: typeof Undici | undefined
// A CommonJS require: webpack keeps undici in the bundle and evaluates it on the first call.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (): typeof Undici => (undici ??= require('undici/index.js') as typeof Undici)

export const fetch = ((input: Parameters<typeof Undici.fetch>[0], init?: Parameters<typeof Undici.fetch>[1]) =>
  init?.dispatcher ? load().fetch(input, init) : globalThis.fetch(input as never, init as never)) as typeof Undici.fetch

export const ProxyAgent = function ProxyAgent(...args: ConstructorParameters<typeof Undici.ProxyAgent>) {
  return new (load().ProxyAgent)(...args)
} as unknown as typeof Undici.ProxyAgent
