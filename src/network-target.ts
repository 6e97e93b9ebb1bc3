/**
 * Which virtual network and subnet "secure the workspace" (the article's
 * prerequisite), and which subnets outbound traffic leaves from. Named by the
 * `vnet-id` / `subnet-id` inputs, else discovered from what was read. Pure:
 * collection uses it to decide what to read next, checks to judge.
 */
import { parentVirtualNetworkId, type Snapshot } from './snapshot.js'

export interface NetworkTarget {
  vnetId?: string
  subnetId?: string
  /** Where vnetId/subnetId came from. */
  source: 'input' | 'private-endpoint' | 'none'
  /** Subnets whose NSG and route table decide outbound traffic, de-duplicated (first spelling kept). */
  relevantSubnetIds: string[]
}

/** The parts of a snapshot network resolution reads (collection calls it before the snapshot is complete). */
export type NetworkTargetInput = Pick<Snapshot, 'request' | 'workspace' | 'privateEndpoints'>

export function resolveNetworkTarget(snapshot: NetworkTargetInput): NetworkTarget {
  const peSubnets = privateEndpointSubnetIds(snapshot)
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
  } else {
    target = { source: 'none' }
  }
  return {
    ...target,
    relevantSubnetIds: uniqueIds([target.subnetId, ...peSubnets])
  }
}

/** Subnets of the workspace's private endpoints that were read, in connection order. */
function privateEndpointSubnetIds(snapshot: NetworkTargetInput): string[] {
  if (!snapshot.workspace.ok) return []
  return uniqueIds(
    snapshot.workspace.value.privateEndpointConnections.map(c => {
      const pe = c.privateEndpointId
        ? snapshot.privateEndpoints[c.privateEndpointId.toLowerCase()]
        : undefined
      return pe?.ok ? pe.value.subnetId : undefined
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
