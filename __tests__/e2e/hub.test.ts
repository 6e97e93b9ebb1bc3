/**
 * End-to-end (issue 17, item 5): a forced tunnel to a hub Azure Firewall in another
 * subscription than the route table, found as Azure's data path finds it. The spoke subnet's
 * route table sends 0.0.0.0/0 to VirtualAppliance 10.100.0.4; the spoke VNet is peered to a hub
 * VNet (10.100.0.0/16) in another subscription whose Azure Firewall has that private IP.
 *
 * - Hub and spoke with forced tunnelling to a hub firewall:
 *   https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke and
 *   https://learn.microsoft.com/azure/firewall/forced-tunneling; a user-defined route's
 *   VirtualAppliance next hop may be an address in a peered virtual network
 *   (https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#next-hop-types-across-azure-tools).
 * - VirtualNetworkPeering (REST spec, Microsoft.Network virtualNetwork.json,
 *   VirtualNetworkPeerings_List; https://learn.microsoft.com/rest/api/virtualnetwork/virtual-network-peerings/list):
 *   `remoteVirtualNetwork.id`, `remoteAddressSpace.addressPrefixes`, `peeringState`
 *   (Initiated / Connected / Disconnected). Traffic flows only once the peering is Connected
 *   (https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering).
 */
import { describe, expect, it } from '@jest/globals'
import { runAction, type ActionRun } from '../../emulator/run-action.js'
import { HUB_SUBSCRIPTION_ID } from '../../emulator/scenarios/hub.js'

interface ReportResult {
  checkId: string
  outcome: string
  detail: string
  resource?: { id?: string; name?: string }
  remedy?: { commands: string[]; placeholders?: unknown }
  cause?: { key: string; fix?: { commands: string[] } }
}

function out04(run: ActionRun): ReportResult[] {
  const report = JSON.parse(run.report ?? '{"results":[]}') as { results: ReportResult[] }
  return report.results.filter(r => r.checkId === 'OUT-04')
}

/**
 * OUT-04 judges only subnets traffic leaves from (issue 17 item 4): these runs name the spoke
 * subnet that carries the route table under test with `subnet-id`, as a user would.
 */
const EGRESS = {
  'subnet-id':
    '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/vnet-ml/subnets/snet-ml'
}

const VIA = 'sends 0.0.0.0/0 (route default-to-hub) to VirtualAppliance 10.100.0.4'

