/**
 * End-to-end: both inference routes against the emulator (scenarios in
 * emulator/scenarios/routes.ts). What a user sees: exit code, annotations,
 * outputs, the JSON report, the job summary and the PR comment.
 *
 * The gate is set to `isolation,kubernetes` so these runs are decided by the
 * route checks alone; RBAC and NSG/firewall outbound checks have their own tests.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'

interface JsonReport {
  routes: { requested: string; routes: string[]; reason: string }
  results: Array<{
    checkId: string
    outcome: string
    severity?: string
    status?: string
    resource: { name: string }
    detail: string
    remedy?: { commands: string[] }
    cause?: { key: string; raw?: string; fix?: { commands: string[] } }
  }>
}

const ROUTE_GATE = { 'fail-on': 'isolation,kubernetes' }

function reportOf(run: ActionRun): JsonReport {
  expect(run.report).toBeDefined()
  return JSON.parse(run.report!) as JsonReport
}

/** `MOE-01:pass` for every result of the given checks, in report order. */
function outcomes(report: JsonReport, prefix: RegExp): string[] {
  return report.results
    .filter(r => prefix.test(r.checkId))
    .map(r => `${r.checkId}:${r.outcome}${r.severity ? `(${r.severity})` : ''}`)
}

function failedChecks(run: ActionRun): string[] {
  return (run.outputs['failed-checks'] ?? '').split(',').filter(Boolean)
}

const ROUTE_CHECK = /^(NET-03|MOE-|K8S-|OUT-03)/

describe('managed route: a secure managed-network workspace', () => {
  it('passes every route check, skips the Kubernetes ones and says why at the top', async () => {
    const run = await runAction({ scenario: 'managed-secured', inputs: ROUTE_GATE })
    const report = reportOf(run)
    expect(report.routes).toMatchObject({ requested: 'auto', routes: ['managed'] })
    expect(outcomes(report, /^(NET-03|MOE-|OUT-03)/).every(o => o.endsWith(':pass'))).toBe(true)
    expect(outcomes(report, /^(MOE-|OUT-03)/)).toEqual([
      'MOE-01:pass',
      'MOE-02:pass',
      'MOE-03:pass',
      'MOE-03:pass',
      'MOE-04:pass',
      'MOE-04:pass',
      'MOE-05:pass',
      'MOE-05:pass',
      'MOE-05:pass',
      'MOE-06:pass',
      'MOE-07:pass',
      'OUT-03:pass'
    ])
    for (const r of report.results.filter(r => r.checkId.startsWith('K8S-'))) {
      expect(r.outcome).toBe('skipped')
      expect(r.detail).toContain('Not evaluated')
    }
    expect(failedChecks(run).filter(id => ROUTE_CHECK.test(id))).toEqual([])
    // The route, and why, sit right under the target in the summary and the comment.
    expect(run.summary).toMatch(
      /\*\*Target:\*\*[^\n]*\n\n\*\*Route:\*\* managed online endpoints · <code>route: auto<\/code>: the workspace has 2 managed online endpoints\./
    )
    expect(run.comments[0]?.body).toContain('**Route:** managed online endpoints')
    const net03 = report.results.find(r => r.checkId === 'NET-03')
    expect(net03?.detail).toContain('subnet snet-ml of virtual network vnet-ml')
  })
})

