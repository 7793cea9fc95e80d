import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { githubSpec } from './github-spec.js'

/**
 * A loopback GitHub REST server for end-to-end tests of the bundled action. It implements only the
 * routes the action calls, keeps their state in plain fields a test sets up and inspects, records every
 * call, and validates every request and response against GitHub's official OpenAPI description.
 * Anything the spec rejects, or a route it does not implement, is recorded in `violations`.
 */

type Json = Record<string, unknown>

export interface Call {
  method: string
  /** Path without query string, e.g. /repos/o/r/pulls/2. */
  path: string
  query: Record<string, string>
  body?: unknown
  status: number
}

/** A canned failure for the next `times` matching requests. */
export interface Fault {
  method: string
  /** Matched against the path (no query). */
  path: RegExp
  status: number
  headers?: Record<string, string>
  body: Json
  times: number
}

export interface FakeFile {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previous_filename?: string
}

export interface FakeReview {
  login: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED'
  commit_id: string
}

export interface FakeComment {
  id: number
  login: string
  type: 'User' | 'Bot'
  body: string
}

export interface FakeState {
  owner: string
  repo: string
  pull: {
    number: number
    baseSha: string
    headSha: string
    headRef: string
    labels: string[]
    /** Defaults to files.length; set higher to simulate the 3000-file listing cap. */
    changedFiles?: number
    /** Head repository full name when the PR comes from a fork. */
    forkFullName?: string
  }
  files: FakeFile[]
  /** sha -> path -> text. */
  contents: Record<string, Record<string, string>>
  reviews: FakeReview[]
  /** login -> permission (admin, write, read, none); absent = not a collaborator (404). */
  permissions: Record<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>
  labelEvents: { label: string; actor: string; at: string; event: 'labeled' | 'unlabeled' }[]
  pushes: { after: string; at: string }[]
  comments: FakeComment[]
  /** The token's user for GET /user; null = an installation token (403). */
  tokenUser: string | null
  /** Comment writes answer 403 "Resource not accessible by integration" (fork PR token). */
  readOnly: boolean
  /** Commit statuses posted (POST /repos/{owner}/{repo}/statuses/{sha}). */
  statuses?: { sha: string; state: string; context: string; description: string }[]
}

export const FILES_CAP = 3000

export class FakeGitHub {
  url = ''
  readonly calls: Call[] = []
  readonly violations: string[] = []
  readonly faults: Fault[] = []
  private server: Server | undefined
  private nextId = 1000

  constructor(public state: FakeState) {}

  async start(): Promise<string> {
    githubSpec() // load before the first request: it takes about a second
    this.server = createServer((req, res) => {
      void this.handle(req, res)
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this.url
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()))
  }

