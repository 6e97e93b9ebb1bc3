/**
 * End-to-end: OUT-01 decides by address, not by the text of a rule (issue 17).
 * The emulator serves the Service Tags discovery API (ServiceTags_List,
 * https://learn.microsoft.com/rest/api/virtualnetwork/service-tags/list) with
 * AzureContainerRegistry.EastUS2 = 20.44.19.64/26, 40.70.146.88/29 and an IPv6
 * prefix; the subnet is IPv4 only.
 *
 * NSG semantics (https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview):
 * rules are processed in priority order and processing stops at the first rule
 * that matches the traffic; AllowInternetOutBound (65001) allows what no custom
 * rule denies. A deny whose prefixes hold every registry address therefore
 * blocks image pulls whatever the prefixes are written as.
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'

interface ReportResult {
  checkId: string
  outcome: string
  detail: string
  remedy?: { commands: string[] }
  cause?: { key: string; fix?: { commands: string[] } }
}

/**
 * OUT-01/02/04 judge only subnets traffic leaves from (a private endpoint's NIC starts no
 * connections, managed deployments egress from the managed network): these runs name the subnet
 * that carries the NSG and route table under test with `subnet-id`, as a user would.
 */
const SNET_ML =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-ml'
const EGRESS = { 'subnet-id': SNET_ML }

function result(run: ActionRun, id: string): ReportResult | undefined {
  const report = JSON.parse(run.report ?? '{"results":[]}') as { results: ReportResult[] }
  return report.results.find(r => r.checkId === id)
}

