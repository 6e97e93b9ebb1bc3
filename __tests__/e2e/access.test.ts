/**
 * End-to-end: RBAC-01..03 and OUT-01/02/04 through the bundled action and the
 * emulator (permissions API, role assignments with $filter, NSGs, route
 * tables, Azure Firewall). Assertions are what a user sees: exit code,
 * annotations, outputs, the JSON report, the requests the action made.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { DEPLOYER_ID } from '../../emulator/scenarios/access.js'
import { getScenario } from '../../emulator/scenarios/index.js'

interface ReportResult {
  checkId: string
  outcome: string
  detail: string
  resource: { id: string; name: string }
  remedy?: { commands: string[] }
  cause?: { key: string; fix?: { commands: string[] } }
}

function results(run: ActionRun, prefix: RegExp = /^(RBAC|OUT-0[124])/): ReportResult[] {
  const report = JSON.parse(run.report ?? '{"results":[]}') as { results: ReportResult[] }
  return report.results.filter(r => prefix.test(r.checkId))
}
function outcomes(run: ActionRun, prefix?: RegExp): Record<string, string> {
  return Object.fromEntries(results(run, prefix).map(r => [r.checkId, r.outcome]))
}
function detail(run: ActionRun, id: string): string {
  return results(run).find(r => r.checkId === id)?.detail ?? ''
}
function failedChecks(run: ActionRun): string[] {
  return (run.outputs['failed-checks'] ?? '').split(',').filter(Boolean)
}

const VNET =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml'
/**
 * OUT-01/02/04 judge only subnets traffic leaves from: the managed route's private endpoint subnet
 * starts no connections, so these runs name it with `subnet-id`, as a user names the subnet
 * inference traffic leaves from (it carries the NSG and route table under test).
 */
const EGRESS = { 'subnet-id': `${VNET}/subnets/snet-ml` }
const ALL_PASS = {
  'RBAC-01': 'pass',
  'RBAC-02': 'pass',
  'RBAC-03': 'pass',
  'OUT-01': 'pass',
  'OUT-02': 'pass',
  'OUT-04': 'pass'
}

describe('the secured workspace', () => {
  it('passes RBAC and outbound: permissions API, NSG allowing the regional tag, firewall policy allowing it', async () => {
    const run = await runAction({
      scenario: 'secured',
      inputs: { 'fail-on': 'rbac,outbound', ...EGRESS }
    })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['result']).toBe('pass')
    expect(outcomes(run)).toEqual(ALL_PASS)
    expect(detail(run, 'RBAC-02')).toContain('through role Network Contributor')
    expect(detail(run, 'OUT-01')).toContain('allow-acr-out (priority 3000, Allow) decides')
    expect(detail(run, 'OUT-04')).toContain(
      'Azure Firewall fw-hub, evaluated with firewall policy fwp-hub'
    )

    // The permissions URL is built from the whole scope: no `//`, and the subnet has its own scope.
    const arm = run.emulator.requests.filter(r => r.service === 'arm').map(r => r.path)
    expect(arm).toContain(`${VNET}/providers/Microsoft.Authorization/permissions`)
    expect(arm).toContain(`${VNET}/subnets/snet-ml/providers/Microsoft.Authorization/permissions`)
    expect(arm.some(p => p.includes('//'))).toBe(false)
    // Each role definition is read once.
    expect(arm.filter(p => /roleDefinitions\/4d97b98b/i.test(p))).toHaveLength(1)

    // @azure/arm-network 39 sends only the api-version it is generated for, a stable Microsoft.Network
    // version (azure-rest-api-specs: specification/network/resource-manager/Microsoft.Network/
    // Network/stable/2026-01-01); the report names the version every Microsoft.Network read used.
    const report = JSON.parse(run.report ?? '{}') as { apiVersions?: Record<string, string> }
    expect(report.apiVersions?.['Microsoft.Network']).toBe('2026-01-01')
    // Microsoft.Network reads: the private endpoint, VNet, NSG, route table, firewall list,
    // firewall policy and its rule collection groups, the region's service tags (not the Authorization
    // reads scoped to the VNet). The subnet is not read on its own: the VNet's GET embeds its body
    // (Virtual Networks - Get, `properties.subnets`).
    const network = run.emulator.requests.filter(
      r =>
        r.service === 'arm' &&
        /\/providers\/Microsoft\.Network\//i.test(r.path) &&
        !/\/providers\/Microsoft\.Authorization\//i.test(r.path)
    )
    expect(network).toHaveLength(8)
    expect(network.some(r => /\/subnets\/[^/]+$/i.test(r.path))).toBe(false)
    const versions = network.map(r =>
      new URL(r.url, 'https://arm.test').searchParams.get('api-version')
    )
    expect(new Set(versions)).toEqual(new Set(['2026-01-01']))
  })
})

