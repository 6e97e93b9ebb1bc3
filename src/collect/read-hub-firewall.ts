/**
 * The part of OUT-04's reads that follows a forced tunnel into a hub: when no Azure Firewall of
 * the route table's subscription holds a `VirtualAppliance` next hop address, the subnet's VNet
 * peerings are listed (VirtualNetworkPeerings_List, paged), and the firewalls of the
 * subscription of the peered VNet whose remote address space holds that address are listed
 * (then their policies are read like any other). Every failure is kept, never thrown.
 */
import { parentVirtualNetworkId, type AzureFirewall, type Read } from '../model/snapshot.js'
import {
  isVirtualWanHubVnet,
  peeringForAddress,
  subscriptionIdOf
} from '../evaluate/engine/next-hop.js'
import type { NetworkReader } from './network-reader.js'

/**
 * The firewalls that may be the next hops `hops` of a subnet's route table in another
 * subscription, reached through the subnet VNet's peerings; `local` is the route table's
 * subscription's list, already read.
 */
export async function readHubFirewalls(
  network: NetworkReader,
  subnetId: string,
  hops: string[],
  local: Read<AzureFirewall[]>,
  localSubscription: string
): Promise<AzureFirewall[]> {
  const missing = hops.filter(
    ip => !local.ok || !local.value.some(f => f.privateIpAddresses.includes(ip))
  )
  const vnetId = parentVirtualNetworkId(subnetId)
  if (missing.length === 0 || !vnetId) return []
  const peerings = await network.virtualNetworkPeerings(vnetId)
  if (!peerings.ok) return []
  const subscriptions = new Map<string, string>()
  for (const ip of missing) {
    const peering = peeringForAddress(peerings.value, ip)
    const remote = peering?.remoteVirtualNetworkId
    // A peering not Connected carries no traffic, and a Virtual WAN hub's VNet is Microsoft's.
    if (!remote || !/^connected$/i.test(peering.peeringState ?? '') || isVirtualWanHubVnet(remote))
      continue
    const sub = subscriptionIdOf(remote)
    if (sub && sub.toLowerCase() !== localSubscription.toLowerCase())
      subscriptions.set(sub.toLowerCase(), sub)
  }
  const lists = await Promise.all([...subscriptions.values()].map(s => network.azureFirewallsIn(s)))
  return lists.flatMap(l =>
    l.ok ? l.value.filter(f => f.privateIpAddresses.some(ip => missing.includes(ip))) : []
  )
}
