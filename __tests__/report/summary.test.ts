import { describe, expect, it } from '@jest/globals'
import { renderSummary } from '../../src/report/summary.js'
import { failed, ok, onlineEndpoint, secureSnapshot, withWorkspace } from '../checks/fixtures.js'
import { HOSTILE, reportFor } from './report-fixture.js'

/** Cells of a GFM table row, split on unescaped pipes. */
const cells = (row: string): string[] => row.split(/(?<!\\)\|/).slice(1, -1)
const tableRows = (md: string): string[] =>
  md
    .split('\n')
    .filter(l => l.startsWith('| ') && !l.startsWith('| Check') && !l.startsWith('| ---'))

/** The markdown outside fenced command blocks (where HTML and mentions are inert). */
const withoutCommandBlocks = (markdown: string): string =>
  markdown.replace(/^(`{3,})sh\n[\s\S]*?\n\1$/gm, '')

describe('renderSummary', () => {
  const failing = reportFor(
    withWorkspace(
      { publicNetworkAccess: 'Enabled' },
      {
        onlineEndpoints: ok([
          onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' }),
          onlineEndpoint('ep-public', { publicNetworkAccess: 'Enabled' })
        ]),
        privateEndpoints: {}
      }
    )
  )
  const md = renderSummary(failing)

  it('opens with the verdict headline, then counts and the target', () => {
    const lines = md.split('\n')
    expect(lines[0]).toBe(
      '## ❌ aml-inference-guard: 2 checks fail, 1 unknown — inference environment not isolated'
    )
    expect(md).toContain(
      '**Results:** 1 pass · 2 fail · 0 advice · 1 unknown · 0 skipped · **fail-on:** <code>any</code>'
    )
    expect(md).toContain(
      '**Target:** workspace <code>testworkspace</code> in resource group <code>workspace-1234</code>, subscription <code>00000000-1111-2222-3333-444444444444</code>'
    )
    expect(md).toContain('[Workflow run](https://github.com/octo/repo/actions/runs/123)')
  })

  it('has a table per checklist section, in article order, with failed and unknown rows first', () => {
    const prereq = md.indexOf('### Prerequisites')
    const managed = md.indexOf('### Secure managed online endpoints')
    expect(prereq).toBeGreaterThan(0)
    expect(managed).toBeGreaterThan(prereq)
    expect(md).toContain('| Check | Resource | Result | Detail |')
    const moeRows = tableRows(md.slice(managed))
    expect(moeRows.map(r => cells(r)[1]?.trim())).toEqual([
      '<code>ep-public</code>',
      '<code>ep-private</code>'
    ])
    expect(moeRows[0]).toContain('❌ fail')
    expect(moeRows[1]).toContain('✅ pass')
  })

  it('shows what was found in the table and how to fix it under the table, with the real names', () => {
    const net01 = tableRows(md).find(r => r.includes('[NET-01]'))
    expect(net01).toBeDefined()
    const [check, resource, result, detail] = cells(net01 as string).map(c => c.trim())
    expect(check).toContain('Workspace inbound access is private')
    expect(resource).toBe('<code>testworkspace</code>')
    expect(result).toBe('❌ fail')
    // The property name is our markup, Azure's value a code value: both drawn as code.
    expect(detail).toContain(
      'has <code>publicNetworkAccess</code> <code>Enabled</code>, so it accepts'
    )
    // Four columns: the fix is not a fifth column cut off at the page edge but a block below.
    expect(cells(net01 as string)).toHaveLength(4)
    const prereq = md.slice(md.indexOf('### Prerequisites'), md.indexOf('### Secure managed'))
    const fixes = prereq.slice(prereq.indexOf('<summary>How to fix</summary>'))
    expect(fixes).toContain('Set the workspace public network access to Disabled')
    expect(fixes).toContain(
      '[Docs](https://learn.microsoft.com/azure/machine-learning/how-to-configure-private-link)'
    )
    expect(fixes).toMatch(/```sh\naz ml workspace update /)
    // The real names, not the catalog's placeholders.
    expect(fixes).toContain('--resource-group workspace-1234')
    expect(fixes).not.toContain('&lt;angle brackets&gt;')
    const unknown = tableRows(md).find(r => r.includes('[NET-02]'))
    expect(unknown).toContain('⚠️ unknown')
  })

  it('ends with a footer naming the tool version and the read time', () => {
    expect(md).toContain(
      '<sub>aml-inference-guard 1.2.3 · Azure read at 2026-01-15T10:00:00.000Z · api-versions in the JSON report</sub>'
    )
  })

  it('shows ✅ when everything passes and ⚠️ when problems do not trip the gate', () => {
    expect(renderSummary(reportFor(secureSnapshot())).split('\n')[0]).toBe(
      '## ✅ aml-inference-guard: All 3 checks pass'
    )
    const ungated = reportFor(withWorkspace({ publicNetworkAccess: 'Enabled' }), { mode: 'none' })
    expect(renderSummary(ungated).split('\n')[0]).toBe(
      '## ⚠️ aml-inference-guard: 1 check fails — not gating (fail-on: none)'
    )
  })

  it('escapes hostile names and messages so they cannot break the table or inject HTML or mentions', () => {
    const hostile = reportFor(
      secureSnapshot({
        workspace: failed(403, 'AuthorizationFailed', `${HOSTILE.mention} ${HOSTILE.newline}`),
        onlineEndpoints: ok(
          Object.values(HOSTILE).map(name =>
            onlineEndpoint(name, { publicNetworkAccess: 'Enabled' })
          )
        )
      })
    )
    const out = renderSummary(hostile)
    // Inside the fenced commands to copy, HTML and mentions are shown as text, never run.
    const prose = withoutCommandBlocks(out)
    expect(prose).not.toContain('<img')
    expect(prose).not.toMatch(/@[a-z]/i)
    expect(out).not.toContain('-->')
    expect(out).not.toContain('<!--')
    expect(prose).not.toContain('| injected |')
    for (const row of tableRows(prose)) expect(cells(row)).toHaveLength(4)
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(out).toContain('x\\|y')
  })
})
