import { describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import { GitHubClientError } from '../../src/publish/octokit.js'
import { findPullRequest, type FindPullRequestOptions } from '../../src/publish/pull-request.js'

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b'

interface Pull {
  number: number
  state: string
  head: { sha: string; repo?: { full_name: string } }
}

/** A fetch serving the two pull request lookups, recording what was asked. */
function fakeApi(options: { byCommit?: Pull[]; open?: Pull[]; status?: number } = {}) {
  const requests: string[] = []
  const fetch = async (input: string | URL | Request): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url)
    requests.push(url.pathname + url.search)
    const json = (status: number, data: unknown) =>
      new Response(JSON.stringify(data), {
        status,
        headers: { 'content-type': 'application/json' }
      })
    if (options.status)
      return json(options.status, { message: 'Resource not accessible by integration' })
    if (url.pathname === `/repos/contoso/ml-infra/commits/${SHA}/pulls`) {
      return json(200, options.byCommit ?? [])
    }
    if (url.pathname === '/repos/contoso/ml-infra/pulls') return json(200, options.open ?? [])
    return json(404, { message: 'Not Found' })
  }
  return { requests, octokit: () => getOctokit('ghs_x', { request: { fetch } }) }
}

function find(
  event: string,
  payload: unknown,
  options: Partial<FindPullRequestOptions> = {}
): ReturnType<typeof findPullRequest> {
  return findPullRequest({
    when: 'auto',
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: '/event.json',
      GITHUB_REPOSITORY: 'contoso/ml-infra',
      GITHUB_SHA: SHA
    },
    readFile: () => JSON.stringify(payload),
    ...options
  })
}

const prPayload = { pull_request: { number: 7 } }

