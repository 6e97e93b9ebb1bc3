/**
 * Which virtual network and subnet "secure the workspace" (the article's
 * prerequisite), and which subnets outbound traffic leaves from. Named by the
 * `vnet-id` / `subnet-id` inputs, else discovered from what was read. Pure:
 * collection uses it to decide what to read next, checks to judge.
 */
import { clusterKind, decideRoutes, isClusterCompute } from './route.js'
import { parentVirtualNetworkId, resourceKey, type Snapshot } from './snapshot.js'

export interface NetworkTarget {
  vnetId?: string
  subnetId?: string
  /** Where vnetId/subnetId came from. */
  source: 'input' | 'private-endpoint' | 'node-pool' | 'none'
  /** Subnets whose NSG and route table decide outbound traffic, de-duplicated (first spelling kept). */
  relevantSubnetIds: string[]
}

/**
 * The parts of a snapshot network resolution reads (collection calls it before
 * the snapshot is complete). Without the route fields, node pools are not used.
 */
export type NetworkTargetInput = Pick<Snapshot, 'request' | 'workspace' | 'privateEndpoints'> &
  Partial<Pick<Snapshot, 'onlineEndpoints' | 'computes' | 'managedClusters'>>

export function resolveNetworkTarget(snapshot: NetworkTargetInput): NetworkTarget {
  const peSubnets = privateEndpointSubnetIds(snapshot)
  const nodePoolSubnets = nodePoolSubnetIds(snapshot)
  const { vnetId: vnetInput, subnetId: subnetInput } = snapshot.request
  let target: Pick<NetworkTarget, 'vnetId' | 'subnetId' | 'source'>
  if (subnetInput || vnetInput) {
    target = {
      subnetId: subnetInput,
      vnetId: vnetInput ?? (subnetInput ? parentVirtualNetworkId(subnetInput) : undefined),
      source: 'input'
    }
  } else if (peSubnets[0]) {
    target = {
      subnetId: peSubnets[0],
      vnetId: parentVirtualNetworkId(peSubnets[0]),
      source: 'private-endpoint'
    }
  } else if (nodePoolSubnets[0]) {
    target = {
      subnetId: nodePoolSubnets[0],
      vnetId: parentVirtualNetworkId(nodePoolSubnets[0]),
      source: 'node-pool'
    }
  } else {
    target = { source: 'none' }
  }
  return {
    ...target,
    relevantSubnetIds: uniqueIds([target.subnetId, ...peSubnets, ...nodePoolSubnets])
  }
}

/** Subnets of the workspace's private endpoints that were read, in connection order. */
function privateEndpointSubnetIds(snapshot: NetworkTargetInput): string[] {
  if (!snapshot.workspace.ok) return []
  // A pending or rejected connection carries no traffic: its subnet neither secures the
  // workspace nor decides its outbound path.
  const approved = snapshot.workspace.value.privateEndpointConnections.filter(
    c => c.status?.toLowerCase() === 'approved'
  )
  return uniqueIds(
    approved.map(c => {
      const pe = c.privateEndpointId
        ? snapshot.privateEndpoints[c.privateEndpointId.toLowerCase()]
        : undefined
      return pe?.ok ? pe.value.subnetId : undefined
    })
  )
}

/**
 * On the Kubernetes route, the subnets of the attached AKS clusters' node pools
 * (where inference traffic runs), in compute and pool order.
 */
function nodePoolSubnetIds(snapshot: NetworkTargetInput): string[] {
  const { onlineEndpoints, computes, managedClusters } = snapshot
  if (!onlineEndpoints || !computes || !managedClusters || !computes.ok) return []
  const { routes } = decideRoutes({ request: snapshot.request, onlineEndpoints, computes })
  if (!routes.includes('kubernetes')) return []
  return uniqueIds(
    computes.value
      .filter(isClusterCompute)
      .flatMap(c => (c.resourceId && clusterKind(c.resourceId) === 'aks' ? [c.resourceId] : []))
      .flatMap(id => {
        const cluster = managedClusters[resourceKey(id)]
        return cluster?.ok ? cluster.value.agentPools.map(p => p.vnetSubnetId) : []
      })
  )
}

export function uniqueIds(ids: Array<string | undefined>): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const id of ids) {
    if (!id || seen.has(id.toLowerCase())) continue
    seen.add(id.toLowerCase())
    out.push(id)
  }
  return out
}
