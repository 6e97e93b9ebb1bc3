import { describe, expect, it } from '@jest/globals'
import { getOctokit } from '@actions/github'
import {
  deleteStickyComment,
  upsertStickyComment,
  type CommentResult
} from '../../src/publish/comment.js'
import { commentAction } from '../../src/publish/publish-comment.js'
import type { CommentWhen } from '../../src/settings/inputs.js'
import { FakeGitHub } from './fake-github.js'

const MARKER = '<!-- aml-inference-guard:v1 -->'

function body(text: string): string {
  return `${MARKER}\n## AML Inference Guard\n\n${text}`
}

function client(github: FakeGitHub, token = 'ghs_workflow') {
  return getOctokit(token, { request: { fetch: github.fetch } })
}

function run(github: FakeGitHub, text: string, token = 'ghs_workflow', authorLogin?: string) {
  return upsertStickyComment({
    octokit: client(github, token),
    owner: github.owner,
    repo: github.repo,
    issueNumber: github.number,
    marker: MARKER,
    body: body(text),
    ...(authorLogin === undefined ? {} : { authorLogin })
  })
}

/** 250 comments by people and other bots: three pages of 100. */
function busyPullRequest(): FakeGitHub {
  const github = new FakeGitHub()
  for (let i = 0; i < 250; i++) {
    github.seed(i % 3 === 0 ? 'dependabot[bot]' : `user${i % 7}`, `comment ${i}`, 'User')
  }
  return github
}

function ok(result: CommentResult) {
  if (result.action === 'refused') throw new Error(`unexpected refusal: ${result.reason}`)
  return result
}