describe('managed route: legacy per-deployment isolation', () => {
  it('fails MOE-01 with a warning annotation and the command, and fails the isolation gate', async () => {
    const run = await runAction({ scenario: 'legacy-isolated', inputs: ROUTE_GATE })
    const report = reportOf(run)
    expect(outcomes(report, /^MOE-0[1246]|^OUT-03/)).toEqual([
      'MOE-01:fail(warning)',
      'MOE-02:skipped',
      'MOE-04:pass',
      'MOE-04:pass',
      'MOE-06:skipped',
      'OUT-03:skipped'
    ])
    const moe01 = run.annotations.find(a => a.title?.startsWith('MOE-01'))
    expect(moe01?.level).toBe('warning')
    expect(moe01?.message).toContain('legacy `egressPublicNetworkAccess: Disabled`')
    expect(moe01?.message).toContain('Enable the managed network and provision it')
    expect(report.results.find(r => r.checkId === 'MOE-01')?.remedy?.commands).toEqual([
      'az ml workspace update --resource-group ml-rg --name ml-ws --managed-network allow_only_approved_outbound',
      'az ml workspace provision-network --resource-group ml-rg --name ml-ws'
    ])
    // A warning in a fail-on category trips the gate.
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toContain('MOE-01')
    expect(run.comments[0]?.body).toContain('MOE-01')
  })

  it('keeps MOE-01 out of the verdict with fail-on: kubernetes', async () => {
    const run = await runAction({
      scenario: 'legacy-isolated',
      inputs: { 'fail-on': 'kubernetes' }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
  })
})

describe('managed route: internet outbound, not provisioned', () => {
  it('reports MOE-02 warning, MOE-05 per dependency and MOE-06 as a notice', async () => {
    const run = await runAction({ scenario: 'managed-internet-outbound', inputs: ROUTE_GATE })
    const report = reportOf(run)
    expect(outcomes(report, /^MOE-0[1256]/)).toEqual([
      'MOE-01:pass',
      'MOE-02:fail(warning)',
      'MOE-05:fail(error)',
      'MOE-05:fail(error)',
      'MOE-05:fail(error)',
      'MOE-06:fail(notice)'
    ])
    const kv = report.results.find(
      r => r.checkId === 'MOE-05' && r.resource.name === 'kv-mlws-0427'
    )
    expect(kv?.detail).toContain('the service should have created the rule')
    expect(kv?.remedy?.commands[0]).toContain(
      '--rule pe-kv-mlws-0427-vault --type private_endpoint'
    )
    expect(kv?.remedy?.commands[0]).toContain('--subresource-target vault')
    expect(run.annotations.find(a => a.title?.startsWith('MOE-06'))?.level).toBe('notice')
    // A notice is advice, in the same word everywhere: never "fail (notice)".
    expect(run.annotations.find(a => a.title?.startsWith('MOE-06'))?.title).toMatch(/ \(advice\)$/)
    expect(report.results.find(r => r.checkId === 'MOE-06')?.status).toBe('advice')
    expect(run.summary).toMatch(/\[MOE-06\][^\n]*\| 💡 advice \|/)
    expect(run.summary).not.toContain('fail (notice)')
    expect(run.summary?.split('\n')[0]).toMatch(/, 1 advice — inference environment not isolated$/)
    expect(run.annotations.find(a => a.title?.startsWith('MOE-02'))?.message).toContain(
      'is Inactive, not Active'
    )
    expect(report.results.find(r => r.checkId === 'MOE-02')?.remedy?.commands).toEqual([
      'az ml workspace provision-network --resource-group ml-rg --name ml-ws'
    ])
    // The notice alone would not fail the step; MOE-02/MOE-05 do.
    expect(failedChecks(run)).toEqual(expect.arrayContaining(['MOE-02', 'MOE-05']))
    // MOE-06 is advice (a notice): not named in failed-checks.
    expect(failedChecks(run)).not.toContain('MOE-06')
    expect(run.exitCode).toBe(1)
  })
})

describe('managed route: approved outbound without a registry rule', () => {
  it('fails OUT-03 and says which rule to add', async () => {
    const run = await runAction({ scenario: 'approved-no-registry', inputs: ROUTE_GATE })
    const out03 = reportOf(run).results.find(r => r.checkId === 'OUT-03')
    expect(out03).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(out03?.remedy?.commands).toEqual([
      'az ml workspace outbound-rule set --resource-group ml-rg --workspace-name ml-ws --rule allow-acr --type service_tag --service-tag AzureContainerRegistry.eastus2 --protocol TCP --port-ranges 443',
      'az ml workspace provision-network --resource-group ml-rg --name ml-ws'
    ])
    expect(run.annotations.find(a => a.title?.startsWith('OUT-03'))?.level).toBe('error')
  })
})

describe('Kubernetes route: a fully secured AKS chain', () => {
  it('passes K8S-01 to K8S-05 and skips the managed checks', async () => {
    const run = await runAction({ scenario: 'aks-secured', inputs: ROUTE_GATE })
    const report = reportOf(run)
    expect(report.routes.routes).toEqual(['kubernetes'])
    expect(outcomes(report, /^K8S-/)).toEqual([
      'K8S-01:pass',
      'K8S-02:pass',
      'K8S-03:pass',
      'K8S-04:pass',
      'K8S-05:pass',
      'K8S-06:pass',
      'K8S-07:pass',
      'K8S-08:pass',
      // One K8S-09 result each: workspace, storage account, key vault, registry.
      'K8S-09:pass',
      'K8S-09:pass',
      'K8S-09:pass',
      'K8S-09:pass'
    ])
    expect(outcomes(report, /^(MOE-|OUT-03)/).every(o => o.endsWith(':skipped'))).toBe(true)
    expect(failedChecks(run).filter(id => ROUTE_CHECK.test(id))).toEqual([])
    expect(run.summary).toContain('**Route:** Kubernetes online endpoints')
  })
})

describe('Kubernetes route: the extension is missing', () => {
  it('fails K8S-02 with the create command, skips K8S-03 and fails K8S-05', async () => {
    const run = await runAction({ scenario: 'aks-no-extension', inputs: ROUTE_GATE })
    expect(outcomes(reportOf(run), /^K8S-/)).toEqual([
      'K8S-01:pass',
      'K8S-02:fail(error)',
      'K8S-03:skipped',
      'K8S-04:pass',
      'K8S-05:fail(error)',
      'K8S-06:pass',
      'K8S-07:pass',
      'K8S-08:pass',
      // One K8S-09 result each: workspace, storage account, key vault, registry.
      'K8S-09:pass',
      'K8S-09:pass',
      'K8S-09:pass',
      'K8S-09:pass'
    ])
    const k8s02 = run.annotations.find(a => a.title?.startsWith('K8S-02'))
    expect(k8s02?.level).toBe('error')
    expect(k8s02?.message).toContain('has no Azure Machine Learning extension')
    const fix = reportOf(run).results.find(r => r.checkId === 'K8S-02')?.remedy
    expect(fix?.commands).toEqual([
      expect.stringMatching(
        /^az k8s-extension create --name azureml --extension-type Microsoft\.AzureML\.Kubernetes --cluster-type managedClusters --cluster-name aks-inference --resource-group aks-rg /
      )
    ])
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toEqual(expect.arrayContaining(['K8S-02', 'K8S-05']))
  })
})

describe('Kubernetes route: a public load balancer router', () => {
  it('fails K8S-03 as an error and names plain HTTP too', async () => {
    const run = await runAction({ scenario: 'aks-public-router', inputs: ROUTE_GATE })
    const k8s03 = reportOf(run).results.find(r => r.checkId === 'K8S-03')
    expect(k8s03).toMatchObject({ outcome: 'fail', severity: 'error' })
    expect(k8s03?.detail).toContain('public IP address')
    expect(k8s03?.detail).toContain('`allowInsecureConnections` is True')
    expect(k8s03?.remedy?.commands).toEqual([
      expect.stringContaining(
        '--config inferenceRouterServiceType=LoadBalancer internalLoadBalancerProvider=azure allowInsecureConnections=False'
      )
    ])
    expect(run.comments[0]?.body).toContain('K8S-03')
    expect(run.exitCode).toBe(1)
  })
})

describe('Kubernetes route: an open cluster and a legacy AKS compute', () => {
  it('lists every K8S-01 problem and gives the legacy compute one result', async () => {
    const run = await runAction({ scenario: 'aks-open-cluster', inputs: ROUTE_GATE })
    const report = reportOf(run)
    const k8s01 = report.results.find(r => r.checkId === 'K8S-01')
    expect(k8s01?.outcome).toBe('fail')
    for (const part of ['vnetSubnetID', 'API server is public', 'public IP', 'no network policy']) {
      expect(k8s01?.detail).toContain(part)
    }
    // In resource id order (the report's order within a check).
    // One result per compute: the public legacy compute's error carries the move-off notice too.
    expect(outcomes(report, /^K8S-04/)).toEqual(['K8S-04:fail(error)', 'K8S-04:pass'])
    expect(report.results.find(r => r.checkId === 'K8S-04')?.detail).toContain(
      'is a legacy AKS compute'
    )
  })
})

describe('Kubernetes route: an Arc-enabled cluster', () => {
  it('reports K8S-01 unknown with the reason, and fails closed under fail-on kubernetes', async () => {
    const run = await runAction({ scenario: 'arc-cluster', inputs: { 'fail-on': 'kubernetes' } })
    expect(outcomes(reportOf(run), /^K8S-/)).toEqual([
      'K8S-01:unknown',
      'K8S-02:pass',
      'K8S-03:pass',
      'K8S-04:pass',
      'K8S-05:unknown',
      'K8S-06:skipped',
      'K8S-07:skipped',
      'K8S-08:skipped',
      'K8S-09:skipped'
    ])
    const k8s01 = run.annotations.find(
      a => a.title === 'K8S-01: The cluster is a secure inferencing environment (unknown)'
    )
    expect(k8s01?.level).toBe('warning')
    expect(k8s01?.message).toContain('Arc-enabled')
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run).filter(id => ROUTE_CHECK.test(id))).toEqual(['K8S-01', 'K8S-05'])
  })
})

