/**
 * Estate scans end to end (docs/estate.md): `scope` over several workspaces in
 * two subscriptions, found and mostly read through the emulator's Azure
 * Resource Graph, one estate report; faults in Resource Graph and in one
 * workspace's reads; `merge-reports` of two per-subscription jobs.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { runAction, type ActionRun, type RunActionOptions } from '../../emulator/run-action.js'
import type { Scenario } from '../../emulator/scenario.js'
import { getScenario, SUBSCRIPTION_ID } from '../../emulator/scenarios/index.js'
import { ESTATE_MANAGEMENT_GROUP, SUBSCRIPTION_B, estate } from '../../emulator/scenarios/estate.js'
import type { EstateReport } from '../../src/estate/report.js'
import { recordFault } from '../reliability/record.js'
import { reportValidator, sarifValidator } from '../report/schemas.js'

const BOTH = `subscription:${SUBSCRIPTION_ID},${SUBSCRIPTION_B}`
const GRAPH_PATH = '/providers/Microsoft.ResourceGraph/resources'
/** Six workspaces: mlw-002 and mlw-005 public, the others secured. */
const sixWorkspaces = (): Scenario => estate(getScenario('secured'), { workspaces: 6 })
/** Six secured workspaces: every check passes or is skipped, so a fallback must give a full report. */
const sixSecured = (): Scenario =>
  estate(getScenario('secured'), { workspaces: 6, publicEvery: Number.MAX_SAFE_INTEGER })

/** An estate run: no single-workspace inputs, on a pull request (to prove no comment is written). */
function runEstate(
  inputs: Record<string, string>,
  options: Omit<RunActionOptions, 'inputs'> = {}
): Promise<ActionRun> {
  return runAction({
    scenario: sixWorkspaces(),
    // Four rows per page: the six workspaces take two pages.
    emulatorOptions: { resourceGraphPageSize: 4 },
    ...options,
    inputs: { 'subscription-id': '', 'resource-group': '', 'workspace-name': '', ...inputs }
  })
}

function estateReport(run: ActionRun): EstateReport {
  expect(run.report).toBeDefined()
  return JSON.parse(run.report!) as EstateReport
}

function byName(report: EstateReport, name: string) {
  const ws = report.workspaces.find(w => w.target.workspaceName === name)
  expect(ws).toBeDefined()
  return ws!
}

function armGets(run: ActionRun): string[] {
  return run.emulator.requests
    .filter(r => r.service === 'arm' && r.method === 'GET')
    .map(r => r.path)
}