describe('upsertStickyComment', () => {
  it('creates one comment, then updates it in place, then leaves it alone', async () => {
    const github = busyPullRequest()

    const first = ok(await run(github, '3 checks failed'))
    expect(first.action).toBe('created')
    expect(github.byAuthorWith('github-actions[bot]', MARKER)).toHaveLength(1)
    expect(first.url).toBe(
      `https://github.com/contoso/ml-infra/pull/7#issuecomment-${first.commentId}`
    )
    // Every page was read before deciding to create.
    expect(
      github.requests.filter(r => r.path.includes('/issues/7/comments?')).map(r => r.path)
    ).toEqual([
      '/repos/contoso/ml-infra/issues/7/comments?per_page=100',
      '/repos/contoso/ml-infra/issues/7/comments?per_page=100&page=2',
      '/repos/contoso/ml-infra/issues/7/comments?per_page=100&page=3'
    ])

    github.requests.length = 0
    const second = ok(await run(github, 'all checks passed'))
    expect(second).toEqual({ ...first, action: 'updated' })
    expect(github.writes()).toEqual([
      { method: 'PATCH', path: `/repos/contoso/ml-infra/issues/comments/${first.commentId}` }
    ])
    const sticky = github.byAuthorWith('github-actions[bot]', MARKER)
    expect(sticky).toHaveLength(1)
    expect(sticky[0]?.body).toBe(body('all checks passed'))
    expect(github.comments).toHaveLength(251)

    github.requests.length = 0
    const third = ok(await run(github, 'all checks passed'))
    expect(third).toEqual({ ...first, action: 'unchanged' })
    expect(github.writes()).toEqual([])
  })

  it('finds its comment on the last page', async () => {
    const github = new FakeGitHub()
    for (let i = 0; i < 230; i++) github.seed('user', `comment ${i}`)
    const existing = github.seed('github-actions[bot]', body('old'), 'Bot')
    const result = ok(await run(github, 'new'))
    expect(result).toMatchObject({ action: 'updated', commentId: existing.id })
    expect(github.byAuthorWith('github-actions[bot]', MARKER)).toHaveLength(1)
  })

  it('keeps the oldest of duplicate sticky comments and deletes the others', async () => {
    const github = busyPullRequest()
    const othersCopy = github.seed('mallory', `quoting the bot: ${MARKER}`)
    const oldest = github.seed('github-actions[bot]', body('run 1'), 'Bot')
    for (let i = 0; i < 120; i++) github.seed('user', `more ${i}`)
    const duplicate = github.seed('github-actions[bot]', body('run 1 (race)'), 'Bot')
    const unrelatedBotComment = github.seed(
      'github-actions[bot]',
      'another workflow says hi',
      'Bot'
    )

    const result = ok(await run(github, 'run 2'))

    expect(result).toEqual({
      action: 'updated',
      commentId: oldest.id,
      url: oldest.html_url,
      duplicatesDeleted: 1
    })
    expect(github.byAuthorWith('github-actions[bot]', MARKER).map(c => c.id)).toEqual([oldest.id])
    expect(github.comments.find(c => c.id === duplicate.id)).toBeUndefined()
    expect(github.comments).toContainEqual(othersCopy)
    expect(othersCopy.body).toBe(`quoting the bot: ${MARKER}`)
    expect(github.comments).toContainEqual(unrelatedBotComment)
  })

  it('deletes duplicates even when the kept comment is unchanged', async () => {
    const github = new FakeGitHub()
    const kept = github.seed('github-actions[bot]', body('same'), 'Bot')
    github.seed('github-actions[bot]', body('same'), 'Bot')
    const result = ok(await run(github, 'same'))
    expect(result).toMatchObject({ action: 'unchanged', commentId: kept.id, duplicatesDeleted: 1 })
    expect(github.writes().map(w => w.method)).toEqual(['DELETE'])
  })

  it('never edits comments of other users carrying the marker', async () => {
    const github = new FakeGitHub()
    const alices = github.seed('alice', body('written by alice'))
    const result = ok(await run(github, 'from the workflow'))
    expect(result.action).toBe('created')
    expect(alices.body).toBe(body('written by alice'))
    expect(github.comments).toHaveLength(2)
  })

  it('with a personal token, works on that user’s comments only (login from GET /user)', async () => {
    const github = new FakeGitHub()
    const botComment = github.seed('github-actions[bot]', body('bot'), 'Bot')
    const alices = github.seed('alice', body('alice old'))
    const result = ok(await run(github, 'alice new', 'ghp_alice'))
    expect(result).toMatchObject({ action: 'updated', commentId: alices.id })
    expect(alices.body).toBe(body('alice new'))
    expect(botComment.body).toBe(body('bot'))
  })

  it('an explicit author login (GitHub App token) skips GET /user', async () => {
    const github = new FakeGitHub()
    github.tokens['ghs_app'] = { author: 'guard-app[bot]', canWrite: true }
    const first = ok(await run(github, 'one', 'ghs_app', 'guard-app[bot]'))
    const second = ok(await run(github, 'two', 'ghs_app', 'Guard-App[bot]'))
    expect(first.action).toBe('created')
    expect(second).toMatchObject({ action: 'updated', commentId: first.commentId })
    expect(github.requests.some(r => r.path === '/user')).toBe(false)
  })

  it('a read-only token (fork pull request) is refused with the fix, not thrown', async () => {
    const github = busyPullRequest()
    const result = await run(github, 'report', 'ghs_readonly')
    expect(result).toEqual({ action: 'refused', status: 403, reason: expect.any(String) })
    const reason = result.action === 'refused' ? result.reason : ''
    expect(reason).toContain('Could not create the comment on contoso/ml-infra#7')
    expect(reason).toContain('Resource not accessible by integration')
    expect(reason).toContain('pull-requests: write')
    expect(reason).toContain('use the pull_request + workflow_run two-workflow pattern, see README')
    expect(github.comments).toHaveLength(250)
  })

  it('a refused update is reported and deletes nothing', async () => {
    const github = new FakeGitHub()
    github.seed('github-actions[bot]', body('old'), 'Bot')
    github.seed('github-actions[bot]', body('dup'), 'Bot')
    const result = await run(github, 'new', 'ghs_readonly')
    expect(result).toMatchObject({ action: 'refused', status: 403 })
    expect(result.action === 'refused' && result.reason).toMatch(/^Could not update the comment/)
    expect(github.comments).toHaveLength(2)
  })

  it('a pull request the token cannot see is refused with status 404', async () => {
    const github = new FakeGitHub()
    const result = await upsertStickyComment({
      octokit: client(github),
      owner: 'contoso',
      repo: 'private-repo',
      issueNumber: 7,
      marker: MARKER,
      body: body('x')
    })
    expect(result).toMatchObject({ action: 'refused', status: 404 })
    expect(result.action === 'refused' && result.reason).toContain(
      'Could not read the pull request comments on contoso/private-repo#7'
    )
  })

  it('a body over GitHub’s limit is refused with status 422 and says so', async () => {
    const github = new FakeGitHub()
    const result = await run(github, 'x'.repeat(70_000))
    expect(result).toMatchObject({ action: 'refused', status: 422 })
    expect(result.action === 'refused' && result.reason).toMatch(/GitHub accepts at most 65536/)
  })

  it('a bad token is refused with status 401', async () => {
    const github = new FakeGitHub()
    const result = await run(github, 'x', 'ghp_revoked')
    expect(result).toMatchObject({ action: 'refused', status: 401 })
    expect(result.action === 'refused' && result.reason).toMatch(/invalid or expired/)
  })

  it('a network failure is refused, not thrown', async () => {
    const octokit = getOctokit('ghs_workflow', {
      request: {
        fetch: async () => {
          throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') })
        }
      }
    })
    const result = await upsertStickyComment({
      octokit,
      owner: 'o',
      repo: 'r',
      issueNumber: 1,
      marker: MARKER,
      body: body('x')
    })
    expect(result).toMatchObject({ action: 'refused', status: 500 })
    expect(result.action === 'refused' && result.reason).toContain('ENOTFOUND')
  })

  it('throws for programming errors', async () => {
    const github = new FakeGitHub()
    const base = { octokit: client(github), owner: 'contoso', repo: 'ml-infra', issueNumber: 7 }
    await expect(
      upsertStickyComment({ ...base, marker: MARKER, body: 'no marker' })
    ).rejects.toThrow(TypeError)
    await expect(upsertStickyComment({ ...base, marker: ' ', body: 'x' })).rejects.toThrow(
      TypeError
    )
    await expect(
      upsertStickyComment({ ...base, issueNumber: 0, marker: MARKER, body: body('x') })
    ).rejects.toThrow(TypeError)
    expect(github.requests).toEqual([])
  })
})

