/**
 * The workspace's storage account, key vault and container registry, read
 * where a verdict depends on their network settings: in AllowInternetOutbound
 * the managed network gets a private endpoint to a dependency only when that
 * dependency's public network access is disabled (how-to-managed-network).
 * They are read too once an AKS cluster is attached (K8S-08, K8S-09), with
 * their approved private endpoints. Each is a raw GET through an ARM client's
 * pipeline (its credential and retries); every failure is kept.
 */
import { clusterKind, isClusterCompute } from '../evaluate/clusters.js'
import {
  resourceKey,
  type Compute,
  type ContainerRegistry,
  type DependencyNetworkAccess,
  type Read,
  type Snapshot,
  type Workspace
} from '../model/snapshot.js'
import type { AzureClients } from './clients.js'
import type { NetworkReader } from './network-reader.js'
import { getArmJson, leafRead, read } from './read.js'
import { asObject as obj } from '../model/json-shape.js'

type Clients = Pick<AzureClients, 'networkFor' | 'sender' | 'armEndpoint'>

/** Stable api-versions of each dependency's resource provider (azure-rest-api-specs). */
export const DEPENDENCY_API_VERSIONS = {
  'Microsoft.Storage/storageAccounts': '2024-01-01',
  'Microsoft.KeyVault/vaults': '2024-11-01',
  'Microsoft.ContainerRegistry/registries': '2025-04-01'
} as const

const FIELDS = ['storageAccount', 'keyVault', 'containerRegistry'] as const

/** True when a verdict needs the dependencies' network settings. */
export function needsDependencyAccess(workspace: Read<Workspace>): boolean {
  return (
    workspace.ok &&
    workspace.value.managedNetwork?.isolationMode?.toLowerCase() === 'allowinternetoutbound'
  )
}

/** True when an AKS cluster is attached: K8S-08 and K8S-09 judge the dependencies for it. */
function hasAksCluster(computes: Read<Compute[]>): boolean {
  return (
    computes.ok &&
    computes.value.some(c => isClusterCompute(c) && clusterKind(c.resourceId ?? '') === 'aks')
  )
}

/**
 * The three dependencies in AllowInternetOutbound (MOE-05), and once an AKS cluster is attached:
 * the Kubernetes inferencing article wants each reached privately from the cluster's network
 * (K8S-08: the registry's tier; K8S-09: their private endpoints).
 */
export async function readDependencyAccess(
  clients: Clients,
  workspace: Read<Workspace>,
  computes: Promise<Read<Compute[]>>,
  /** The registry as the outbound checks read it: reused, so it is not read twice. */
  registry?: Promise<Read<ContainerRegistry>>
): Promise<NonNullable<Snapshot['dependencyNetworkAccess']>> {
  if (!workspace.ok) return {}
  const ws = workspace.value
  const ids = new Set<string>()
  if (needsDependencyAccess(workspace)) {
    for (const f of FIELDS) if (ws[f]) ids.add(ws[f])
  }
  if (hasAksCluster(await computes)) {
    for (const f of FIELDS) if (ws[f]) ids.add(ws[f])
  }
  const unique = new Map([...ids].map(id => [resourceKey(id), id]))
  const registryKey = ws.containerRegistry ? resourceKey(ws.containerRegistry) : undefined
  const entries = await Promise.all(
    [...unique].map(
      async ([key, id]) =>
        [
          key,
          registry && key === registryKey
            ? fromRegistry(await registry)
            : await readOne(clients, id)
        ] as const
    )
  )
  return Object.fromEntries(entries)
}

function fromRegistry(registry: Read<ContainerRegistry>): Read<DependencyNetworkAccess> {
  if (!registry.ok) return registry
  const { id, publicNetworkAccess, sku, privateEndpointConnections } = registry.value
  return {
    ok: true,
    value: {
      id,
      ...(publicNetworkAccess !== undefined ? { publicNetworkAccess } : {}),
      ...(sku !== undefined ? { skuName: sku } : {}),
      privateEndpointConnections: privateEndpointConnections.map(c => ({
        ...(c.privateEndpointId ? { privateEndpointId: c.privateEndpointId } : {}),
        ...(c.status ? { status: c.status } : {})
      }))
    }
  }
}