describe('RBAC', () => {
  it('fails both joins for a Reader, names them in annotations and outputs, with the fix', async () => {
    const run = await runAction({ scenario: 'access-missing-join', inputs: { 'fail-on': 'rbac' } })
    expect(run.exitCode).toBe(1)
    expect(run.outputs['result']).toBe('fail')
    expect(failedChecks(run)).toEqual(['RBAC-02', 'RBAC-03'])
    expect(outcomes(run, /^RBAC/)).toEqual({
      'RBAC-01': 'pass',
      'RBAC-02': 'fail',
      'RBAC-03': 'fail'
    })
    const annotation = run.annotations.find(a => a.title?.startsWith('RBAC-02'))
    expect(annotation?.level).toBe('error')
    expect(annotation?.message).toContain(
      'does not hold Microsoft.Network/virtualNetworks/join/action'
    )
    expect(annotation?.message).toContain('Roles held at this scope: Reader')
    // The guard's own identity is checked: the fix says it needs the role only if it deploys.
    expect(annotation?.message).toContain('set the input `principal-id`')
    // The commands with the real names are the result's remedy in the JSON report.
    expect(results(run).find(r => r.checkId === 'RBAC-02')?.remedy?.commands).toContain(
      `az role assignment create --role "AML inference network deployer" --scope ${VNET} --assignee-object-id 00000000-0000-4000-8000-0000000000b1 --assignee-principal-type ServicePrincipal`
    )
  })

  it('fails the read when a notAction of the role removes virtualNetworks/read, naming it', async () => {
    const run = await runAction({ scenario: 'access-notactions', inputs: { 'fail-on': 'rbac' } })
    expect(run.exitCode).toBe(1)
    expect(outcomes(run, /^RBAC/)).toEqual({
      'RBAC-01': 'fail',
      'RBAC-02': 'pass',
      'RBAC-03': 'pass'
    })
    expect(detail(run, 'RBAC-01')).toContain(
      'role Network joiner (no VNet read) includes Microsoft.Network/*, but the notAction Microsoft.Network/virtualNetworks/read'
    )
  })

  it('skips the read for ARM template deployments', async () => {
    const run = await runAction({
      scenario: 'access-notactions',
      inputs: { 'fail-on': 'rbac', 'deployment-method': 'arm-template' }
    })
    expect(run.exitCode).toBe(0)
    expect(outcomes(run, /^RBAC/)).toEqual({
      'RBAC-01': 'skipped',
      'RBAC-02': 'pass',
      'RBAC-03': 'pass'
    })
    expect(detail(run, 'RBAC-01')).toContain('arm-template')
  })

  it('evaluates principal-id through its role assignments (a group holds Network Contributor)', async () => {
    const run = await runAction({
      scenario: 'access-principal',
      inputs: { 'fail-on': 'rbac', 'principal-id': DEPLOYER_ID }
    })
    expect(run.exitCode).toBe(0)
    expect(outcomes(run, /^RBAC/)).toEqual({
      'RBAC-01': 'pass',
      'RBAC-02': 'pass',
      'RBAC-03': 'pass'
    })
    expect(detail(run, 'RBAC-02')).toContain(`Principal ${DEPLOYER_ID} (input \`principal-id\`)`)
    expect(detail(run, 'RBAC-02')).toContain('through role Network Contributor')
    const filters = run.emulator.requests
      .filter(r => /roleAssignments/i.test(r.path))
      .map(r => new URL(r.url, 'https://x').searchParams.get('$filter'))
    expect(filters).toContain(`assignedTo('${DEPLOYER_ID}')`)
    // The permissions API answers for the caller only: it is not asked about someone else.
    expect(run.emulator.requests.some(r => /\/permissions$/i.test(r.path))).toBe(false)
  })

  it('the same deployer without principal-id: the logged-in Reader cannot join', async () => {
    const run = await runAction({ scenario: 'access-principal', inputs: { 'fail-on': 'rbac' } })
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toEqual(['RBAC-02', 'RBAC-03'])
  })

  it('reports a 403 on permissions as unknown, naming the role to grant, and fails closed', async () => {
    const run = await runAction({ scenario: 'access-forbidden', inputs: { 'fail-on': 'rbac' } })
    expect(run.exitCode).toBe(1)
    expect(outcomes(run, /^RBAC/)).toEqual({
      'RBAC-01': 'unknown',
      'RBAC-02': 'unknown',
      'RBAC-03': 'unknown'
    })
    const annotation = run.annotations.find(a => a.title?.startsWith('RBAC-01'))
    expect(annotation?.level).toBe('warning')
    expect(annotation?.message).toContain('HTTP 403 AuthorizationFailed')
    expect(annotation?.message).toContain('Reader role on resource group net-rg')
    // One cause for the three: one Reader grant on the network's resource group.
    const causes = results(run, /^RBAC/).map(r => r.cause)
    expect(new Set(causes.map(c => c?.key))).toEqual(
      new Set(['reader:/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/net-rg'])
    )
    expect(causes[0]?.fix?.commands).toEqual([
      'az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg'
    ])
    expect(run.summary).toContain('unknown')
  })
})