/** The fake, except that requests matching `method path` get `answer` (GitHub's error shapes). */
function failing(
  github: FakeGitHub,
  route: string,
  status: number,
  message: string,
  headers: Record<string, string> = {}
) {
  return getOctokit('ghs_workflow', {
    request: {
      fetch: async (input: string, init?: RequestInit) => {
        const { pathname } = new URL(input)
        if (`${init?.method ?? 'GET'} ${pathname}` === route) {
          return new Response(JSON.stringify({ message }), {
            status,
            headers: { 'content-type': 'application/json', ...headers }
          })
        }
        return github.fetch(input, init)
      }
    }
  })
}

describe('upsertStickyComment: GitHub failures left after retries', () => {
  const LIST = 'GET /repos/contoso/ml-infra/issues/7/comments'
  const CREATE = 'POST /repos/contoso/ml-infra/issues/7/comments'
  const upsert = (octokit: ReturnType<typeof getOctokit>) =>
    upsertStickyComment({
      octokit,
      owner: 'contoso',
      repo: 'ml-infra',
      issueNumber: 7,
      marker: MARKER,
      body: body('x')
    })

  it('a secondary rate limit names it, the wait GitHub asked for, and the fix', async () => {
    const octokit = failing(
      new FakeGitHub(),
      LIST,
      429,
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      { 'retry-after': '90' }
    )
    const result = await upsert(octokit)
    expect(result).toMatchObject({ action: 'refused', status: 429 })
    const reason = result.action === 'refused' ? result.reason : ''
    expect(reason).toMatch(/^Could not read the pull request comments on contoso\/ml-infra#7/)
    expect(reason).toContain("GitHub's secondary rate limit refused the request")
    expect(reason).toContain('GitHub asked to wait 90 s.')
    expect(reason).toContain('run fewer jobs in parallel with the same token')
  })

  it('a primary rate limit says until when', async () => {
    const octokit = failing(new FakeGitHub(), CREATE, 403, 'API rate limit exceeded for user.', {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.parse('2026-12-02T08:00:00Z') / 1000)
    })
    const result = await upsert(octokit)
    expect(result).toMatchObject({ action: 'refused', status: 403 })
    expect(result.action === 'refused' && result.reason).toContain(
      "The token's GitHub API rate limit is used up until 2026-12-02T08:00:00Z."
    )
  })

  it('a 5xx says it was retried and what to do', async () => {
    const github = new FakeGitHub()
    const result = await upsert(failing(github, CREATE, 503, 'Service Unavailable'))
    expect(result).toMatchObject({ action: 'refused', status: 503 })
    expect(result.action === 'refused' && result.reason).toContain(
      'GitHub or the network failed (still after 2 retries); re-run the job'
    )
    expect(github.comments).toEqual([])
  })

  it('GET /user failing with 5xx stops before guessing the author (no duplicate comment)', async () => {
    const github = new FakeGitHub()
    const result = await upsert(failing(github, 'GET /user', 502, 'Server Error'))
    expect(result).toMatchObject({ action: 'refused', status: 502 })
    expect(result.action === 'refused' && result.reason).toMatch(
      /^Could not identify the token's user on contoso\/ml-infra#7/
    )
    expect(github.requests).toEqual([])
  })
})

