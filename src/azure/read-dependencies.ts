/**
 * The workspace's storage account, key vault and container registry, read
 * where a verdict depends on their network settings: in AllowInternetOutbound
 * the managed network gets a private endpoint to a dependency only when that
 * dependency's public network access is disabled (how-to-managed-network).
 * Each is a raw GET through an ARM client's pipeline (its credential and
 * retries); every failure is kept.
 */
import { clusterKind, isClusterCompute } from '../route.js'
import {
  resourceKey,
  type Compute,
  type ContainerRegistry,
  type DependencyNetworkAccess,
  type Read,
  type Snapshot,
  type Workspace
} from '../snapshot.js'
import type { AzureClients } from './clients.js'
import { getArmJson, leafRead, read } from './read.js'

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

/**
 * The three dependencies in AllowInternetOutbound (MOE-05); the registry alone once an attached
 * AKS cluster needs it reached privately (K8S-08: private endpoints need Premium).
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
  const listed = await computes
  if (
    ws.containerRegistry &&
    listed.ok &&
    listed.value.some(c => isClusterCompute(c) && clusterKind(c.resourceId ?? '') === 'aks')
  ) {
    ids.add(ws.containerRegistry)
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
  const { id, publicNetworkAccess, sku } = registry.value
  return {
    ok: true,
    value: {
      id,
      ...(publicNetworkAccess !== undefined ? { publicNetworkAccess } : {}),
      ...(sku !== undefined ? { skuName: sku } : {})
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
  const props = (body['properties'] ?? {}) as Record<string, unknown>
  const sku = (body['sku'] ?? {}) as Record<string, unknown>
  const access = props['publicNetworkAccess']
  return {
    id: typeof body['id'] === 'string' ? body['id'] : id,
    ...(typeof access === 'string' ? { publicNetworkAccess: access } : {}),
    ...(typeof sku['name'] === 'string' ? { skuName: sku['name'] } : {})
  }
}