describe('outbound', () => {
  it('fails OUT-01 and OUT-02 when the NSG allows another region’s registry tag', async () => {
    const run = await runAction({
      scenario: 'outbound-wrong-region',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toEqual(['OUT-01', 'OUT-02'])
    const out01 = run.annotations.find(a => a.title?.startsWith('OUT-01'))
    expect(out01?.level).toBe('error')
    expect(out01?.message).toContain('rule deny-internet-out (priority 4000, Deny) matches first')
    expect(out01?.message).toContain('Add an outbound allow rule before it.')
    // The rule to copy, with the real names and the free priority just below the deny.
    expect(results(run).find(r => r.checkId === 'OUT-01')?.remedy?.commands).toEqual([
      "az network nsg rule create --resource-group net-rg --nsg-name nsg-ml --name AllowAzureContainerRegistryOutbound --priority 3999 --direction Outbound --access Allow --protocol Tcp --source-address-prefixes 10.20.1.0/24 --source-port-ranges '*' --destination-address-prefixes AzureContainerRegistry.EastUS2 --destination-port-ranges 443"
    ])
    expect(results(run).find(r => r.checkId === 'OUT-02')?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network nsg rule update --resource-group net-rg --nsg-name nsg-ml --name \S+ --destination-address-prefixes AzureContainerRegistry\.EastUS2$/
      )
    ])
    expect(detail(run, 'OUT-02')).toContain(
      'allows AzureContainerRegistry.WestEurope, but the workspace is in eastus2, so the expected tag is AzureContainerRegistry.EastUS2'
    )
  })

  it('evaluates a readable Azure Firewall: classic rules missing the data endpoint fail OUT-04', async () => {
    const run = await runAction({
      scenario: 'outbound-firewall-classic',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    expect(run.exitCode).toBe(1)
    expect(failedChecks(run)).toEqual(['OUT-04'])
    const out04 = results(run).find(r => r.checkId === 'OUT-04')!
    expect(out04.outcome).toBe('fail')
    expect(out04.resource.name).toBe('fw-hub')
    expect(out04.detail).toContain(
      'crmlws0427.eastus2.data.azurecr.io: no rule matches, so the firewall denies it'
    )
    // Only the implicit deny decides (no network rule): an application rule for the registry's hosts.
    expect(out04.remedy?.commands).toEqual([
      'az network firewall application-rule create --resource-group hub-rg --firewall-name fw-hub --collection-name allow-acr --priority 65000 --action Allow --name acr --protocols Https=443 --source-addresses 10.20.1.0/24 --target-fqdns crmlws0427.azurecr.io crmlws0427.eastus2.data.azurecr.io'
    ])
  })

  it('finds the firewall and its policy rules on later pages of their lists (one item per page)', async () => {
    const scenario = getScenario('secured')
    const firewall = scenario.resources.find(r => /\/azureFirewalls\/fw-hub$/i.test(r.id))!
    const group = scenario.resources.find(r => /\/ruleCollectionGroups\/[^/]+$/i.test(r.id))!
    // Listed first, so the firewall the route table points to is on page 3 and the group that
    // allows the registry on page 2: a pager that dropped later pages' bodies would lose them.
    const decoys = ['fw-spoke-1', 'fw-spoke-2'].map((name, i) => {
      const id = firewall.id.replace(/fw-hub$/, name)
      const body = structuredClone(firewall.body) as {
        properties: { ipConfigurations: Array<{ properties: { privateIPAddress: string } }> }
      }
      body.properties.ipConfigurations[0]!.properties.privateIPAddress = `10.40.${i}.4`
      return { id, body: { ...body, id, name } }
    })
    const emptyGroupId = group.id.replace(/[^/]+$/, 'platform')
    scenario.resources.unshift(...decoys, {
      id: emptyGroupId,
      body: {
        name: 'platform',
        id: emptyGroupId,
        type: 'Microsoft.Network/FirewallPolicies/ruleCollectionGroups',
        properties: { provisioningState: 'Succeeded', priority: 100, ruleCollections: [] }
      }
    })
    const run = await runAction({
      scenario,
      inputs: { 'fail-on': 'outbound', ...EGRESS },
      emulatorOptions: { pageSize: 1 }
    })
    expect(run.exitCode).toBe(0)
    expect(outcomes(run, /^OUT-0[124]/)).toEqual({
      'OUT-01': 'pass',
      'OUT-02': 'pass',
      'OUT-04': 'pass'
    })
    expect(detail(run, 'OUT-04')).toContain(
      'Azure Firewall fw-hub, evaluated with firewall policy fwp-hub'
    )
    const pages = (path: RegExp): string[] =>
      run.emulator.requests.filter(r => r.service === 'arm' && path.test(r.path)).map(r => r.url)
    const firewallPages = pages(/\/providers\/Microsoft\.Network\/azureFirewalls$/i)
    expect(firewallPages).toHaveLength(3)
    expect(pages(/\/ruleCollectionGroups$/i)).toHaveLength(2)
    // Later pages follow ARM's nextLink as given: same api-version, with its $skipToken.
    expect(firewallPages.slice(1).every(u => /api-version=2026-01-01&\$skipToken=/.test(u))).toBe(
      true
    )
  })

  it('reports forced tunnelling to an unknown appliance as unknown, asking to confirm the registry', async () => {
    const run = await runAction({
      scenario: 'outbound-appliance',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    expect(run.exitCode).toBe(1)
    expect(outcomes(run, /^OUT-0[124]/)).toEqual({
      'OUT-01': 'pass',
      'OUT-02': 'pass',
      'OUT-04': 'unknown'
    })
    const annotation = run.annotations.find(a => a.title?.startsWith('OUT-04'))
    expect(annotation?.level).toBe('warning')
    expect(annotation?.message).toContain('10.20.0.100, which is not an Azure Firewall')
    expect(annotation?.message).toContain('crmlws0427.azurecr.io')
    expect(annotation?.message).toContain('AzureContainerRegistry.EastUS2')
  })
})
