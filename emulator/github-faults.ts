/**
 * Injected GitHub REST failures (`scenario.github.faults`): per route, a
 * sequence of statuses with the bodies and headers GitHub sends for them,
 * including its rate-limit headers, so Octokit's retry and throttling plugins
 * see what they would see from api.github.com.
 */
import type { GitHubFault } from './scenario.js'

export interface GitHubFaultAnswer {
  status: number
  body: Record<string, unknown>
  headers: Record<string, string>
}

const DOCS = 'https://docs.github.com/rest'

const MESSAGES: Record<number, string> = {
  400: 'Problems parsing JSON',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  422: 'Validation Failed',
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists."
}

function matches(pattern: string, path: string): boolean {
  const want = pattern.replace(/\/+$/, '').toLowerCase().split('/')
  const got = path.replace(/\/+$/, '').toLowerCase().split('/')
  return (
    want.length === got.length && want.every((segment, i) => segment === '*' || segment === got[i])
  )
}

/**
 * A function answering each GitHub request: the fault's next status for a
 * matching request (headers cased like the emulator's own, so they replace
 * them), or undefined to let the request through.
 */
export function githubFaults(
  faults: readonly GitHubFault[] = []
): (method: string, path: string, requestId: string) => GitHubFaultAnswer | undefined {
  const hits = new Map<GitHubFault, number>()
  return (method, path, requestId) => {
    const fault = faults.find(
      f => (!f.method || f.method.toUpperCase() === method.toUpperCase()) && matches(f.path, path)
    )
    if (!fault || fault.statuses.length === 0) return undefined
    const hit = hits.get(fault) ?? 0
    hits.set(fault, hit + 1)
    const last = fault.statuses.length - 1
    if (hit > last && !fault.repeat) return undefined
    const status = fault.statuses[Math.min(hit, last)] ?? 200
    if (status < 400) return undefined
    return answer(fault, status, requestId)
  }
}

function answer(fault: GitHubFault, status: number, requestId: string): GitHubFaultAnswer {
  const headers: Record<string, string> = {}
  if (fault.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(fault.retryAfterSeconds)
  const kind = fault.rateLimit ?? (status === 429 ? 'secondary' : undefined)
  let message = fault.message ?? MESSAGES[status] ?? 'Error'
  let documentation = `${DOCS}/issues/comments`
  if (kind === 'secondary' && (status === 403 || status === 429)) {
    message =
      fault.message ??
      `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`
    documentation =
      'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits'
  } else if (kind === 'primary' && (status === 403 || status === 429)) {
    message =
      fault.message ??
      `API rate limit exceeded for installation ID 4711. If you reach out to GitHub Support for help, please include the request ID ${requestId} and timestamp ${new Date()
        .toISOString()
        .replace(/\.\d{3}Z$/, ' UTC')
        .replace('T', ' ')}.`
    documentation = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
    Object.assign(headers, {
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Used': '5000',
      'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + (fault.resetInSeconds ?? 3600))
    })
  }
  const body: Record<string, unknown> = {
    message,
    documentation_url: documentation,
    status: String(status)
  }
  if (status === 422 && !fault.message) {
    body['errors'] = [
      {
        resource: 'IssueComment',
        code: 'unprocessable',
        field: 'data',
        message: 'Could not process the comment'
      }
    ]
  }
  return { status, body, headers }
}

/**
 * Issue 16's GitHub faults, checked before `githubFaults`: a request never answered (`hang`),
 * or answered with a `Link` to another host (`linkTo`). Undefined lets the request through.
 */
export function githubTransportFaults(
  faults: readonly GitHubFault[] = []
): (method: string, path: string) => { hang: true } | { linkTo: string } | undefined {
  return (method, path) => {
    const fault = faults.find(
      f =>
        (f.hang || f.linkTo) &&
        (!f.method || f.method.toUpperCase() === method.toUpperCase()) &&
        matches(f.path, path)
    )
    if (fault?.hang) return { hang: true }
    if (fault?.linkTo) return { linkTo: fault.linkTo }
    return undefined
  }
}
