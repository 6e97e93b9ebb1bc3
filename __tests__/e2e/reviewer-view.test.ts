/**
 * End-to-end: the pull request comment a reviewer reads, for the four cases the
 * screenshots in docs/screenshots show (scripts/screenshot-pages.ts CASES, so the
 * pictures and these assertions are about the same runs): every check passes, one
 * check fails, one refused read blocks five checks, a workspace with 200 endpoints.
 * What must hold: the tool's own markup is not escaped, a shared cause is named once
 * with its fix, and the commands to copy carry the real names.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { NET_RG, SUBSCRIPTION_ID } from '../../emulator/scenarios/builders.js'
import { CASES } from '../../scripts/screenshot-pages.js'

const MARKER = '<!-- aml-inference-guard:'
const FENCED = /^(`{3,})sh\n([\s\S]*?)\n\1$/gm

function caseNamed(slug: string): (typeof CASES)[number] {
  const found = CASES.find(c => c.slug === slug)
  if (!found) throw new Error(`no screenshot case ${slug}`)
  return found
}

async function commentOf(slug: string): Promise<{ run: ActionRun; body: string }> {
  const c = caseNamed(slug)
  const run = await runAction({ scenario: c.scenario, inputs: c.inputs, timeoutMs: 120_000 })
  const body = run.comments.filter(x => x.body.includes(MARKER)).at(-1)?.body ?? ''
  expect(body).not.toBe('')
  return { run, body }
}

/** The commands in the fenced blocks, each continuation (` \` + newline) joined back into one line. */
function commands(body: string): string[] {
  return [...body.matchAll(FENCED)].flatMap(m => (m[2] ?? '').replace(/ \\\n\s+/g, ' ').split('\n'))
}

const prose = (body: string): string => body.replace(FENCED, '')

function expectNoEscapedOwnMarkup(body: string): void {
  // No run here has a hostile name: a backslash before a backtick can only be our markup escaped.
  expect(prose(body)).not.toContain('\\`')
  expect(body).toContain('<code>route: auto</code>')
  expect(body.length).toBeLessThanOrEqual(65_536)
}

describe('what a reviewer reads in the pull request comment', () => {
  describe('every check passes', () => {
    let body: string
    beforeAll(async () => {
      ;({ body } = await commentOf('all-pass'))
    }, 150_000)

    it('says so first, with nothing to fix and no cause', () => {
      expect(body.split('\n')[1]).toMatch(/^### ✅ aml-inference-guard: All \d+ checks pass/)
      expect(body).not.toContain('Cause')
      expect(body).not.toContain('How to fix')
      expectNoEscapedOwnMarkup(body)
    })
  })

  describe('one check fails', () => {
    let body: string
    beforeAll(async () => {
      ;({ body } = await commentOf('one-fail'))
    }, 150_000)

    it('shows the one failing row and, under it, commands with the real names to copy', () => {
      expectNoEscapedOwnMarkup(body)
      const failing = body.split('\n').filter(l => l.startsWith('| ') && l.includes('❌ fail'))
      expect(failing).toHaveLength(1)
      expect(failing[0]).toContain('[RBAC-01]')
      expect(body).toContain('<details open><summary>How to fix</summary>')
      const copy = commands(body)
      expect(copy.length).toBeGreaterThan(0)
      expect(copy.join('\n')).toContain(`/subscriptions/${SUBSCRIPTION_ID}`)
      // A placeholder only where a name cannot be known, and then the comment says which.
      for (const command of copy) expect(command).not.toMatch(/<(?!client-id>)[a-z-]+>/)
    })
  })

  describe('a refused read blocks five checks', () => {
    let run: ActionRun
    let body: string
    beforeAll(async () => {
      ;({ run, body } = await commentOf('refused-read'))
    }, 150_000)

    it('names the cause once, before the tables, with the grant that fixes it and the checks it blocks', () => {
      expectNoEscapedOwnMarkup(body)
      const lines = body.split('\n')
      const causes = lines.filter(l => l.startsWith('#### ⚠️ Cause'))
      expect(causes).toEqual(['#### ⚠️ Cause: blocks 5 checks'])
      const what = lines[lines.indexOf(causes[0]!) + 2]
      expect(what).toContain(`resource group <code>${NET_RG}</code>`)
      expect(what).toContain('HTTP 403 AuthorizationFailed')
      expect(body.indexOf('#### ⚠️ Cause')).toBeLessThan(body.indexOf('| Check |'))
      expect(commands(body)).toContain(
        `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${SUBSCRIPTION_ID}/resourceGroups/${NET_RG}`
      )
      // The placeholder is said: where its value comes from.
      expect(prose(body)).toContain(
        '<code>&lt;client-id&gt;</code> is the <code>client-id</code> input'
      )
    })

    it('points each blocked row at the cause instead of repeating Azure’s error, which is folded once', () => {
      const rows = body.split('\n').filter(l => l.startsWith('| ') && l.includes('⚠️ unknown'))
      expect(rows).toHaveLength(5)
      for (const row of rows) {
        expect(row).toContain('**See the cause above.**')
        expect(row).not.toContain('does not have authorization')
      }
      expect(body.match(/<summary>What Azure answered<\/summary>/g)).toHaveLength(1)
      // The JSON report keeps Azure's own words with the cause, for whoever needs them.
      const report = JSON.parse(run.report ?? '{}') as {
        results: Array<{ outcome: string; cause?: { raw?: string } }>
      }
      const unknown = report.results.filter(r => r.outcome === 'unknown')
      expect(unknown.every(r => (r.cause?.raw ?? '') !== '')).toBe(true)
    })
  })

  describe('a workspace with 200 endpoints', () => {
    let body: string
    beforeAll(async () => {
      ;({ body } = await commentOf('200-endpoints'))
    }, 150_000)

    it('fits GitHub’s limit, keeps its own markup, and copies real names', () => {
      expectNoEscapedOwnMarkup(body)
      for (const command of commands(body)) expect(command).not.toMatch(/<(?!client-id>)[a-z-]+>/)
      // At most ten causes in full; any more are counted and pointed to.
      expect(
        body.split('\n').filter(l => /^#### ⚠️ Cause \d+:/.test(l)).length
      ).toBeLessThanOrEqual(10)
    })
  })
})