describe('scope: subscription:<a>,<b> over six workspaces', () => {
  it('writes the workspaces × sections table and each workspace, fails the gate naming the failing ones, and writes no comment', async () => {
    const run = await runEstate(
      { scope: BOTH, 'fail-on': 'isolation', 'sarif-file': 'out/estate.sarif' },
      { keepRunDir: true }
    )
    try {
      expect(run.exitCode).toBe(1)
      const report = estateReport(run)
      expect(report.kind).toBe('estate')
      expect(report.workspaces.map(w => w.target.workspaceName).sort()).toEqual([
        'mlw-000',
        'mlw-001',
        'mlw-002',
        'mlw-003',
        'mlw-004',
        'mlw-005'
      ])
      const validateReport = reportValidator()
      for (const ws of report.workspaces)
        expect([validateReport(ws), validateReport.errors]).toEqual([true, null])
      expect(report.verdict.failingWorkspaceIds.map(id => id.split('/').pop()).sort()).toEqual([
        'mlw-002',
        'mlw-005'
      ])
      expect(byName(report, 'mlw-000').verdict.headline).toMatch(/^All \d+ checks pass/)
      expect(byName(report, 'mlw-005').target.subscriptionId).toBe(SUBSCRIPTION_B)
      expect(byName(report, 'mlw-002').verdict.failedCheckIds).toEqual(
        expect.arrayContaining(['NET-01', 'NET-02', 'MOE-03'])
      )

      // The gate names each failing workspace with its resource group, subscription and checks.
      const failure = run.annotations.find(a => a.level === 'error' && !a.title)
      expect(failure?.message).toContain('check failed for 2 workspace(s) (fail-on: isolation)')
      expect(failure?.message).toContain(`- mlw-002 (ml-dev, ${SUBSCRIPTION_ID}): NET-01`)
      expect(failure?.message).toContain(`- mlw-005 (ml-research, ${SUBSCRIPTION_B}): NET-01`)
      expect(run.outputs['result']).toBe('fail')
      expect(run.outputs['failed-checks']?.split(',')).toEqual(
        expect.arrayContaining(['NET-01', 'MOE-03'])
      )

      // The table: one row per workspace, a cell per checklist section, then every workspace's details.
      expect(run.summary).toContain(
        '## ❌ aml-inference-guard estate: 2 of 6 workspaces fail the gate: mlw-002, mlw-005'
      )
      expect(run.summary).toContain(
        '| Workspace | Resource group | Subscription | Prerequisites | Secure managed online endpoints |'
      )
      expect(run.summary).toMatch(
        /\| <code>mlw-002<\/code> \| ml-dev \| <code>11111111-[^|]+<\/code> \| ❌ \d+ fail[^|]*\| ❌ \d+ fail \|[^\n]*❌ fails the gate \|/
      )
      expect(run.summary).toMatch(
        /\| <code>mlw-000<\/code> \| ml-prod \| [^\n]*\| ✅ pass \| ✅ pass \| ⏭️ skipped \| ✅ pass \| ✅ pass \|/
      )
      // One folded block per workspace (a workspace summary may fold its own fixes inside).
      expect(run.summary.match(/^<details>$/gm)).toHaveLength(6)
      expect(run.summary).toContain(
        '**Target:** workspace <code>mlw-005</code> in resource group <code>ml-research</code>'
      )

      // No pull-request comment in this mode, even on a pull_request event.
      expect(run.emulator.githubWrites).toEqual([])
      expect(run.comments).toEqual([])

      // Resource Graph: three queries, the workspace query in two pages; workspaces, private
      // endpoints, VNets and subnets were not read again from ARM.
      const graph = run.emulator.requests.filter(r => r.path === GRAPH_PATH)
      expect(graph.every(r => r.method === 'POST' && r.status === 200)).toBe(true)
      expect(report.sources).toMatchObject({ queries: 3, pages: graph.length, fallbacks: [] })
      expect(graph.length).toBeGreaterThanOrEqual(4)
      expect(report.sources!.readsServed).toBeGreaterThan(6)
      const gets = armGets(run)
      expect(gets.filter(p => /\/workspaces\/mlw-\d+$/i.test(p))).toEqual([])
      expect(
        gets.filter(p => /\/(privateEndpoints|virtualNetworks|subnets)\/[^/]+$/i.test(p))
      ).toEqual([])
      // The hub network's RBAC is the same for every workspace: read once per scan.
      expect(
        gets.filter(p =>
          /\/virtualNetworks\/vnet-ml\/providers\/Microsoft\.Authorization\/permissions$/i.test(p)
        )
      ).toHaveLength(1)
      // The private endpoints' subnet only receives: no check judges its NSG, route table or
      // firewall (egressSubnets), so none of them is read.
      expect(
        gets.filter(p =>
          /\/providers\/Microsoft\.Network\/(azureFirewalls|networkSecurityGroups\/[^/]+|routeTables\/[^/]+)$/i.test(
            p
          )
        )
      ).toEqual([])
      expect(report.sources!.readsShared).toBeGreaterThan(0)
      // What Resource Graph lacks still comes from ARM.
      expect(gets.filter(p => /\/workspaces\/mlw-\d+\/onlineEndpoints$/i.test(p))).toHaveLength(6)

      // One SARIF run with the findings of both failing workspaces.
      const sarif = JSON.parse(
        fs.readFileSync(path.join(run.runDir, 'workspace', 'out', 'estate.sarif'), 'utf8')
      ) as {
        runs: Array<{
          results: Array<{
            locations: Array<{ logicalLocations: Array<{ fullyQualifiedName: string }> }>
          }>
        }>
      }
      const validateSarif = sarifValidator()
      expect([validateSarif(sarif), validateSarif.errors]).toEqual([true, null])
      expect(sarif.runs).toHaveLength(1)
      const resources = sarif.runs[0]!.results.map(
        r => r.locations[0]!.logicalLocations[0]!.fullyQualifiedName
      )
      expect(resources.some(id => id.endsWith('/mlw-002'))).toBe(true)
      expect(resources.some(id => id.endsWith('/mlw-005'))).toBe(true)
      expect(resources.some(id => /\/mlw-00[0134]$/.test(id))).toBe(false)
    } finally {
      fs.rmSync(run.runDir, { recursive: true, force: true })
    }
  }, 120_000)

  it('scope: management-group:<id> finds the same workspaces; fail-on none passes', async () => {
    const run = await runEstate({ scope: `management-group:${ESTATE_MANAGEMENT_GROUP}` })
    expect(run.exitCode).toBe(0)
    const report = estateReport(run)
    expect(report.scope).toBe(`management-group:${ESTATE_MANAGEMENT_GROUP}`)
    expect(report.workspaces).toHaveLength(6)
    expect(report.verdict.failed).toBe(false)
    expect(run.outputs['result']).toBe('pass')
    expect(run.summary).toContain('2 of 6 workspaces with findings below the fail-on threshold')
  }, 120_000)
})

