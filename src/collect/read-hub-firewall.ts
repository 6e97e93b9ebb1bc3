/**
 * The part of OUT-04's reads that follows a forced tunnel into a hub: when no Azure Firewall of
 * the route table's subscription holds a `VirtualAppliance` next hop address, the subnet's VNet
 * peerings are listed (VirtualNetworkPeerings_List, paged), and the firewalls of the
 * subscription of the peered VNet whose remote address space holds that address are listed
 * (then their policies are read like any other). Every failure is kept, never thrown.
 */
import {
  parentVirtualNetworkId,
  type AzureFirewall,
  type Read,
  type VirtualNetworkPeering
} from '../model/snapshot.js'
import {
  isVirtualWanHubVnet,
  peeringForAddress,
  subscriptionIdOf
} from '../evaluate/engine/next-hop.js'
import type { NetworkReader } from './network-reader.js'

type Json = Record<string, unknown>

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
}

function prefixesOf(space: unknown): string[] | undefined {
  const list = obj(space)['addressPrefixes']
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : undefined
}

/** A VirtualNetworkPeering body (Microsoft.Network, VirtualNetworkPeerings_List items). */
export function toVirtualNetworkPeering(raw: unknown): VirtualNetworkPeering {
  const body = obj(raw)
  const p = obj(body['properties'])
  const remote = obj(p['remoteVirtualNetwork'])['id']
  const state = p['peeringState']
  // remoteAddressSpace is what the peering routes to; the remote VNet's current space
  // (remoteVirtualNetworkAddressSpace) only once the peering is synced.
  const prefixes =
    prefixesOf(p['remoteAddressSpace']) ?? prefixesOf(p['remoteVirtualNetworkAddressSpace']) ?? []
  const flag = (name: string): boolean | undefined =>
    typeof p[name] === 'boolean' ? (p[name] as boolean) : undefined
  const forwarded = flag('allowForwardedTraffic')
  const access = flag('allowVirtualNetworkAccess')
  return {
    id: typeof body['id'] === 'string' ? body['id'] : '',
    name: typeof body['name'] === 'string' ? body['name'] : '',
    ...(typeof remote === 'string' && remote ? { remoteVirtualNetworkId: remote } : {}),
    remoteAddressPrefixes: prefixes,
    ...(typeof state === 'string' ? { peeringState: state } : {}),
    ...(forwarded !== undefined ? { allowForwardedTraffic: forwarded } : {}),
    ...(access !== undefined ? { allowVirtualNetworkAccess: access } : {})
  }
}

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
