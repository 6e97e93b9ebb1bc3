/**
 * One word per result everywhere a user reads it: pass / fail / advice / unknown /
 * skipped. A notice-severity fail (MOE-06: a managed network that allows internet
 * outbound) is advice: it never gates, so no renderer may call it a failure.
 */
import { describe, expect, it } from '@jest/globals'
import { MOE_06 } from '../../src/evaluate/checks/managed-endpoints.js'
import { NET_01, NET_02 } from '../../src/evaluate/checks/prerequisites.js'
import { buildAnnotations } from '../../src/report/annotations.js'
import { commentMarker, renderComment } from '../../src/report/comment.js'
import { renderJsonReport, type Report } from '../../src/report/model.js'
import { buildSarif } from '../../src/report/sarif.js'
import { renderSummary } from '../../src/report/summary.js'
import { renderTerminal } from '../../src/report/terminal.js'
import { failed, withWorkspace } from '../checks/fixtures.js'
import { reportFor } from './report-fixture.js'
import { reportValidator } from './schemas.js'

const CHECKS = [NET_01, NET_02, MOE_06]
const ADVICE_ONLY = withWorkspace({ managedNetwork: { isolationMode: 'AllowInternetOutbound' } })

const tableRow = (md: string, id: string): string =>
  md.split('\n').find(l => l.startsWith('| ') && l.includes(`[${id}]`)) ?? ''

describe('advice (a notice-severity fail) reads as advice, never as a failure', () => {
  const report = reportFor(ADVICE_ONLY, { mode: 'any' }, null, CHECKS)

  it('is advice in the verdict headline and does not fail the gate', () => {
    expect(report.verdict.failed).toBe(false)
    expect(report.verdict.headline).toBe('2 checks pass, 1 advice')
  })

  it('is 💡 advice in the summary and the comment, counted as advice', () => {
    const summary = renderSummary(report)
    expect(summary.split('\n')[0]).toBe('## ✅ aml-inference-guard: 2 checks pass, 1 advice')
    expect(summary).toContain('**Results:** 2 pass · 0 fail · 1 advice · 0 unknown · 0 skipped')
    expect(tableRow(summary, 'MOE-06')).toContain('| 💡 advice |')
    const comment = renderComment(report, { marker: commentMarker(report.target.workspaceId) })
    expect(tableRow(comment, 'MOE-06')).toContain('| 💡 advice |')
    for (const text of [summary, comment]) {
      expect(text).not.toContain('fail (notice)')
      expect(text).not.toMatch(/checks? fails?/)
    }
  })

  it('is a notice annotation titled advice', () => {
    const [annotation] = buildAnnotations(report)
    expect(annotation).toMatchObject({ level: 'notice', title: `MOE-06: ${MOE_06.title} (advice)` })
  })

  it('is advice in the terminal', () => {
    const text = renderTerminal(report, { color: false })
    expect(text).toMatch(/ {2}i advice\s+MOE-06 /)
    expect(text).toContain('Results: 2 pass · 0 fail · 1 advice · 0 unknown · 0 skipped')
    expect(text).not.toContain('fail (notice)')
  })

  it('is a SARIF note whose message and status say advice', () => {
    const [result] = buildSarif(report, { checks: CHECKS }).runs[0]!.results
    expect(result).toMatchObject({ ruleId: 'MOE-06', level: 'note' })
    expect(result!.message.text).toMatch(/^MOE-06 advice for testworkspace: /)
    expect(result!.properties).toMatchObject({ outcome: 'fail', status: 'advice' })
  })

  it('has status advice in the JSON report, with counts per status, valid against the schema', () => {
    const json = JSON.parse(renderJsonReport(report)) as Report
    expect(reportValidator()(json)).toBe(true)
    // `outcome` keeps its meaning, so saved reports stay readable; `status` is added.
    expect(json.results.map(r => [r.checkId, r.outcome, r.status])).toEqual([
      ['NET-01', 'pass', 'pass'],
      ['NET-02', 'pass', 'pass'],
      ['MOE-06', 'fail', 'advice']
    ])
    expect(json.statusCounts).toEqual({
      pass: 2,
      fail: 0,
      advice: 1,
      unknown: 0,
      skipped: 0,
      suppressed: 0
    })
  })

  it('reads the same from a saved report written before `status` existed', () => {
    const old = JSON.parse(renderJsonReport(report)) as Report
    delete old.statusCounts
    for (const r of old.results) delete r.status
    expect(reportValidator()(old)).toBe(true)
    expect(renderSummary(old)).toBe(renderSummary(report))
  })
})

describe('fail, unknown and the headline words', () => {
  it('counts what gates: a gating fail beside advice', () => {
    const report = reportFor(
      withWorkspace({
        publicNetworkAccess: 'Enabled',
        managedNetwork: { isolationMode: 'AllowInternetOutbound' }
      }),
      { mode: 'any' },
      null,
      CHECKS
    )
    const summary = renderSummary(report)
    expect(summary.split('\n')[0]).toBe(
      '## ❌ aml-inference-guard: 1 check fails, 1 advice — inference environment not isolated'
    )
    expect(tableRow(summary, 'NET-01')).toContain('| ❌ fail |')
    expect(summary.indexOf('[NET-01]')).toBeLessThan(summary.indexOf('[MOE-06]'))
  })

  it('shows unknown as ⚠️ unknown, never the pale ❔', () => {
    const report = reportFor(
      withWorkspace({}, { workspace: failed(403) }),
      { mode: 'any' },
      null,
      CHECKS
    )
    const summary = renderSummary(report)
    expect(summary).toContain('| ⚠️ unknown |')
    expect(summary).not.toContain('❔')
  })

  it('says nothing gates with fail-on: none', () => {
    const report = reportFor(withWorkspace({ publicNetworkAccess: 'Enabled' }), { mode: 'none' })
    expect(report.verdict.headline).toBe('1 check fails — not gating (fail-on: none)')
  })
})
