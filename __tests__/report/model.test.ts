import { describe, expect, it } from '@jest/globals'
import { evaluateAll } from '../../src/evaluate/checks/catalog.js'
import { buildReport, renderJsonReport } from '../../src/report/model.js'
import { computeVerdict } from '../../src/evaluate/verdict.js'
import { ok, onlineEndpoint, secureSnapshot, withWorkspace } from '../checks/fixtures.js'
import { reportFor } from './report-fixture.js'

describe('buildReport', () => {
  it('joins each result with its catalog entry and keeps the snapshot facts', () => {
    const report = reportFor(withWorkspace({ publicNetworkAccess: 'Enabled' }))
    expect(report.schemaVersion).toBe(1)
    expect(report.tool).toEqual({ name: 'aml-inference-guard', version: '1.2.3' })
    expect(report.target.workspaceName).toBe('testworkspace')
    expect(report.collectedAt).toBe('2026-01-15T10:00:00.000Z')
    expect(report.apiVersions['Microsoft.Network']).toBe('2024-05-01')
    const net01 = report.results.find(r => r.checkId === 'NET-01')
    expect(net01).toMatchObject({
      outcome: 'fail',
      severity: 'error',
      title: 'Workspace inbound access is private',
      section: 'prerequisites',
      category: 'isolation'
    })
    expect(net01?.fix).toContain('az ml workspace update')
    expect(net01?.docUrl).toMatch(/^https:\/\/learn\.microsoft\.com\//)
    expect(report.verdict.failed).toBe(true)
    expect(report.failOn).toBe('any')
    expect(report.runUrl).toBe('https://github.com/octo/repo/actions/runs/123')
  })

  it('orders results by catalog order, then resource id, whatever order they arrive in', () => {
    const snapshot = secureSnapshot({
      onlineEndpoints: ok([onlineEndpoint('a'), onlineEndpoint('b')])
    })
    const results = evaluateAll(snapshot).reverse()
    const report = buildReport(snapshot, results, computeVerdict(results, { mode: 'none' }), {
      version: '0',
      failOn: 'none'
    })
    const foundation = report.results.filter(r =>
      ['NET-01', 'NET-02', 'MOE-03'].includes(r.checkId)
    )
    expect(foundation.map(r => `${r.checkId}:${r.resource.name}`)).toEqual([
      'NET-01:testworkspace',
      'NET-02:petest01',
      'MOE-03:a',
      'MOE-03:b'
    ])
    expect(report).not.toHaveProperty('runUrl')
  })

  it('renders JSON that parses back to the same report', () => {
    const report = reportFor(secureSnapshot())
    const json = renderJsonReport(report)
    expect(json).toContain('\n  "schemaVersion": 1')
    expect(JSON.parse(json)).toEqual(report)
  })
})
