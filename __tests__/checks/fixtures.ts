/**
 * Snapshot builder for check and report tests, shaped like real ARM data (ids
 * and names from the REST API examples in ../shared/reference/arm-examples).
 * `secureSnapshot()` passes every check; tests change one thing at a time.
 */
import type {
  OnlineEndpoint,
  PrivateEndpoint,
  PrivateEndpointConnection,
  Read,
  ReadError,
  Snapshot,
  Subnet,
  VirtualNetwork,
  Workspace
} from '../../src/snapshot.js'
import { resourceKey } from '../../src/snapshot.js'

export const SUBSCRIPTION = '00000000-1111-2222-3333-444444444444'
export const RESOURCE_GROUP = 'workspace-1234'
export const WORKSPACE_NAME = 'testworkspace'
export const WORKSPACE_ID = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}/providers/Microsoft.MachineLearningServices/workspaces/${WORKSPACE_NAME}`
/** Network resources live in a different resource group, as in the ARM example. */
export const NETWORK_RG = 'rg-1234'

const network = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${NETWORK_RG}/providers/Microsoft.Network`
export const vnetId = (vnet = 'myVnet'): string => `${network}/virtualNetworks/${vnet}`
export const subnetId = (subnet = 'mySubnet', vnet = 'myVnet'): string =>
  `${vnetId(vnet)}/subnets/${subnet}`
export const privateEndpointId = (name = 'petest01'): string =>
  `${network}/privateEndpoints/${name}`

export const ok = <T>(value: T): Read<T> => ({ ok: true, value })
export const failed = (
  status: number | null,
  code = status === 403
    ? 'AuthorizationFailed'
    : status === 404
      ? 'ResourceNotFound'
      : 'InternalServerError',
  message = status === 403
    ? "The client 'abc' does not have authorization to perform action 'read' over scope"
    : 'The resource was not found.'
): { ok: false; error: ReadError } => ({ ok: false, error: { status, code, message } })

export function connection(
  name = 'testprivatelinkconnection',
  /** null: the connection has no status. */
  status: string | null = 'Approved',
  /** null: the connection names no private endpoint. */
  pe: string | null = privateEndpointId()
): PrivateEndpointConnection {
  return {
    id: `${WORKSPACE_ID}/privateEndpointConnections/${name}`,
    name,
    ...(pe ? { privateEndpointId: pe } : {}),
    ...(status ? { status } : {}),
    provisioningState: 'Succeeded'
  }
}

export function workspace(overrides: Partial<Workspace> = {}): Workspace {
  return {
    id: WORKSPACE_ID,
    name: WORKSPACE_NAME,
    location: 'eastus2euap',
    publicNetworkAccess: 'Disabled',
    allowPublicAccessWhenBehindVnet: false,
    privateEndpointConnections: [connection()],
    ...overrides
  }
}

export function privateEndpoint(
  id = privateEndpointId(),
  /** null: no subnet reported. */
  subnet: string | null = subnetId()
): PrivateEndpoint {
  const name = id.split('/').pop() as string
  return {
    id,
    name,
    location: 'eastus',
    provisioningState: 'Succeeded',
    ...(subnet ? { subnetId: subnet } : {})
  }
}

export function subnet(id = subnetId()): Subnet {
  return {
    id,
    name: id.split('/').pop() as string,
    addressPrefixes: ['10.0.0.0/24'],
    provisioningState: 'Succeeded'
  }
}

export function virtualNetwork(id = vnetId(), subnets = [subnetId()]): VirtualNetwork {
  return {
    id,
    name: id.split('/').pop() as string,
    location: 'eastus',
    addressPrefixes: ['10.0.0.0/16'],
    subnetIds: subnets,
    provisioningState: 'Succeeded'
  }
}

export function onlineEndpoint(
  name: string,
  options: { computeType?: 'Managed' | 'Kubernetes'; publicNetworkAccess?: string } = {}
): OnlineEndpoint {
  const computeType = options.computeType ?? 'Managed'
  return {
    id: `${WORKSPACE_ID}/onlineEndpoints/${name}`,
    name,
    computeType,
    ...(computeType === 'Kubernetes' ? { compute: 'aks-compute' } : {}),
    ...('publicNetworkAccess' in options
      ? { publicNetworkAccess: options.publicNetworkAccess }
      : {}),
    provisioningState: 'Succeeded'
  }
}

/** A map keyed the way the snapshot keys it (lower-cased ARM id). */
export function keyed<T>(entries: Array<[string, Read<T>]>): Record<string, Read<T>> {
  return Object.fromEntries(entries.map(([id, read]) => [resourceKey(id), read]))
}

/** Every check passes: private workspace, one approved PE in an existing subnet, one private managed endpoint. */
export function secureSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    schemaVersion: 1,
    collectedAt: '2026-01-15T10:00:00.000Z',
    request: { route: 'auto', deploymentMethod: 'cli' },
    cloud: 'AzureCloud',
    apiVersions: {
      'Microsoft.MachineLearningServices': '2025-06-01',
      'Microsoft.Network': '2024-05-01'
    },
    target: {
      subscriptionId: SUBSCRIPTION,
      resourceGroup: RESOURCE_GROUP,
      workspaceName: WORKSPACE_NAME,
      workspaceId: WORKSPACE_ID
    },
    workspace: ok(workspace()),
    privateEndpoints: keyed([[privateEndpointId(), ok(privateEndpoint())]]),
    subnets: keyed([[subnetId(), ok(subnet())]]),
    virtualNetworks: keyed([[vnetId(), ok(virtualNetwork())]]),
    onlineEndpoints: ok([onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' })]),
    ...overrides
  }
}

export function withWorkspace(
  overrides: Partial<Workspace>,
  rest: Partial<Snapshot> = {}
): Snapshot {
  return secureSnapshot({ workspace: ok(workspace(overrides)), ...rest })
}
