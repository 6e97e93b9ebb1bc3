/**
 * End-to-end: the pull request comment as a reviewer sees it, through the
 * emulator's GitHub REST API. One sticky comment per workspace and
 * `comment-header`, never anyone else's, never a failed step because of a
 * refused write, and the fork pattern's `from-report` run that posts a saved
 * report without contacting Azure.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import type { Scenario } from '../../emulator/scenario.js'
import { getScenario, onlineEndpoint, workspaceId } from '../../emulator/scenarios/index.js'
import { startEmulator, type Emulator, type GitHubComment } from '../../emulator/server.js'

const MARKER = `<!-- aml-inference-guard:${workspaceId().toLowerCase()} -->`
/** The head commit of runAction's pull_request and push payloads. */
const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b'

const ours = (comments: GitHubComment[]): GitHubComment[] =>
  comments.filter(c => c.body.includes('<!-- aml-inference-guard:'))

/** The workflow log as a user reads it (workflow commands are part of it). */
const log = (run: ActionRun): string => run.stdout

/** `secured` with some extra online endpoints whose ARM ids stay plain but whose names are `name`. */
function withEndpoints(names: string[], base = getScenario('secured')): Scenario {
  const wsId = workspaceId()
  const extra = names.map((name, i) => {
    const endpoint = onlineEndpoint({
      workspaceId: wsId,
      name: `ep-${String(i).padStart(3, '0')}`,
      publicNetworkAccess: 'Enabled'
    })
    ;(endpoint.body as { name: string }).name = name
    return endpoint
  })
  return { ...base, resources: [...base.resources, ...extra] }
}