describe('upsertStickyComment with mode recreate', () => {
  const recreate = (github: FakeGitHub, text: string, token = 'ghs_workflow') =>
    upsertStickyComment({
      octokit: client(github, token),
      owner: github.owner,
      repo: github.repo,
      issueNumber: github.number,
      marker: MARKER,
      body: body(text),
      mode: 'recreate'
    })

  it('deletes every sticky comment (not others) and posts anew', async () => {
    const github = new FakeGitHub()
    github.seed('alice', `${MARKER} quoted by a person`)
    const old1 = github.seed('github-actions[bot]', body('one'), 'Bot')
    const old2 = github.seed('github-actions[bot]', body('two'), 'Bot')
    const result = ok(await recreate(github, 'three'))
    expect(result.action).toBe('recreated')
    expect(result.duplicatesDeleted).toBe(2)
    expect(github.comments.map(c => c.id)).not.toContain(old1.id)
    expect(github.comments.map(c => c.id)).not.toContain(old2.id)
    expect(github.byAuthorWith('github-actions[bot]', MARKER).map(c => c.body)).toEqual([
      body('three')
    ])
    expect(github.byAuthorWith('alice', MARKER)).toHaveLength(1)
  })

  it('posts even an unchanged body again (that is the point)', async () => {
    const github = new FakeGitHub()
    github.seed('github-actions[bot]', body('same'), 'Bot')
    expect(ok(await recreate(github, 'same')).action).toBe('recreated')
    expect(github.writes().map(w => w.method)).toEqual(['DELETE', 'POST'])
  })

  it('creates when there is nothing to delete', async () => {
    const github = new FakeGitHub()
    expect(ok(await recreate(github, 'new')).action).toBe('created')
  })

  it('a read-only token: refused on the delete, nothing posted, the old comment stays', async () => {
    const github = new FakeGitHub()
    github.seed('github-actions[bot]', body('old'), 'Bot')
    const result = await recreate(github, 'new', 'ghs_readonly')
    expect(result).toMatchObject({ action: 'refused', status: 403 })
    if (result.action === 'refused') {
      expect(result.reason).toContain('Could not delete the old comment')
      expect(result.reason).toContain('pull_request + workflow_run')
    }
    expect(github.comments.map(c => c.body)).toEqual([body('old')])
  })
})

describe('commentAction (which runs comment, which delete)', () => {
  it.each<[CommentWhen, boolean, 'write' | 'delete']>([
    ['auto', false, 'write'],
    ['auto', true, 'write'],
    ['always', false, 'write'],
    ['always', true, 'write'],
    ['on-failure', true, 'write'],
    ['on-failure', false, 'delete']
  ])('comment: %s, gate failed: %s → %s', (when, failed, action) => {
    expect(commentAction(when, failed)).toBe(action)
  })
})

describe('deleteStickyComment (comment: on-failure on a passing run)', () => {
  const remove = (github: FakeGitHub, token = 'ghs_workflow') =>
    deleteStickyComment({
      octokit: client(github, token),
      owner: github.owner,
      repo: github.repo,
      issueNumber: github.number,
      marker: MARKER
    })

  it('deletes our sticky comment and its duplicates, never anyone else’s', async () => {
    const github = new FakeGitHub()
    github.seed('alice', `${MARKER} quoted by a person`)
    github.seed('github-actions[bot]', body('1 check failed'), 'Bot')
    github.seed('github-actions[bot]', body('1 check failed'), 'Bot')
    github.seed('github-actions[bot]', 'another job’s comment without the marker', 'Bot')
    expect(await remove(github)).toEqual({ action: 'deleted', deleted: 2 })
    expect(github.byAuthorWith('github-actions[bot]', MARKER)).toEqual([])
    expect(github.byAuthorWith('alice', MARKER)).toHaveLength(1)
    expect(github.comments).toHaveLength(2)
    expect(github.writes().map(w => w.method)).toEqual(['DELETE', 'DELETE'])
  })

  it('writes nothing when there is no sticky comment', async () => {
    const github = busyPullRequest()
    expect(await remove(github)).toEqual({ action: 'none' })
    expect(github.writes()).toEqual([])
  })

  it('a read-only token: refused with the reason and the fix, the comment stays', async () => {
    const github = new FakeGitHub()
    github.seed('github-actions[bot]', body('old'), 'Bot')
    const result = await remove(github, 'ghs_readonly')
    expect(result).toMatchObject({ action: 'refused', status: 403 })
    if (result.action === 'refused') {
      expect(result.reason).toContain('Could not delete the old comment on contoso/ml-infra#7')
      expect(result.reason).toContain('pull-requests: write')
    }
    expect(github.comments.map(c => c.body)).toEqual([body('old')])
  })
})
