import { describe, expect, it } from '@jest/globals'
import {
  COMMENT_MAX_LENGTH,
  commentMarker,
  comparableCommentBody,
  renderComment
} from '../../src/report/comment.js'
import { renderSummary } from '../../src/report/summary.js'
import {
  WORKSPACE_ID,
  ok,
  onlineEndpoint,
  secureSnapshot,
  withWorkspace
} from '../checks/fixtures.js'
import { HOSTILE, RUN_URL, reportFor } from './report-fixture.js'

const occurrences = (haystack: string, needle: string): number => haystack.split(needle).length - 1

/** The markdown outside fenced command blocks (where HTML and mentions are inert). */
const withoutCommandBlocks = (markdown: string): string =>
  markdown.replace(/^(`{3,})sh\n[\s\S]*?\n\1$/gm, '')

describe('commentMarker', () => {
  it('is a hidden HTML comment with the lower-cased workspace id', () => {
    expect(commentMarker(WORKSPACE_ID)).toBe(
      `<!-- aml-inference-guard:${WORKSPACE_ID.toLowerCase()} -->`
    )
  })

  it('cannot be closed early or nested by a hostile id', () => {
    const marker = commentMarker('/subscriptions/x/resourceGroups/rg--><script>/ws-- -->')
    expect(occurrences(marker, '-->')).toBe(1)
    expect(occurrences(marker, '--')).toBe(2)
    expect(marker.slice(4, -3)).not.toMatch(/[<>]/)
  })

  it('adds a sanitised comment-header, so each header keeps its own comment', () => {
    const plain = commentMarker(WORKSPACE_ID)
    const staging = commentMarker(WORKSPACE_ID, 'Staging --> <b>')
    expect(staging).toBe(
      `<!-- aml-inference-guard:${WORKSPACE_ID.toLowerCase()}:staging_-___b_ -->`
    )
    expect(occurrences(staging, '-->')).toBe(1)
    // Neither marker is found inside a comment carrying the other.
    expect(staging.includes(plain)).toBe(false)
    expect(plain.includes(staging)).toBe(false)
    expect(commentMarker(WORKSPACE_ID, '  ')).toBe(plain)
  })
})

describe('renderComment', () => {
  const failingSnapshot = withWorkspace(
    { publicNetworkAccess: 'Enabled' },
    {
      onlineEndpoints: ok([
        onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' }),
        onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' })
      ])
    }
  )
  const failing = reportFor(failingSnapshot)
  const marker = commentMarker(failing.target.workspaceId)
  const body = renderComment(failing, { marker, runUrl: RUN_URL })

  it('starts with the marker, then the verdict headline and target', () => {
    const lines = body.split('\n')
    expect(lines[0]).toBe(marker)
    expect(lines[1]).toBe(
      '### ❌ aml-inference-guard: 2 checks fail — inference environment not isolated'
    )
    expect(body).toContain('**Target:** workspace <code>testworkspace</code>')
  })

  it('lists failed results in section tables with fixes folded in <details>', () => {
    expect(body).toContain('#### Prerequisites')
    expect(body).toContain('#### Secure managed online endpoints')
    expect(body).toMatch(
      /\| \[NET-01\]\([^)]*\) Workspace inbound access is private \| <code>testworkspace<\/code> \| ❌ fail \|/
    )
    expect(body).toMatch(/\| <code>ep-public<\/code> \| ❌ fail \|/)
    // Two fixes per section: shown open, so the commands are in view.
    expect(body).toContain('<details open><summary>How to fix</summary>')
    // The command to copy names this endpoint, workspace and resource group (wrapped at its options).
    expect(body).toContain(
      '```sh\naz ml online-endpoint update \\\n  --name ep-public \\\n  --resource-group workspace-1234 \\\n  --workspace-name testworkspace \\\n  --set public_network_access=disabled\n```'
    )
  })

  it('folds passing checks into one <details> block, outside the tables', () => {
    const passing = body.slice(body.indexOf('<details><summary>✅ 2 passing</summary>'))
    expect(passing).toContain('NET-02')
    expect(passing).toContain('ep-private')
    expect(body).not.toMatch(/\| <code>ep-private<\/code> \|/)
  })

  it('links the run and ends with the footer', () => {
    expect(body).toContain(`Full report: the [job summary of this run](${RUN_URL}).`)
    expect(body.trimEnd().split('\n').pop()).toMatch(/^<sub>aml-inference-guard 1\.2\.3 · /)
  })

  it('shows all-pass reports briefly', () => {
    const clean = renderComment(reportFor(secureSnapshot()), { marker })
    expect(clean).toContain('### ✅ aml-inference-guard: All 3 checks pass')
    expect(clean).not.toContain('####')
    expect(clean).toContain('<details><summary>✅ 3 passing</summary>')
  })

  it('contains the marker exactly once even when names quote it', () => {
    const hostile = reportFor(
      secureSnapshot({
        onlineEndpoints: ok(
          [...Object.values(HOSTILE), marker].map(n =>
            onlineEndpoint(n, { publicNetworkAccess: 'Enabled' })
          )
        )
      })
    )
    const out = renderComment(hostile, { marker })
    expect(occurrences(out, marker)).toBe(1)
    expect(occurrences(out, '-->')).toBe(1)
    // Inside the fenced commands to copy, HTML and mentions are shown as text, never run.
    const prose = withoutCommandBlocks(out)
    expect(prose).not.toContain('<img')
    expect(prose).not.toMatch(/@[a-z]/i)
  })

  describe('size limit', () => {
    // 300 failing endpoints with long names: the full rendering is far over GitHub's limit.
    const big = reportFor(
      secureSnapshot({
        onlineEndpoints: ok(
          Array.from({ length: 300 }, (_, i) =>
            onlineEndpoint(`endpoint-${String(i).padStart(3, '0')}-${'x'.repeat(200)}`, {
              publicNetworkAccess: 'Enabled'
            })
          )
        )
      })
    )

    it('the 300-endpoint report really is too big for a comment in full', () => {
      expect(renderSummary(big).length).toBeGreaterThan(COMMENT_MAX_LENGTH)
    })

    it('shrinks to failed checks only and says what was left out and where the full report is', () => {
      const out = renderComment(big, { marker, runUrl: RUN_URL })
      expect(out.length).toBeLessThanOrEqual(COMMENT_MAX_LENGTH)
      expect(out.startsWith(marker)).toBe(true)
      expect(out).toContain('### ❌ aml-inference-guard: 1 check fails')
      expect(out).toMatch(
        /\| \[MOE-03\]\([^)]*\) Managed online endpoints are not reachable from the public internet \| 300 fail \| endpoint-000-x+, endpoint-001-x+, endpoint-002-x+ and 297 more \|/
      )
      expect(out).toContain('Only checks with a fail, unknown or advice result are listed')
      expect(out).toContain(`[job summary of this run](${RUN_URL})`)
      expect(out).not.toContain('<details>')
    })

    it('drops the <details> blocks first when that is enough', () => {
      const noRunLink = reportFor(failingSnapshot, { mode: 'any' }, null)
      const full = renderComment(noRunLink, { marker })
      const out = renderComment(noRunLink, { marker, maxLength: full.length - 1 })
      expect(out.length).toBeLessThan(full.length)
      expect(out).not.toContain('<details>')
      expect(out).toMatch(/\| <code>ep-public<\/code> \| ❌ fail \|/)
      expect(out).toContain('Fix instructions and the list of passing checks were left out')
      expect(out).toContain('the job summary of this workflow run')
    })

    it('cuts as a last resort and still says so', () => {
      const out = renderComment(big, { marker, maxLength: 700 })
      expect(out.length).toBeLessThanOrEqual(700)
      expect(out.startsWith(marker)).toBe(true)
      expect(out).toContain("This comment was cut to fit GitHub's size limit")
    })
  })
})

describe('comparableCommentBody', () => {
  it('ignores the read time and run links, and nothing else', () => {
    const a =
      'x\n[job summary](https://github.com/o/r/actions/runs/111/attempts/2)\n<sub>aml-inference-guard 0.1.0 · Azure read at 2026-11-24T00:22:25.766Z</sub>'
    const b =
      'x\n[job summary](https://github.com/o/r/actions/runs/222)\n<sub>aml-inference-guard 0.1.0 · Azure read at 2026-11-25T10:00:00.000Z</sub>'
    expect(comparableCommentBody(a)).toBe(comparableCommentBody(b))
    expect(comparableCommentBody(a.replace('x', 'y'))).not.toBe(comparableCommentBody(b))
  })
})
