/**
 * The workspace's infrastructure as it will be: the planned ARM resources of a what-if result or
 * a Terraform plan (`snapshot.planned.armResources`), each already in ARM's JSON shape, laid over
 * the live reads through the same normalizers the live answers went through (src/model/), so the
 * checks judge them unchanged. Pure.
 *
 * What the plan cannot tell stays unknown: a value known only after apply, or a what-if change
 * Azure could not predict (`Unsupported`), makes the resource's planned read refused with
 * KNOWN_AFTER_APPLY_CODE, which the checks report as `unknown` with that reason.
 */
import {
  toManagedCluster,
  toOnlineDeployment,
  toOnlineEndpoint,
  toPrivateEndpoint,
  toSubnet,
  toVirtualNetwork,
  toWorkspace
} from '../model/normalize.js'
import { toNetworkSecurityGroup, toRouteTable } from '../model/normalize-access.js'
import {
  KNOWN_AFTER_APPLY_CODE,
  resourceKey,
  type NetworkSecurityGroup,
  type OnlineDeployment,
  type OnlineEndpoint,
  type PlannedArmResource,
  type Read,
  type ReadError,
  type Snapshot,
  type Workspace
} from '../model/snapshot.js'

/** The ARM types whose planned state the checks judge (lower case), and what a reviewer calls each. */
export const PLANNED_ARM_TYPES = {
  'microsoft.machinelearningservices/workspaces': 'workspace',
  'microsoft.machinelearningservices/workspaces/onlineendpoints': 'endpoint',
  'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments': 'deployment',
  'microsoft.network/networksecuritygroups': 'network security group',
  'microsoft.network/routetables': 'route table',
  'microsoft.network/virtualnetworks': 'virtual network',
  'microsoft.network/virtualnetworks/subnets': 'subnet',
  'microsoft.network/privateendpoints': 'private endpoint',
  'microsoft.containerservice/managedclusters': 'AKS cluster'
} as const

export type PlannedArmType = keyof typeof PLANNED_ARM_TYPES

/** What a reviewer calls a planned ARM type: `network security group`; the type itself otherwise. */
export function plannedArmNoun(type: string): string {
  return isPlannedArmType(type) ? PLANNED_ARM_TYPES[type.toLowerCase() as PlannedArmType] : type
}

export function isPlannedArmType(type: string): type is PlannedArmType {
  return type.toLowerCase() in PLANNED_ARM_TYPES
}

/**
 * The properties the checks read of each planned type (src/model/normalize*.ts), matched
 * case-insensitively. A planned body is cut down to these before it enters the snapshot: a
 * what-if payload or a plan carries everything the template sets (a deployment's environment
 * variables, an AKS cluster's service principal secret), and a saved snapshot must not.
 */
const KEPT_PROPERTIES: Record<PlannedArmType, readonly string[]> = {
  'microsoft.machinelearningservices/workspaces': [
    'publicNetworkAccess',
    'allowPublicAccessWhenBehindVnet',
    'storageAccount',
    'keyVault',
    'containerRegistry',
    'applicationInsights',
    'managedNetwork',
    'privateEndpointConnections',
    'v1LegacyMode',
    'imageBuildCompute'
  ],
  'microsoft.machinelearningservices/workspaces/onlineendpoints': [
    'compute',
    'publicNetworkAccess',
    'provisioningState',
    'authMode'
  ],
  'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments': [
    'endpointComputeType',
    'egressPublicNetworkAccess',
    'provisioningState'
  ],
  'microsoft.network/networksecuritygroups': ['securityRules', 'defaultSecurityRules'],
  'microsoft.network/routetables': ['routes', 'disableBgpRoutePropagation'],
  'microsoft.network/virtualnetworks': ['addressSpace', 'subnets', 'provisioningState'],
  'microsoft.network/virtualnetworks/subnets': [
    'addressPrefix',
    'addressPrefixes',
    'networkSecurityGroup',
    'routeTable',
    'provisioningState'
  ],
  'microsoft.network/privateendpoints': [
    'subnet',
    'privateLinkServiceConnections',
    'manualPrivateLinkServiceConnections',
    'provisioningState'
  ],
  'microsoft.containerservice/managedclusters': [
    'provisioningState',
    'agentPoolProfiles',
    'apiServerAccessProfile',
    'networkProfile',
    'nodeResourceGroup'
  ]
}

