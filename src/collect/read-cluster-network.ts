/**
 * The AKS-managed virtual network of AKS clusters whose node pools name no
 * subnet: AKS then creates a VNet named `aks-vnet-<number>` in the cluster's
 * node resource group (`nodeResourceGroup`), and the Kubernetes inferencing
 * article supports that network like one of your own. It is found by listing
 * the VNets of the node resource group; every failure is kept.
 */
import {
  parentVirtualNetworkId,
  resourceKey,
  type ManagedCluster,
  type Read,
  type Snapshot,
  type VirtualNetwork
} from '../model/snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import { toVirtualNetwork } from '../model/normalize.js'
import { listByUrl } from './read-routes.js'
import { getArmJson, leafRead, mapRead, read } from './read.js'

/** `aks-vnet-` followed by the number AKS gives it. */
export const AKS_MANAGED_VNET = /^aks-vnet-\d+$/i

/** True when a node pool of `cluster` names no subnet (AKS created the network). */
export function usesAksManagedVnet(cluster: ManagedCluster): boolean {
  return cluster.agentPools.some(p => !p.vnetSubnetId)
}

export async function readAksManagedVnets(
  clients: Pick<AzureClients, 'networkFor' | 'sender' | 'armEndpoint'>,
  clusters: Snapshot['managedClusters']
): Promise<NonNullable<Snapshot['aksManagedVirtualNetworks']>> {
  const entries = await Promise.all(
    Object.entries(clusters).map(async ([key, cluster]) => {
      if (!cluster.ok || !usesAksManagedVnet(cluster.value)) return undefined
      const subscription = /^\/subscriptions\/([^/]+)\//i.exec(cluster.value.id)?.[1]
      const group = cluster.value.nodeResourceGroup
      if (!subscription || !group) return undefined
      const path = `/subscriptions/${subscription}/resourceGroups/${encodeURIComponent(group)}/providers/Microsoft.Network/virtualNetworks`
      // Through the network client's pipeline: the Machine Learning client's rewrites api-version.
      const raw: Read<unknown[]> = await read(async () =>
        leafRead(async () =>
          listByUrl(
            clients.sender(await clients.networkFor(subscription)),
            clients.armEndpoint,
            path,
            API_VERSIONS['Microsoft.Network']
          )
        )
      )
      const vnets = mapRead(raw, items =>
        items.map(toVirtualNetwork).filter(v => AKS_MANAGED_VNET.test(v.name))
      )
      return [resourceKey(key), vnets] as const
    })
  )
  return Object.fromEntries(entries.filter(e => e !== undefined))
}

/** The VNets an AKS cluster's nodes run in: its pools' subnets' VNets and its AKS-managed VNet. */
export function clusterVnetIds(
  cluster: ManagedCluster,
  managedVnets: Read<VirtualNetwork[]> | undefined
): string[] {
  const ids = cluster.agentPools
    .map(p => (p.vnetSubnetId ? parentVirtualNetworkId(p.vnetSubnetId) : undefined))
    .filter((id): id is string => !!id)
  if (managedVnets?.ok) ids.push(...managedVnets.value.map(v => v.id))
  return [...new Map(ids.map(id => [resourceKey(id), id])).values()]
}

/**
 * Connected peerings (remote VNet ids) of each cluster VNet that does not itself hold every
 * private endpoint read (the workspace's, and once an AKS cluster is attached its storage
 * account's, key vault's and registry's), keyed by lower-cased VNet id: K8S-09 needs them to tell
 * whether a private endpoint is in a peered network. A raw GET (Microsoft.Network 2026-01-01)
 * through the network client's pipeline: the normalized VNet keeps no peerings.
 */
export async function readClusterVnetPeerings(
  clients: Pick<AzureClients, 'networkFor' | 'sender' | 'armEndpoint'>,
  clusters: Snapshot['managedClusters'],
  managedVnets: NonNullable<Snapshot['aksManagedVirtualNetworks']>,
  privateEndpoints: Snapshot['privateEndpoints'],
  /** VNet bodies already read (or being read) by the network reader, by lower-cased id. */
  readVnets?: { has(key: string): boolean; read(id: string): Promise<Read<unknown>> }
): Promise<NonNullable<Snapshot['clusterVnetPeerings']>> {
  const peVnets = privateEndpointVnetKeys(privateEndpoints)
  if (peVnets.size === 0) return {}
  const vnets = Object.entries(clusters).flatMap(([key, cluster]) =>
    cluster.ok ? clusterVnetIds(cluster.value, managedVnets[key]) : []
  )
  const needed = [...new Map(vnets.map(id => [resourceKey(id), id])).values()].filter(id =>
    [...peVnets].some(pe => pe !== resourceKey(id))
  )
  const entries = await Promise.all(
    needed.map(async id => {
      // A VNet already read (a node pool's, read early so its subnets come from it) is not read again.
      const shared = readVnets?.has(resourceKey(id)) ? await readVnets.read(id) : undefined
      if (shared) {
        return [
          resourceKey(id),
          mapRead(shared, body => connectedPeerings(asObject(body)))
        ] as const
      }
      const subscription = /^\/subscriptions\/([^/]+)\//i.exec(id)?.[1] ?? ''
      const result = await read(async () =>
        leafRead(async () => {
          const sender = clients.sender(await clients.networkFor(subscription))
          const url = `${new URL(clients.armEndpoint).origin}${id}?api-version=${API_VERSIONS['Microsoft.Network']}`
          const body = await getArmJson(sender, url, 'resource')
          return connectedPeerings(body)
        })
      )
      return [resourceKey(id), result] as const
    })
  )
  return Object.fromEntries(entries)
}

function asObject(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {}
}

/**
 * The node pools' VNets the peering read above will need: with a private endpoint read, every
 * cluster VNet that holds none of them. Started as soon as the clusters are in, so the node
 * pools' subnets are taken from their VNet's body instead of one GET each.
 */
export function clusterVnetsForPeerings(
  clusters: Snapshot['managedClusters'],
  privateEndpoints: Snapshot['privateEndpoints']
): string[] {
  const peVnets = privateEndpointVnetKeys(privateEndpoints)
  if (peVnets.size === 0) return []
  const ids = Object.values(clusters)
    .flatMap(cluster => (cluster.ok ? clusterVnetIds(cluster.value, undefined) : []))
    .filter(id => !peVnets.has(resourceKey(id)))
  return [...new Map(ids.map(id => [resourceKey(id), id])).values()]
}

/** Remote VNet ids of the peerings in a VNet body whose peeringState is Connected. */
export function connectedPeerings(body: Record<string, unknown>): string[] {
  const props = (body['properties'] ?? {}) as Record<string, unknown>
  const peerings = Array.isArray(props['virtualNetworkPeerings'])
    ? props['virtualNetworkPeerings']
    : []
  return peerings
    .map(p => ((p ?? {}) as { properties?: Record<string, unknown> }).properties ?? {})
    .filter(p => String(p['peeringState'] ?? '').toLowerCase() === 'connected')
    .map(p => ((p['remoteVirtualNetwork'] ?? {}) as { id?: unknown }).id)
    .filter((id): id is string => typeof id === 'string' && id.length > 0)
}

/** The keys of the virtual networks the read private endpoints sit in. */
function privateEndpointVnetKeys(privateEndpoints: Snapshot['privateEndpoints']): Set<string> {
  return new Set(
    Object.values(privateEndpoints)
      .map(pe =>
        pe.ok && pe.value.subnetId ? parentVirtualNetworkId(pe.value.subnetId) : undefined
      )
      .filter((id): id is string => !!id)
      .map(resourceKey)
  )
}