/** `secured` plus a copy of its workspace (and the workspace's children) named `name`. */
function withSecondWorkspace(name: string): Scenario {
  const scenario = getScenario('secured')
  const copies = scenario.resources
    .filter(r => /\/workspaces\/ml-ws(\/|$)/i.test(r.id))
    .map(r => {
      const json = JSON.stringify(r)
        .replace(/\/workspaces\/ml-ws(?=[/"])/gi, `/workspaces/${name}`)
        .replace(/"name":"ml-ws"/g, `"name":"${name}"`)
      return JSON.parse(json) as (typeof scenario.resources)[number]
    })
  return { ...scenario, resources: [...scenario.resources, ...copies] }
}

describe('sticky comment', () => {
  let emulator: Emulator
  let first: ActionRun
  let second: ActionRun
  let third: ActionRun

  beforeAll(async () => {
    emulator = await startEmulator(getScenario('secured'))
    first = await runAction({ emulator })
    second = await runAction({ emulator })
    // Same findings, another gate: the comment's content changes.
    third = await runAction({ emulator, inputs: { 'fail-on': 'any' } })
  })
  afterAll(() => emulator.close())

  it('a re-run with the same findings leaves the comment alone; a changed report edits it in place', () => {
    expect(first.exitCode).toBe(0)
    expect(log(second)).toMatch(/Pull request comment unchanged/)
    expect(ours(third.comments)).toHaveLength(1)
    expect(emulator.githubWrites.map(w => `${w.method} ${w.status}`)).toEqual([
      'POST 201',
      'PATCH 200'
    ])
    expect(log(third)).toMatch(/Pull request comment updated on octo-org\/octo-repo#42/)
  })

  it('sets comment-id to the sticky comment’s id whether created, unchanged or updated', () => {
    const id = String(ours(third.comments)[0]!.id)
    expect(id).toMatch(/^\d+$/)
    expect([first, second, third].map(r => r.outputs['comment-id'])).toEqual([id, id, id])
  })

  it('reads verdict first, then route, target, and links the run', () => {
    const body = ours(third.comments)[0]!.body
    const lines = body.split('\n')
    expect(lines[0]).toBe(MARKER)
    expect(lines[1]).toMatch(/^### ✅ aml-inference-guard: All \d+ checks pass/)
    expect(body).toContain('**Route:**')
    expect(body).toContain('**Target:** workspace <code>ml-ws</code>')
    expect(body).toContain(
      "**Network:** VNet <code>vnet-ml</code>, subnet <code>snet-ml</code> (found through the workspace's private endpoint)"
    )
    expect(body).toContain('https://github.com/octo-org/octo-repo/actions/runs/9876543210')
    expect(body).toMatch(/<sub>aml-inference-guard \S+ · Azure read at \d{4}-/)
  })
})

describe('several comments on one pull request', () => {
  let emulator: Emulator
  beforeAll(async () => {
    emulator = await startEmulator(withSecondWorkspace('ml-ws-prod'))
    await runAction({ emulator })
    await runAction({ emulator, inputs: { 'comment-header': 'Staging <b>job</b>' } })
    await runAction({ emulator, inputs: { 'workspace-name': 'ml-ws-prod' } })
    // Second round: every job finds its own comment again.
    await runAction({ emulator })
    await runAction({ emulator, inputs: { 'comment-header': 'Staging <b>job</b>' } })
    await runAction({ emulator, inputs: { 'workspace-name': 'ml-ws-prod' } })
  })
  afterAll(() => emulator.close())

  it('keeps one comment per workspace and comment-header', () => {
    const comments = ours(emulator.comments)
    expect(comments).toHaveLength(3)
    const markers = comments.map(c => c.body.split('\n')[0])
    expect(markers).toEqual([
      MARKER,
      `<!-- aml-inference-guard:${workspaceId().toLowerCase()}:staging__b_job_/b_ -->`,
      `<!-- aml-inference-guard:${workspaceId().toLowerCase().replace('ml-ws', 'ml-ws-prod')} -->`
    ])
    expect(emulator.githubWrites.filter(w => w.method === 'POST')).toHaveLength(3)
    expect(emulator.githubWrites.filter(w => w.method === 'DELETE')).toHaveLength(0)
  })

  it('names the header in the title, escaped', () => {
    const staging = ours(emulator.comments)[1]!.body
    expect(staging.split('\n')[1]).toMatch(
      /^### ✅ aml-inference-guard \(Staging &lt;b&gt;job&lt;\/b&gt;\): /
    )
  })
})

describe('comments of others and duplicates', () => {
  it('leaves a marker comment by another user alone and writes its own', async () => {
    const quoted = `${MARKER}\nI copied the bot's comment here: please fix NET-01.`
    const run = await runAction({
      scenario: {
        ...getScenario('secured'),
        github: { seedComments: [{ body: quoted, login: 'mallory' }] }
      }
    })
    const mallory = run.comments.find(c => c.user.login === 'mallory')!
    expect(mallory.body).toBe(quoted)
    expect(mallory.updated_at).toBe(mallory.created_at)
    const bot = run.comments.filter(c => c.user.login === 'github-actions[bot]')
    expect(bot).toHaveLength(1)
    expect(run.emulator.githubWrites.map(w => `${w.method} ${w.status}`)).toEqual(['POST 201'])
  })

  it('concurrent duplicates: keeps the oldest, updates it, deletes the rest', async () => {
    const run = await runAction({
      scenario: {
        ...getScenario('secured'),
        github: {
          seedComments: [
            { body: 'LGTM', login: 'mona' },
            { body: `${MARKER}\nold run A`, login: 'github-actions[bot]' },
            { body: `${MARKER}\nold run B`, login: 'github-actions[bot]' }
          ]
        }
      }
    })
    const mine = ours(run.comments)
    expect(mine).toHaveLength(1)
    const [oldest] = run.emulator.githubWrites.filter(w => w.method === 'PATCH')
    expect(mine[0]!.id).toBe(oldest!.commentId)
    expect(mine[0]!.body).not.toContain('old run')
    expect(run.comments.map(c => c.body)).toContain('LGTM')
    expect(run.emulator.githubWrites.map(w => `${w.method} ${w.status}`)).toEqual([
      'PATCH 200',
      'DELETE 204'
    ])
    expect(log(run)).toContain('1 duplicate comment deleted')
  })
})

describe('refused writes (fork pull request)', () => {
  it('warns with the reason and the fix, and the step outcome is the check’s alone', async () => {
    const scenario = getScenario('secured')
    scenario.github.readOnly = true
    const run = await runAction({ scenario, inputs: { 'fail-on': 'any' } })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    const warnings = run.annotations.filter(a => a.level === 'warning')
    const warning = warnings.find(w => w.message.includes('comment was not written'))
    expect(warning?.message).toContain('HTTP 403')
    expect(warning?.message).toContain('pull_request + workflow_run two-workflow pattern')
    expect(warning?.message).toContain('pull-requests: write')
    expect(run.annotations.filter(a => a.level === 'error')).toEqual([])
    expect(run.comments).toEqual([])
  })

  it('a failing check still fails the step, for the check and not the comment', async () => {
    const scenario = getScenario('public')
    scenario.github.readOnly = true
    const run = await runAction({ scenario, inputs: { 'fail-on': 'any' } })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors.some(e => e.startsWith('Inference environment check failed'))).toBe(true)
    expect(errors.some(e => /comment/i.test(e))).toBe(false)
  })
})

describe('comment input', () => {
  it('always: a push comments on the open pull request of the pushed commit', async () => {
    const scenario = getScenario('secured')
    scenario.github.pullRequests = [
      { number: 40, state: 'closed', headSha: HEAD_SHA },
      { number: 42, headSha: HEAD_SHA }
    ]
    const run = await runAction({
      scenario,
      event: 'push',
      eventPayload: { after: HEAD_SHA },
      inputs: { comment: 'always' }
    })
    expect(run.exitCode).toBe(0)
    const mine = ours(run.comments)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.issue_url).toMatch(/\/issues\/42$/)
    expect(log(run)).toContain(`found from commit ${HEAD_SHA.slice(0, 12)}`)
    const report = JSON.parse(run.report!) as { pullRequest?: unknown }
    expect(report.pullRequest).toEqual({ number: 42, owner: 'octo-org', repo: 'octo-repo' })
  })

  it('always: a push whose commit is in no open pull request says so', async () => {
    const run = await runAction({
      scenario: 'secured',
      event: 'push',
      inputs: { comment: 'always' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.comments).toEqual([])
    expect(log(run)).toContain('is not the commit of any open pull request in octo-org/octo-repo')
  })

  it('auto: a push writes no comment and says how to get one', async () => {
    const run = await runAction({ scenario: 'secured', event: 'push' })
    expect(run.comments).toEqual([])
    expect(log(run)).toContain('Set `comment: always`')
  })

  it('never: no comment, no GitHub request, and the log says so', async () => {
    const run = await runAction({ scenario: 'secured', inputs: { comment: 'never' } })
    expect(run.exitCode).toBe(0)
    expect(run.comments).toEqual([])
    expect(run.emulator.requests.filter(r => r.service === 'github')).toEqual([])
    expect(log(run)).toContain('`comment: never`: no pull request comment is written.')
  })

  it('comment-mode recreate: deletes the sticky comment and posts it anew', async () => {
    const emulator = await startEmulator(getScenario('secured'))
    try {
      await runAction({ emulator })
      const before = ours(emulator.comments)[0]!
      const run = await runAction({ emulator, inputs: { 'comment-mode': 'recreate' } })
      const after = ours(run.comments)
      expect(after).toHaveLength(1)
      expect(after[0]!.id).not.toBe(before.id)
      expect(emulator.githubWrites.map(w => `${w.method} ${w.status}`)).toEqual([
        'POST 201',
        'DELETE 204',
        'POST 201'
      ])
      expect(log(run)).toContain('Pull request comment recreated')
    } finally {
      await emulator.close()
    }
  })
})

describe('untrusted text in the comment', () => {
  const hostile = [
    'ep|pipe|`tick`',
    '<img src=x onerror=alert(1)>',
    '@octo-org/admins please approve',
    'x --> <!-- y',
    '**bold** [link](https://evil.example) ![i](https://evil.example/i.png)'
  ]
  let run: ActionRun
  let body: string
  let fenced: string[]
  beforeAll(async () => {
    run = await runAction({ scenario: withEndpoints(hostile), emulatorOptions: { pageSize: 50 } })
    body = ours(run.comments)[0]?.body ?? ''
    // Fenced code blocks (the commands to copy) show their text as text: HTML, mentions and
    // comment markers are inert there, so the checks below look at everything else.
    fenced = [...body.matchAll(/^(`{3,})sh\n([\s\S]*?)\n\1$/gm)].map(m => m[2] ?? '')
    body = body.replace(/^(`{3,})sh\n[\s\S]*?\n\1$/gm, '')
  })

  it('keeps the marker intact and the only HTML comment', () => {
    expect(body.split('\n')[0]).toBe(MARKER)
    expect(body.match(/<!--/g)).toHaveLength(1)
    expect(body.match(/-->/g)).toHaveLength(1)
  })

  it('opens no HTML and mentions nobody', () => {
    expect(body).not.toContain('<img')
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(body).not.toMatch(/(^|[^\w`])@octo-org/)
    expect(body).toContain('@&#8203;octo-org/admins')
    expect(body).not.toContain('](https://evil.example)')
  })

  it('keeps every table row intact', () => {
    const rows = body.split('\n').filter(line => line.startsWith('|'))
    expect(rows.length).toBeGreaterThan(2)
    for (const row of rows) {
      // Unescaped pipes delimit cells: every row of a 4-column table has 5.
      expect(row.replace(/\\\|/g, '').match(/\|/g)).toHaveLength(5)
    }
    expect(body).toContain('ep\\|pipe\\|\\`tick\\`')
  })

  it('quotes hostile names in the commands to copy, so a pasted command runs nothing else', () => {
    const commands = fenced.join('\n')
    expect(commands).toContain("--name '<img src=x onerror=alert(1)>'")
    expect(commands).toContain("--name 'ep|pipe|`tick`'")
    // No fence inside a block can close it early: every block ends where it began.
    expect(fenced.length).toBeGreaterThan(0)
  })
})

describe('a report too big for one comment', () => {
  it('stays within 65,536 characters and says what was left out and where the rest is', async () => {
    const names = Array.from(
      { length: 320 },
      (_, i) => `endpoint-${String(i).padStart(3, '0')}-${'x'.repeat(200)}`
    )
    const run = await runAction({
      scenario: withEndpoints(names),
      emulatorOptions: { pageSize: 100 },
      timeoutMs: 120_000
    })
    expect(run.exitCode).toBe(0)
    const [comment] = ours(run.comments)
    expect(comment).toBeDefined()
    expect(comment!.body.length).toBeLessThanOrEqual(65_536)
    expect(comment!.body).toMatch(
      /were left out|Only checks with a fail, unknown or advice result are listed/
    )
    expect(comment!.body).toContain('https://github.com/octo-org/octo-repo/actions/runs/9876543210')
    // The job summary has every endpoint.
    expect(run.summary).toContain('endpoint-319-')
  }, 180_000)
})

describe('from-report (the fork pattern’s second workflow)', () => {
  let emulator: Emulator
  let dir: string
  let reportPath: string
  let saved: string
  beforeAll(async () => {
    const scenario = getScenario('public')
    scenario.github.pullRequests = [{ number: 42, headSha: HEAD_SHA, fromFork: true }]
    emulator = await startEmulator(scenario)
    // Workflow 1: reads Azure, writes no comment, keeps the report (the artifact).
    const check = await runAction({ emulator, inputs: { comment: 'never' } })
    saved = check.report!
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aml-guard-artifact-'))
    reportPath = path.join(dir, 'report.json')
    fs.writeFileSync(reportPath, saved)
  })
  afterAll(async () => {
    await emulator.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  /** Workflow 2: `workflow_run`, no Azure inputs, no id-token. */
  const post = (file: string, extra: Record<string, string> = {}): Promise<ActionRun> =>
    runAction({
      emulator,
      event: 'workflow_run',
      eventPayload: {
        action: 'completed',
        workflow_run: { event: 'pull_request', head_sha: HEAD_SHA, pull_requests: [] }
      },
      omitIdToken: true,
      inputs: {
        'from-report': file,
        'client-id': '',
        'tenant-id': '',
        'subscription-id': '',
        'resource-group': '',
        'workspace-name': '',
        environment: '',
        'authority-host': '',
        'arm-endpoint': '',
        'fail-on': '',
        ...extra
      }
    })

  it('posts the saved report’s comment on its pull request without contacting Azure', async () => {
    const requestsBefore = emulator.requests.length
    const run = await post(reportPath)
    expect(run.exitCode).toBe(0)
    const azure = emulator.requests
      .slice(requestsBefore)
      .filter(r => r.service !== 'github')
      .map(r => `${r.service} ${r.path}`)
    expect(azure).toEqual([])
    const mine = ours(run.comments)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.issue_url).toMatch(/\/issues\/42$/)
    expect(mine[0]!.body).toMatch(/^### ❌|^### ⚠️/m)
    expect(run.outputs['result']).toBe(JSON.parse(saved).verdict.failed ? 'fail' : 'pass')
    expect(run.outputs['failed-checks']).toBe(JSON.parse(saved).verdict.failedCheckIds.join(','))
    expect(run.outputs['comment-id']).toBe(String(mine[0]!.id))
    expect(run.summary).toContain('aml-inference-guard')
    expect(log(run)).toContain(`found from commit ${HEAD_SHA.slice(0, 12)}`)
  })

  it('a re-run with the same report writes nothing (unchanged body)', async () => {
    const writesBefore = emulator.githubWrites.length
    const run = await post(reportPath)
    expect(emulator.githubWrites.length).toBe(writesBefore)
    expect(log(run)).toContain('Pull request comment unchanged')
  })

  it('without a pull request in the report, finds a fork’s pull request by its head commit', async () => {
    const report = JSON.parse(saved) as Record<string, unknown>
    delete report['pullRequest']
    const file = path.join(dir, 'no-pr.json')
    fs.writeFileSync(file, JSON.stringify(report))
    const run = await post(file, { 'comment-header': 'fork' })
    expect(run.exitCode).toBe(0)
    expect(log(run)).toContain(`found from commit ${HEAD_SHA.slice(0, 12)}`)
    expect(ours(run.comments)).toHaveLength(2)
  })

  it('a forged report cannot inject workflow commands or leak the token', async () => {
    const report = JSON.parse(saved) as {
      target: { workspaceId: string }
      verdict: { headline: string }
    }
    report.target.workspaceId += '\n::error::injected'
    report.verdict.headline = '\n::set-output name=result::pass'
    const file = path.join(dir, 'forged.json')
    fs.writeFileSync(file, JSON.stringify(report))
    const run = await post(file, { 'comment-header': 'forged' })
    // The schema refuses the control characters (see __tests__/security/forged-report.test.ts).
    expect(run.exitCode).toBe(1)
    expect(run.annotations.filter(a => a.level === 'error').map(a => a.message)).toEqual([
      expect.stringContaining('"/target/workspaceId": must match pattern')
    ])
    expect(run.stdout).not.toMatch(/^::set-output/m)
    expect(run.stdout).not.toContain(emulator.githubToken)
  })

  it('refuses a file that is not a report, naming from-report', async () => {
    const file = path.join(dir, 'bad.json')
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 99 }))
    const run = await post(file)
    expect(run.exitCode).toBe(1)
    const [error] = run.annotations.filter(a => a.level === 'error')
    expect(error?.message).toContain('`from-report`')
    expect(error?.message).toContain('schemaVersion is 99')
    const missing = await post(path.join(dir, 'nope.json'))
    expect(missing.annotations.find(a => a.level === 'error')?.message).toContain(
      'could not be read (no such file)'
    )
  })

  it('comment: on-failure with a saved report that passed its gate deletes the sticky comment', async () => {
    // Workflow 1 ran with the default `fail-on: none`: its gate passed.
    expect(JSON.parse(saved).verdict.failed).toBe(false)
    expect(ours(emulator.comments).filter(c => !c.body.includes('fork'))).toHaveLength(1)
    const run = await post(reportPath, { comment: 'on-failure' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['comment-id']).toBe('')
    // Only the comment of this header; the `comment-header: fork` one is another job's.
    expect(ours(run.comments).map(c => c.body.includes('fork'))).toEqual([true])
    expect(log(run)).toContain('deleted the earlier sticky comment on octo-org/octo-repo#42')
  })
})

/**
 * `comment: on-failure`, like sticky-comment actions' delete modes: a comment only while the
 * `fail-on` gate fails, and a passing run removes the earlier one so no outdated failure stays.
 */
describe('comment: on-failure', () => {
  const FAILING = { comment: 'on-failure', 'fail-on': 'any' }
  /** A comment of an earlier failing run, as the workflow token wrote it, among a reviewer's. */
  const EARLIER = `${MARKER}\n### ❌ AML Inference Guard: 1 check failed`

  it('a failing run posts the comment and sets comment-id', async () => {
    const run = await runAction({ scenario: 'public', inputs: FAILING })
    expect(run.exitCode).toBe(1)
    const mine = ours(run.comments)
    expect(mine).toHaveLength(1)
    expect(mine[0]!.issue_url).toMatch(/\/issues\/42$/)
    expect(run.outputs['result']).toBe('fail')
    expect(run.outputs['comment-id']).toBe(String(mine[0]!.id))
  })

  it('a passing run deletes the earlier sticky comment, not a reviewer’s, and comment-id is empty', async () => {
    const scenario = getScenario('secured')
    scenario.github.seedComments = [
      { body: 'Please fix the network first.', login: 'mona' },
      { body: EARLIER, login: 'github-actions[bot]' }
    ]
    const run = await runAction({ scenario, inputs: FAILING })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    expect(run.outputs['comment-id']).toBe('')
    expect(run.comments.map(c => c.body)).toEqual(['Please fix the network first.'])
    expect(run.emulator.githubWrites.map(w => `${w.method} ${w.status}`)).toEqual(['DELETE 204'])
    expect(log(run)).toContain(
      '`comment: on-failure`: the run passed the `fail-on` gate; deleted the earlier sticky comment on octo-org/octo-repo#42'
    )
  })

  it('a passing run without an earlier comment writes nothing to GitHub', async () => {
    const scenario = getScenario('secured')
    scenario.github.seedComments = [{ body: 'Please fix the network first.', login: 'mona' }]
    const run = await runAction({ scenario, inputs: FAILING })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['comment-id']).toBe('')
    expect(run.emulator.githubWrites).toEqual([])
    expect(run.emulator.requests.filter(r => r.service === 'github' && r.method !== 'GET')).toEqual(
      []
    )
    expect(run.comments.map(c => c.body)).toEqual(['Please fix the network first.'])
    expect(log(run)).toContain(
      '`comment: on-failure`: the run passed the `fail-on` gate; no comment on octo-org/octo-repo#42.'
    )
  })

  it('a passing run whose token may not delete warns with the reason; the step still passes', async () => {
    const scenario = getScenario('secured')
    scenario.github.seedComments = [{ body: EARLIER, login: 'github-actions[bot]' }]
    scenario.github.readOnly = true
    const run = await runAction({ scenario, inputs: FAILING })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['comment-id']).toBe('')
    expect(ours(run.comments)).toHaveLength(1)
    const warning = run.annotations.find(a => a.level === 'warning' && /on-failure/.test(a.message))
    expect(warning?.message).toContain('could not be checked or deleted')
    expect(warning?.message).toContain('pull-requests: write')
  })
})