const SUBNET_KEPT = KEPT_PROPERTIES['microsoft.network/virtualnetworks/subnets']

function pick(body: unknown, keys: readonly string[]): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {}
  const wanted = new Set(keys.map(k => k.toLowerCase()))
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>).filter(([k]) => wanted.has(k.toLowerCase()))
  )
}

/** A planned body as the snapshot keeps it: what the checks read of its type, nothing else. */
export function plannedBody(type: string, after: Record<string, unknown>): Record<string, unknown> {
  const kept = KEPT_PROPERTIES[type.toLowerCase() as PlannedArmType] ?? []
  const top = pick(after, ['id', 'name', 'type', 'location', 'kind'])
  const propertiesKey = Object.keys(after).find(k => k.toLowerCase() === 'properties')
  const properties = pick(propertiesKey ? after[propertiesKey] : undefined, kept)
  // A VNet's embedded subnets are cut down like subnets.
  const subnetsKey = Object.keys(properties).find(k => k.toLowerCase() === 'subnets')
  if (subnetsKey && Array.isArray(properties[subnetsKey])) {
    properties[subnetsKey] = (properties[subnetsKey] as unknown[]).map(subnet => {
      const body = pick(subnet, ['id', 'name'])
      const props = pick((subnet as Record<string, unknown> | null)?.['properties'], SUBNET_KEPT)
      return { ...body, properties: props }
    })
  }
  const createdAt = (after['systemData'] as Record<string, unknown> | undefined)?.['createdAt']
  return {
    ...top,
    properties,
    ...(typeof createdAt === 'string' ? { systemData: { createdAt } } : {})
  }
}

/** Changes that leave the resource as it is: nothing to lay over. */
const UNCHANGED = new Set(['NoChange', 'Ignore'])

/**
 * Azure's default rules of every NSG (Microsoft Learn, "Network security groups": default security
 * rules). A what-if or plan body of a new NSG does not list them; ARM adds them on creation.
 */
