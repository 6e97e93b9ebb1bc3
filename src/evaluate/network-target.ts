/**
 * Which virtual network and subnet "secure the workspace" (the article's
 * prerequisite), and which subnets outbound traffic leaves from. Named by the
 * `vnet-id` / `subnet-id` inputs, else discovered from what was read. Pure:
 * collection uses it to decide what to read next, checks to judge.
 */
import { aksClusterRead, attachedClusters, clusterKind, isClusterCompute } from './clusters.js'
import { decideRoutes } from './route.js'
import {
  parentVirtualNetworkId,
  resourceKey,
  resourceName,
  type Compute,
  type ReadError,
  type Snapshot
} from '../model/snapshot.js'
import { joinText, text, type Text } from '../model/text.js'
import { dependencyNetworkAccess, workspaceRegistryId } from './dependencies.js'

export interface NetworkTarget {
  vnetId?: string
  subnetId?: string
  /** Where vnetId/subnetId came from. */
  source: 'input' | 'private-endpoint' | 'node-pool' | 'none'
  /** Subnets whose NSG and route table decide outbound traffic, de-duplicated (first spelling kept). */
  relevantSubnetIds: string[]
  /**
   * The subnets of `relevantSubnetIds` traffic leaves from, as `egressSubnets` finds them (the
   * private endpoints' subnets only receive): the only ones whose NSG and route table are read.
   */
  egressSubnetIds: string[]
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
  const buildSubnet = imageBuildCompute(snapshot).subnetId
  return {
    ...target,
    // The image-build compute's subnet is read too: OUT checks judge it (egressSubnets).
    relevantSubnetIds: uniqueIds([target.subnetId, ...peSubnets, ...nodePoolSubnets, buildSubnet]),
    egressSubnetIds: uniqueIds([subnetInput, ...nodePoolSubnets, buildSubnet])
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
  return uniqueIds(nodePools(snapshot).map(p => p.subnetId))
}

/** A subnet whose NSG and route table decide outbound traffic, and why traffic leaves from it. */
export interface EgressSubnet {
  id: string
  source: 'input' | 'node-pool' | 'image-build-compute'
  /** Why traffic leaves from it, to follow "because": "the `subnet-id` input names it". */
  why: Text
}

/**
 * The subnets outbound image traffic really leaves from. When there are none and none can be
 * missing, `none` says why (a `skipped` result); what cannot be told is in `unresolved`.
 */
export interface EgressResolution {
  subnets: EgressSubnet[]
  none?: { outcome: 'skipped'; reason: Text }
  /** Subnets that may egress but cannot be told (computes or a cluster unread, the image-build compute missing): an `unknown` result. */
  unresolved?: Text
  /** The first read behind `unresolved` that Azure refused, for the result's cause. */
  unresolvedRead?: UnresolvedRead
  /** Set when `unresolved` is the image-build compute missing (its fix: `az ml workspace update --image-build-compute`). */
  buildComputeMissing?: true
  /**
   * The registry refuses public traffic and nothing in your network builds images: Azure Machine
   * Learning builds them on serverless compute, which cannot reach a network-restricted registry.
   */
  unbuildable?: { registryId: string; detail: Text }
}

/** A read that failed, so some egress subnets cannot be told. */
export interface UnresolvedRead {
  what: Text
  resourceId: string
  error: ReadError
}

/** A sentence of `unresolved`, with the read behind it or its fix. */
interface Unresolved {
  detail: Text
  read?: UnresolvedRead
  buildComputeMissing?: true
}

const IMAGE_BUILD_DOC =
  'https://learn.microsoft.com/azure/machine-learning/how-to-secure-workspace-vnet#enable-azure-container-registry-acr'

/**
 * Which subnets start the connections OUT-01/02/04 judge. A private endpoint's NIC only receives
 * connections, and managed online deployments egress from the workspace's managed network, not
 * from yours; so only these egress: the `subnet-id` input, the attached AKS clusters' node pools
 * (Kubernetes route), and the subnet of the workspace's image-build compute, which builds every
 * environment image and pushes it to the registry (how-to-secure-workspace-vnet).
 */
export function egressSubnets(snapshot: Snapshot): EgressResolution {
  const { routes } = decideRoutes(snapshot)
  const subnets: EgressSubnet[] = []
  const add = (id: string | undefined, source: EgressSubnet['source'], why: Text): void => {
    if (id && !subnets.some(s => s.id.toLowerCase() === id.toLowerCase()))
      subnets.push({ id, source, why })
  }
  add(
    snapshot.request.subnetId,
    'input',
    text`the \`subnet-id\` input names it as the subnet inference traffic leaves from`
  )
  if (routes.includes('kubernetes')) {
    for (const { subnetId, pool, cluster } of nodePools(snapshot)) {
      add(
        subnetId,
        'node-pool',
        text`node pool \`${pool}\` of AKS cluster \`${cluster}\` runs inference pods in it, which pull their images from the registry`
      )
    }
  }
  const build = imageBuildCompute(snapshot)
  const registry = registryAccess(snapshot)
  add(
    build.subnetId,
    'image-build-compute',
    text`compute \`${build.name ?? ''}\` (the workspace's \`imageBuildCompute\`) builds every environment image in it and pushes it to the registry${registry.private ? text`, which refuses public traffic (\`${registry.name ?? ''}\` has \`publicNetworkAccess\` \`Disabled\`)` : text``}`
  )
  const ws = snapshot.workspace.ok ? snapshot.workspace.value : undefined
  // As checks/routes.ts hasManagedNetwork (not imported: checks depend on this module, not back).
  const managedNetwork = /^(AllowInternetOutbound|AllowOnlyApprovedOutbound)$/i.test(
    ws?.managedNetwork?.isolationMode ?? ''
  )
  const unbuildable =
    registry.private && registry.id && !ws?.imageBuildCompute && !managedNetwork
      ? {
          registryId: registry.id,
          detail: text`Registry \`${registry.name ?? ''}\` has public network access disabled and workspace \`${ws?.name ?? ''}\` names no image-build compute, so Azure Machine Learning builds environment images on serverless compute, which works only when the registry is not network restricted: deployments whose image must be built fail. Create a CPU compute cluster in the registry's virtual network and make it the image-build compute (${IMAGE_BUILD_DOC}).`
        }
      : undefined
  // What may egress but cannot be told: an `unknown` result, never a silent skip.
  const unresolved = [
    build.unresolved,
    ...(routes.includes('kubernetes') ? unreadClusters(snapshot, Boolean(build.unresolved)) : [])
  ].filter((r): r is Unresolved => Boolean(r))
  const read = unresolved.find(u => u.read)?.read
  const missing = unresolved.some(u => u.buildComputeMissing)
  return {
    subnets,
    ...(subnets.length === 0 && unresolved.length === 0 ? { none: noEgress(routes, build) } : {}),
    ...(unresolved.length > 0
      ? {
          unresolved: joinText(
            unresolved.map(u => u.detail),
            ' '
          )
        }
      : {}),
    ...(read ? { unresolvedRead: read } : {}),
    ...(missing && !read ? { buildComputeMissing: true as const } : {}),
    ...(unbuildable ? { unbuildable } : {})
  }
}

/** Why node-pool subnets on the Kubernetes route are not known: the computes or a cluster unread. */
function unreadClusters(snapshot: Snapshot, computesSaid: boolean): Unresolved[] {
  const { computes, managedClusters } = snapshot
  if (!computes.ok) {
    return computesSaid
      ? []
      : [
          {
            detail: text`The workspace's computes could not be read (${computes.error.code}), so the node pools inference runs on, and the subnets they egress from, are not known; it needs \`Microsoft.MachineLearningServices/workspaces/computes/read\`.`,
            read: computesRead(
              { id: snapshot.target.workspaceId, name: snapshot.target.workspaceName },
              computes.error
            )
          }
        ]
  }
  return computes.value
    .filter(isClusterCompute)
    .flatMap(c => (c.resourceId && clusterKind(c.resourceId) === 'aks' ? [c.resourceId] : []))
    .flatMap(id => {
      const read = managedClusters[resourceKey(id)]
      return read && !read.ok
        ? [
            {
              detail: text`AKS cluster \`${resourceName(id)}\` could not be read (${read.error.code}), so the subnets its node pools egress from are not known; it needs \`Microsoft.ContainerService/managedClusters/read\` (Reader on the cluster).`,
              read: {
                what: text`AKS cluster \`${resourceName(id)}\``,
                resourceId: id,
                error: read.error
              }
            }
          ]
        : []
    })
}

function noEgress(
  routes: string[],
  build: ReturnType<typeof imageBuildCompute>
): NonNullable<EgressResolution['none']> {
  const parts: Text[] = []
  if (routes.includes('managed')) {
    parts.push(
      text`Managed online deployments do not send traffic from your virtual network: their outbound traffic leaves from the workspace's managed virtual network, which MOE-04, MOE-06 and OUT-03 judge; and the workspace private endpoint's subnet only receives connections.`
    )
  }
  if (routes.includes('kubernetes')) {
    parts.push(
      text`No attached AKS cluster has a node pool in a subnet of yours (pools without \`vnetSubnetID\` use the network AKS creates; Arc clusters are not read).`
    )
  }
  parts.push(
    build.name
      ? text`Image-build compute \`${build.name}\` is not in a subnet of yours.`
      : text`The workspace names no image-build compute in your network.`
  )
  parts.push(text`Set the \`subnet-id\` input to judge a subnet that does send traffic.`)
  return { outcome: 'skipped', reason: joinText(parts, ' ') }
}

/** Node pools of the attached AKS clusters that name a subnet, in compute and pool order. */
function nodePools(
  snapshot: NetworkTargetInput
): Array<{ subnetId: string; pool: string; cluster: string }> {
  const { computes, managedClusters } = snapshot
  if (!computes?.ok || !managedClusters) return []
  return attachedClusters(computes.value).flatMap(attached => {
    const read = aksClusterRead(managedClusters, attached)
    if (read.kind !== 'found') return []
    const { cluster } = read
    return cluster.agentPools.flatMap(p =>
      p.vnetSubnetId ? [{ subnetId: p.vnetSubnetId, pool: p.name, cluster: cluster.name }] : []
    )
  })
}

/** The compute `imageBuildCompute` names, its subnet, or why that is not known. */
function imageBuildCompute(snapshot: NetworkTargetInput): {
  name?: string
  subnetId?: string
  unresolved?: Unresolved
} {
  const name = snapshot.workspace.ok ? snapshot.workspace.value.imageBuildCompute : undefined
  if (!name) return {}
  const computes = snapshot.computes
  if (!computes) return { name }
  if (!computes.ok) {
    return {
      name,
      unresolved: {
        detail: text`The workspace builds images on compute \`${name}\` (\`imageBuildCompute\`), but its computes could not be read (${computes.error.code}), so the subnet image builds egress from is not known; it needs \`Microsoft.MachineLearningServices/workspaces/computes/read\`.`,
        read: computesRead(
          snapshot.workspace.ok ? snapshot.workspace.value : undefined,
          computes.error
        )
      }
    }
  }
  const compute: Compute | undefined = computes.value.find(
    c => c.name.toLowerCase() === name.toLowerCase()
  )
  if (!compute) {
    return {
      name,
      unresolved: {
        detail: text`The workspace builds images on compute \`${name}\` (\`imageBuildCompute\`), which is not among its computes, so image builds have nowhere to run; create the cluster or point \`imageBuildCompute\` at an existing one.`,
        buildComputeMissing: true
      }
    }
  }
  return { name, ...(compute.subnetId ? { subnetId: compute.subnetId } : {}) }
}

/** Whether the workspace's registry refuses public traffic, from the registry read (or its dependency read). */
function registryAccess(snapshot: Snapshot): { id?: string; name?: string; private: boolean } {
  const id = workspaceRegistryId(snapshot)
  if (!id) return { private: false }
  const read = snapshot.containerRegistries?.[resourceKey(id)]
  const dependency = dependencyNetworkAccess(snapshot, id)
  const access = read?.ok
    ? read.value.publicNetworkAccess
    : dependency?.ok
      ? dependency.value.publicNetworkAccess
      : undefined
  return { id, name: resourceName(id), private: /^disabled$/i.test(access ?? '') }
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

/** The workspace's compute list, as a read that failed (its scope is the workspace's). */
function computesRead(
  workspace: { id: string; name: string } | undefined,
  error: ReadError
): UnresolvedRead {
  return {
    what: text`the computes of workspace \`${workspace?.name ?? ''}\``,
    resourceId: workspace?.id ?? '',
    error
  }
}
