/**
 * The read plan: every read starts as soon as what it depends on is known,
 * so collection takes the depth of the dependency graph, not the sum of its
 * phases. Every failure is recorded in the snapshot rather than thrown.
 *
 *   workspace ── private endpoints ─┬─ subnets, virtual networks (id derived from the subnet id)
 *                                   ├─ their NSGs and route tables (outbound; approved connections)
 *                                   └─ RBAC at the target (when the PE or inputs name it)
 *   endpoints ── deployments
 *   computes ── clusters, extensions ─┐
 *   endpoints, computes (route) ──────┴─ node pool subnets, their NSGs and route tables
 *   outbound rules
 *   inputs (vnet-id, subnet-id) ── RBAC, outbound reads at once
 */
import { ConfigurationError } from '../model/errors.js'
import { TOOL_NAME } from '../model/version.js'
import { VERSION } from '../model/version.js'
import { resolveNetworkTarget, type NetworkTarget } from '../evaluate/network-target.js'
import {
  SNAPSHOT_SCHEMA_VERSION,
  parentVirtualNetworkId,
  type Read,
  type Snapshot,
  type SnapshotRequest,
  type SnapshotTarget
} from '../model/snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import type { KnownResources } from './known.js'
import { NetworkReader } from './network-reader.js'
import {
  clusterVnetsForPeerings,
  readAksManagedVnets,
  readClusterVnetPeerings
} from './read-cluster-network.js'
import { readDependencyAccess, readDependencyPrivateEndpoints } from './read-dependencies.js'
import { readManagedNetworkV2, withManagedNetworkV2 } from './read-managed-network.js'
import { startRouteReads } from './read-routes.js'
import { readServiceTags, serviceTagsField } from './read-service-tags.js'
import { readRegistry } from './read-registry.js'
import { readIpGroups } from './read-ip-groups.js'
import { rbacPrincipalOf, rbacScopes, readOutbound, readRbac } from './read-access.js'
import { toOnlineEndpoint, toWorkspace } from '../model/normalize.js'
import { getRaw, listRaw, mapRead, read } from './read.js'

export interface CollectInput {
  clients: AzureClients
  target: SnapshotTarget
  request: SnapshotRequest
  cloud: string
  /** Object id (`oid`) of the identity the action signed in as: whose permissions RBAC-* read by default. */
  loginObjectId?: string
  /** Bodies already read (an estate scan's Resource Graph results): not read again from ARM. */
  known?: KnownResources
  now?: () => Date
}

