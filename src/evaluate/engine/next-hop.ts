/**
 * Which Azure Firewall a route's `VirtualAppliance` next hop address is, pure, as Azure's data
 * path reaches it: an address of the route table's own subscription's firewalls, else the
 * address falls inside the remote address space of one peering of the subnet's VNet (hub and
 * spoke: https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke) and
 * the firewall is one of that VNet's subscription. A peering carries traffic only when its
 * state is `Connected`
 * (https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering).
 */
import type { AzureFirewall, Read, ReadError, VirtualNetworkPeering } from '../../model/snapshot.js'
import { parsePrefix } from './prefixes.js'

/** The subscription id of an ARM id, as written. */
export function subscriptionIdOf(id: string): string | undefined {
  return /^\/subscriptions\/([^/]+)/i.exec(id)?.[1]
}

/**
 * The peering whose remote address space holds `address` (the longest such prefix wins, as
 * routes do), or undefined.
 */
export function peeringForAddress(
  peerings: readonly VirtualNetworkPeering[],
  address: string
): VirtualNetworkPeering | undefined {
  const hop = parsePrefix(address)
  if (!hop || hop.start !== hop.end) return undefined
  let best: { peering: VirtualNetworkPeering; size: bigint } | undefined
  for (const peering of peerings) {
    for (const prefix of peering.remoteAddressPrefixes) {
      const range = parsePrefix(prefix)
      if (!range || range.family !== hop.family) continue
      if (hop.start < range.start || hop.start > range.end) continue
      const size = range.end - range.start
      if (!best || size < best.size) best = { peering, size }
    }
  }
  return best?.peering
}

/**
 * A Virtual WAN hub shows in a spoke as a peering to a Microsoft-managed VNet named `HV_<hub>_…`
 * (resource group `RG_<hub>_…`) in a subscription the customer cannot read: its secured-hub
 * firewall is not listed there.
 */
export function isVirtualWanHubVnet(vnetId: string): boolean {
  return /\/resourceGroups\/RG_[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/HV_[^/]+$/i.test(
    vnetId
  )
}

export type NextHopFirewall =
  /** `peering` set when the firewall was found through a peering. */
  | { kind: 'firewall'; firewall: AzureFirewall; peering?: VirtualNetworkPeering }
  | { kind: 'peering-not-connected'; peering: VirtualNetworkPeering }
  | { kind: 'virtual-wan-hub'; peering: VirtualNetworkPeering }
  /** The firewall list of `subscriptionId` failed or was not read. */
  | {
      kind: 'unlisted'
      subscriptionId: string
      error?: ReadError
      peering?: VirtualNetworkPeering
    }
  /** No Azure Firewall of `subscriptionId` has the address. */
  | {
      kind: 'no-firewall'
      subscriptionId: string
      peering?: VirtualNetworkPeering
      /** Why the subnet's VNet peerings are not known, when they are not. */
      peeringsError?: ReadError
    }

function holding(
  list: Read<AzureFirewall[]> | undefined,
  address: string
): AzureFirewall | undefined {
  return list?.ok ? list.value.find(f => f.privateIpAddresses.includes(address)) : undefined
}

/**
 * Resolves `address` for a route table of `routeTableSubscription`; `firewallsIn` gives the
 * firewall list read for a subscription id, `peerings` the subnet VNet's peerings (undefined:
 * not read).
 */
export function resolveNextHopFirewall(
  address: string,
  routeTableSubscription: string,
  firewallsIn: (subscriptionId: string) => Read<AzureFirewall[]> | undefined,
  peerings: Read<VirtualNetworkPeering[]> | undefined
): NextHopFirewall {
  const local = firewallsIn(routeTableSubscription)
  const own = holding(local, address)
  if (own) return { kind: 'firewall', firewall: own }
  const peering = peerings?.ok ? peeringForAddress(peerings.value, address) : undefined
  const remote = peering?.remoteVirtualNetworkId
  if (peering && remote) {
    if (!/^connected$/i.test(peering.peeringState ?? '')) {
      return { kind: 'peering-not-connected', peering }
    }
    if (isVirtualWanHubVnet(remote)) return { kind: 'virtual-wan-hub', peering }
    const subscriptionId = subscriptionIdOf(remote) ?? routeTableSubscription
    const list = firewallsIn(subscriptionId)
    const found = holding(list, address)
    if (found) return { kind: 'firewall', firewall: found, peering }
    if (!list?.ok) {
      return { kind: 'unlisted', subscriptionId, ...(list ? { error: list.error } : {}), peering }
    }
    return { kind: 'no-firewall', subscriptionId, peering }
  }
  if (!local?.ok) {
    return {
      kind: 'unlisted',
      subscriptionId: routeTableSubscription,
      ...(local ? { error: local.error } : {})
    }
  }
  return {
    kind: 'no-firewall',
    subscriptionId: routeTableSubscription,
    ...(peerings && !peerings.ok ? { peeringsError: peerings.error } : {})
  }
}