describe('findPullRequest', () => {
  it('auto: the pull request of a pull_request event', async () => {
    await expect(find('pull_request', prPayload)).resolves.toMatchObject({
      kind: 'pull-request',
      owner: 'contoso',
      repo: 'ml-infra',
      number: 7
    })
  })

  it('never: none, whatever the event', async () => {
    await expect(find('pull_request', prPayload, { when: 'never' })).resolves.toEqual({
      kind: 'none',
      reason: '`comment: never`: no pull request comment is written.'
    })
  })

  it('auto on a push: none, and says how to get one, without asking the API', async () => {
    const api = fakeApi({ byCommit: [{ number: 3, state: 'open', head: { sha: SHA } }] })
    const target = await find('push', { after: SHA }, { octokit: api.octokit })
    expect(target.kind).toBe('none')
    expect(target.kind === 'none' && target.reason).toContain('Set `comment: always`')
    expect(api.requests).toEqual([])
  })

  it('always on a push: the lowest open pull request containing the commit', async () => {
    const api = fakeApi({
      byCommit: [
        { number: 9, state: 'open', head: { sha: SHA } },
        { number: 2, state: 'closed', head: { sha: SHA } },
        { number: 5, state: 'open', head: { sha: SHA } }
      ]
    })
    const target = await find('push', { after: SHA }, { when: 'always', octokit: api.octokit })
    expect(target).toMatchObject({ kind: 'pull-request', number: 5 })
    expect(target.kind === 'pull-request' && target.via).toContain('also in #9')
    expect(api.requests).toEqual([`/repos/contoso/ml-infra/commits/${SHA}/pulls?per_page=100`])
  })

  it('always on a push: none when only closed pull requests contain the commit', async () => {
    const api = fakeApi({ byCommit: [{ number: 2, state: 'closed', head: { sha: SHA } }] })
    const target = await find('push', { after: SHA }, { when: 'always', octokit: api.octokit })
    expect(target.kind === 'none' && target.reason).toContain(
      'is not the commit of any open pull request in contoso/ml-infra'
    )
  })

  it('a refused lookup is none with the permission to add, not an error', async () => {
    const api = fakeApi({ status: 403 })
    const target = await find('push', { after: SHA }, { when: 'always', octokit: api.octokit })
    expect(target.kind === 'none' && target.reason).toMatch(/HTTP 403.*pull-requests: read/)
  })

  it('workflow_run: the pull request listed in the payload', async () => {
    const payload = { workflow_run: { event: 'pull_request', pull_requests: [{ number: 11 }] } }
    await expect(find('workflow_run', payload)).resolves.toMatchObject({ number: 11 })
  })

  it('workflow_run of a fork (empty pull_requests): the open pull request with that head', async () => {
    const api = fakeApi({
      open: [
        { number: 12, state: 'open', head: { sha: 'a'.repeat(40) } },
        { number: 13, state: 'open', head: { sha: SHA } }
      ]
    })
    const payload = { workflow_run: { event: 'pull_request', pull_requests: [], head_sha: SHA } }
    const target = await find('workflow_run', payload, { octokit: api.octokit })
    expect(target).toMatchObject({ kind: 'pull-request', number: 13 })
  })

  it('workflow_run after a push workflow: none unless always', async () => {
    const payload = { workflow_run: { event: 'push', pull_requests: [], head_sha: SHA } }
    const target = await find('workflow_run', payload)
    expect(target.kind === 'none' && target.reason).toContain("triggered by 'push'")
  })

  it('workflow_run of a fork: the pull request must come from the run’s head repository', async () => {
    const api = fakeApi({
      open: [
        { number: 13, state: 'open', head: { sha: SHA, repo: { full_name: 'other/ml-infra' } } }
      ]
    })
    const run = {
      event: 'pull_request',
      pull_requests: [],
      head_sha: SHA,
      head_repository: { full_name: 'contributor/ml-infra' }
    }
    const target = await find('workflow_run', { workflow_run: run }, { octokit: api.octokit })
    expect(target.kind === 'none' && target.reason).toContain(
      'not the head of any open pull request from contributor/ml-infra'
    )
  })

  it('a refused lookup is a warning; an event that is not a pull request is not', async () => {
    const refused = await find(
      'push',
      { after: SHA },
      { when: 'always', octokit: fakeApi({ status: 403 }).octokit }
    )
    expect(refused).toMatchObject({ kind: 'none', warn: true })
    const push = await find('push', { after: SHA })
    expect(push.kind === 'none' && push.warn).toBeFalsy()
  })

  it('a rate-limited lookup says so instead of asking for permissions', async () => {
    const api = fakeApi({ status: 429 })
    const limited = await findPullRequest({
      when: 'always',
      env: {
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REPOSITORY: 'contoso/ml-infra',
        GITHUB_SHA: SHA,
        GITHUB_EVENT_PATH: '/e.json'
      },
      readFile: () => '{}',
      octokit: () => {
        const octokit = api.octokit()
        octokit.hook.error('request', () => {
          throw Object.assign(new Error('You have exceeded a secondary rate limit.'), {
            status: 429
          })
        })
        return octokit
      }
    })
    expect(limited.kind === 'none' && limited.reason).toContain('GitHub rate-limited the token')
  })

  it('always without a token: a warning naming github-token', async () => {
    const target = await find('push', { after: SHA }, { when: 'always' })
    expect(target).toMatchObject({ kind: 'none', warn: true })
    expect(target.kind === 'none' && target.reason).toContain('`github-token` is empty')
  })

  it('a GitHub client that cannot start is a warning, not a crash', async () => {
    const target = await find(
      'push',
      { after: SHA },
      {
        when: 'always',
        octokit: () =>
          Promise.reject(new GitHubClientError('the GitHub client could not start (bad JSON)'))
      }
    )
    expect(target).toMatchObject({ kind: 'none', warn: true })
    expect(target.kind === 'none' && target.reason).toContain('the GitHub client could not start')
  })

  it('workflow_run with an unreadable event file: a warning naming the file', async () => {
    const target = await find('workflow_run', {}, { readFile: () => '{"workflow_run": ' })
    expect(target).toMatchObject({ kind: 'none', warn: true })
    expect(target.kind === 'none' && target.reason).toBe(
      'The event file /event.json (GITHUB_EVENT_PATH) is not valid JSON, so the pull request this workflow_run event follows is unknown; no comment is written.'
    )
  })

  it('a pull_request event without an event file: a warning', async () => {
    const target = await find('pull_request', prPayload, {
      readFile: () => {
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      }
    })
    expect(target).toMatchObject({ kind: 'none', warn: true })
    expect(target.kind === 'none' && target.reason).toMatch(
      /^The event file \/event\.json \(GITHUB_EVENT_PATH\) does not exist/
    )
  })
})
