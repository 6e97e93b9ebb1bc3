/**
 * Machine-readable outputs and annotations end to end: SARIF written and
 * schema-valid, the JSON report valid against schemas/report.schema.json,
 * annotations on an `iac-files` line, and the per-step annotation cap.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runAction } from '../../emulator/run-action.js'
import { getScenario, onlineEndpoint } from '../../emulator/scenarios/index.js'
import { reportValidator, sarifValidator } from '../report/schemas.js'

const BICEP = `param location string = resourceGroup().location

resource ws 'Microsoft.MachineLearningServices/workspaces@2024-10-01' = {
  name: 'ml-ws'
  location: location
  properties: {
    publicNetworkAccess: 'Enabled'
    allowPublicAccessWhenBehindVnet: true
    managedNetwork: {
      isolationMode: 'Disabled'
    }
  }
}

resource ep 'Microsoft.MachineLearningServices/workspaces/onlineEndpoints@2024-10-01' = {
  parent: ws
  name: 'credit-scoring'
  location: location
  properties: {
    authMode: 'Key'
    publicNetworkAccess: 'Enabled'
  }
}
`

describe('sarif-file, report-file and iac-files on a public workspace', () => {
  it('writes valid SARIF and a valid JSON report, and annotates the Bicep lines', async () => {
    const run = await runAction({
      scenario: 'public',
      inputs: {
        'fail-on': 'none',
        'sarif-file': 'out/guard.sarif',
        'iac-files': 'infra/**/*.bicep'
      },
      workspaceFiles: { 'infra/main.bicep': BICEP },
      keepRunDir: true
    })
    try {
      expect(run.exitCode).toBe(0)
      const sarifPath = path.join(run.runDir, 'workspace', 'out', 'guard.sarif')
      const sarif = JSON.parse(fs.readFileSync(sarifPath, 'utf8')) as {
        runs: Array<{
          results: Array<{
            ruleId: string
            locations: Array<{
              physicalLocation?: {
                artifactLocation: { uri: string }
                region: { startLine: number }
              }
            }>
          }>
        }>
      }
      const validateSarif = sarifValidator()
      expect(validateSarif(sarif)).toBe(true)
      expect(validateSarif.errors ?? []).toEqual([])

      const results = sarif.runs[0]!.results
      const net01 = results.find(r => r.ruleId === 'NET-01')!
      expect(net01.locations[0]!.physicalLocation).toMatchObject({
        artifactLocation: { uri: 'infra/main.bicep' },
        region: { startLine: 7 }
      })
      // Every result has a physical location (code scanning needs one): the workflow file otherwise.
      for (const r of results) expect(r.locations[0]!.physicalLocation).toBeDefined()
      expect(
        results.some(
          r =>
            r.locations[0]!.physicalLocation?.artifactLocation.uri ===
            '.github/workflows/aml-guard.yml'
        )
      ).toBe(true)

      const validateReport = reportValidator()
      expect(validateReport(JSON.parse(run.report!))).toBe(true)
      expect(validateReport.errors ?? []).toEqual([])

      expect(run.annotations).toContainEqual(
        expect.objectContaining({
          level: 'error',
          file: 'infra/main.bicep',
          line: 7,
          title: 'NET-01: Workspace inbound access is private'
        })
      )
      const moe03 = run.annotations.find(a => a.title?.startsWith('MOE-03'))
      expect(moe03).toMatchObject({ file: 'infra/main.bicep', line: 21 })
      const moe01 = run.annotations.find(a => a.title?.startsWith('MOE-01'))
      expect(moe01).toMatchObject({ file: 'infra/main.bicep', line: 10 })
    } finally {
      fs.rmSync(run.runDir, { recursive: true, force: true })
    }
  })
})

describe('annotation cap', () => {
  it('shows at most 10 errors per step and says how many more are in the summary', async () => {
    const scenario = getScenario('public')
    const existing = scenario.resources.find(r => r.id.includes('/onlineEndpoints/'))!
    const workspaceId = existing.id.slice(0, existing.id.indexOf('/onlineEndpoints/'))
    for (let i = 1; i <= 24; i++) {
      scenario.resources.push(
        onlineEndpoint({ workspaceId, name: `public-ep-${i}`, publicNetworkAccess: 'Enabled' })
      )
    }
    const run = await runAction({ scenario, inputs: { 'fail-on': 'isolation' } })
    expect(run.exitCode).toBe(1)
    const errors = run.annotations.filter(a => a.level === 'error')
    const warnings = run.annotations.filter(a => a.level === 'warning')
    const notices = run.annotations.filter(a => a.level === 'notice')
    expect(errors.length).toBeLessThanOrEqual(10)
    expect(warnings.length).toBeLessThanOrEqual(10)
    expect(notices.length).toBeLessThanOrEqual(10)
    // The setFailed message is one of the 10 errors and is never the one dropped.
    expect(errors.some(a => a.message.startsWith('Inference environment check failed'))).toBe(true)
    const note = run.annotations.find(a =>
      /more findings? not shown as annotations/.test(a.title ?? '')
    )
    expect(note).toBeDefined()
    expect(note!.message).toContain('job summary')
    // ...and the summary has every one of them.
    for (let i = 1; i <= 24; i++) expect(run.summary).toContain(`public-ep-${i}`)
  })
})