  /** Calls as `METHOD /path` lines (with ?query when present), the easiest form to assert exactly. */
  callLines(): string[] {
    return this.calls.map((c) => {
      const q = new URLSearchParams(Object.entries(c.query).sort(([a], [b]) => (a < b ? -1 : 1))).toString()
      return `${c.method} ${c.path}${q ? `?${q}` : ''} ${c.status}`
    })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const method = req.method ?? 'GET'
    const path = decodeURIComponent(url.pathname)
    const query = Object.fromEntries(url.searchParams.entries())
    const raw = await readBody(req)
    let body: unknown
    if (raw) {
      try {
        body = JSON.parse(raw)
      } catch {
        this.violations.push(`${method} ${path}: request body is not JSON`)
      }
    }
    if (!String(req.headers.authorization ?? '').match(/^(token|bearer) \S+/i)) this.violations.push(`${method} ${path}: no token`)
    const route = this.route(method, url.pathname)
    let status: number
    let payload: unknown
    let headers: Record<string, string> = {}
    if (!route) {
      status = 404
      payload = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }
      this.violations.push(`unimplemented route ${method} ${path}`)
    } else {
      for (const p of githubSpec().validateRequest(route.template, method, body)) this.violations.push(p)
      const fault = this.faults.find((f) => f.times > 0 && f.method === method && f.path.test(path))
      if (fault) {
        fault.times--
        ;({ status, body: payload } = { status: fault.status, body: fault.body })
        headers = fault.headers ?? {}
      } else {
        const r = route.handler(route.params, query, body)
        status = r.status
        payload = r.body
        headers = r.headers ?? {}
      }
      for (const p of githubSpec().validateResponse(route.template, method, status, payload)) this.violations.push(p)
    }
    this.calls.push({ method, path, query, ...(body === undefined ? {} : { body }), status })
    const text = payload === undefined ? '' : JSON.stringify(payload)
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-remaining': '4999',
      ...headers
    })
    res.end(text)
  }

  private route(method: string, rawPath: string): { template: string; params: string[]; handler: Handler } | null {
    for (const r of this.routes()) {
      if (r.method !== method) continue
      const m = r.pattern.exec(rawPath)
      if (m) return { template: r.template, params: m.slice(1).map(decodeURIComponent), handler: r.handler }
    }
    return null
  }

  private repoPath(): string {
    return `/repos/${this.state.owner}/${this.state.repo}`
  }

  private routes(): { method: string; pattern: RegExp; template: string; handler: Handler }[] {
    const s = this.state
    const repo = escapeRe(this.repoPath())
    const ok = (b: unknown, headers?: Record<string, string>): Reply => ({ status: 200, body: b, headers })
    const notFound: Reply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } }
    const forbidden: Reply = {
      status: 403,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' }
    }
    const pullNumber = (p: string): boolean => Number(p) === s.pull.number
    return [
      {
        method: 'GET',
        pattern: /^\/user$/,
        template: '/user',
        handler: () => (s.tokenUser ? ok(privateUser(s.tokenUser)) : forbidden)
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/pulls/(\\d+)$`),
        template: '/repos/{owner}/{repo}/pulls/{pull_number}',
        handler: ([n]) => (pullNumber(n) ? ok(this.pullRequest()) : notFound)
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/pulls/(\\d+)/files$`),
        template: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
        handler: ([n], q) => {
          if (!pullNumber(n)) return notFound
          // The API silently stops at 3000 files.
          const listable = s.files.slice(0, FILES_CAP).map((f) => diffEntry(this, f))
          return page(listable, q, this.url + `${this.repoPath()}/pulls/${n}/files`, 30)
        }
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/pulls/(\\d+)/reviews$`),
        template: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        handler: ([n], q) =>
          pullNumber(n) ? page(s.reviews.map((r, i) => review(this, r, i)), q, this.url + `${this.repoPath()}/pulls/${n}/reviews`, 30) : notFound
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/collaborators/([^/]+)/permission$`),
        template: '/repos/{owner}/{repo}/collaborators/{username}/permission',
        handler: ([login]) => {
          const p = s.permissions[login]
          if (!p) return notFound
          const permission = p === 'maintain' ? 'write' : p === 'triage' ? 'read' : p
          return ok({ permission, role_name: p, user: { ...simpleUser(login), role_name: p } })
        }
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/issues/(\\d+)/events$`),
        template: '/repos/{owner}/{repo}/issues/{issue_number}/events',
        handler: ([n], q) =>
          pullNumber(n)
            ? page(s.labelEvents.map((e, i) => labelEvent(this, e, i)), q, this.url + `${this.repoPath()}/issues/${n}/events`, 30)
            : notFound
      },
      {
        method: 'GET',
        pattern: /^\/repos\/([^/]+)\/([^/]+)\/activity$/,
        template: '/repos/{owner}/{repo}/activity',
        handler: (_p, q) => {
          const ref = q.ref ?? ''
          const list = s.pushes
            .map((p, i) => ({
              id: 9000 + i,
              node_id: `A_${i}`,
              before: i === 0 ? s.pull.baseSha : s.pushes[i - 1].after,
              after: p.after,
              ref: ref || `refs/heads/${s.pull.headRef}`,
              timestamp: p.at,
              activity_type: 'push',
              actor: simpleUser('pusher')
            }))
            .reverse()
          return ok(list)
        }
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/contents/(.+)$`),
        template: '/repos/{owner}/{repo}/contents/{path}',
        handler: ([path], q) => {
          const text = s.contents[q.ref ?? '']?.[path]
          return text === undefined ? notFound : ok(contentFile(this, path, q.ref ?? '', text))
        }
      },
      {
        method: 'GET',
        pattern: new RegExp(`^${repo}/issues/(\\d+)/comments$`),
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        handler: ([n], q) =>
          pullNumber(n) ? page(s.comments.map((c) => issueComment(this, c)), q, this.url + `${this.repoPath()}/issues/${n}/comments`, 30) : notFound
      },
      {
        method: 'POST',
        pattern: new RegExp(`^${repo}/issues/(\\d+)/comments$`),
        template: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        handler: ([n], _q, body) => {
          if (!pullNumber(n)) return notFound
          if (s.readOnly) return forbidden
          const text = String((body as Json).body)
          if (text.length > 65536) return tooLong()
          const c: FakeComment = { id: this.nextId++, login: s.tokenUser ?? 'github-actions[bot]', type: 'Bot', body: text }
          s.comments.push(c)
          return { status: 201, body: issueComment(this, c), headers: { location: `${this.url}${this.repoPath()}/issues/comments/${c.id}` } }
        }
      },
      {
        method: 'POST',
        pattern: new RegExp(`^${repo}/statuses/([0-9a-f]{40})$`),
        template: '/repos/{owner}/{repo}/statuses/{sha}',
        handler: ([sha], _q, body) => {
          if (s.readOnly) return forbidden
          const b = body as { state: string; context?: string; description?: string; target_url?: string }
          s.statuses ??= []
          s.statuses.push({ sha, state: b.state, context: b.context ?? 'default', description: b.description ?? '' })
          return {
            status: 201,
            body: {
              url: `${this.url}${this.repoPath()}/statuses/${sha}`,
              avatar_url: null,
              id: 6000 + s.statuses.length,
              node_id: `SC_${s.statuses.length}`,
              state: b.state,
              description: b.description ?? null,
              target_url: b.target_url ?? null,
              context: b.context ?? 'default',
              created_at: '2026-01-04T00:00:00Z',
              updated_at: '2026-01-04T00:00:00Z',
              creator: simpleUser(s.tokenUser ?? 'github-actions[bot]')
            }
          }
        }
      },
      {
        method: 'PATCH',
        pattern: new RegExp(`^${repo}/issues/comments/(\\d+)$`),
        template: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
        handler: ([id], _q, body) => {
          const c = s.comments.find((x) => x.id === Number(id))
          if (!c) return notFound
          if (s.readOnly) return forbidden
          const text = String((body as Json).body)
          if (text.length > 65536) return tooLong()
          c.body = text
          return ok(issueComment(this, c))
        }
      }
    ]
  }

  private pullRequest(): Json {
    const s = this.state
    const p = s.pull
    const baseRepo = repository(this, `${s.owner}/${s.repo}`, false)
    const headRepo = p.forkFullName ? repository(this, p.forkFullName, true) : baseRepo
    const api = `${this.url}${this.repoPath()}`
    const html = `https://github.com/${s.owner}/${s.repo}/pull/${p.number}`
    return {
      url: `${api}/pulls/${p.number}`,
      id: 100000 + p.number,
      node_id: `PR_${p.number}`,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api}/issues/${p.number}`,
      commits_url: `${api}/pulls/${p.number}/commits`,
      review_comments_url: `${api}/pulls/${p.number}/comments`,
      review_comment_url: `${api}/pulls/comments{/number}`,
      comments_url: `${api}/issues/${p.number}/comments`,
      statuses_url: `${api}/statuses/${p.headSha}`,
      number: p.number,
      state: 'open',
      locked: false,
      title: 'Proposed change',
      user: simpleUser('contributor'),
      body: null,
      labels: p.labels.map((name, i) => ({
        id: 500 + i,
        node_id: `L_${i}`,
        url: `${api}/labels/${encodeURIComponent(name)}`,
        name,
        description: null,
        color: 'ededed',
        default: false
      })),
      milestone: null,
      active_lock_reason: null,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${headRepo.owner_login}:${p.headRef}`, ref: p.headRef, sha: p.headSha, user: simpleUser(String(headRepo.owner_login)), repo: headRepo.repo },
      base: { label: `${s.owner}:main`, ref: 'main', sha: p.baseSha, user: simpleUser(s.owner), repo: baseRepo.repo },
      _links: {
        self: { href: `${api}/pulls/${p.number}` },
        html: { href: html },
        issue: { href: `${api}/issues/${p.number}` },
        comments: { href: `${api}/issues/${p.number}/comments` },
        review_comments: { href: `${api}/pulls/${p.number}/comments` },
        review_comment: { href: `${api}/pulls/comments{/number}` },
        commits: { href: `${api}/pulls/${p.number}/commits` },
        statuses: { href: `${api}/statuses/${p.headSha}` }
      },
      author_association: 'CONTRIBUTOR',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: s.comments.length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 1,
      deletions: 1,
      changed_files: p.changedFiles ?? s.files.length
    }
  }
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> }
type Handler = (params: string[], query: Record<string, string>, body: unknown) => Reply

