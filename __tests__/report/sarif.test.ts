import { describe, expect, it } from '@jest/globals'
import { CHECKS } from '../../src/evaluate/checks/catalog.js'
import { resultKey } from '../../src/report/iac.js'
import {
  FINGERPRINT_KEY,
  buildSarif,
  renderSarif,
  resourcePath,
  workflowFileFromRef,
  type SarifLog
} from '../../src/report/sarif.js'
import { failed, ok, onlineEndpoint, secureSnapshot, withWorkspace } from '../checks/fixtures.js'
import { reportFor } from './report-fixture.js'
import { sarifValidator } from './schemas.js'

const validate = sarifValidator()

function expectValid(log: unknown): void {
  const valid = validate(log)
  expect(validate.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

const publicReport = (): ReturnType<typeof reportFor> =>
  reportFor(
    withWorkspace(
      { publicNetworkAccess: 'Enabled' },
      { onlineEndpoints: ok([onlineEndpoint('ep-a', { publicNetworkAccess: 'Enabled' })]) }
    ),
    { mode: 'any' },
    null,
    CHECKS
  )

describe('buildSarif', () => {
  it('is valid SARIF 2.1.0 with the whole catalog as rules', () => {
    const log = buildSarif(publicReport(), { fallbackFile: '.github/workflows/guard.yml' })
    expectValid(log)
    const run = log.runs[0]!
    expect(log.version).toBe('2.1.0')
    expect(run.tool.driver.name).toBe('aml-inference-guard')
    expect(run.tool.driver.version).toBe('1.2.3')
    expect(run.tool.driver.rules.map(r => r.id)).toEqual(CHECKS.map(c => c.id))
    const net01 = run.tool.driver.rules[0]!
    expect(net01.shortDescription.text).toBe('Workspace inbound access is private')
    expect(net01.fullDescription.text).toBe(CHECKS[0]!.rationale)
    expect(net01.help.markdown).toContain('--public-network-access Disabled')
    expect(net01.helpUri).toMatch(/^https:\/\/learn\.microsoft\.com\//)
    expect(net01.properties.tags).toEqual(expect.arrayContaining(['security', 'isolation']))
    expect(net01.defaultConfiguration.level).toBe('error')
    const moe06 = run.tool.driver.rules.find(r => r.id === 'MOE-06')!
    expect(moe06.defaultConfiguration.level).toBe('note')
  })

  it('gives a result per failed result, with a logical location and a physical fallback', () => {
    const report = publicReport()
    const log = buildSarif(report, { fallbackFile: '.github/workflows/guard.yml' })
    const results = log.runs[0]!.results
    const fails = report.results.filter(r => r.outcome === 'fail')
    expect(results).toHaveLength(fails.length)
    const net01 = results.find(r => r.ruleId === 'NET-01')!
    expect(net01.level).toBe('error')
    expect(log.runs[0]!.tool.driver.rules[net01.ruleIndex!]!.id).toBe('NET-01')
    expect(net01.message.text).toContain('NET-01 fails for testworkspace')
    const [location] = net01.locations
    expect(location!.logicalLocations[0]).toEqual({
      name: 'testworkspace',
      fullyQualifiedName: report.target.workspaceId,
      kind: 'resource'
    })
    expect(location!.physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/guard.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 }
    })
    const moe03 = results.find(r => r.ruleId === 'MOE-03')!
    expect(moe03.locations[0]!.logicalLocations[0]!.name).toBe('ep-a')
  })

  // GitHub's "SARIF support for code scanning"
  // (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning):
  // every result needs `locations[]` with at least one location, and a
  // `physicalLocation.artifactLocation.uri` that is "usually a file either in the
  // repository or generated during a build"; a rule `id`, a result `message.text`.
  it('gives every result a location GitHub accepts when no file is known (the CLI)', () => {
    const report = publicReport()
    const log = buildSarif(report)
    expectValid(log)
    const results = log.runs[0]!.results
    expect(results.length).toBe(report.results.filter(r => r.outcome === 'fail').length)
    for (const r of results) {
      expect(r.ruleId).toMatch(/^[A-Z]+-\d+$/)
      expect(r.message.text).not.toBe('')
      expect(r.locations.length).toBeGreaterThanOrEqual(1)
      const uri = r.locations[0]!.physicalLocation.artifactLocation.uri
      // Relative (no leading slash, no scheme), lower-case: the same path on every run.
      expect(uri).toMatch(/^subscriptions\/[0-9a-f-]+\/resourcegroups\/[^/]+\/providers\//)
      expect(uri).toBe(uri.toLowerCase())
      expect(r.locations[0]!.physicalLocation.region.startLine).toBe(1)
    }
    const net01 = results.find(r => r.ruleId === 'NET-01')!
    expect(net01.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      report.target.workspaceId.toLowerCase().slice(1)
    )
  })

  it('encodes a resource name that is not a plain URI segment', () => {
    expect(resourcePath('/subscriptions/S/resourceGroups/RG/providers/X.Y/z/a b#c%')).toBe(
      'subscriptions/s/resourcegroups/rg/providers/x.y/z/a%20b%23c%25'
    )
  })

  it('points at the iac-files line when one sets the property', () => {
    const report = publicReport()
    const net01 = report.results.find(r => r.checkId === 'NET-01' && r.outcome === 'fail')!
    const locations = new Map([
      [resultKey(net01), { path: 'infra/main.bicep', line: 12, property: 'publicNetworkAccess' }]
    ])
    const log = buildSarif(report, { locations, fallbackFile: '.github/workflows/guard.yml' })
    expectValid(log)
    const result = log.runs[0]!.results.find(r => r.ruleId === 'NET-01')!
    expect(result.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/main.bicep', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12 }
    })
  })

  it('reports unknown results as warnings that say unknown', () => {
    const report = reportFor(secureSnapshot({ workspace: failed(403) }))
    const log = buildSarif(report)
    expectValid(log)
    const results = log.runs[0]!.results
    expect(results.length).toBeGreaterThan(0)
    for (const r of results) {
      expect(r.level).toBe('warning')
      expect(r.message.text).toContain('(unknown)')
      expect(r.properties.outcome).toBe('unknown')
    }
  })

  it('has fingerprints stable across runs and resource-id case', () => {
    const a = buildSarif(publicReport()).runs[0]!.results
    const upper = publicReport()
    for (const r of upper.results) r.resource = { ...r.resource, id: r.resource.id.toUpperCase() }
    const b = buildSarif(upper).runs[0]!.results
    expect(a.map(r => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(
      b.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    )
    const prints = a.map(r => r.partialFingerprints[FINGERPRINT_KEY])
    expect(new Set(prints).size).toBe(prints.length)
  })

  it('is valid with no findings', () => {
    const log = JSON.parse(renderSarif(reportFor(secureSnapshot()))) as SarifLog
    expectValid(log)
    expect(log.runs[0]!.results).toEqual([])
  })

  it('reads the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(
      workflowFileFromRef('octo-org/octo-repo/.github/workflows/guard.yml@refs/pull/42/merge')
    ).toBe('.github/workflows/guard.yml')
    expect(workflowFileFromRef(undefined)).toBeUndefined()
  })
})
