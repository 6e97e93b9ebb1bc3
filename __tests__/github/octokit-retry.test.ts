/**
 * The retry and throttling plugins as createOctokit configures them, against a
 * scripted `fetch`: what is retried, how often, and after how long.
 */
import { describe, expect, it } from '@jest/globals'
import { createOctokit, RETRY_POLICY } from '../../src/publish/octokit.js'

interface Scripted {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** A fetch that answers with `script` in order (the last one repeats), recording call times. */
function scripted(script: Scripted[]) {
  const calls: number[] = []
  const fetch = async (): Promise<Response> => {
    calls.push(Date.now())
    const next = script[Math.min(calls.length - 1, script.length - 1)]!
    return new Response(JSON.stringify(next.body ?? { message: `HTTP ${next.status}` }), {
      status: next.status,
      headers: { 'content-type': 'application/json', ...next.headers }
    })
  }
  return { calls, fetch }
}

/** Delays in ms instead of s: test only, through the options no input reaches. */
const FAST = { retry: { retryAfterBaseValue: 1 }, throttle: { retryAfterBaseValue: 1 } }

async function client(script: Scripted[], fast = true) {
  const { calls, fetch } = scripted(script)
  const log: string[] = []
  const octokit = await createOctokit(
    'ghs_test',
    'https://api.github.com',
    { request: { fetch }, ...(fast ? FAST : {}) },
    message => log.push(message)
  )
  return { octokit, calls, log }
}

const ok: Scripted = { status: 200, body: { login: 'me' } }
const secondary = (status: number, retryAfter?: string): Scripted => ({
  status,
  body: {
    message:
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'
  },
  headers: retryAfter === undefined ? {} : { 'retry-after': retryAfter }
})
const primary = (resetInSeconds: number): Scripted => ({
  status: 403,
  body: { message: 'API rate limit exceeded for installation ID 4711.' },
  headers: {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
  }
})

async function statusOf(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise
    return 200
  } catch (error) {
    return (error as { status?: number }).status
  }
}

describe('createOctokit retries', () => {
  it('retries 5xx answers and succeeds when GitHub recovers', async () => {
    const { octokit, calls } = await client([{ status: 502 }, { status: 503 }, ok])
    const { data } = await octokit.rest.users.getAuthenticated()
    expect(data.login).toBe('me')
    expect(calls).toHaveLength(3)
  })

  it('gives up on a lasting 5xx after the bounded number of retries', async () => {
    const { octokit, calls } = await client([{ status: 500 }])
    expect(await statusOf(octokit.rest.users.getAuthenticated())).toBe(500)
    expect(calls).toHaveLength(1 + RETRY_POLICY.serverErrorRetries)
  })

  it.each([400, 401, 403, 404, 422])('does not retry %i', async status => {
    const { octokit, calls } = await client([{ status }])
    expect(await statusOf(octokit.rest.users.getAuthenticated())).toBe(status)
    expect(calls).toHaveLength(1)
  })

  it.each([403, 429])(
    'retries a secondary rate limit (%i) after retry-after and says so',
    async status => {
      const { octokit, calls, log } = await client([secondary(status, '2'), ok])
      await octokit.rest.users.getAuthenticated()
      expect(calls).toHaveLength(2)
      expect(log).toEqual([
        'GitHub secondary rate limit on GET /user: retrying in 2 s as GitHub asks (retry 1 of 2).'
      ])
    }
  )

  it('a lasting secondary rate limit: bounded retries, then the 429 (one plugin retries, not both)', async () => {
    const { octokit, calls, log } = await client([secondary(429, '1')])
    expect(await statusOf(octokit.rest.users.getAuthenticated())).toBe(429)
    expect(calls).toHaveLength(1 + RETRY_POLICY.rateLimitRetries)
    expect(log).toHaveLength(RETRY_POLICY.rateLimitRetries)
  })

  it('does not wait when GitHub asks for longer than the longest honoured wait', async () => {
    const { octokit, calls, log } = await client([
      secondary(403, String(RETRY_POLICY.maxWaitSeconds + 1)),
      ok
    ])
    expect(await statusOf(octokit.rest.users.getAuthenticated())).toBe(403)
    expect(calls).toHaveLength(1)
    expect(log).toEqual([])
  })

  it('a secondary rate limit without retry-after waits the plugin default (60 s), within bounds', async () => {
    const { octokit, calls, log } = await client([secondary(403), ok])
    await octokit.rest.users.getAuthenticated()
    expect(calls).toHaveLength(2)
    expect(log[0]).toContain('retrying in 60 s')
  })

  it('retries a primary rate limit that resets soon, not one that resets in an hour', async () => {
    const soon = await client([primary(1), ok])
    await soon.octokit.rest.users.getAuthenticated()
    expect(soon.calls).toHaveLength(2)
    expect(soon.log[0]).toMatch(/^GitHub API rate limit on GET \/user: retrying in [12] s/)

    const later = await client([primary(3600), ok])
    expect(await statusOf(later.octokit.rest.users.getAuthenticated())).toBe(403)
    expect(later.calls).toHaveLength(1)
  })

  it('the waits of one client stay within the total budget', async () => {
    const wait = String(RETRY_POLICY.maxWaitSeconds)
    const { octokit, log } = await client([secondary(403, wait)])
    await statusOf(octokit.rest.users.getAuthenticated())
    await statusOf(octokit.rest.users.getAuthenticated())
    expect(log).toHaveLength(RETRY_POLICY.totalWaitSeconds / RETRY_POLICY.maxWaitSeconds)
  })

  it('honours retry-after in seconds with the production timing', async () => {
    const { octokit, calls } = await client([secondary(403, '1'), ok], false)
    await octokit.rest.users.getAuthenticated()
    expect(calls).toHaveLength(2)
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(950)
  })
})
