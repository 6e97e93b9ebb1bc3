/**
 * End-to-end: faults from GitHub. Rate limits and 5xx answers from the
 * emulator's GitHub REST API are retried as GitHub says (Octokit's retry and
 * throttling plugins, bounded); what is left after the retries, and a broken
 * runner environment (no token, no or bad event file, an unknown event), gives
 * one warning and a job summary line, while the evaluation, report, outputs
 * and gate are those of a healthy run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun, type RunActionOptions } from '../../emulator/run-action.js'
import type { GitHubFault, Scenario } from '../../emulator/scenario.js'
import { getScenario, workspaceId } from '../../emulator/scenarios/index.js'
import { recordFault } from '../reliability/record.js'

const COMMENTS = '/repos/octo-org/octo-repo/issues/42/comments'
const ONE_COMMENT = '/repos/octo-org/octo-repo/issues/comments/*'
const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b'

function withFaults(faults: GitHubFault[], name = 'secured'): Scenario {
  const scenario = getScenario(name)
  scenario.github.faults = faults
  return scenario
}

const ours = (run: ActionRun) =>
  run.comments.filter(c => c.body.includes('<!-- aml-inference-guard:'))

/** `METHOD status` of every GitHub request to `route` (a path; `*` for one segment). */
function statuses(run: ActionRun, method: string, route: string): string[] {
  const pattern = new RegExp(`^${route.replace(/\*/g, '[^/]+')}$`, 'i')
  return run.emulator.requests
    .filter(r => r.service === 'github' && r.method === method && pattern.test(r.path))
    .map(r => `${r.method} ${r.status}`)
}

const warnings = (run: ActionRun): string[] =>
  run.annotations.filter(a => a.level === 'warning').map(a => a.message)

/** The one warning about the comment, which the job summary repeats. */
function commentWarning(run: ActionRun): string {
  const found = warnings(run).filter(w => /comment/i.test(w))
  expect(found).toHaveLength(1)
  const summaryLine = run.summary.split('\n').find(line => line.startsWith('> ⚠️'))
  expect(summaryLine).toBeDefined()
  // Same words, escaped for markdown.
  expect(summaryLine!.replace(/\\/g, '')).toContain(found[0]!.slice(0, 40).replace(/\\/g, ''))
  return found[0]!
}

/** A healthy run's evaluation of `secured`: report, summary, outputs, a passing gate. */
function expectEvaluated(run: ActionRun): void {
  expect(run.timedOut).toBe(false)
  expect(run.exitCode).toBe(0)
  expect(run.report).toBeDefined()
  expect(run.outputs['result']).toBe('pass')
  expect(JSON.parse(run.report!)).toMatchObject({ verdict: { failed: false } })
  expect(run.outputs['report-file']).toMatch(/report-ml-ws\.json$/)
  expect(run.summary).toContain('aml-inference-guard')
  expect(
    run.annotations.filter(a => a.level === 'error' && /comment|GitHub/i.test(a.message))
  ).toEqual([])
}

describe('GitHub faults that recover after retries', () => {
  it('a secondary rate limit (403, retry-after 1) on the comment write is retried after 1 s', async () => {
    const run = await runAction({
      scenario: withFaults([
        {
          method: 'POST',
          path: COMMENTS,
          statuses: [403],
          rateLimit: 'secondary',
          retryAfterSeconds: 1
        }
      ])
    })
    recordFault(
      'GitHub',
      'secondary rate limit (403, retry-after) on the comment write',
      'full report',
      run
    )
    expectEvaluated(run)
    expect(statuses(run, 'POST', COMMENTS)).toEqual(['POST 403', 'POST 201'])
    expect(ours(run)).toHaveLength(1)
    expect(run.stdout).toMatch(
      /GitHub secondary rate limit on POST \S+comments: retrying in 1 s as GitHub asks \(retry 1 of 2\)/
    )
    expect(warnings(run)).toEqual([])
  })

  it('a secondary rate limit (429, retry-after 1) on reading the comments is retried', async () => {
    const run = await runAction({
      scenario: withFaults([
        { method: 'GET', path: COMMENTS, statuses: [429], retryAfterSeconds: 1 }
      ])
    })
    recordFault(
      'GitHub',
      'secondary rate limit (429, retry-after) on reading comments',
      'full report',
      run
    )
    expectEvaluated(run)
    expect(statuses(run, 'GET', COMMENTS)).toEqual(['GET 429', 'GET 200'])
    expect(ours(run)).toHaveLength(1)
  })

  it('the primary rate limit that resets in a second waits for x-ratelimit-reset', async () => {
    const run = await runAction({
      scenario: withFaults([
        { method: 'GET', path: COMMENTS, statuses: [403], rateLimit: 'primary', resetInSeconds: 1 }
      ])
    })
    recordFault('GitHub', 'primary rate limit resetting within seconds', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'GET', COMMENTS)).toEqual(['GET 403', 'GET 200'])
    expect(run.stdout).toMatch(/GitHub API rate limit on GET \S+: retrying in [12] s/)
    expect(ours(run)).toHaveLength(1)
  })

  it('a 502 on the comment write is retried (the retry plugin’s backoff)', async () => {
    const run = await runAction({
      scenario: withFaults([{ method: 'POST', path: COMMENTS, statuses: [502] }])
    })
    recordFault('GitHub', '502 on the comment write, then success', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'POST', COMMENTS)).toEqual(['POST 502', 'POST 201'])
    expect(ours(run)).toHaveLength(1)
    expect(warnings(run)).toEqual([])
  })
})

