/**
 * Which Azure Firewall a VirtualAppliance next hop is (src/evaluate/engine/next-hop.ts). As Azure's data
 * path reaches it: the next hop address must be in the address space of the VNet or of a peered
 * VNet (https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview);
 * a peering's remote space is `remoteAddressSpace.addressPrefixes` and it carries traffic only
 * when `peeringState` is Connected (REST spec VirtualNetworkPeering,
 * https://learn.microsoft.com/rest/api/virtualnetwork/virtual-network-peerings/get).
 */
import { describe, expect, it } from '@jest/globals'
import {
  isVirtualWanHubVnet,
  peeringForAddress,
  resolveNextHopFirewall
} from '../../src/evaluate/engine/next-hop.js'
import { toVirtualNetworkPeering } from '../../src/model/normalize-peering.js'
import type { AzureFirewall, Read, VirtualNetworkPeering } from '../../src/model/snapshot.js'

const SPOKE_SUB = '11111111-2222-3333-4444-555555555555'
const HUB_SUB = '7d3f1c2a-9b8e-4f6d-a5c4-3e2b1a0f9d8c'
const HUB_VNET = `/subscriptions/${HUB_SUB}/resourceGroups/rg-hub/providers/Microsoft.Network/virtualNetworks/vnet-hub`

function peering(
  name: string,
  prefixes: string[],
  remote = HUB_VNET,
  peeringState = 'Connected'
): VirtualNetworkPeering {
  return {
    id: `/subscriptions/${SPOKE_SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke/virtualNetworkPeerings/${name}`,
    name,
    remoteVirtualNetworkId: remote,
    remoteAddressPrefixes: prefixes,
    peeringState
  }
}

function firewall(sub: string, name: string, ip: string): AzureFirewall {
  return {
    id: `/subscriptions/${sub}/resourceGroups/rg-hub/providers/Microsoft.Network/azureFirewalls/${name}`,
    name,
    privateIpAddresses: [ip],
    ruleCollections: []
  }
}

const ok = <T>(value: T): Read<T> => ({ ok: true, value })
const forbidden: Read<never> = {
  ok: false,
  error: { status: 403, code: 'AuthorizationFailed', message: 'no read' }
}

describe('peeringForAddress', () => {
  const hub = peering('to-hub', ['10.100.0.0/16'])
  const wide = peering('to-wide', ['10.0.0.0/8'], HUB_VNET.replace('vnet-hub', 'vnet-wide'))
  const v6 = peering('to-v6', ['fd00:100::/48'])

  it.each([
    ['10.100.0.4', [hub], 'to-hub'],
    ['10.101.0.4', [hub], undefined],
    // The most specific remote prefix holding the address wins, as routes do.
    ['10.100.0.4', [wide, hub], 'to-hub'],
    ['10.7.0.4', [wide, hub], 'to-wide'],
    ['fd00:100::4', [hub, v6], 'to-v6'],
    ['fd00:101::4', [hub, v6], undefined],
    // Not an address (a next hop is one address, never a prefix or a name).
    ['10.100.0.0/24', [hub], undefined],
    ['fw.contoso.com', [hub], undefined]
  ])('%s in %j → %s', (address, peerings, expected) => {
    expect(peeringForAddress(peerings as VirtualNetworkPeering[], address)?.name).toBe(expected)
  })
})

describe('isVirtualWanHubVnet', () => {
  it('tells a Virtual WAN hub VNet (HV_ in RG_) from a customer VNet', () => {
    expect(
      isVirtualWanHubVnet(
        '/subscriptions/0c1e0f3a-2222-4444-8888-000000000000/resourceGroups/RG_vhub-weu_0b8f2c/providers/Microsoft.Network/virtualNetworks/HV_vhub-weu_4d1a9e'
      )
    ).toBe(true)
    expect(isVirtualWanHubVnet(HUB_VNET)).toBe(false)
  })
})

