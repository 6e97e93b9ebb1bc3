/**
 * The AKS-managed virtual network of AKS clusters whose node pools name no
 * subnet: AKS then creates a VNet named `aks-vnet-<number>` in the cluster's
 * node resource group (`nodeResourceGroup`), and the Kubernetes inferencing
 * article supports that network like one of your own. It is found by listing
 * the VNets of the node resource group; every failure is kept.
 */
import { resourceKey, type ManagedCluster, type Read, type Snapshot } from '../snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import { toVirtualNetwork } from './normalize.js'
import { listByUrl } from './read-routes.js'
import { leafRead, mapRead, read } from './read.js'

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
