/** The estate report (pure): verdict across workspaces, section cells, summary size, merge of saved reports. */
import { describe, expect, it } from '@jest/globals'
import { ConfigurationError } from '../../src/model/errors.js'
import { addSavedReport, mergeSavedReports, type SavedReports } from '../../src/estate/merge.js'
import {
  buildEstateReport,
  buildEstateSarif,
  renderEstateJson,
  renderEstateSummary,
  sectionCell,
  type EstateWorkspaceError
} from '../../src/estate/report.js'
import type { Report } from '../../src/report/model.js'
import type { Snapshot } from '../../src/model/snapshot.js'
import { secureSnapshot, withWorkspace } from '../checks/fixtures.js'
import { HOSTILE, reportFor } from '../report/report-fixture.js'
import { MOE_06 } from '../../src/evaluate/checks/managed-endpoints.js'

function named(
  snapshot: Snapshot,
  name: string,
  subscription = snapshot.target.subscriptionId
): Snapshot {
  const workspaceId = `/subscriptions/${subscription}/resourceGroups/rg-${name}/providers/Microsoft.MachineLearningServices/workspaces/${name}`
  return {
    ...snapshot,
    workspace: snapshot.workspace.ok
      ? { ok: true, value: { ...snapshot.workspace.value, id: workspaceId, name } }
      : snapshot.workspace,
    target: {
      subscriptionId: subscription,
      resourceGroup: `rg-${name}`,
      workspaceName: name,
      workspaceId
    }
  }
}

const secured = (name: string): Report =>
  reportFor(named(secureSnapshot(), name), { mode: 'categories', categories: ['isolation'] })
const open = (name: string): Report =>
  reportFor(named(withWorkspace({ publicNetworkAccess: 'Enabled' }), name), {
    mode: 'categories',
    categories: ['isolation']
  })
const meta = {
  version: '1.2.3',
  scope: 'subscription:s1,s2',
  failOn: 'isolation',
  generatedAt: '2026-01-15T10:02:00.000Z'
}

const broken: EstateWorkspaceError = {
  workspaceId:
    '/subscriptions/s2/resourceGroups/rg-gone/providers/Microsoft.MachineLearningServices/workspaces/gone',
  subscriptionId: 's2',
  resourceGroup: 'rg-gone',
  workspaceName: 'gone',
  reason: "Resource group 'rg-gone' was not found.",
  failsGate: true
}

describe('estate verdict', () => {
  it('fails when any workspace trips its gate or could not be evaluated, and names them', () => {
    const report = buildEstateReport([secured('ws-b'), open('ws-a')], [broken], meta)
    expect(report.workspaces.map(w => w.target.workspaceName)).toEqual(['ws-a', 'ws-b'])
    expect(report.verdict).toMatchObject({
      failed: true,
      failedCheckIds: ['NET-01'],
      counts: { workspaces: 3, failing: 2, withFindings: 1, errors: 1 },
      headline: '2 of 3 workspaces fail the gate: ws-a, gone'
    })
  })

  it('passes when every workspace passes, and says when nothing was found', () => {
    expect(buildEstateReport([secured('ws-a')], [], meta).verdict.headline).toBe(
      'All 1 workspace pass'
    )
    expect(buildEstateReport([], [], meta).verdict).toMatchObject({
      failed: false,
      headline: 'No Machine Learning workspace found in scope'
    })
  })
})