export async function collectSnapshot(input: CollectInput): Promise<Snapshot> {
  const { clients, target, request } = input
  const collectedAt = (input.now ?? (() => new Date()))().toISOString()
  const ml = await clients.machineLearning(target.subscriptionId)
  const network = new NetworkReader(clients, input.known)
  const rbacPrincipal = rbacPrincipalOf(request, input.loginObjectId)

  // Everything that needs only the target starts now.
  const knownWorkspace = input.known?.body(target.workspaceId)
  const workspaceRaw = read(async () =>
    knownWorkspace !== undefined
      ? knownWorkspace
      : getRaw(o => ml.workspaces.get(target.resourceGroup, target.workspaceName, o))
  )
  const onlineEndpoints = read(() =>
    listRaw(o => ml.onlineEndpoints.list(target.resourceGroup, target.workspaceName, o).byPage())
  ).then(raw => mapRead(raw, items => items.map(toOnlineEndpoint)))
  const routeReads = startRouteReads(clients, ml, target, onlineEndpoints, input.known)
  // @azure/arm-network loads while the first Machine Learning reads are in flight.
  clients.networkFor(target.subscriptionId).catch(() => undefined)
  const aksManagedVnets = routeReads.clusters.then(c =>
    readAksManagedVnets(clients, c.managedClusters)
  )
  const started: Array<Promise<unknown>> = [
    onlineEndpoints,
    aksManagedVnets,
    ...Object.values(routeReads)
  ]

  /**
   * The target's subnet and VNet, and the outbound reads (NSG, route table, firewalls) of the
   * subnets traffic leaves from: no check reads those of a subnet that only receives (a
   * private endpoint's). Each resource is read once.
   */
  const readNetwork = (networkTarget: NetworkTarget): Promise<unknown> =>
    Promise.all([
      networkTarget.vnetId ? network.virtualNetwork(networkTarget.vnetId) : null,
      networkTarget.subnetId ? readSubnetAndVnet(network, networkTarget.subnetId) : null,
      ...networkTarget.egressSubnetIds.map(id => readOutbound(network, id))
    ])
  let rbac: ReturnType<typeof readRbac> | undefined
  const startRbac = (networkTarget: NetworkTarget): void => {
    rbac ??= readRbac(
      {
        clients,
        subscriptionId: target.subscriptionId,
        ...(input.known?.share ? { share: input.known.share } : {})
      },
      rbacPrincipal,
      rbacScopes(networkTarget)
    )
  }

  // Inputs name the target: its RBAC and outbound reads need nothing else.
  if (request.vnetId || request.subnetId) {
    const subnetId = request.subnetId
    const named: NetworkTarget = {
      source: 'input',
      vnetId: request.vnetId ?? (subnetId ? parentVirtualNetworkId(subnetId) : undefined),
      subnetId,
      relevantSubnetIds: subnetId ? [subnetId] : [],
      egressSubnetIds: subnetId ? [subnetId] : []
    }
    startRbac(named)
    started.push(readNetwork(named))
  }

  const workspaceResult = await workspaceRaw
  try {
    throwIfFatal(workspaceResult, target)
  } catch (error) {
    // Reads already started settle on their own; their results are not needed.
    for (const promise of started) promise.catch(() => undefined)
    throw error
  }
  const workspace = mapRead(workspaceResult, toWorkspace)
  const location = workspace.ok ? workspace.value.location : undefined
  const serviceTags = location
    ? readServiceTags(clients, target.subscriptionId, location, input.known)
    : undefined
  started.push(serviceTags ?? Promise.resolve())
  const registryId = workspace.ok ? workspace.value.containerRegistry : undefined
  const registry = registryId ? readRegistry(clients, registryId, input.known) : undefined
  started.push(registry ?? Promise.resolve())
  const dependencyAccess = readDependencyAccess(clients, workspace, routeReads.computes, registry)
  const dependencyPes = readDependencyPrivateEndpoints(
    network,
    routeReads.computes,
    dependencyAccess
  )
  const v2 = readManagedNetworkV2(ml, clients.armEndpoint, target.workspaceId, workspace)

  const privateEndpointIds = workspace.ok
    ? workspace.value.privateEndpointConnections
        .map(c => c.privateEndpointId)
        .filter((id): id is string => Boolean(id))
    : []
  // The target comes from the private endpoints' subnet ids: their subnet and VNet bodies are
  // read, but RBAC and the outbound chain start without waiting for them.
  await Promise.all(
    privateEndpointIds.map(async id => {
      const pe = await network.privateEndpoint(id)
      if (pe.ok && pe.value.subnetId) started.push(readSubnetAndVnet(network, pe.value.subnetId))
    })
  )

  // Without node pools: final when inputs or a private endpoint name the target (they come first).
  const early = resolveNetworkTarget({
    request,
    workspace,
    privateEndpoints: await network.privateEndpointResults()
  })
  if (early.source !== 'none') startRbac(early)
  const earlyNetwork = readNetwork(early)

  // Node pool subnets need the route decision (endpoints, computes) and the clusters.
  const [endpoints, computes, clusters] = await Promise.all([
    onlineEndpoints,
    routeReads.computes,
    routeReads.clusters
  ])
  const networkTarget = resolveNetworkTarget({
    request,
    workspace,
    privateEndpoints: await network.privateEndpointResults(),
    onlineEndpoints: endpoints,
    computes,
    managedClusters: clusters.managedClusters
  })
  startRbac(networkTarget)
  // The clusters' VNets are read for their peerings (K8S-09) in any case: read now, they hand
  // the node pools' subnets to readNetwork below from their bodies.
  for (const id of clusterVnetsForPeerings(
    clusters.managedClusters,
    await network.privateEndpointResults()
  )) {
    network.rawVirtualNetwork(id).catch(() => undefined)
  }
  const networkReads = readNetwork(networkTarget)
  // After the dependencies' private endpoints: their VNets' peerings are read too (K8S-09).
  const peerings = Promise.all([aksManagedVnets, dependencyPes]).then(async ([vnets]) =>
    readClusterVnetPeerings(
      clients,
      clusters.managedClusters,
      vnets,
      await network.privateEndpointResults(),
      { has: key => network.hasRawVirtualNetwork(key), read: id => network.rawVirtualNetwork(id) }
    )
  )
  await Promise.all([earlyNetwork, networkReads, peerings, ...started])
  const access = await network.accessResults()
  const ipGroups = await readIpGroups(network, access)

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedBy: { name: TOOL_NAME, version: VERSION },
    collectedAt,
    cloud: input.cloud,
    apiVersions: { ...API_VERSIONS },
    target,
    request,
    workspace: withManagedNetworkV2(workspace, await v2),
    onlineEndpoints: endpoints,
    onlineDeployments: await routeReads.onlineDeployments,
    computes,
    // A V2 workspace's rules are on its managedNetworks/default resource.
    outboundRules: (await v2)?.outboundRules ?? (await routeReads.outboundRules),
    ...clusters,
    rbacPrincipal,
    ...(await rbac!),
    ...access,
    ...(await network.results()),
    serviceTags: await serviceTagsField(serviceTags, location, access),
    containerRegistries:
      registry && registryId ? { [registryId.toLowerCase()]: await registry } : {},
    ipGroups,
    aksManagedVirtualNetworks: await aksManagedVnets,
    dependencyNetworkAccess: await dependencyAccess,
    ...((await v2) ? { managedNetworkV2: (await v2)!.network } : {}),
    clusterVnetPeerings: await peerings,
    virtualNetworkPeerings: await network.peeringResults()
  }
}

