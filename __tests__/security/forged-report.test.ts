/**
 * Security, kind "forged from-report files" (issue 16): in the fork pattern
 * (README "Fork pull requests"), the privileged `workflow_run` job posts a
 * report file that a fork's pull request produced, so every byte of it is the
 * attacker's. Through the bundled action and the emulator, these tests pin
 * what a user sees when the file is forged: schema violations are clear
 * errors; no string of the file can become live markup, a mention, a link to
 * a foreign host, a heading, a second sticky marker or a workflow command; the
 * pull request and the run links come from the event, never from the file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { getScenario } from '../../emulator/scenarios/index.js'
import { startEmulator, type Emulator, type GitHubComment } from '../../emulator/server.js'
import { reportSchemaProblem } from '../../src/report/report-schema.js'

const HEAD_SHA = '3f786850e387550fdab836ed7e6dc881de23001b'
const OTHER_SHA = '9c1185a5c5e9fc54612808977ee8f548b2258d31'
const REPOSITORY = 'octo-org/octo-repo'
/** This (privileged) run's URL, as runAction's environment makes it. */
const THIS_RUN = `https://github.com/${REPOSITORY}/actions/runs/9876543210`
/** The pull request's run that made the report (the workflow_run event's html_url). */
const FORK_RUN = `https://github.com/${REPOSITORY}/actions/runs/555000111`
/** Hosts a rendered link may point at: the server of the event and repository, and the catalog's Microsoft Learn pages. */
const ALLOWED_HOSTS = ['github.com', 'learn.microsoft.com']

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Every string leaf of `value`, as [JSON pointer, text]. */
function stringLeaves(value: Json, pointer = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[pointer, value]]
  if (value === null || typeof value !== 'object') return []
  const entries = Array.isArray(value)
    ? value.map((v, i): [string, Json] => [String(i), v])
    : Object.entries(value)
  return entries.flatMap(([key, v]) =>
    stringLeaves(v, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)
  )
}

function setAt(root: Json, pointer: string, text: string): void {
  const keys = pointer
    .split('/')
    .slice(1)
    .map(k => k.replace(/~1/g, '/').replace(/~0/g, '~'))
  const last = keys.pop() as string
  let node = root as Record<string, Json>
  for (const key of keys) node = node[key] as Record<string, Json>
  node[last] = text
}

const clone = (report: Json): Json => JSON.parse(JSON.stringify(report)) as Json

/** Hostile texts, each with `ZQX` (visible once escaped) to prove it was rendered. */
const PAYLOADS: Record<string, string> = {
  html: 'ZQX <img src="https://evil.example/p.png" onerror=alert(1)><b>bold</b>',
  mention: 'ZQX @octo-org/admins @mona please approve',
  links:
    'ZQX [job summary of this run](https://evil.example/run) https://evil.example/bare www.evil.example <https://evil.example/auto>',
  heading: 'ZQX\n## ✅ forged heading\nforged setext\n===',
  marker: 'ZQX <!-- aml-inference-guard:/subscriptions/forged --> -->',
  commands: 'ZQX\n::error::forged\n##[group]forged\n  ::add-mask::forged',
  fence: 'ZQX\n```\n## forged after a closed fence\n<img src=x>\n```sh'
}

/** Raw HTML tags other than the few the renderers write themselves. */
const FOREIGN_TAG =
  /<(?!\/?(?:details|summary|sub|br|code|wbr)>|details open>|!-- aml-inference-guard:)[a-z!/]/i

