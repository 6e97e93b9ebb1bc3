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
} from './snapshot.js'
import type {
  AgentPool,
  ClusterExtension,
  Compute,
  ManagedCluster,
  OnlineDeployment,
  OutboundRule
} from './snapshot.js'
import { asObject as obj } from './json-shape.js'

type Json = Record<string, unknown>

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
    ),
    v1LegacyMode: typeof props['v1LegacyMode'] === 'boolean' ? props['v1LegacyMode'] : undefined,
    lastModifiedAt: str(obj(body['systemData'])['lastModifiedAt']),
    ...(str(props['imageBuildCompute'])
      ? { imageBuildCompute: str(props['imageBuildCompute']) }
      : {})
  }
}

export function toManagedNetwork(raw: unknown): ManagedNetwork {
  const body = obj(raw)
  const status = obj(body['status'])
  return {
    isolationMode: str(body['isolationMode']),
    status:
      body['status'] === undefined
        ? undefined
        : { status: str(status['status']), sparkReady: status['sparkReady'] === true },
    outboundRules: body['outboundRules'] === undefined ? undefined : obj(body['outboundRules']),
    ...(str(body['managedNetworkKind'])
      ? { managedNetworkKind: str(body['managedNetworkKind']) }
      : {})
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
    provisioningState: str(props['provisioningState']),
    ...privateEndpointGroupIds(props)
  }
}

/** The sub-resources (`groupIds`) of a private endpoint's automatic and manual connections. */
function privateEndpointGroupIds(props: Record<string, unknown>): { groupIds?: string[] } {
  const groups = [
    ...arr(props['privateLinkServiceConnections']),
    ...arr(props['manualPrivateLinkServiceConnections'])
  ].flatMap(c => arr(obj(obj(c)['properties'])['groupIds']))
  const ids = [...new Set(groups.filter((g): g is string => typeof g === 'string' && g !== ''))]
  return ids.length > 0 ? { groupIds: ids } : {}
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

// ---------------------------------------------------------------- Managed and Kubernetes routes

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined
}

/** A property looked up case-insensitively: AKS bodies written by other tools vary the casing (`authorizedIpRanges`). */
function field(body: Json, name: string): unknown {
  if (name in body) return body[name]
  const lower = name.toLowerCase()
  const key = Object.keys(body).find(k => k.toLowerCase() === lower)
  return key === undefined ? undefined : body[key]
}

function strings(value: unknown): string[] {
  return arr(value).filter((v): v is string => typeof v === 'string')
}

export function toOnlineDeployment(raw: unknown): OnlineDeployment {
  const body = obj(raw)
  const props = obj(body['properties'])
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    endpointComputeType: str(props['endpointComputeType']),
    egressPublicNetworkAccess: str(props['egressPublicNetworkAccess']),
    provisioningState: str(props['provisioningState']),
    createdAt: str(obj(body['systemData'])['createdAt'])
  }
}

export function toCompute(raw: unknown): Compute {
  const body = obj(raw)
  const props = obj(body['properties'])
  // Type-specific settings sit one level deeper, in `properties.properties`.
  const inner = obj(props['properties'])
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    computeType: str(props['computeType']),
    resourceId: str(props['resourceId']),
    provisioningState: str(props['provisioningState']),
    loadBalancerType: str(inner['loadBalancerType']),
    namespace: str(inner['namespace']),
    // AmlComputeProperties.subnet / ComputeInstanceProperties.subnet: a ResourceId (`{ id }`).
    ...(idOf(inner['subnet']) ? { subnetId: idOf(inner['subnet']) } : {})
  }
}

/**
 * A rule body as it appears in `managedNetwork.outboundRules[name]` or in the
 * `properties` of an `outboundRules` list item. `destination` is a string for
 * FQDN rules and an object for PrivateEndpoint and ServiceTag rules.
 */
export function toOutboundRuleBody(name: string, raw: unknown): OutboundRule {
  const body = obj(raw)
  const destination = body['destination']
  const dest = obj(destination)
  return {
    name,
    type: str(body['type']),
    category: str(body['category']),
    status: str(body['status']),
    serviceResourceId: str(dest['serviceResourceId']),
    subresourceTarget: str(dest['subresourceTarget']),
    serviceTag: str(dest['serviceTag']),
    protocol: str(dest['protocol']),
    portRanges: str(dest['portRanges']),
    fqdn: str(destination),
    ...(str(dest['action']) ? { action: str(dest['action']) } : {})
  }
}

/** An item of the `.../workspaces/{ws}/outboundRules` list (`{ name, properties: rule }`). */
export function toOutboundRule(raw: unknown): OutboundRule {
  const body = obj(raw)
  return toOutboundRuleBody(str(body['name']) ?? '', body['properties'])
}

/** The rules embedded in the workspace body (`managedNetwork.outboundRules`, keyed by name). */
export function toOutboundRules(rules: Record<string, unknown> | undefined): OutboundRule[] {
  return Object.entries(rules ?? {}).map(([name, rule]) => toOutboundRuleBody(name, rule))
}

function toAgentPool(raw: unknown): AgentPool {
  const body = obj(raw)
  return {
    name: str(field(body, 'name')) ?? '',
    mode: str(field(body, 'mode')),
    vnetSubnetId: str(field(body, 'vnetSubnetID')) || undefined,
    enableNodePublicIp: bool(field(body, 'enableNodePublicIP'))
  }
}

export function toManagedCluster(raw: unknown): ManagedCluster {
  const body = obj(raw)
  const props = obj(field(body, 'properties'))
  const access = obj(field(props, 'apiServerAccessProfile'))
  const network = obj(field(props, 'networkProfile'))
  return {
    id: str(field(body, 'id')) ?? '',
    name: str(field(body, 'name')) ?? '',
    location: str(field(body, 'location')),
    provisioningState: str(field(props, 'provisioningState')),
    agentPools: arr(field(props, 'agentPoolProfiles')).map(toAgentPool),
    enablePrivateCluster: bool(field(access, 'enablePrivateCluster')),
    authorizedIpRanges: strings(field(access, 'authorizedIPRanges')),
    networkPlugin: str(field(network, 'networkPlugin')),
    networkPolicy: str(field(network, 'networkPolicy')),
    nodeResourceGroup: str(field(props, 'nodeResourceGroup')),
    enablePrivateClusterPublicFqdn: bool(field(access, 'enablePrivateClusterPublicFQDN'))
  }
}

export function toClusterExtension(raw: unknown): ClusterExtension {
  const body = obj(raw)
  const props = obj(body['properties'])
  const settings: Record<string, string> = {}
  for (const [key, value] of Object.entries(obj(props['configurationSettings']))) {
    // The service stores settings as strings; keep scalars written otherwise as their text.
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      settings[key] = String(value)
    }
  }
  return {
    id: str(body['id']) ?? '',
    name: str(body['name']) ?? '',
    extensionType: str(props['extensionType']),
    provisioningState: str(props['provisioningState']),
    configurationSettings: settings,
    // Names only: a protected setting's value is a secret and never enters the snapshot.
    ...(props['configurationProtectedSettings'] &&
    typeof props['configurationProtectedSettings'] === 'object' &&
    !Array.isArray(props['configurationProtectedSettings'])
      ? {
          configurationProtectedSettingKeys: Object.keys(
            obj(props['configurationProtectedSettings'])
          )
        }
      : {})
  }
}