describe('OUT-01 compares NSG destination prefixes with the registry tag addresses', () => {
  it('fails when 0.0.0.0/1 and 128.0.0.0/1 deny every IPv4 address', async () => {
    const run = await runAction({
      scenario: 'outbound-deny-halves',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    expect(result(run, 'OUT-01')?.outcome).toBe('fail')
    expect(result(run, 'OUT-01')?.detail).toContain('deny-public-out (priority 2000, Deny)')
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']?.split(',')).toContain('OUT-01')
    // The Service Tags discovery API was read once, for the workspace region.
    const tagReads = run.emulator.requests.filter(r =>
      /\/locations\/eastus2\/serviceTags$/i.test(r.path)
    )
    expect(tagReads).toHaveLength(1)
  })

  it('is unknown, naming the denied prefix, when 20.0.0.0/6 denies part of the tag', async () => {
    const run = await runAction({ scenario: 'outbound-deny-part', inputs: EGRESS })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('unknown')
    expect(out01?.detail).toContain('denies 20.44.19.64/26')
    expect(out01?.detail).toContain('allows 40.70.146.88/29')
  })

  it('passes when the denied prefix holds none of the registry addresses', async () => {
    const run = await runAction({ scenario: 'outbound-deny-elsewhere', inputs: EGRESS })
    expect(result(run, 'OUT-01')?.outcome).toBe('pass')
    expect(result(run, 'OUT-01')?.detail).toContain('AllowInternetOutBound')
  })
})

/**
 * OUT-04 routes each registry address by the longest matching prefix, as Azure
 * selects routes (https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#how-azure-selects-a-route).
 */
describe('OUT-04 follows the longest-prefix route of each registry address', () => {
  it('evaluates the firewall when 0.0.0.0/1 + 128.0.0.0/1 force the traffic (no 0.0.0.0/0)', async () => {
    const run = await runAction({
      scenario: 'outbound-route-halves',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    const out04 = result(run, 'OUT-04')
    expect(out04?.outcome).toBe('fail')
    expect(out04?.detail).toContain(
      '0.0.0.0/1 (route low-half-to-hub) to VirtualAppliance 10.20.0.4'
    )
    expect(out04?.detail).toContain('crmlws0427.eastus2.data.azurecr.io: no rule matches')
    expect(run.exitCode).toBe(1)
  })

  it('fails when a more specific route drops part of the registry (next hop None)', async () => {
    const run = await runAction({ scenario: 'outbound-route-none-part', inputs: EGRESS })
    const out04 = result(run, 'OUT-04')
    expect(out04?.outcome).toBe('fail')
    expect(out04?.detail).toContain('20.44.19.64/26 (route blackhole-20-44): fail')
    expect(out04?.detail).toContain('40.70.146.88/29 (system routes): pass')
  })
})

/**
 * Managed network outbound rules: a ServiceTag rule's `destination.action`
 * (Allow or Deny, api-version 2025-12-01 of Microsoft.MachineLearningServices,
 * ServiceTagDestination in azure-rest-api-specs) decides what the rule does;
 * with AllowOnlyApprovedOutbound only allowed destinations are reachable
 * (https://learn.microsoft.com/azure/machine-learning/how-to-managed-network).
 */
describe('OUT-03: deny is deny', () => {
  it('fails when the only registry ServiceTag rule has action Deny', async () => {
    const run = await runAction({ scenario: 'managed-deny-registry-tag' })
    const out03 = result(run, 'OUT-03')
    expect(out03?.outcome).toBe('fail')
    expect(out03?.detail).toContain(
      "deny-acr (Active) deny the registry's service tag (action `Deny`)"
    )
    expect(out03?.detail).toContain('cannot pull images')
  })
})

/**
 * The registry as it is (Microsoft.ContainerRegistry/registries, api-version
 * 2025-04-01). Without dedicated data endpoints a registry serves layers from
 * its storage, so clients need the storage endpoints too
 * (https://learn.microsoft.com/azure/container-registry/container-registry-dedicated-data-endpoints,
 * https://learn.microsoft.com/azure/container-registry/container-registry-firewall-access-rules);
 * through a private endpoint the traffic stays in the virtual network
 * (https://learn.microsoft.com/azure/container-registry/container-registry-private-link).
 */
describe('OUT-01 follows the registry data path', () => {
  it('fails when the registry tag is allowed but its storage is denied', async () => {
    const run = await runAction({ scenario: 'outbound-registry-storage', inputs: EGRESS })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('fail')
    expect(out01?.detail).toContain('no dedicated data endpoints')
    expect(out01?.detail).toContain("to the registry's storage (Storage.EastUS2, TCP 443)")
    expect(out01?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network nsg rule create --resource-group net-rg --nsg-name nsg-ml --name AllowStorageOutbound --priority \d+ .*--destination-address-prefixes Storage\.EastUS2 --destination-port-ranges 443$/
      )
    ])
    const registryReads = run.emulator.requests.filter(r =>
      /\/registries\/crmlws0427$/i.test(r.path)
    )
    expect(registryReads).toHaveLength(1)
    expect(registryReads[0]!.url).toContain('api-version=2025-04-01')
    // Forced tunnelling: the firewall allows the registry tag only, so the storage host is denied.
    const out04 = result(run, 'OUT-04')
    expect(out04?.outcome).toBe('fail')
    expect(out04?.detail).toContain('*.blob.core.windows.net: no rule matches')
  })

  it('passes a registry reached through its private endpoint although Internet is denied', async () => {
    const run = await runAction({ scenario: 'outbound-registry-private', inputs: EGRESS })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('pass')
    expect(out01?.detail).toContain(
      "to the registry's private endpoint (`VirtualNetwork`, TCP 443)"
    )
    expect(out01?.remedy).toBeUndefined()
    expect(out01?.detail).toContain('AllowVnetOutBound')
    // 0.0.0.0/0 to the firewall does not take traffic to the private endpoint (VNet system route).
    const out04 = result(run, 'OUT-04')
    expect(out04?.outcome).toBe('pass')
    expect(out04?.detail).toContain('no route inside the virtual network')
  })

  it('fails a registry with public access disabled and no private endpoint', async () => {
    const run = await runAction({ scenario: 'outbound-registry-unreachable', inputs: EGRESS })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('fail')
    expect(out01?.detail).toContain('cannot be pulled from it at all')
    expect(out01?.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network private-endpoint create --resource-group net-rg --name crmlws0427-pe --vnet-name \S+ --subnet snet-ml --private-connection-resource-id \/subscriptions\/\S+\/registries\/crmlws0427 --group-id registry --connection-name crmlws0427-pe$/
      )
    ])
  })

  it('is unknown, naming the permission, when the registry cannot be read', async () => {
    const run = await runAction({ scenario: 'outbound-registry-forbidden', inputs: EGRESS })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('unknown')
    expect(out01?.detail).toContain('Microsoft.ContainerRegistry/registries/read')
    // The refused registry read is one cause, fixed by Reader on the registry's resource group.
    expect(out01?.cause?.key).toMatch(/^reader:\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/)
    expect(out01?.cause?.fix?.commands[0]).toMatch(
      /^az role assignment create --assignee <client-id> --role Reader --scope \/subscriptions\//
    )
  })
})

