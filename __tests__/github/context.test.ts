import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildRunUrl, readPullRequestContext } from '../../src/publish/context.js'

const ENV = {
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_EVENT_PATH: '/event.json',
  GITHUB_REPOSITORY: 'contoso/ml-infra',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '123456',
  GITHUB_API_URL: 'https://api.github.com'
}
const RUN_URL = 'https://github.com/contoso/ml-infra/actions/runs/123456'

function pullRequestEvent(number: unknown, head = 'contoso/ml-infra', base = 'contoso/ml-infra') {
  return JSON.stringify({
    action: 'opened',
    number,
    pull_request: {
      number,
      head: { repo: { full_name: head } },
      base: { repo: { full_name: base } }
    },
    repository: { name: 'ml-infra', owner: { login: 'contoso' } }
  })
}

const files =
  (content: Record<string, string>) =>
  (path: string): string => {
    const text = content[path]
    if (text === undefined) {
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
        code: 'ENOENT'
      })
    }
    return text
  }

describe('readPullRequestContext', () => {
  it.each(['pull_request', 'pull_request_target'])('reads the pull request of %s', event => {
    const context = readPullRequestContext(
      { ...ENV, GITHUB_EVENT_NAME: event },
      files({ '/event.json': pullRequestEvent(42) })
    )
    expect(context).toEqual({
      kind: 'pull-request',
      owner: 'contoso',
      repo: 'ml-infra',
      number: 42,
      runUrl: RUN_URL,
      apiUrl: 'https://api.github.com',
      eventName: event,
      fromFork: false
    })
  })

  it('reads a real event file by default', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aml-guard-'))
    const path = join(dir, 'event.json')
    writeFileSync(path, pullRequestEvent(7))
    const context = readPullRequestContext({ ...ENV, GITHUB_EVENT_PATH: path })
    expect(context).toMatchObject({ kind: 'pull-request', number: 7 })
  })

  it('flags a pull request from a fork', () => {
    const context = readPullRequestContext(
      ENV,
      files({ '/event.json': pullRequestEvent(3, 'mallory/ml-infra') })
    )
    expect(context).toMatchObject({ kind: 'pull-request', fromFork: true })
  })

  it.each(['push', 'workflow_dispatch', 'schedule', 'issue_comment', 'workflow_run'])(
    'event %s is not a pull request',
    event => {
      const context = readPullRequestContext(
        { ...ENV, GITHUB_EVENT_NAME: event },
        files({ '/event.json': pullRequestEvent(1) })
      )
      expect(context).toEqual({
        kind: 'none',
        reason: `event '${event}' is not a pull request; no comment is written`,
        runUrl: RUN_URL,
        apiUrl: 'https://api.github.com'
      })
    }
  )

  it('no event name: not in GitHub Actions', () => {
    const context = readPullRequestContext({}, files({}))
    expect(context).toEqual({
      kind: 'none',
      reason: expect.stringContaining('GITHUB_EVENT_NAME is not set'),
      runUrl: undefined,
      apiUrl: 'https://api.github.com'
    })
  })

  it('missing event path', () => {
    const context = readPullRequestContext({ ...ENV, GITHUB_EVENT_PATH: '' }, files({}))
    expect(context).toMatchObject({
      kind: 'none',
      warn: true,
      reason: expect.stringContaining('GITHUB_EVENT_PATH is not set')
    })
  })

  it('missing event file: a warning naming the file', () => {
    const context = readPullRequestContext(ENV, files({}))
    expect(context).toMatchObject({
      kind: 'none',
      warn: true,
      reason:
        "the event file /event.json (GITHUB_EVENT_PATH) does not exist, so the pull request of event 'pull_request' is unknown; no comment is written"
    })
  })

  it('malformed event file: says it is not JSON, without echoing its content', () => {
    const context = readPullRequestContext(
      ENV,
      files({ '/event.json': '{"pull_request": ::error::x' })
    )
    expect(context).toMatchObject({ kind: 'none', warn: true })
    expect(context.kind === 'none' && context.reason).toContain(
      'the event file /event.json (GITHUB_EVENT_PATH) is not valid JSON'
    )
    expect(context.kind === 'none' && context.reason).not.toContain('::error')
  })

  it('an event that is not a pull request is information, not a warning', () => {
    const context = readPullRequestContext({ ...ENV, GITHUB_EVENT_NAME: 'some_future_event' })
    expect(context).toMatchObject({
      kind: 'none',
      reason: "event 'some_future_event' is not a pull request; no comment is written"
    })
    expect(context.kind === 'none' && context.warn).toBeFalsy()
  })

  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['no pull_request', '{"number": 4}'],
    ['string number', pullRequestEvent('4')],
    ['zero', pullRequestEvent(0)],
    ['fraction', pullRequestEvent(1.5)]
  ])('event file %s gives none', (_, content) => {
    const context = readPullRequestContext(ENV, files({ '/event.json': content }))
    expect(context.kind).toBe('none')
    expect(context.kind === 'none' && context.reason).toMatch(/no comment is written$/)
  })

  it('falls back to the payload repository when GITHUB_REPOSITORY is missing', () => {
    const context = readPullRequestContext(
      { ...ENV, GITHUB_REPOSITORY: undefined },
      files({ '/event.json': pullRequestEvent(9) })
    )
    expect(context).toMatchObject({
      kind: 'pull-request',
      owner: 'contoso',
      repo: 'ml-infra',
      runUrl: undefined
    })
  })

  it('uses GITHUB_API_URL and GITHUB_SERVER_URL of GitHub Enterprise Server', () => {
    const context = readPullRequestContext(
      {
        ...ENV,
        GITHUB_SERVER_URL: 'https://ghes.example.com/',
        GITHUB_API_URL: 'https://ghes.example.com/api/v3/'
      },
      files({ '/event.json': pullRequestEvent(5) })
    )
    expect(context).toMatchObject({
      runUrl: 'https://ghes.example.com/contoso/ml-infra/actions/runs/123456',
      apiUrl: 'https://ghes.example.com/api/v3'
    })
  })
})

describe('buildRunUrl', () => {
  it('defaults the server and needs a numeric run id', () => {
    expect(buildRunUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '1' })).toBe(
      'https://github.com/o/r/actions/runs/1'
    )
    expect(buildRunUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: 'x' })).toBeUndefined()
    expect(buildRunUrl({ GITHUB_RUN_ID: '1' })).toBeUndefined()
  })
})