describe('OUT-04 follows a forced tunnel into a hub firewall of another subscription', () => {
  it('passes when the hub firewall policy allows the registry', async () => {
    const run = await runAction({
      scenario: 'hub-firewall-allows',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    const results = out04(run)
    expect(results.map(r => r.outcome)).toEqual(['pass'])
    const detail = results[0]!.detail
    expect(detail).toContain(VIA)
    expect(detail).toContain(
      `Azure Firewall afw-hub-eastus2 in subscription ${HUB_SUBSCRIPTION_ID}`
    )
    expect(detail).toContain('peered through peer-spoke-ml-to-hub')
    expect(detail).toContain('firewall policy afwp-hub-eastus2')
    expect(detail).toContain('network rule acr-eastus2 in collection allow-spoke-registry')
    // The hub's firewalls were listed in the hub's subscription, after the spoke's peerings.
    const paths = run.emulator.requests.filter(r => r.service === 'arm').map(r => r.path)
    expect(paths).toContain(
      `/subscriptions/${HUB_SUBSCRIPTION_ID}/providers/Microsoft.Network/azureFirewalls`
    )
    expect(paths.some(p => /\/virtualNetworks\/vnet-ml\/virtualNetworkPeerings$/i.test(p))).toBe(
      true
    )
    expect(run.outputs['failed-checks'] ?? '').not.toContain('OUT-04')
  })

  it('fails naming the hub firewall when its policy denies the registry', async () => {
    const run = await runAction({
      scenario: 'hub-firewall-denies',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    const results = out04(run)
    expect(results.map(r => r.outcome)).toEqual(['fail'])
    expect(results[0]!.detail).toContain('Azure Firewall afw-hub-eastus2')
    expect(results[0]!.detail).toContain('registry traffic is denied')
    expect(results[0]!.detail).toContain('collection deny-spoke-registry (priority 310, Deny)')
    expect(results[0]!.resource?.id).toMatch(/\/azureFirewalls\/afw-hub-eastus2$/)
    // The allow goes in the hub policy's group that holds the deny, with a free priority before it.
    expect(results[0]!.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network firewall policy rule-collection-group collection add-filter-collection --subscription 7d3f1c2a-9b8e-4f6d-a5c4-3e2b1a0f9d8c --resource-group \S+ --policy-name \S+ --rcg-name \S+ --name allow-acr --collection-priority 309 --action Allow --rule-type NetworkRule --rule-name acr --ip-protocols TCP --source-addresses 10\.20\.1\.0\/24 --destination-addresses AzureContainerRegistry\.EastUS2 --destination-ports 443$/
      )
    ])
    expect(run.exitCode).toBe(1)
    expect(run.outputs['failed-checks']?.split(',')).toContain('OUT-04')
  })

  it("is unknown naming the hub's subscription and the Reader role when it refuses the read (403)", async () => {
    const run = await runAction({
      scenario: 'hub-firewall-forbidden',
      inputs: { 'fail-on': 'outbound', ...EGRESS }
    })
    const results = out04(run)
    expect(results.map(r => r.outcome)).toEqual(['unknown'])
    const detail = results[0]!.detail
    expect(detail).toContain(
      `the Azure Firewalls of subscription ${HUB_SUBSCRIPTION_ID} could not be listed (HTTP 403 AuthorizationFailed`
    )
    expect(detail).toContain(`Grant the identity Reader on subscription ${HUB_SUBSCRIPTION_ID}`)
    expect(detail).toContain('peered through peer-spoke-ml-to-hub')
    // One cause: Reader on the hub's subscription, with the command.
    expect(results[0]!.cause?.key).toBe(`reader:/subscriptions/${HUB_SUBSCRIPTION_ID}`)
    expect(results[0]!.cause?.fix?.commands).toEqual([
      `az role assignment create --assignee <client-id> --role Reader --scope /subscriptions/${HUB_SUBSCRIPTION_ID}`
    ])
    // Never a pass: an unknown check fails the step (fail closed).
    expect(run.outputs['failed-checks']?.split(',')).toContain('OUT-04')
    expect(run.exitCode).toBe(1)
  })

  it('stays unknown for an appliance no peering leads to, and says so', async () => {
    // 10.20.0.100 is in the spoke's own space: a third-party appliance, not an Azure Firewall.
    const run = await runAction({ scenario: 'outbound-appliance', inputs: EGRESS })
    const results = out04(run)
    expect(results.map(r => r.outcome)).toEqual(['unknown'])
    expect(results[0]!.detail).toContain(
      "10.20.0.100, which is not an Azure Firewall this identity can read in the subscription, and no peering of the subnet's virtual network has it in its remote address space"
    )
  })

  it('fails when the peering to the hub is not Connected (it carries no traffic)', async () => {
    const run = await runAction({ scenario: 'hub-peering-initiated', inputs: EGRESS })
    const results = out04(run)
    expect(results.map(r => r.outcome)).toEqual(['fail'])
    expect(results[0]!.detail).toContain(
      'peered through peer-spoke-ml-to-hub, whose state is Initiated'
    )
    expect(results[0]!.detail).toContain('image pulls fail')
    // The missing half of the peering, created in the hub back to the spoke.
    expect(results[0]!.remedy?.commands).toEqual([
      expect.stringMatching(
        /^az network vnet peering create --subscription 7d3f1c2a-9b8e-4f6d-a5c4-3e2b1a0f9d8c --resource-group \S+ --vnet-name \S+ --name \S+-to-vnet-ml --remote-vnet \/subscriptions\/11111111-2222-3333-4444-555555555555\/resourceGroups\/net-rg\/providers\/Microsoft\.Network\/virtualNetworks\/vnet-ml --allow-vnet-access --allow-forwarded-traffic$/
      )
    ])
    // Nothing is read in the hub's subscription for a peering that carries no traffic.
    const hubReads = run.emulator.requests.filter(r => r.path.includes(HUB_SUBSCRIPTION_ID))
    expect(hubReads).toEqual([])
  })
})