describe('route: both', () => {
  it('evaluates both routes of a workspace that uses both, all passing', async () => {
    const run = await runAction({
      scenario: 'both-routes',
      inputs: { ...ROUTE_GATE, route: 'both' }
    })
    const report = reportOf(run)
    expect(report.routes).toEqual({
      requested: 'both',
      routes: ['managed', 'kubernetes'],
      reason: 'The `route` input is `both`.'
    })
    const route = report.results.filter(r => ROUTE_CHECK.test(r.checkId))
    expect(route.filter(r => r.outcome !== 'pass')).toEqual([])
    expect(new Set(route.map(r => r.checkId)).size).toBe(18)
    expect(failedChecks(run).filter(id => ROUTE_CHECK.test(id))).toEqual([])
    expect(run.comments[0]?.body).toContain(
      '**Route:** managed online endpoints and Kubernetes online endpoints'
    )
  })

  it('fails K8S-04 on a managed-only workspace and says how to attach a cluster', async () => {
    const run = await runAction({
      scenario: 'managed-secured',
      inputs: { 'fail-on': 'kubernetes', route: 'both' }
    })
    const report = reportOf(run)
    expect(outcomes(report, /^K8S-/)).toEqual([
      'K8S-01:skipped',
      'K8S-02:skipped',
      'K8S-03:skipped',
      'K8S-04:fail(error)',
      'K8S-05:skipped',
      'K8S-06:skipped',
      'K8S-07:skipped',
      'K8S-08:skipped',
      'K8S-09:skipped'
    ])
    const k8s04 = run.annotations.find(a => a.title?.startsWith('K8S-04'))
    expect(k8s04?.message).toContain('No Kubernetes cluster is attached to workspace ml-ws')
    expect(report.results.find(r => r.checkId === 'K8S-04')?.remedy?.commands).toEqual([
      'az ml compute attach --resource-group ml-rg --workspace-name ml-ws --type Kubernetes --name <compute-name> --resource-id <cluster-id> --identity-type SystemAssigned --namespace azureml'
    ])
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run).filter(id => ROUTE_CHECK.test(id))).toEqual(['K8S-04'])
  })
})
