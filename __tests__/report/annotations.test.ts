import { describe, expect, it } from '@jest/globals'
import { buildAnnotations } from '../../src/report/annotations.js'
import { failed, ok, onlineEndpoint, secureSnapshot, withWorkspace } from '../checks/fixtures.js'
import { HOSTILE, reportFor } from './report-fixture.js'

describe('buildAnnotations', () => {
  it('gives nothing when everything passes or is skipped', () => {
    expect(buildAnnotations(reportFor(secureSnapshot({ onlineEndpoints: ok([]) })))).toEqual([])
  })

  it('gives one annotation per failed result, at the check severity, with why, how and the docs', () => {
    const report = reportFor(
      withWorkspace(
        { publicNetworkAccess: 'Enabled' },
        {
          onlineEndpoints: ok([
            onlineEndpoint('ep-a', { publicNetworkAccess: 'Enabled' }),
            onlineEndpoint('ep-b'),
            onlineEndpoint('ep-c', { publicNetworkAccess: 'Disabled' })
          ])
        }
      )
    )
    const annotations = buildAnnotations(report)
    expect(annotations.map(a => [a.level, a.title])).toEqual([
      ['error', 'NET-01: Workspace inbound access is private'],
      ['error', 'MOE-03: Managed online endpoints are not reachable from the public internet'],
      ['error', 'MOE-03: Managed online endpoints are not reachable from the public internet']
    ])
    expect(annotations[1]?.message).toContain('ep-a has public network access Enabled')
    expect(annotations[1]?.message).toContain('Turn its public network access off.')
    // The command to copy is the result's remedy (MOE-03 no longer writes it into the detail).
    expect(report.results.find(r => r.resource.name === 'ep-a')?.remedy?.commands[0]).toContain(
      'az ml online-endpoint update --name ep-a'
    )
    expect(annotations[1]?.message).toContain(
      'Docs: https://learn.microsoft.com/azure/machine-learning/concept-secure-online-endpoint'
    )
    expect(annotations[2]?.message).toContain('ep-b')
  })

  it('gives a warning per unknown result, marked (unknown)', () => {
    const annotations = buildAnnotations(reportFor(secureSnapshot({ workspace: failed(403) })))
    expect(annotations.map(a => [a.level, a.title])).toEqual([
      ['warning', 'NET-01: Workspace inbound access is private (unknown)'],
      [
        'warning',
        'NET-02: Workspace is reachable through an approved private endpoint in an existing subnet (unknown)'
      ]
    ])
    expect(annotations[0]?.message).toContain('HTTP 403 AuthorizationFailed')
    expect(annotations[0]?.message).toContain('Reader role')
  })

  it('keeps text plain: no markdown escaping', () => {
    const report = reportFor(
      secureSnapshot({
        onlineEndpoints: ok([onlineEndpoint(HOSTILE.pipe, { publicNetworkAccess: 'Enabled' })])
      })
    )
    const [annotation] = buildAnnotations(report)
    expect(annotation?.message).toContain('Managed online endpoint x|y has')
    expect(annotation?.message).not.toContain('\\|')
  })
})
