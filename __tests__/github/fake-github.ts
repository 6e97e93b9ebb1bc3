/**
 * A tiny in-memory GitHub REST API for one pull request's comments, served
 * through a `fetch` that Octokit calls instead of the network.
 */

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  created_at: string
  updated_at: string
  html_url: string
}

export interface FakeToken {
  /** Login returned by `GET /user`; undefined → 403 like the workflow token. */
  userLogin?: string
  /** Author of the comments this token writes. */
  author: string
  canWrite: boolean
}

export interface RecordedRequest {
  method: string
  path: string
}

const API = 'https://api.github.com'
const MAX_BODY = 65536

export class FakeGitHub {
  readonly comments: FakeComment[] = []
  readonly requests: RecordedRequest[] = []
  readonly tokens: Record<string, FakeToken> = {
    ghs_workflow: { author: 'github-actions[bot]', canWrite: true },
    ghs_readonly: { author: 'github-actions[bot]', canWrite: false },
    ghp_alice: { userLogin: 'alice', author: 'alice', canWrite: true }
  }
  /** The pull request the fake serves: `owner/repo#number`. */
  constructor(
    readonly owner = 'contoso',
    readonly repo = 'ml-infra',
    readonly number = 7
  ) {}
  private nextId = 1000
  private clock = Date.parse('2026-01-01T00:00:00Z')

  seed(author: string, body: string, type: 'User' | 'Bot' = 'User'): FakeComment {
    this.clock += 60_000
    const id = this.nextId++
    const at = new Date(this.clock).toISOString()
    const comment: FakeComment = {
      id,
      body,
      user: { login: author, type },
      created_at: at,
      updated_at: at,
      html_url: `https://github.com/${this.owner}/${this.repo}/pull/${this.number}#issuecomment-${id}`
    }
    this.comments.push(comment)
    return comment
  }

  byAuthorWith(author: string, marker: string): FakeComment[] {
    return this.comments.filter(c => c.user.login === author && c.body.includes(marker))
  }

  writes(): RecordedRequest[] {
    return this.requests.filter(r => r.method !== 'GET')
  }

  readonly fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    const method = (init?.method ?? 'GET').toUpperCase()
    this.requests.push({ method, path: url.pathname + url.search })
    const headers = new Headers(init?.headers)
    const token = (headers.get('authorization') ?? '').replace(/^(token|bearer) /i, '')
    const who = this.tokens[token]
    if (!who) return json(401, { message: 'Bad credentials' })
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as { body?: string }) : {}

    if (url.pathname === '/user' && method === 'GET') {
      if (who.userLogin === undefined) {
        return json(403, { message: 'Resource not accessible by integration' })
      }
      return json(200, { login: who.userLogin, type: 'User' })
    }

    const listPath = `/repos/${this.owner}/${this.repo}/issues/${this.number}/comments`
    if (url.pathname === listPath && method === 'GET') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const last = Math.max(1, Math.ceil(this.comments.length / perPage))
      const link: string[] = []
      const pageUrl = (p: number) => `<${API}${listPath}?per_page=${perPage}&page=${p}>`
      if (page < last) link.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`)
      if (page > 1) link.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`)
      const items = this.comments.slice((page - 1) * perPage, page * perPage)
      return json(200, items, link.length > 0 ? { link: link.join(', ') } : {})
    }
    if (url.pathname === listPath && method === 'POST') {
      if (!who.canWrite) return json(403, { message: 'Resource not accessible by integration' })
      if (!body.body || body.body.length > MAX_BODY) {
        return json(422, {
          message: 'Validation Failed',
          errors: [{ field: 'body', code: 'custom' }]
        })
      }
      return json(
        201,
        this.seed(who.author, body.body, who.author.endsWith('[bot]') ? 'Bot' : 'User')
      )
    }

    const match = new RegExp(`^/repos/${this.owner}/${this.repo}/issues/comments/(\\d+)$`).exec(
      url.pathname
    )
    const comment = match ? this.comments.find(c => c.id === Number(match[1])) : undefined
    if (match && (method === 'PATCH' || method === 'DELETE')) {
      if (!who.canWrite) return json(403, { message: 'Resource not accessible by integration' })
      if (!comment) return json(404, { message: 'Not Found' })
      if (comment.user.login !== who.author) return json(403, { message: 'Must have admin rights' })
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1)
        return new Response(null, { status: 204 })
      }
      if (!body.body || body.body.length > MAX_BODY)
        return json(422, { message: 'Validation Failed' })
      comment.body = body.body
      comment.updated_at = new Date((this.clock += 1000)).toISOString()
      return json(200, comment)
    }
    return json(404, { message: 'Not Found' })
  }
}

function json(status: number, data: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(data), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers }
  })
}