function tooLong(): Reply {
  return {
    status: 422,
    body: {
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
      documentation_url: 'https://docs.github.com/rest'
    }
  }
}

function page(items: unknown[], q: Record<string, string>, base: string, defaultPerPage: number): Reply {
  const perPage = Math.min(100, Number(q.per_page ?? defaultPerPage))
  const n = Math.max(1, Number(q.page ?? 1))
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const links: string[] = []
  if (n < last) {
    links.push(`<${base}?per_page=${perPage}&page=${n + 1}>; rel="next"`, `<${base}?per_page=${perPage}&page=${last}>; rel="last"`)
  }
  return { status: 200, body: items.slice((n - 1) * perPage, n * perPage), headers: links.length ? { link: links.join(', ') } : {} }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function userId(login: string): number {
  return parseInt(createHash('sha256').update(login).digest('hex').slice(0, 8), 16)
}

export function simpleUser(login: string): Json {
  const u = `https://api.github.com/users/${encodeURIComponent(login)}`
  return {
    login,
    id: userId(login),
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${userId(login)}?v=4`,
    gravatar_id: '',
    url: u,
    // Bots live under /apps/ on github.com (a `[bot]` login is not a valid URL path).
    html_url: login.endsWith('[bot]') ? `https://github.com/apps/${login.slice(0, -5)}` : `https://github.com/${login}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false
  }
}

function privateUser(login: string): Json {
  return {
    ...simpleUser(login),
    user_view_type: 'private',
    name: login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2026-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true
  }
}

function repository(gh: FakeGitHub, fullName: string, fork: boolean): { repo: Json; owner_login: string } {
  const [owner, name] = fullName.split('/')
  const api = `${gh.url}/repos/${fullName}`
  const urls: Json = {}
  for (const k of [
    'archive_url', 'assignees_url', 'blobs_url', 'branches_url', 'collaborators_url', 'comments_url', 'commits_url',
    'compare_url', 'contents_url', 'contributors_url', 'deployments_url', 'downloads_url', 'events_url', 'forks_url',
    'git_commits_url', 'git_refs_url', 'git_tags_url', 'hooks_url', 'issue_comment_url', 'issue_events_url',
    'issues_url', 'keys_url', 'labels_url', 'languages_url', 'merges_url', 'milestones_url', 'notifications_url',
    'pulls_url', 'releases_url', 'stargazers_url', 'statuses_url', 'subscribers_url', 'subscription_url', 'tags_url',
    'teams_url', 'trees_url'
  ]) {
    urls[k] = `${api}/${k.replace(/_url$/, '')}`
  }
  return {
    owner_login: owner,
    repo: {
      id: userId(fullName),
      node_id: `R_${fullName}`,
      name,
      full_name: fullName,
      owner: simpleUser(owner),
      private: false,
      html_url: `https://github.com/${fullName}`,
      description: null,
      fork,
      url: api,
      ...urls,
      git_url: `git://github.com/${fullName}.git`,
      ssh_url: `git@github.com:${fullName}.git`,
      clone_url: `https://github.com/${fullName}.git`,
      svn_url: `https://github.com/${fullName}`,
      mirror_url: null,
      homepage: null,
      language: 'TypeScript',
      forks_count: 0,
      stargazers_count: 0,
      watchers_count: 0,
      size: 1,
      default_branch: 'main',
      open_issues_count: 1,
      is_template: false,
      topics: [],
      has_issues: true,
      has_projects: false,
      has_wiki: false,
      has_pages: false,
      has_downloads: true,
      archived: false,
      disabled: false,
      visibility: 'public',
      pushed_at: '2026-01-01T00:00:00Z',
      created_at: '2020-01-01T00:00:00Z',
      updated_at: '2026-01-01T00:00:00Z',
      allow_forking: true,
      license: null,
      forks: 0,
      open_issues: 1,
      watchers: 0
    }
  }
}

function blobSha(text: string): string {
  return createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0`).update(text).digest('hex')
}

function diffEntry(gh: FakeGitHub, f: FakeFile): Json {
  const sha = blobSha(f.filename)
  const blob = `https://github.com/${gh.state.owner}/${gh.state.repo}/blob/${gh.state.pull.headSha}/${f.filename}`
  return {
    sha,
    filename: f.filename,
    status: f.status,
    additions: 1,
    deletions: f.status === 'added' ? 0 : 1,
    changes: f.status === 'added' ? 1 : 2,
    blob_url: blob,
    raw_url: blob.replace('/blob/', '/raw/'),
    contents_url: `${gh.url}/repos/${gh.state.owner}/${gh.state.repo}/contents/${f.filename}?ref=${gh.state.pull.headSha}`,
    ...(f.previous_filename ? { previous_filename: f.previous_filename } : {})
  }
}

function review(gh: FakeGitHub, r: FakeReview, i: number): Json {
  const api = `${gh.url}/repos/${gh.state.owner}/${gh.state.repo}`
  return {
    id: 700 + i,
    node_id: `PRR_${i}`,
    user: simpleUser(r.login),
    body: '',
    state: r.state,
    html_url: `https://github.com/${gh.state.owner}/${gh.state.repo}/pull/${gh.state.pull.number}#pullrequestreview-${700 + i}`,
    pull_request_url: `${api}/pulls/${gh.state.pull.number}`,
    _links: {
      html: { href: `https://github.com/${gh.state.owner}/${gh.state.repo}/pull/${gh.state.pull.number}#pullrequestreview-${700 + i}` },
      pull_request: { href: `${api}/pulls/${gh.state.pull.number}` }
    },
    submitted_at: `2026-01-02T00:00:${String(i).padStart(2, '0')}Z`,
    commit_id: r.commit_id,
    author_association: 'MEMBER'
  }
}

function labelEvent(gh: FakeGitHub, e: FakeState['labelEvents'][number], i: number): Json {
  return {
    id: 800 + i,
    node_id: `LE_${i}`,
    url: `${gh.url}/repos/${gh.state.owner}/${gh.state.repo}/issues/events/${800 + i}`,
    actor: simpleUser(e.actor),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.at,
    performed_via_github_app: null,
    label: { name: e.label, color: 'ededed' }
  }
}

function contentFile(gh: FakeGitHub, path: string, ref: string, text: string): Json {
  const sha = blobSha(text)
  const api = `${gh.url}/repos/${gh.state.owner}/${gh.state.repo}`
  const html = `https://github.com/${gh.state.owner}/${gh.state.repo}/blob/${ref}/${path}`
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop(),
    path,
    content: Buffer.from(text).toString('base64').replace(/(.{60})/g, '$1\n'),
    sha,
    url: `${api}/contents/${path}?ref=${ref}`,
    git_url: `${api}/git/blobs/${sha}`,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${gh.state.owner}/${gh.state.repo}/${ref}/${path}`,
    _links: { self: `${api}/contents/${path}?ref=${ref}`, git: `${api}/git/blobs/${sha}`, html }
  }
}

function issueComment(gh: FakeGitHub, c: FakeComment): Json {
  const api = `${gh.url}/repos/${gh.state.owner}/${gh.state.repo}`
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${api}/issues/comments/${c.id}`,
    html_url: `https://github.com/${gh.state.owner}/${gh.state.repo}/pull/${gh.state.pull.number}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${gh.state.pull.number}`,
    body: c.body,
    user: simpleUser(c.login),
    created_at: '2026-01-03T00:00:00Z',
    updated_at: '2026-01-03T00:00:00Z',
    author_association: c.type === 'Bot' ? 'NONE' : 'MEMBER'
  }
}