describe('GitHub faults left after retries: one warning, a summary line, the check decides', () => {
  it('a lasting 503: three tries, then the warning says what and what to do', async () => {
    const run = await runAction({
      scenario: withFaults([{ method: 'POST', path: COMMENTS, statuses: [503], repeat: true }]),
      inputs: { 'fail-on': 'any' }
    })
    recordFault('GitHub', 'lasting 503 on the comment write', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'POST', COMMENTS)).toEqual(['POST 503', 'POST 503', 'POST 503'])
    const warning = commentWarning(run)
    expect(warning).toContain('The pull request comment was not written')
    expect(warning).toContain('GitHub answered HTTP 503')
    expect(warning).toContain('still after 2 retries')
    expect(warning).toContain('re-run the job')
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([])
  })

  it('the primary rate limit for an hour: no wait, says until when', async () => {
    const run = await runAction({
      scenario: withFaults([
        { method: 'GET', path: COMMENTS, statuses: [403], repeat: true, rateLimit: 'primary' }
      ])
    })
    recordFault('GitHub', 'primary rate limit used up for an hour', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'GET', COMMENTS)).toEqual(['GET 403'])
    const warning = commentWarning(run)
    expect(warning).toMatch(/rate limit is used up until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/)
    expect(warning).toContain('Re-run the job after that')
    expect(run.durationMs).toBeLessThan(30_000)
  })

  it('a lasting secondary rate limit: bounded retries, then the warning', async () => {
    const run = await runAction({
      scenario: withFaults([
        {
          method: 'POST',
          path: COMMENTS,
          statuses: [403],
          repeat: true,
          rateLimit: 'secondary',
          retryAfterSeconds: 1
        }
      ])
    })
    recordFault('GitHub', 'lasting secondary rate limit on the comment write', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'POST', COMMENTS)).toEqual(['POST 403', 'POST 403', 'POST 403'])
    const warning = commentWarning(run)
    expect(warning).toContain("GitHub's secondary rate limit refused the request")
    expect(warning).toContain('run fewer jobs in parallel with the same token')
  })

  it('a secondary rate limit asking for an hour is not waited for', async () => {
    const run = await runAction({
      scenario: withFaults([
        { method: 'POST', path: COMMENTS, statuses: [429], repeat: true, retryAfterSeconds: 3600 }
      ])
    })
    recordFault('GitHub', 'secondary rate limit with retry-after 3600', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'POST', COMMENTS)).toEqual(['POST 429'])
    expect(commentWarning(run)).toContain('GitHub asked to wait 3600 s.')
  })

  it('404 on reading the comments: not retried, says which access is missing', async () => {
    const run = await runAction({
      scenario: withFaults([{ method: 'GET', path: COMMENTS, statuses: [404], repeat: true }])
    })
    recordFault('GitHub', '404 on reading comments', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'GET', COMMENTS)).toEqual(['GET 404'])
    const warning = commentWarning(run)
    expect(warning).toContain('HTTP 404')
    expect(warning).toContain('The token cannot see octo-org/octo-repo#42')
  })

  it('422 on the comment write: not retried, says GitHub rejected it', async () => {
    const run = await runAction({
      scenario: withFaults([{ method: 'POST', path: COMMENTS, statuses: [422], repeat: true }])
    })
    recordFault('GitHub', '422 on the comment write', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'POST', COMMENTS)).toEqual(['POST 422'])
    expect(commentWarning(run)).toContain('GitHub rejected the comment as invalid')
  })

  it('403 on updating the sticky comment: the fix names the permission', async () => {
    const scenario = withFaults([
      { method: 'PATCH', path: ONE_COMMENT, statuses: [403], repeat: true }
    ])
    const marker = `<!-- aml-inference-guard:${workspaceId().toLowerCase()} -->`
    scenario.github.seedComments = [
      { body: `${marker}\nold findings`, login: 'github-actions[bot]' }
    ]
    const run = await runAction({ scenario })
    recordFault('GitHub', '403 on updating the sticky comment', 'full report', run)
    expectEvaluated(run)
    expect(statuses(run, 'PATCH', ONE_COMMENT)).toEqual(['PATCH 403'])
    const warning = commentWarning(run)
    expect(warning).toMatch(
      /^The pull request comment was not written.*Could not update the comment/
    )
    expect(warning).toContain('pull-requests: write')
  })
})