describe('resolveNextHopFirewall', () => {
  const localFw = firewall(SPOKE_SUB, 'fw-local', '10.20.0.4')
  const hubFw = firewall(HUB_SUB, 'fw-hub', '10.100.0.4')
  const lists =
    (byLowerSub: Record<string, Read<AzureFirewall[]>>) =>
    (sub: string): Read<AzureFirewall[]> | undefined =>
      byLowerSub[sub.toLowerCase()]

  it("takes a firewall of the route table's subscription first", () => {
    const hop = resolveNextHopFirewall(
      '10.20.0.4',
      SPOKE_SUB,
      lists({ [SPOKE_SUB]: ok([localFw]) }),
      undefined
    )
    expect(hop).toEqual({ kind: 'firewall', firewall: localFw })
  })

  it("finds the hub firewall in the peered VNet's subscription", () => {
    const p = peering('to-hub', ['10.100.0.0/16'])
    const hop = resolveNextHopFirewall(
      '10.100.0.4',
      SPOKE_SUB,
      lists({ [SPOKE_SUB]: ok([localFw]), [HUB_SUB]: ok([hubFw]) }),
      ok([p])
    )
    expect(hop).toEqual({ kind: 'firewall', firewall: hubFw, peering: p })
  })

  it("is unlisted, naming the hub's subscription and Azure's error, when the hub refuses the read", () => {
    const p = peering('to-hub', ['10.100.0.0/16'])
    const hop = resolveNextHopFirewall(
      '10.100.0.4',
      SPOKE_SUB,
      lists({ [SPOKE_SUB]: ok([localFw]), [HUB_SUB]: forbidden }),
      ok([p])
    )
    expect(hop).toEqual({
      kind: 'unlisted',
      subscriptionId: HUB_SUB,
      error: forbidden.error,
      peering: p
    })
  })

  it('says a peering that is not Connected carries the traffic nowhere', () => {
    const p = peering('to-hub', ['10.100.0.0/16'], HUB_VNET, 'Initiated')
    const hop = resolveNextHopFirewall('10.100.0.4', SPOKE_SUB, lists({}), ok([p]))
    expect(hop).toEqual({ kind: 'peering-not-connected', peering: p })
  })

  it('is no-firewall when the peered VNet holds another appliance at that address', () => {
    const p = peering('to-hub', ['10.100.0.0/16'])
    const hop = resolveNextHopFirewall(
      '10.100.0.10',
      SPOKE_SUB,
      lists({ [SPOKE_SUB]: ok([]), [HUB_SUB]: ok([hubFw]) }),
      ok([p])
    )
    expect(hop).toEqual({ kind: 'no-firewall', subscriptionId: HUB_SUB, peering: p })
  })

  it('is no-firewall for an address in no peered space, with why the peerings are unknown', () => {
    const hop = resolveNextHopFirewall(
      '192.168.50.4',
      SPOKE_SUB,
      lists({ [SPOKE_SUB]: ok([localFw]) }),
      forbidden
    )
    expect(hop).toEqual({
      kind: 'no-firewall',
      subscriptionId: SPOKE_SUB,
      peeringsError: forbidden.error
    })
  })

  it('names a Virtual WAN hub rather than asking for Reader on Microsoft’s subscription', () => {
    const vwan =
      '/subscriptions/0c1e0f3a-2222-4444-8888-000000000000/resourceGroups/RG_vhub-weu_0b8f2c/providers/Microsoft.Network/virtualNetworks/HV_vhub-weu_4d1a9e'
    const p = peering('RemoteVnetToHubPeering_0b8f2c', ['10.200.0.0/23'], vwan)
    const hop = resolveNextHopFirewall('10.200.0.132', SPOKE_SUB, lists({}), ok([p]))
    expect(hop).toEqual({ kind: 'virtual-wan-hub', peering: p })
  })
})

describe('toVirtualNetworkPeering', () => {
  it('keeps the remote VNet, the remote address space the peering routes to and its state', () => {
    // Shape of a VirtualNetworkPeerings_List item (REST spec example VirtualNetworkPeeringList.json).
    const body = {
      name: 'peer-spoke-to-hub',
      id: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/spoke/virtualNetworkPeerings/peer-spoke-to-hub',
      etag: 'W/"00000000-0000-0000-0000-000000000000"',
      type: 'Microsoft.Network/virtualNetworks/virtualNetworkPeerings',
      properties: {
        allowVirtualNetworkAccess: true,
        allowForwardedTraffic: false,
        allowGatewayTransit: false,
        useRemoteGateways: false,
        remoteVirtualNetwork: { id: HUB_VNET },
        remoteAddressSpace: { addressPrefixes: ['10.100.0.0/16'] },
        remoteVirtualNetworkAddressSpace: { addressPrefixes: ['10.100.0.0/16', '10.101.0.0/16'] },
        peeringState: 'Connected',
        peeringSyncLevel: 'RemoteNotInSync',
        provisioningState: 'Succeeded'
      }
    }
    expect(toVirtualNetworkPeering(body)).toEqual({
      id: body.id,
      name: 'peer-spoke-to-hub',
      remoteVirtualNetworkId: HUB_VNET,
      // Not yet synced: only the space the peering was made with is routed.
      remoteAddressPrefixes: ['10.100.0.0/16'],
      peeringState: 'Connected',
      allowForwardedTraffic: false,
      allowVirtualNetworkAccess: true
    })
  })
})