async function readOne(clients: Clients, id: string): Promise<Read<DependencyNetworkAccess>> {
  const type = (
    Object.keys(DEPENDENCY_API_VERSIONS) as Array<keyof typeof DEPENDENCY_API_VERSIONS>
  ).find(t => id.toLowerCase().includes(`/providers/${t.toLowerCase()}/`))
  const apiVersion = type ? DEPENDENCY_API_VERSIONS[type] : undefined
  if (
    !apiVersion ||
    !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+$/i.test(id)
  ) {
    return {
      ok: false,
      error: {
        status: null,
        code: 'InvalidResourceId',
        message: `'${id}' is not a workspace dependency id`
      }
    }
  }
  return read(() =>
    leafRead(async () => {
      const origin = new URL(clients.armEndpoint).origin
      const url = `${origin}${id}?api-version=${apiVersion}`
      // The network client's pipeline (ARM credential, retries) keeps the api-version given; the
      // Machine Learning client's would replace it with its own.
      const subscription = id.split('/')[2] ?? ''
      const sender = clients.sender(await clients.networkFor(subscription))
      const body = await getArmJson(sender, url, 'resource')
      return toDependencyNetworkAccess(id, body)
    })
  )
}

export function toDependencyNetworkAccess(
  id: string,
  body: Record<string, unknown>
): DependencyNetworkAccess {
  const props = obj(body['properties'])
  const sku = obj(body['sku'])
  const access = props['publicNetworkAccess']
  const connections = Array.isArray(props['privateEndpointConnections'])
    ? props['privateEndpointConnections']
    : []
  const rules = obj(props['networkAcls'])['virtualNetworkRules']
  // Storage names the subnet `id`; Key Vault too (older bodies may not have the rules at all).
  const ruleSubnets = (Array.isArray(rules) ? rules : [])
    .map(r => obj(r)['id'])
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
  return {
    id: typeof body['id'] === 'string' ? body['id'] : id,
    ...(typeof access === 'string' ? { publicNetworkAccess: access } : {}),
    ...(typeof sku['name'] === 'string' ? { skuName: sku['name'] } : {}),
    privateEndpointConnections: connections.map(c => {
      const cp = obj(obj(c)['properties'])
      const peId = obj(cp['privateEndpoint'])['id']
      const status = obj(cp['privateLinkServiceConnectionState'])['status']
      return {
        ...(typeof peId === 'string' && peId ? { privateEndpointId: peId } : {}),
        ...(typeof status === 'string' ? { status } : {})
      }
    }),
    ...(ruleSubnets.length > 0 ? { virtualNetworkRuleSubnetIds: ruleSubnets } : {})
  }
}

/** An approved private endpoint connection: the only kind that carries traffic. */
export function isApproved(connection: { status?: string }): boolean {
  return connection.status?.toLowerCase() === 'approved'
}

/**
 * Reads, through the network reader (so each is read once and lands in `privateEndpoints`), the
 * private endpoints of the approved connections of each dependency read for an AKS cluster: K8S-09
 * needs each one's subnet, hence its VNet, and collection then reads that VNet's peerings.
 */
export async function readDependencyPrivateEndpoints(
  network: Pick<NetworkReader, 'privateEndpoint'>,
  computes: Promise<Read<Compute[]>>,
  access: Promise<NonNullable<Snapshot['dependencyNetworkAccess']>>
): Promise<void> {
  if (!hasAksCluster(await computes)) return
  const ids = Object.values(await access).flatMap(d =>
    d.ok
      ? (d.value.privateEndpointConnections ?? [])
          .filter(isApproved)
          .map(c => c.privateEndpointId)
          .filter((id): id is string => !!id)
      : []
  )
  await Promise.all(ids.map(id => network.privateEndpoint(id)))
}
