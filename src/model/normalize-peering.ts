// ARM body -> model for a VNet peering, in model/ beside the other normalizers: the network
// reader lists peerings and the hub-firewall read follows them, without importing each other.
import type { VirtualNetworkPeering } from './snapshot.js'
import { asObject as obj } from './json-shape.js'

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
