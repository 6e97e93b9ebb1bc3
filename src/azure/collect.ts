/**
 * The read plan: what depends on what, read concurrently where independent,
 * every failure recorded in the snapshot rather than thrown.
 *
 *   workspace ─┬─ private endpoints ─┬─ subnets
 *              │                     └─ virtual networks (id derived from the subnet id)
 *   endpoints ─┘ (concurrent with the workspace)
 *   route resources (read-routes.ts: deployments, computes, clusters, extensions,
 *   outbound rules; concurrent with the private endpoint reads)
 *   → network target (inputs, else discovered) → its subnet and VNet
 */
import { ConfigurationError } from '../errors.js'
import { resolveNetworkTarget } from '../network-target.js'
import {
  SNAPSHOT_SCHEMA_VERSION,
  parentVirtualNetworkId,
  type Read,
  type Snapshot,
  type SnapshotRequest,
  type SnapshotTarget
} from '../snapshot.js'
import { API_VERSIONS, type AzureClients } from './clients.js'
import { NetworkReader } from './network-reader.js'
import { readRouteResources } from './read-routes.js'
import { readAccess } from './read-access.js'
import { toOnlineEndpoint, toWorkspace } from './normalize.js'
import { getRaw, listRaw, mapRead, read } from './read.js'

export interface CollectInput {
  clients: AzureClients
  target: SnapshotTarget
  request: SnapshotRequest
  cloud: string
  /** Object id (`oid`) of the identity the action signed in as: whose permissions RBAC-* read by default. */
  loginObjectId?: string
  now?: () => Date
}

export async function collectSnapshot(input: CollectInput): Promise<Snapshot> {
  const { clients, target, request } = input
  const collectedAt = (input.now ?? (() => new Date()))().toISOString()
  const ml = clients.machineLearning(target.subscriptionId)

  const [workspaceRaw, endpointsRaw] = await Promise.all([
    read(() => getRaw(o => ml.workspaces.get(target.resourceGroup, target.workspaceName, o))),
    read(() =>
      listRaw(o => ml.onlineEndpoints.list(target.resourceGroup, target.workspaceName, o).byPage())
    )
  ])
  throwIfFatal(workspaceRaw, target)
  const workspace = mapRead(workspaceRaw, toWorkspace)
  const onlineEndpoints = mapRead(endpointsRaw, items => items.map(toOnlineEndpoint))

  // Started now, awaited below: they need only the endpoint list.
  const routeReads = readRouteResources(clients, target, onlineEndpoints)

  const network = new NetworkReader(clients)
  const privateEndpointIds = workspace.ok
    ? workspace.value.privateEndpointConnections
        .map(c => c.privateEndpointId)
        .filter((id): id is string => Boolean(id))
    : []
  await Promise.all(
    privateEndpointIds.map(async id => {
      const pe = await network.privateEndpoint(id)
      if (pe.ok && pe.value.subnetId) await readSubnetAndVnet(network, pe.value.subnetId)
    })
  )

  // Route resources (managed deployments, computes, clusters, extensions, outbound rules) go here.
  const routeResources = await routeReads

  // The network target may be named by inputs rather than reached from a private endpoint
  // (or, on the Kubernetes route, from the attached clusters' node pools).
  const networkTarget = resolveNetworkTarget({
    request,
    workspace,
    privateEndpoints: (await network.results()).privateEndpoints,
    onlineEndpoints,
    computes: routeResources.computes,
    managedClusters: routeResources.managedClusters
  })
  await Promise.all([
    networkTarget.subnetId ? readSubnetAndVnet(network, networkTarget.subnetId) : null,
    networkTarget.vnetId ? network.virtualNetwork(networkTarget.vnetId) : null
  ])

  // RBAC and outbound reads (permissions at the target VNet/subnet, NSGs, route tables) go here.
  const access = await readAccess({
    clients,
    network,
    request,
    networkTarget,
    subscriptionId: target.subscriptionId,
    ...(input.loginObjectId ? { loginObjectId: input.loginObjectId } : {})
  })

  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt,
    cloud: input.cloud,
    apiVersions: { ...API_VERSIONS },
    target,
    request,
    workspace,
    onlineEndpoints,
    ...routeResources,
    ...access,
    ...(await network.results())
  }
}

async function readSubnetAndVnet(network: NetworkReader, subnetId: string): Promise<void> {
  const vnetId = parentVirtualNetworkId(subnetId)
  await Promise.all([network.subnet(subnetId), vnetId ? network.virtualNetwork(vnetId) : null])
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