describe('estate faults', () => {
  it('Resource Graph refuses every query (403): workspaces are listed and read through ARM instead', async () => {
    const scenario = sixSecured()
    scenario.faults.push({ pathPrefix: GRAPH_PATH, status: 403 })
    const run = await runEstate({ scope: BOTH, 'fail-on': 'isolation' }, { scenario })
    recordFault(
      'Azure',
      'estate scan: Resource Graph refuses every query (403)',
      'full report',
      run
    )
    expect(run.exitCode).toBe(0)
    const report = estateReport(run)
    expect(report.workspaces).toHaveLength(6)
    expect(report.sources?.fallbacks[0]).toContain(
      'Resource Graph could not list the workspaces (403 AuthorizationFailed'
    )
    expect(
      run.annotations.some(
        a => a.level === 'warning' && /listed and read through ARM/.test(a.message)
      )
    ).toBe(true)
    expect(byName(report, 'mlw-000').verdict.headline).toMatch(/^All \d+ checks pass/)
    expect(armGets(run).filter(p => /\/workspaces\/mlw-\d+$/i.test(p))).toHaveLength(6)
  }, 120_000)

  it('Resource Graph refuses the network query: those resources are read from ARM, same verdicts', async () => {
    const scenario = sixSecured()
    scenario.faults.push({
      pathPrefix: GRAPH_PATH,
      status: 403,
      bodyIncludes: 'microsoft.network/privateendpoints'
    })
    const run = await runEstate({ scope: BOTH, 'fail-on': 'isolation' }, { scenario })
    recordFault(
      'Azure',
      'estate scan: Resource Graph refuses the network query (403)',
      'full report',
      run
    )
    const report = estateReport(run)
    expect(report.sources?.fallbacks).toHaveLength(1)
    expect(report.sources?.fallbacks[0]).toMatch(
      /refused the query for private endpoints.*read from ARM one by one/
    )
    expect(run.exitCode).toBe(0)
    expect(report.verdict.headline).toBe('All 6 workspaces pass')
    expect(armGets(run).some(p => /\/privateEndpoints\/pe-mlw-000$/i.test(p))).toBe(true)
  }, 120_000)

  it('a workspace whose reads are refused gets unknowns; the others are evaluated', async () => {
    const scenario = sixSecured()
    // mlw-001 lives in subscription B, resource group ml-prod.
    scenario.faults.push({
      pathPrefix: `/subscriptions/${SUBSCRIPTION_B}/resourceGroups/ml-prod`,
      status: 403
    })
    const run = await runEstate({ scope: BOTH, 'fail-on': 'isolation' }, { scenario })
    recordFault(
      'Azure',
      "estate scan: one workspace's reads refused (403)",
      'partial report with unknowns',
      run
    )
    expect(run.exitCode).toBe(1)
    const report = estateReport(run)
    const refused = byName(report, 'mlw-001')
    expect(
      refused.results.some(
        r => r.outcome === 'unknown' && /403|AuthorizationFailed|Reader/.test(r.detail)
      )
    ).toBe(true)
    expect(report.verdict.failingWorkspaceIds.map(id => id.split('/').pop())).toEqual(['mlw-001'])
    expect(byName(report, 'mlw-000').verdict.headline).toMatch(/^All \d+ checks pass/)
    expect(run.summary).toMatch(/\| <code>mlw-001<\/code> \|[^\n]*⚠️ \d+ unknown/)
  }, 120_000)

  it('a management group Resource Graph cannot read is a clear error naming the role to grant', async () => {
    const run = await runEstate({ scope: 'management-group:mg-elsewhere' })
    recordFault('Azure', 'estate scan: management group not readable (403)', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain(
      "could not list the workspaces of management group 'mg-elsewhere'"
    )
    expect(error?.message).toContain(
      '--role Reader --scope /providers/Microsoft.Management/managementGroups/mg-elsewhere'
    )
  }, 120_000)

  it('a malformed scope is a clear error naming the input and the format', async () => {
    const run = await runEstate({ scope: 'subscriptions:1234' })
    recordFault('input', 'scope with a subscription id that is not a GUID', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain(
      '`scope`: "subscriptions:1234" "1234" is not a subscription id'
    )
    expect(error?.message).toContain(
      '`subscription:<subscription-id>[,<subscription-id>...]` or `management-group:<management-group-id>`'
    )
    expect(run.emulator.requests.filter(r => r.service === 'arm')).toEqual([])
  }, 60_000)
})

describe('merge-reports: the matrix pattern', () => {
  it('merges the reports of one job per subscription into one estate summary without Azure', async () => {
    const perSubscription: string[] = []
    for (const subscription of [SUBSCRIPTION_ID, SUBSCRIPTION_B]) {
      const run = await runEstate({ scope: `subscription:${subscription}`, 'fail-on': 'isolation' })
      expect(run.exitCode).toBe(1)
      expect(estateReport(run).workspaces).toHaveLength(3)
      perSubscription.push(run.report!)
    }
    const run = await runAction({
      scenario: sixWorkspaces(),
      omitIdToken: true,
      inputs: {
        'merge-reports': 'reports/**/*.json',
        'client-id': '',
        'tenant-id': '',
        'subscription-id': '',
        'resource-group': '',
        'workspace-name': ''
      },
      workspaceFiles: {
        'reports/aml-guard-11111111/estate-report.json': perSubscription[0]!,
        'reports/aml-guard-22222222/estate-report.json': perSubscription[1]!
      }
    })
    expect(run.exitCode).toBe(0)
    expect(run.emulator.requests).toEqual([])
    const report = estateReport(run)
    expect(report.workspaces).toHaveLength(6)
    expect(report.scope).toBe(`subscription:${SUBSCRIPTION_ID} + subscription:${SUBSCRIPTION_B}`)
    expect(run.outputs['result']).toBe('fail')
    expect(run.summary).toContain('2 of 6 workspaces fail the gate: mlw-002, mlw-005')
    // One folded block per workspace (a workspace summary may fold its own fixes inside).
    expect(run.summary.match(/^<details>$/gm)).toHaveLength(6)
    expect(run.stdout).toContain(
      'Merged 2 saved report(s) into one estate report of 6 workspace(s)'
    )
  }, 180_000)

  it('a file that is not a report is a clear error naming it', async () => {
    const run = await runAction({
      scenario: sixWorkspaces(),
      omitIdToken: true,
      inputs: { 'merge-reports': 'reports/*.json', 'client-id': '', 'tenant-id': '' },
      workspaceFiles: { 'reports/a.json': '{"kind":"estate","schemaVersion":1,"workspaces":"x"}' }
    })
    recordFault('input', 'merge-reports file that is not a report', 'clear error', run)
    const error = run.annotations.find(a => a.level === 'error')
    expect(error?.message).toContain(
      '`merge-reports`: "reports/a.json" is not an aml-inference-guard estate report'
    )
  }, 60_000)
})