describe('estate summary', () => {
  it('draws a notice-severity fail as advice, not as a failure', () => {
    const advice = reportFor(
      withWorkspace({ managedNetwork: { isolationMode: 'AllowInternetOutbound' } }),
      { mode: 'any' },
      null,
      [MOE_06]
    )
    expect(sectionCell(advice, 'managed-endpoints')).toBe('💡 1 advice')
  })

  it('shows the worst outcome per section, and every workspace folded', () => {
    const report = buildEstateReport([secured('ws-b'), open('ws-a')], [broken], meta)
    expect(sectionCell(report.workspaces[0]!, 'prerequisites')).toBe('❌ 1 fail')
    expect(sectionCell(report.workspaces[1]!, 'prerequisites')).toBe('✅ pass')
    expect(sectionCell(report.workspaces[1]!, 'outbound')).toBe('—')
    const summary = renderEstateSummary(report)
    expect(summary).toContain(
      '## ❌ aml-inference-guard estate: 2 of 3 workspaces fail the gate: ws-a, gone'
    )
    expect(summary).toContain('| <code>ws-a</code> | rg-ws-a |')
    expect(summary).toContain('⚠️ not evaluated (fails the gate)')
    expect(summary).toContain("Resource group 'rg-gone' was not found.")
    expect(summary.match(/<details>/g)).toHaveLength(2)
  })

  it('escapes names from Azure', () => {
    const hostile = open('ws-x')
    hostile.target = { ...hostile.target, resourceGroup: HOSTILE.html }
    const summary = renderEstateSummary(buildEstateReport([hostile], [], meta))
    expect(summary).not.toContain('<img')
    expect(summary).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('stays within the byte budget with many workspaces, each shrunk like a single summary', () => {
    const many = Array.from({ length: 40 }, (_, i) => open(`ws-${String(i).padStart(2, '0')}`))
    const report = buildEstateReport(many, [], meta)
    const full = renderEstateSummary(report)
    const small = renderEstateSummary(report, { maxBytes: 60_000 })
    expect(Buffer.byteLength(small)).toBeLessThanOrEqual(60_000)
    expect(Buffer.byteLength(full)).toBeGreaterThan(60_000)
    expect(small.match(/<details>/g)).toHaveLength(40)
  })
})

describe('estate SARIF', () => {
  it('is one run with the findings of every workspace', () => {
    const sarif = buildEstateSarif(
      buildEstateReport([open('ws-a'), open('ws-b'), secured('ws-c')], [], meta)
    )
    expect(sarif.runs).toHaveLength(1)
    const ids = sarif.runs[0]!.results.map(
      r => r.locations[0]!.logicalLocations[0]!.fullyQualifiedName
    )
    expect(ids.filter(id => id.endsWith('/ws-a'))).not.toHaveLength(0)
    expect(ids.filter(id => id.endsWith('/ws-b'))).not.toHaveLength(0)
    expect(ids.filter(id => id.endsWith('/ws-c'))).toHaveLength(0)
  })
})

describe('merge of saved reports', () => {
  const empty = (): SavedReports => ({
    workspaces: [],
    errors: [],
    scopes: [],
    failOns: [],
    sources: []
  })

  it('reads estate and single reports, keeps each workspace once (the newest), recomputes the verdict', () => {
    const saved = empty()
    const first = buildEstateReport([open('ws-a'), secured('ws-b')], [], {
      ...meta,
      scope: 'subscription:s1'
    })
    const later = { ...secured('ws-a'), generatedAt: '2026-01-16T00:00:00.000Z' }
    addSavedReport(saved, 'a/estate-report.json', renderEstateJson(first))
    addSavedReport(saved, 'b/report-ws-a.json', JSON.stringify(later))
    const merged = mergeSavedReports(saved, '2026-01-16T01:00:00.000Z')
    expect(merged.workspaces.map(w => w.target.workspaceName)).toEqual(['ws-a', 'ws-b'])
    expect(merged.verdict.failed).toBe(false)
    expect(merged.scope).toBe(`subscription:s1 + workspace:${later.target.workspaceId}`)
    expect(merged.failOn).toBe('isolation')
  })

  it('refuses a file that is not a report, naming the file and the problem', () => {
    const attempt = (text: string): string => {
      try {
        addSavedReport(empty(), 'x.json', text)
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError)
        return (error as Error).message
      }
      throw new Error('expected a ConfigurationError')
    }
    expect(attempt('not json')).toMatch(/^`merge-reports`: "x.json" is not JSON/)
    expect(attempt('{"kind":"estate","schemaVersion":2}')).toContain('schemaVersion is 2')
    expect(
      attempt(
        renderEstateJson({
          ...buildEstateReport([], [], meta),
          errors: [{ workspaceId: 1 }] as never
        })
      )
    ).toContain('errors[0] is not')
    expect(attempt('{"schemaVersion":1}')).toContain('is not an aml-inference-guard report')
  })
})