describe('GitHub environment problems: clear messages, the evaluation still runs', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-event-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('an empty github-token: a warning with the fix, and the gate applies as usual', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'github-token': '', 'fail-on': 'any' }
    })
    recordFault('GitHub', 'empty github-token', 'full report', run)
    expectEvaluated(run)
    expect(commentWarning(run)).toContain(
      '`github-token` is empty. Leave it unset to use the workflow token'
    )
    expect(run.emulator.requests.filter(r => r.service === 'github')).toEqual([])
    expect(run.comments).toEqual([])
  })

  const eventCases: Array<[string, RunActionOptions['env'], RegExp]> = [
    [
      'GITHUB_EVENT_PATH unset',
      { GITHUB_EVENT_PATH: undefined },
      /GITHUB_EVENT_PATH is not set, so the pull request of event 'pull_request' is unknown/
    ],
    [
      'GITHUB_EVENT_PATH pointing nowhere',
      { GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      /The event file \/nonexistent\/event\.json \(GITHUB_EVENT_PATH\) does not exist/
    ]
  ]
  it.each(eventCases)('%s: a warning naming it, no comment', async (name, env, message) => {
    const run = await runAction({ scenario: 'secured', env })
    recordFault('GitHub', name, 'full report', run)
    expectEvaluated(run)
    expect(commentWarning(run)).toMatch(message)
    expect(run.comments).toEqual([])
  })

  it('a malformed event file: a warning, no crash when the GitHub client loads', async () => {
    const file = path.join(dir, 'broken.json')
    fs.writeFileSync(file, '{"action": "synchronize", "pull_request": {"number": 42,')
    const run = await runAction({ scenario: 'secured', env: { GITHUB_EVENT_PATH: file } })
    recordFault('GitHub', 'malformed event JSON', 'full report', run)
    expectEvaluated(run)
    expect(commentWarning(run)).toContain(
      `The event file ${file} (GITHUB_EVENT_PATH) is not valid JSON`
    )
    expect(run.stderr).toBe('')
  })

  it('a malformed event file with comment: always still ends with a clear warning', async () => {
    const file = path.join(dir, 'broken-push.json')
    fs.writeFileSync(file, '{"ref": "refs/heads/main", "after": ')
    const scenario = getScenario('secured')
    scenario.github.pullRequests = [{ number: 42, headSha: HEAD_SHA }]
    const run = await runAction({
      scenario,
      event: 'push',
      env: { GITHUB_EVENT_PATH: file },
      inputs: { comment: 'always' }
    })
    recordFault('GitHub', 'malformed event JSON with comment: always', 'full report', run)
    expectEvaluated(run)
    const warning = commentWarning(run)
    expect(warning).toMatch(
      /^Could not look up the pull request of commit 3f786850e387: the GitHub client could not start \(the event file GITHUB_EVENT_PATH names is not valid JSON\)/
    )
    // The event file's texts are not echoed.
    expect(warning).not.toContain('refs/heads/main')
  })

  it('an unknown event type: says no comment is written, evaluates as usual', async () => {
    const run = await runAction({
      scenario: 'secured',
      event: 'workflow_dispatch',
      env: { GITHUB_EVENT_NAME: 'some_future_event' }
    })
    recordFault('GitHub', 'unknown event type', 'full report', run)
    expectEvaluated(run)
    expect(run.stdout).toContain(
      "Event 'some_future_event' is not a pull request; no comment is written."
    )
    expect(warnings(run)).toEqual([])
    expect(run.comments).toEqual([])
  })
})