async function readSubnetAndVnet(network: NetworkReader, subnetId: string): Promise<void> {
  const vnetId = parentVirtualNetworkId(subnetId)
  // The VNet first: its GET embeds the subnet, which is then not read again.
  const vnet = vnetId ? network.virtualNetwork(vnetId) : null
  await Promise.all([vnet, network.subnet(subnetId)])
}

/** Failures no check can turn into a useful result: the target itself is wrong, or login is. */
function throwIfFatal(workspace: Read<unknown>, target: SnapshotTarget): void {
  if (workspace.ok) return
  const { status, code, message } = workspace.error
  if (status === 404) {
    const where =
      code === 'ResourceGroupNotFound'
        ? `Resource group '${target.resourceGroup}' was not found in subscription '${target.subscriptionId}'.`
        : `Workspace '${target.workspaceName}' was not found in resource group '${target.resourceGroup}' of subscription '${target.subscriptionId}'.`
    throw new ConfigurationError(
      `${where}\nFix: check the inputs \`subscription-id\`, \`resource-group\` and \`workspace-name\` (az ml workspace list --subscription ${target.subscriptionId} --query "[].{name:name, resourceGroup:resourceGroup}" -o table).\nAzure said: ${code}: ${message}`
    )
  }
  if (status === 401) {
    throw new ConfigurationError(
      `Azure Resource Manager rejected the access token (401 ${code}).\nFix: check that \`environment\` (and \`arm-endpoint\`, if set) names the cloud subscription '${target.subscriptionId}' lives in, and that \`tenant-id\` is that subscription's tenant.\nAzure said: ${message}`
    )
  }
}