export const DEFAULT_SECURITY_RULES: NetworkSecurityGroup['defaultSecurityRules'] = [
  ['AllowVnetInBound', 65000, 'Inbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
  ['AllowAzureLoadBalancerInBound', 65001, 'Inbound', 'Allow', 'AzureLoadBalancer', '*'],
  ['DenyAllInBound', 65500, 'Inbound', 'Deny', '*', '*'],
  ['AllowVnetOutBound', 65000, 'Outbound', 'Allow', 'VirtualNetwork', 'VirtualNetwork'],
  ['AllowInternetOutBound', 65001, 'Outbound', 'Allow', '*', 'Internet'],
  ['DenyAllOutBound', 65500, 'Outbound', 'Deny', '*', '*']
].map(([name, priority, direction, access, source, destination]) => ({
  name: name as string,
  priority: priority as number,
  direction: direction as string,
  access: access as string,
  protocol: '*',
  sourcePortRange: '*',
  destinationPortRange: '*',
  sourceAddressPrefix: source as string,
  destinationAddressPrefix: destination as string
}))

/** Why the planned state of a resource cannot be known, or undefined when it can. */
export function plannedUnknownReason(resource: PlannedArmResource): string | undefined {
  if (resource.unsupportedReason) return resource.unsupportedReason
  if (resource.unknownAfterApply && resource.unknownAfterApply.length > 0) {
    return `the plan leaves ${resource.unknownAfterApply.join(', ')} of ${resource.address ?? resource.id} known only after apply`
  }
  if (resource.change === 'Unsupported') {
    return `Azure's what-if could not predict the change to ${resource.id}`
  }
  if (resource.change !== 'Delete' && !resource.after && !UNCHANGED.has(resource.change)) {
    return `the planned change gives no state for ${resource.id}`
  }
  return undefined
}

export function overlayArm(snapshot: Snapshot): Snapshot {
  const resources = snapshot.planned?.armResources ?? []
  if (resources.length === 0) return snapshot
  let next: Snapshot = {
    ...snapshot,
    subnets: { ...snapshot.subnets },
    virtualNetworks: { ...snapshot.virtualNetworks },
    networkSecurityGroups: { ...snapshot.networkSecurityGroups },
    routeTables: { ...snapshot.routeTables },
    privateEndpoints: { ...snapshot.privateEndpoints },
    managedClusters: { ...snapshot.managedClusters },
    onlineDeployments: { ...snapshot.onlineDeployments }
  }
  // Parents before children: an endpoint before its deployments, a VNet before its subnets.
  const ordered = [...resources].sort((a, b) => depth(a.type) - depth(b.type))
  for (const resource of ordered) {
    if (UNCHANGED.has(resource.change) || !isPlannedArmType(resource.type)) continue
    next = layOver(next, resource)
  }
  return next
}

function depth(type: string): number {
  return type.split('/').length
}

function refused(resource: PlannedArmResource, reason: string): { ok: false; error: ReadError } {
  return {
    ok: false,
    error: { status: null, code: KNOWN_AFTER_APPLY_CODE, message: `${reason} (${resource.file})` }
  }
}

const deleted = (resource: PlannedArmResource): { ok: false; error: ReadError } => ({
  ok: false,
  error: {
    status: 404,
    code: 'ResourceNotFound',
    message: `The planned change deletes ${resource.id} (${resource.file}).`
  }
})

function layOver(snapshot: Snapshot, resource: PlannedArmResource): Snapshot {
  const type = resource.type.toLowerCase() as PlannedArmType
  const unknown = plannedUnknownReason(resource)
  const key = resourceKey(resource.id)
  const after: Record<string, unknown> = { ...resource.after, id: resource.id }
  /** The read of a keyed resource as it will be. */
  const planned = <T>(normalize: (raw: unknown) => T): Read<T> =>
    unknown
      ? refused(resource, unknown)
      : resource.change === 'Delete'
        ? deleted(resource)
        : { ok: true, value: normalize(after) }
  switch (type) {
    case 'microsoft.machinelearningservices/workspaces': {
      if (key !== resourceKey(snapshot.target.workspaceId)) return snapshot
      const read = planned(toWorkspace)
      if (!read.ok) return { ...snapshot, workspace: read }
      const live = snapshot.workspace.ok ? snapshot.workspace.value : undefined
      return { ...snapshot, workspace: { ok: true, value: withLiveState(read.value, live) } }
    }
    case 'microsoft.machinelearningservices/workspaces/onlineendpoints':
      return layOverEndpoint(snapshot, resource, unknown)
    case 'microsoft.machinelearningservices/workspaces/onlineendpoints/deployments':
      return layOverDeployment(snapshot, resource, unknown)
    case 'microsoft.network/networksecuritygroups': {
      const read = planned(raw => {
        const nsg = toNetworkSecurityGroup(raw)
        if (nsg.defaultSecurityRules.length > 0) return nsg
        const live = snapshot.networkSecurityGroups[key]
        return {
          ...nsg,
          defaultSecurityRules:
            live?.ok && live.value.defaultSecurityRules.length > 0
              ? live.value.defaultSecurityRules
              : DEFAULT_SECURITY_RULES
        }
      })
      return {
        ...snapshot,
        networkSecurityGroups: { ...snapshot.networkSecurityGroups, [key]: read }
      }
    }
    case 'microsoft.network/routetables':
      return { ...snapshot, routeTables: { ...snapshot.routeTables, [key]: planned(toRouteTable) } }
    case 'microsoft.network/virtualnetworks/subnets':
      return { ...snapshot, subnets: { ...snapshot.subnets, [key]: planned(toSubnet) } }
    case 'microsoft.network/virtualnetworks': {
      const read = planned(toVirtualNetwork)
      const subnets = { ...snapshot.subnets }
      // A VNet's PUT carries its subnets: each embedded one is planned too.
      if (read.ok) {
        const props = after['properties']
        const list =
          props && typeof props === 'object' ? (props as Record<string, unknown>)['subnets'] : []
        const embedded = Array.isArray(list) ? list : []
        for (const raw of embedded) {
          const subnet = toSubnet(raw)
          if (subnet.id) subnets[resourceKey(subnet.id)] = { ok: true, value: subnet }
        }
      }
      return { ...snapshot, subnets, virtualNetworks: { ...snapshot.virtualNetworks, [key]: read } }
    }
    case 'microsoft.network/privateendpoints': {
      const read = planned(toPrivateEndpoint)
      const withPe = {
        ...snapshot,
        privateEndpoints: { ...snapshot.privateEndpoints, [key]: read }
      }
      // A planned endpoint whose state is unknown still connects: the checks then meet its unknown read.
      return resource.change !== 'Delete' ? connectToWorkspace(withPe, resource) : withPe
    }
    case 'microsoft.containerservice/managedclusters':
      return {
        ...snapshot,
        managedClusters: { ...snapshot.managedClusters, [key]: planned(toManagedCluster) }
      }
  }
}

/**
 * What a template or plan cannot carry is kept from the live workspace: its private endpoint
 * connections (made by the private endpoints, not the workspace's PUT) and the managed
 * network's provisioning status and kind (service state) while the isolation mode stays.
 * Everything else is the planned body's: a property it leaves out is judged as the service
 * default, as on the resource the deployment writes, never as the live value.
 */
function withLiveState(planned: Workspace, live: Workspace | undefined): Workspace {
  if (!live) return planned
  const managed = planned.managedNetwork
  const liveManaged = live.managedNetwork
  const sameMode =
    managed?.isolationMode !== undefined &&
    managed.isolationMode.toLowerCase() === liveManaged?.isolationMode?.toLowerCase()
  return {
    ...planned,
    privateEndpointConnections:
      planned.privateEndpointConnections.length > 0
        ? planned.privateEndpointConnections
        : live.privateEndpointConnections,
    ...(managed
      ? {
          managedNetwork: {
            ...managed,
            ...(sameMode && !managed.status && liveManaged?.status
              ? { status: liveManaged.status }
              : {}),
            ...(!managed.managedNetworkKind && liveManaged?.managedNetworkKind
              ? { managedNetworkKind: liveManaged.managedNetworkKind }
              : {}),
            // Outbound rules are their own resources (and reads); a body without them keeps them.
            ...(sameMode && !managed.outboundRules && liveManaged?.outboundRules
              ? { outboundRules: liveManaged.outboundRules }
              : {})
          }
        }
      : {})
  }
}

/**
 * A planned private endpoint to the workspace adds its connection, as the service does on
 * creation: Approved for `privateLinkServiceConnections` (auto-approval), Pending for
 * `manualPrivateLinkServiceConnections` (Microsoft Learn, "Manage Azure private endpoints").
 */
function connectToWorkspace(snapshot: Snapshot, resource: PlannedArmResource): Snapshot {
  if (!snapshot.workspace.ok) return snapshot
  const workspace = snapshot.workspace.value
  const props = (resource.after?.['properties'] ?? {}) as Record<string, unknown>
  const connection = (list: unknown, status: string): string | undefined =>
    (Array.isArray(list) ? list : []).some(c => {
      const p = ((c as Record<string, unknown>)?.['properties'] ?? {}) as Record<string, unknown>
      return (
        typeof p['privateLinkServiceId'] === 'string' &&
        resourceKey(p['privateLinkServiceId']) === resourceKey(workspace.id)
      )
    })
      ? status
      : undefined
  const status =
    connection(props['privateLinkServiceConnections'], 'Approved') ??
    connection(props['manualPrivateLinkServiceConnections'], 'Pending')
  if (!status) return snapshot
  const existing = workspace.privateEndpointConnections.filter(
    c => !c.privateEndpointId || resourceKey(c.privateEndpointId) !== resourceKey(resource.id)
  )
  const name = resource.id.split('/').pop() ?? ''
  return {
    ...snapshot,
    workspace: {
      ok: true,
      value: {
        ...workspace,
        privateEndpointConnections: [
          ...existing,
          {
            id: `${workspace.id}/privateEndpointConnections/${name}`,
            name,
            privateEndpointId: resource.id,
            status,
            provisioningState: 'Succeeded'
          }
        ]
      }
    }
  }
}

function sameId(a: string, b: string): boolean {
  return resourceKey(a) === resourceKey(b)
}

function layOverEndpoint(
  snapshot: Snapshot,
  resource: PlannedArmResource,
  unknown: string | undefined
): Snapshot {
  const live = snapshot.onlineEndpoints
  if (!live.ok) return snapshot
  // Endpoints of another workspace are not this run's.
  if (!resource.id.toLowerCase().startsWith(`${snapshot.target.workspaceId.toLowerCase()}/`)) {
    return snapshot
  }
  if (unknown) return { ...snapshot, onlineEndpoints: refused(resource, unknown) }
  const key = resourceKey(resource.id)
  const others = live.value.filter(e => !sameId(e.id, resource.id))
  if (resource.change === 'Delete') {
    const onlineDeployments = { ...snapshot.onlineDeployments }
    delete onlineDeployments[key]
    return { ...snapshot, onlineEndpoints: { ok: true, value: others }, onlineDeployments }
  }
  const endpoint: OnlineEndpoint = toOnlineEndpoint({ ...resource.after, id: resource.id })
  const index = live.value.findIndex(e => sameId(e.id, resource.id))
  const value = [...live.value]
  if (index >= 0) value[index] = endpoint
  else value.push(endpoint)
  const onlineDeployments = { ...snapshot.onlineDeployments }
  // A new endpoint starts with no deployments but the planned ones.
  if (index < 0 && !onlineDeployments[key]) onlineDeployments[key] = { ok: true, value: [] }
  return { ...snapshot, onlineEndpoints: { ok: true, value }, onlineDeployments }
}

function layOverDeployment(
  snapshot: Snapshot,
  resource: PlannedArmResource,
  unknown: string | undefined
): Snapshot {
  const endpointId = resource.id.replace(/\/deployments\/[^/]+$/i, '')
  const key = resourceKey(endpointId)
  const read = snapshot.onlineDeployments[key]
  if (!read) {
    // The endpoint is neither live nor planned in this workspace: no check judges it.
    return snapshot
  }
  if (!read.ok) return snapshot
  if (unknown) {
    return {
      ...snapshot,
      onlineDeployments: { ...snapshot.onlineDeployments, [key]: refused(resource, unknown) }
    }
  }
  const others = read.value.filter(d => !sameId(d.id, resource.id))
  if (resource.change === 'Delete') {
    return {
      ...snapshot,
      onlineDeployments: { ...snapshot.onlineDeployments, [key]: { ok: true, value: others } }
    }
  }
  const index = read.value.findIndex(d => sameId(d.id, resource.id))
  const parsed = toOnlineDeployment({ ...resource.after, id: resource.id })
  const deployment: OnlineDeployment = {
    ...parsed,
    // An update keeps the creation time; a new deployment is created after this read.
    ...(index >= 0 && read.value[index]!.createdAt
      ? { createdAt: read.value[index]!.createdAt }
      : parsed.createdAt
        ? {}
        : { createdAt: snapshot.collectedAt })
  }
  const value = [...read.value]
  if (index >= 0) value[index] = deployment
  else value.push(deployment)
  return {
    ...snapshot,
    onlineDeployments: { ...snapshot.onlineDeployments, [key]: { ok: true, value } }
  }
}

/** The planned ARM resource a result's resource is, or lies under (a rule of a planned NSG). */
export function plannedArmSourceOf(
  snapshot: Pick<Snapshot, 'planned'>,
  resourceId: string
): PlannedArmResource | undefined {
  const id = resourceId.toLowerCase()
  const candidates = (snapshot.planned?.armResources ?? []).filter(
    r =>
      !UNCHANGED.has(r.change) &&
      (id === r.id.toLowerCase() || id.startsWith(`${r.id.toLowerCase()}/`))
  )
  // The most specific: a deployment rather than its endpoint.
  return candidates.sort((a, b) => b.id.length - a.id.length)[0]
}
