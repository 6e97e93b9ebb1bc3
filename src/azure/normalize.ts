/**
 * Raw ARM (REST) bodies → snapshot types. Pure, so they can be tested on the
 * official example payloads. Unknown shapes give empty/undefined fields, never
 * a throw: the checks then say what is missing.
 */
import type {
  ManagedNetwork,
  OnlineEndpoint,
  PrivateEndpoint,
  PrivateEndpointConnection,
  Subnet,
  VirtualNetwork,
  Workspace
} from '../snapshot.js'

type Json = Record<string, unknown>

function obj(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function idOf(value: unknown): string | undefined {
  return str(obj(value)['id'])
}

export function toWorkspace(raw: unknown): Workspace {
  const body = obj(raw)
  const props = obj(body['properties'])
  const managed = props['managedNetwork']
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    location: str(body['location']) ?? '',
    publicNetworkAccess: str(props['publicNetworkAccess']),
    allowPublicAccessWhenBehindVnet:
      typeof props['allowPublicAccessWhenBehindVnet'] === 'boolean'
        ? props['allowPublicAccessWhenBehindVnet']
        : undefined,
    storageAccount: str(props['storageAccount']),
    keyVault: str(props['keyVault']),
    containerRegistry: str(props['containerRegistry']),
    applicationInsights: str(props['applicationInsights']),
    managedNetwork:
      managed === undefined || managed === null ? undefined : toManagedNetwork(managed),
    privateEndpointConnections: arr(props['privateEndpointConnections']).map(
      toPrivateEndpointConnection
    )
  }
}

function toManagedNetwork(raw: unknown): ManagedNetwork {
  const body = obj(raw)
  const status = obj(body['status'])
  return {
    isolationMode: str(body['isolationMode']),
    status:
      body['status'] === undefined
        ? undefined
        : { status: str(status['status']), sparkReady: status['sparkReady'] === true },
    outboundRules: body['outboundRules'] === undefined ? undefined : obj(body['outboundRules'])
  }
}

function toPrivateEndpointConnection(raw: unknown): PrivateEndpointConnection {
  const body = obj(raw)
  const props = obj(body['properties'])
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    privateEndpointId: idOf(props['privateEndpoint']),
    status: str(obj(props['privateLinkServiceConnectionState'])['status']),
    provisioningState: str(props['provisioningState'])
  }
}

export function toOnlineEndpoint(raw: unknown): OnlineEndpoint {
  const body = obj(raw)
  const props = obj(body['properties'])
  const compute = str(props['compute'])
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    // Managed endpoints have no compute; Kubernetes endpoints name the attached compute.
    computeType: compute ? 'Kubernetes' : 'Managed',
    compute,
    publicNetworkAccess: str(props['publicNetworkAccess']),
    provisioningState: str(props['provisioningState'])
  }
}

export function toPrivateEndpoint(raw: unknown): PrivateEndpoint {
  const body = obj(raw)
  const props = obj(body['properties'])
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    location: str(body['location']),
    subnetId: idOf(props['subnet']),
    provisioningState: str(props['provisioningState'])
  }
}

export function toSubnet(raw: unknown): Subnet {
  const body = obj(raw)
  const props = obj(body['properties'])
  const single = str(props['addressPrefix'])
  const many = arr(props['addressPrefixes']).filter((p): p is string => typeof p === 'string')
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    addressPrefixes: single ? [single, ...many.filter(p => p !== single)] : many,
    networkSecurityGroupId: idOf(props['networkSecurityGroup']),
    routeTableId: idOf(props['routeTable']),
    provisioningState: str(props['provisioningState'])
  }
}

export function toVirtualNetwork(raw: unknown): VirtualNetwork {
  const body = obj(raw)
  const props = obj(body['properties'])
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    location: str(body['location']),
    addressPrefixes: arr(obj(props['addressSpace'])['addressPrefixes']).filter(
      (p): p is string => typeof p === 'string'
    ),
    subnetIds: arr(props['subnets'])
      .map(idOf)
      .filter((id): id is string => typeof id === 'string'),
    provisioningState: str(props['provisioningState'])
  }
}