/** The live constructs a forged text could create in rendered markdown; empty when there are none. */
function liveConstructs(rendered: string, where: 'comment' | 'summary'): string[] {
  const found: string[] = []
  // Fenced blocks hold commands to copy: text, not HTML. The fence is longer than any run of
  // backticks inside, so only a fence of the same length closes it.
  const markdown = rendered.replace(/^(`{3,})sh\n[\s\S]*?\n\1$/gm, '```')
  const tag = FOREIGN_TAG.exec(markdown)
  if (tag) found.push(`raw HTML ${markdown.slice(tag.index, tag.index + 30)}`)
  const mention = /@[A-Za-z0-9]/.exec(markdown)
  if (mention) found.push(`mention ${markdown.slice(mention.index, mention.index + 20)}`)
  for (const host of linkHosts(markdown)) {
    if (!ALLOWED_HOSTS.includes(host)) found.push(`link to ${host}`)
  }
  if (/\bwww\.[a-z]/i.test(markdown)) found.push('www autolink')
  const lines = markdown.split('\n')
  for (const [i, line] of lines.entries()) {
    // Only our own title may carry report text (escaped); any other heading with it is forged.
    const title = /^#{2,3} (?:✅|❌|⚠️) aml-inference-guard/.test(line)
    if (/^\s{0,3}#{1,6}\s/.test(line) && !title && /forged|ZQX/.test(line)) {
      found.push(`heading ${line}`)
    }
    // A setext underline makes the line above it a heading.
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && /forged|ZQX/.test(lines[i - 1] ?? '')) {
      found.push(`setext heading ${lines[i - 1]}`)
    }
  }
  const titles = lines.filter(line => /^#{1,6}\s.*aml-inference-guard/.test(line)).length
  if (titles !== 1) found.push(`${titles} title headings`)
  const markers = markdown.split('<!--').length - 1
  if (markers !== (where === 'comment' ? 1 : 0)) found.push(`${markers} HTML comment markers`)
  return found
}

/** Hosts of markdown link targets, autolinks and bare http(s) URLs. */
function linkHosts(markdown: string): string[] {
  const urls = [
    // An escaped `\]` closes no link text, so only an unescaped `](` starts a link target.
    ...[...markdown.matchAll(/(?<!\\)\]\(([^)\s]+)\)/g)].map(m => m[1] as string),
    ...[...markdown.matchAll(/\bhttps?:\/\/[^\s)<>\]"'`|]+/gi)].map(m => m[0])
  ]
  return urls.map(url => {
    try {
      return new URL(url).hostname
    } catch {
      return `unparsable ${url}`
    }
  })
}

/** Workflow commands a forged text started (lines the runner would run). */
function injectedCommands(stdout: string): string[] {
  return stdout
    .split(/\r?\n/)
    .filter(line =>
      /^\s*(##\[|::(?:error|group|add-mask|set-output|stop-commands)[^:]*::forged)/.test(line)
    )
}

const stackTrace = (text: string): boolean => /^\s+at .+\(.+:\d+:\d+\)$/m.test(text)

const ours = (comments: GitHubComment[], issue: number): GitHubComment[] =>
  comments.filter(
    c => c.body.includes('<!-- aml-inference-guard:') && c.issue_url.endsWith(`/issues/${issue}`)
  )

let emulator: Emulator
/** The report the pull request's run wrote (genuine, unmodified). */
let genuine: Json

beforeAll(async () => {
  const scenario = getScenario('public')
  scenario.github.pullRequests = [
    { number: 42, headSha: HEAD_SHA, fromFork: true },
    { number: 7, headSha: OTHER_SHA, fromFork: true }
  ]
  emulator = await startEmulator(scenario)
  // Workflow 1 (the pull request's run): reads Azure, writes no comment, keeps the report.
  const check = await runAction({ emulator, inputs: { comment: 'never' } })
  expect(check.exitCode).toBe(0)
  genuine = JSON.parse(check.report as string) as Json
  // Another pull request's genuine sticky comment, which no forged file may touch.
  const other = await runAction({ emulator, prNumber: 7 })
  expect(ours(other.comments, 7)).toHaveLength(1)
}, 120_000)

afterAll(async () => {
  await emulator?.close()
})

/** Workflow 2: the privileged `workflow_run` job posting `report` (a string is written as is). */
function post(
  report: Json | string,
  options: { headSha?: string; inputs?: Record<string, string> } = {}
): Promise<ActionRun> {
  return runAction({
    emulator,
    event: 'workflow_run',
    eventPayload: {
      action: 'completed',
      workflow_run: {
        id: 555000111,
        html_url: FORK_RUN,
        event: 'pull_request',
        head_sha: options.headSha ?? HEAD_SHA,
        head_repository: { full_name: 'contributor/octo-repo' },
        pull_requests: []
      }
    },
    omitIdToken: true,
    workspaceFiles: {
      'artifact/report.json': typeof report === 'string' ? report : JSON.stringify(report)
    },
    inputs: {
      'from-report': 'artifact/report.json',
      'client-id': '',
      'tenant-id': '',
      'subscription-id': '',
      'resource-group': '',
      'workspace-name': '',
      environment: '',
      'authority-host': '',
      'arm-endpoint': '',
      'fail-on': '',
      ...options.inputs
    }
  })
}

describe('schema violations: a clear error naming from-report, the file, the pointer and the problem', () => {
  const cases: Array<[string, (r: Record<string, Json>) => Json | string, RegExp]> = [
    ['not JSON', () => '{"schemaVersion": 1,', /is not JSON/],
    ['another schema version', r => ({ ...r, schemaVersion: 2 }), /schemaVersion is 2/],
    [
      'an undocumented field',
      r => ({ ...r, comment: 'LGTM' }),
      /at the top level: must NOT have additional properties \("comment"\)/
    ],
    [
      'an unknown outcome',
      r => {
        setAt(r, '/results/0/outcome', 'maybe')
        return r
      },
      /at "\/results\/0\/outcome": must be equal to one of the allowed values/
    ],
    [
      'an oversized detail',
      r => {
        setAt(r, '/results/0/detail', 'x'.repeat(20_001))
        return r
      },
      /at "\/results\/0\/detail": must NOT have more than 20000 characters/
    ],
    [
      'a documentation link that is not https',
      r => {
        setAt(r, '/results/0/docUrl', 'javascript:alert(1)')
        return r
      },
      /at "\/results\/0\/docUrl": must match pattern/
    ],
    [
      'a pull request number that is not a number',
      r => ({ ...r, pullRequest: { number: '7', owner: 'octo-org', repo: 'octo-repo' } }),
      /at "\/pullRequest\/number": must be integer/
    ],
    [
      'a head commit that is not a SHA',
      r => ({
        ...r,
        pullRequest: { number: 42, owner: 'octo-org', repo: 'octo-repo', headSha: 'HEAD' }
      }),
      /at "\/pullRequest\/headSha": must match pattern/
    ]
  ]

  it.each(cases)('%s', async (_name, forge, problem) => {
    const writesBefore = emulator.githubWrites.length
    const run = await post(forge(clone(genuine) as Record<string, Json>))
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter(a => a.level === 'error').map(a => a.message)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('`from-report`: "artifact/report.json"')
    expect(errors[0]).toMatch(problem)
    expect(errors[0]).toContain('Upload the file the `report-file` output names, unchanged')
    expect(stackTrace(run.stdout + run.stderr)).toBe(false)
    expect(emulator.githubWrites.length).toBe(writesBefore)
    expect(run.outputs['result']).toBeUndefined()
  })
})

describe('injection in every string field of the report', () => {
  it('the genuine report has string fields in every part the renderers read', () => {
    const pointers = stringLeaves(genuine).map(([p]) => p)
    for (const part of ['/tool/', '/target/', '/routes/reason', '/verdict/headline', '/results/']) {
      expect(pointers.some(p => p.startsWith(part))).toBe(true)
    }
  })

  it.each(Object.entries(PAYLOADS))(
    '%s: every field either is refused by the schema or renders as text',
    async (_name, payload) => {
      const leaves = stringLeaves(genuine)
      const forged = clone(genuine)
      const refused: string[] = []
      for (const [pointer] of leaves) {
        const attempt = clone(genuine)
        setAt(attempt, pointer, payload)
        if (reportSchemaProblem(attempt)) refused.push(pointer)
        else setAt(forged, pointer, payload)
      }
      // Free-text fields are accepted (and must be rendered safely), ids and dates are refused.
      expect(refused).toEqual(
        expect.arrayContaining(['/target/workspaceId', '/collectedAt', '/results/0/checkId'])
      )
      expect(refused.length).toBeLessThan(leaves.length)
      expect(reportSchemaProblem(forged)).toBeUndefined()

      const run = await post(forged, { inputs: { 'comment-header': 'injection' } })
      expect(run.exitCode).toBe(0)
      const [comment] = ours(run.comments, 42).filter(c => c.body.includes(':injection -->'))
      expect(comment).toBeDefined()
      // The forged texts were rendered (as text): the checks below look at real output.
      expect(run.summary).toContain('ZQX')
      expect(comment!.body).toContain('ZQX')
      expect(liveConstructs(comment!.body, 'comment')).toEqual([])
      expect(liveConstructs(run.summary, 'summary')).toEqual([])
      expect(injectedCommands(run.stdout + '\n' + run.stderr)).toEqual([])
    }
  )

  it('the checks above catch each construct when it is live', () => {
    for (const payload of Object.values(PAYLOADS).filter(p => !p.includes('::error'))) {
      // (the fence payload is caught by its heading and tag)
      expect(liveConstructs(`<!-- aml-inference-guard:x -->\n${payload}`, 'comment')).not.toEqual(
        []
      )
    }
    expect(injectedCommands(PAYLOADS['commands'] as string)).toHaveLength(3)
  })
})

describe('the pull request comes from the event, never from the file', () => {
  it('a file naming another pull request: the comment goes to the event’s, the other is untouched', async () => {
    const otherBefore = ours(emulator.comments, 7).map(c => ({ id: c.id, body: c.body }))
    expect(otherBefore).toHaveLength(1)
    const forged = clone(genuine) as Record<string, Json>
    forged['pullRequest'] = { number: 7, owner: 'octo-org', repo: 'octo-repo' }
    ;(forged['verdict'] as Record<string, Json>)['headline'] = 'all checks pass'
    const run = await post(forged, { inputs: { 'comment-header': 'other-pr' } })
    expect(run.exitCode).toBe(0)
    expect(ours(run.comments, 7).map(c => ({ id: c.id, body: c.body }))).toEqual(otherBefore)
    expect(ours(run.comments, 42).filter(c => c.body.includes(':other-pr -->'))).toHaveLength(1)
    expect(run.annotations.filter(a => a.level === 'warning').map(a => a.message)).toEqual([
      expect.stringContaining(
        'The saved report names pull request #7; that number is ignored: the comment goes to octo-org/octo-repo#42'
      )
    ])
  })

  it('a file made for another commit than the run the event follows: no comment, a warning saying why', async () => {
    const forged = clone(genuine) as Record<string, Json>
    forged['pullRequest'] = { number: 42, owner: 'octo-org', repo: 'octo-repo', headSha: OTHER_SHA }
    const writesBefore = emulator.githubWrites.length
    const run = await post(forged, { inputs: { 'comment-header': 'sha' } })
    expect(run.exitCode).toBe(0)
    expect(emulator.githubWrites.length).toBe(writesBefore)
    const warnings = run.annotations.filter(a => a.level === 'warning').map(a => a.message)
    expect(warnings).toEqual([
      expect.stringContaining(
        `the saved report was made for commit ${OTHER_SHA.slice(0, 12)}, but the run this \`workflow_run\` event follows checked commit ${HEAD_SHA.slice(0, 12)}`
      )
    ])
    expect(run.summary).toContain('the saved report was made for commit')
  })

  it('the genuine report records the head commit, and posting it comments on the event’s pull request', async () => {
    expect((genuine as { pullRequest: { headSha: string } }).pullRequest.headSha).toBe(HEAD_SHA)
    const run = await post(genuine, { inputs: { 'comment-header': 'genuine' } })
    expect(run.exitCode).toBe(0)
    expect(ours(run.comments, 42).filter(c => c.body.includes(':genuine -->'))).toHaveLength(1)
    expect(run.annotations.filter(a => a.level === 'warning')).toEqual([])
  })

  it('an event whose commit heads no open pull request: no comment, a warning', async () => {
    const writesBefore = emulator.githubWrites.length
    const run = await post(genuine, {
      headSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      inputs: { 'comment-header': 'no-pr' }
    })
    expect(run.exitCode).toBe(0)
    expect(emulator.githubWrites.length).toBe(writesBefore)
    expect(run.annotations.filter(a => a.level === 'warning').map(a => a.message)).toEqual([
      expect.stringContaining('is not the head of any open pull request from contributor/octo-repo')
    ])
  })
})

describe('links: only hosts built from the event and the repository (and the catalog’s docs)', () => {
  it('forged run and documentation links are replaced; the comment says where the verdict comes from', async () => {
    const forged = clone(genuine) as Record<string, Json>
    forged['runUrl'] = 'https://evil.example/octo-org/octo-repo/actions/runs/1'
    for (const [pointer] of stringLeaves(forged).filter(([p]) => p.endsWith('/docUrl'))) {
      setAt(forged, pointer, 'https://evil.example/docs')
    }
    expect(reportSchemaProblem(forged)).toBeUndefined()
    const run = await post(forged, { inputs: { 'comment-header': 'links' } })
    expect(run.exitCode).toBe(0)
    const [comment] = ours(run.comments, 42).filter(c => c.body.includes(':links -->'))
    expect(comment).toBeDefined()
    for (const body of [comment!.body, run.summary]) {
      const hosts = linkHosts(body)
      expect(hosts).toContain('github.com')
      expect([...new Set(hosts)].sort()).toEqual(ALLOWED_HOSTS)
      expect(body).not.toContain('evil.example')
      // Said in so many words, linking the pull request's run from the event.
      expect(body).toContain(
        `the [pull request’s workflow run](${FORK_RUN}), which ran the pull request’s code`
      )
      expect(body).toContain('did not read Azure itself')
    }
    expect(comment!.body).toContain(`[job summary of this run](${THIS_RUN})`)
    expect(run.summary).toContain(`[Workflow run](${THIS_RUN})`)
  })
})
