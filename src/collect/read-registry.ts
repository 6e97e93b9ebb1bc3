/**
 * The workspace's container registry as it is (`Microsoft.ContainerRegistry/
 * registries/{name}`, api-version 2025-04-01, the newest stable in
 * azure-rest-api-specs): SKU, public network access, dedicated data endpoints
 * and private endpoint connections decide where image layers come from.
 * Read raw through the network client's pipeline (same credential, retries and
 * concurrency bound as every other ARM read), so no registry SDK is loaded.
 */
import type { ContainerRegistry, Read } from '../model/snapshot.js'
import type { AzureClients } from './clients.js'
import type { KnownResources } from './known.js'
import { getArmJson, invalidResourceId, mapRead, read } from './read.js'
import { parseResourceId } from '../model/resource-id.js'
import { asObject as obj } from '../model/json-shape.js'

export const REGISTRY_API_VERSION = '2025-04-01'

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function toContainerRegistry(raw: unknown): ContainerRegistry {
  const body = obj(raw)
  const p = obj(body['properties'])
  const connections = Array.isArray(p['privateEndpointConnections'])
    ? p['privateEndpointConnections']
    : []
  const dataEndpointEnabled = p['dataEndpointEnabled']
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    ...(str(body['location']) ? { location: str(body['location']) } : {}),
    ...(str(obj(body['sku'])['name']) ? { sku: str(obj(body['sku'])['name']) } : {}),
    ...(str(p['loginServer']) ? { loginServer: str(p['loginServer']) } : {}),
    ...(str(p['publicNetworkAccess'])
      ? { publicNetworkAccess: str(p['publicNetworkAccess']) }
      : {}),
    ...(typeof dataEndpointEnabled === 'boolean' ? { dataEndpointEnabled } : {}),
    privateEndpointConnections: connections.map(c => {
      const cp = obj(obj(c)['properties'])
      const privateEndpointId = str(obj(cp['privateEndpoint'])['id'])
      const status = str(obj(cp['privateLinkServiceConnectionState'])['status'])
      return {
        name: str(obj(c)['name']) ?? '',
        ...(privateEndpointId ? { privateEndpointId } : {}),
        ...(status ? { status } : {})
      }
    })
  }
}

export async function readRegistry(
  clients: AzureClients,
  id: string,
  known?: KnownResources
): Promise<Read<ContainerRegistry>> {
  const parts = parseResourceId(id)
  if (!parts || parts.provider.toLowerCase() !== 'microsoft.containerregistry') {
    return invalidResourceId(id, 'Microsoft.ContainerRegistry/registries')
  }
  const knownBody = known?.body(id)
  if (knownBody !== undefined) return { ok: true, value: toContainerRegistry(knownBody) }
  const raw = await read(async () => {
    const client = clients.sender(await clients.networkFor(parts.subscriptionId))
    const origin = new URL(clients.armEndpoint).origin
    const url = `${origin}${id}?api-version=${REGISTRY_API_VERSION}`
    return getArmJson(client, url, 'resource')
  })
  return mapRead(raw, toContainerRegistry)
}