/**
 * Azure Firewall rules may name IP groups as sources and destinations
 * (https://learn.microsoft.com/azure/firewall/ip-groups); the groups are read
 * and their addresses compared like the rule's own.
 */
describe('OUT-04 reads the IP groups firewall rules use', () => {
  it('passes a network rule sourced from an IP group holding the subnet', async () => {
    const run = await runAction({ scenario: 'outbound-firewall-ipgroup', inputs: EGRESS })
    const out04 = result(run, 'OUT-04')
    expect(out04?.outcome).toBe('pass')
    expect(out04?.detail).toContain(
      'network rule acr-from-spokes in collection allow-registry-from-spokes'
    )
    expect(run.emulator.requests.some(r => /\/ipGroups\/ipg-spokes$/i.test(r.path))).toBe(true)
  })
})

/**
 * The subnets that really egress (issue 17 item 4). A private endpoint's NIC starts no connections,
 * and managed online deployments egress from the workspace's managed virtual network
 * (https://learn.microsoft.com/azure/machine-learning/how-to-managed-network), so on the managed
 * route only the `subnet-id` input and the image-build compute's subnet are judged. Images are built
 * on the image-build compute; serverless builds work only when the registry is not network
 * restricted (https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#enable-azure-container-registry-acr).
 */
describe('OUT-01/02/04 judge the subnets that egress', () => {
  it('skips them, saying why, when only managed deployments run (the PE subnet denies Internet)', async () => {
    const run = await runAction({
      scenario: 'outbound-managed-only',
      inputs: { 'fail-on': 'outbound' }
    })
    for (const id of ['OUT-01', 'OUT-02', 'OUT-04']) {
      expect(result(run, id)?.outcome).toBe('skipped')
      expect(result(run, id)?.detail).toContain(
        "Managed online deployments do not send traffic from your virtual network: their outbound traffic leaves from the workspace's managed virtual network, which MOE-04, MOE-06 and OUT-03 judge"
      )
    }
    expect(run.exitCode).toBe(0)
    expect(run.outputs['failed-checks'] ?? '').not.toMatch(/OUT-0[124]/)
  })

  it('judges the subnet the `subnet-id` input names', async () => {
    const run = await runAction({
      scenario: 'outbound-managed-only',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    expect(result(run, 'OUT-01')?.outcome).toBe('fail')
    expect(result(run, 'OUT-01')?.detail).toMatch(
      /^Subnet snet-ml is judged because the `subnet-id` input names it as the subnet inference traffic leaves from\. NSG nsg-ml denies traffic from subnet snet-ml to the container registry/
    )
    expect(run.exitCode).toBe(1)
  })

  it("fails OUT-01 on the image-build compute's subnet when its NSG blocks the private registry", async () => {
    const run = await runAction({
      scenario: 'outbound-image-build',
      inputs: { 'fail-on': 'outbound' }
    })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('fail')
    expect(out01?.detail).toMatch(
      /^Subnet snet-build is judged because compute cpu-build \(the workspace's `imageBuildCompute`\) builds every environment image in it and pushes it to the registry, which refuses public traffic \(crmlws0427 has `publicNetworkAccess` `Disabled`\)\. NSG nsg-build denies traffic from subnet snet-build to the registry's private endpoint/
    )
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']?.split(',')).toContain('OUT-01')
    // The compute's subnet and its NSG were read for the outbound checks.
    const paths = run.emulator.requests.map(r => r.path)
    expect(paths.some(p => /\/subnets\/snet-build$/i.test(p))).toBe(true)
    expect(paths.some(p => /\/networkSecurityGroups\/nsg-build$/i.test(p))).toBe(true)
  })

  it('fails OUT-01 on the registry when it is private and no image-build compute is set', async () => {
    const run = await runAction({
      scenario: 'outbound-image-build-missing',
      inputs: { 'fail-on': 'outbound' }
    })
    const out01 = result(run, 'OUT-01')
    expect(out01?.outcome).toBe('fail')
    expect(out01?.detail).toContain(
      'Registry crmlws0427 has public network access disabled and workspace ml-ws names no image-build compute'
    )
    expect(out01?.remedy?.commands).toEqual([
      'az ml workspace update --resource-group ml-rg --name ml-ws --image-build-compute <compute-cluster>'
    ])
    expect(result(run, 'OUT-04')?.outcome).toBe('skipped')
    expect(run.exitCode).toBe(1)
  })
})
