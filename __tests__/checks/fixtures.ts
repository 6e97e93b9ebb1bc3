/**
 * Snapshot builder for check and report tests, shaped like real ARM data (ids
 * and names from the REST API examples in __tests__/fixtures/reference/arm-examples).
 * `secureSnapshot()` passes every check; tests change one thing at a time.
 */
import type {
  OnlineDeployment,
  OnlineEndpoint,
  OutboundRule,
  PrivateEndpoint,
  PrivateEndpointConnection,
  Read,
  ReadError,
  Snapshot,
  Subnet,
  VirtualNetwork,
  Workspace
} from '../../src/model/snapshot.js'
import type {
  NetworkSecurityGroup,
  PermissionBlock,
  SecurityRule
} from '../../src/model/snapshot.js'
import { resourceKey } from '../../src/model/snapshot.js'

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
    storageAccount: dependencyId('storage'),
    keyVault: dependencyId('keyVault'),
    containerRegistry: dependencyId('registry'),
    managedNetwork: {
      isolationMode: 'AllowOnlyApprovedOutbound',
      status: { status: 'Active', sparkReady: false },
      outboundRules: {}
    },
    ...overrides
  }
}

const DEPENDENCIES = {
  storage: ['Microsoft.Storage/storageAccounts', 'testworkspacestorage', 'blob'],
  keyVault: ['Microsoft.KeyVault/vaults', 'testworkspacekv', 'vault'],
  registry: ['Microsoft.ContainerRegistry/registries', 'testworkspaceacr', 'registry']
} as const

/** The workspace's storage account, key vault or container registry id. */
export function dependencyId(which: keyof typeof DEPENDENCIES): string {
  const [type, name] = DEPENDENCIES[which]
  return `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}/providers/${type}/${name}`
}

/** Active PrivateEndpoint rules to the three dependencies, as the service creates them. */
export function dependencyRules(status = 'Active'): OutboundRule[] {
  return (Object.keys(DEPENDENCIES) as Array<keyof typeof DEPENDENCIES>).map(which => ({
    name: `__SYS_PE_${DEPENDENCIES[which][1]}_${DEPENDENCIES[which][2]}`,
    type: 'PrivateEndpoint',
    category: 'Required',
    status,
    serviceResourceId: dependencyId(which),
    subresourceTarget: DEPENDENCIES[which][2]
  }))
}

export function managedDeployment(
  endpoint: string,
  name: string,
  /** null: not set (the service default, Enabled). */
  egressPublicNetworkAccess: string | null = 'Disabled'
): OnlineDeployment {
  return {
    id: `${WORKSPACE_ID}/onlineEndpoints/${endpoint}/deployments/${name}`,
    name,
    endpointComputeType: 'Managed',
    ...(egressPublicNetworkAccess === null ? {} : { egressPublicNetworkAccess }),
    provisioningState: 'Succeeded'
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
  const snapshot = baseSnapshot(overrides)
  // Endpoints given without deployments get one isolated `blue` deployment each, as collection would read.
  if (overrides.onlineEndpoints?.ok && !overrides.onlineDeployments) {
    snapshot.onlineDeployments = keyed(
      overrides.onlineEndpoints.value
        .filter(e => e.computeType === 'Managed')
        .map(e => [e.id, ok([managedDeployment(e.name, 'blue')])])
    )
  }
  return snapshot
}

function baseSnapshot(overrides: Partial<Snapshot>): Snapshot {
  return {
    schemaVersion: 2,
    collectedBy: { name: 'aml-inference-guard', version: '0.1.0' },
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
    subnets: keyed([[subnetId(), ok({ ...subnet(), networkSecurityGroupId: nsgId() })]]),
    virtualNetworks: keyed([[vnetId(), ok(virtualNetwork())]]),
    onlineEndpoints: ok([onlineEndpoint('ep-private', { publicNetworkAccess: 'Disabled' })]),
    // Managed route: one managed deployment, private endpoint rules to the three dependencies, no clusters.
    onlineDeployments: keyed([
      [`${WORKSPACE_ID}/onlineEndpoints/ep-private`, ok([managedDeployment('ep-private', 'blue')])]
    ]),
    computes: ok([]),
    outboundRules: ok(dependencyRules()),
    managedClusters: {},
    clusterExtensions: {},
    ...secureAccess(),
    ...overrides
  }
}

export function withWorkspace(
  overrides: Partial<Workspace>,
  rest: Partial<Snapshot> = {}
): Snapshot {
  return secureSnapshot({ workspace: ok(workspace(overrides)), ...rest })
}

// RBAC and outbound

export const LOGIN_OBJECT_ID = '00000000-0000-4000-8000-0000000000b1'
export const nsgId = (name = 'mySubnet-nsg'): string => `${network}/networkSecurityGroups/${name}`
export const routeTableId = (name = 'mySubnet-rt'): string => `${network}/routeTables/${name}`

/** Network Contributor's permission block (Microsoft Learn, built-in roles). */
export const NETWORK_CONTRIBUTOR_BLOCK: PermissionBlock = {
  actions: [
    'Microsoft.Authorization/*/read',
    'Microsoft.Insights/alertRules/*',
    'Microsoft.Network/*',
    'Microsoft.ResourceHealth/availabilityStatuses/read',
    'Microsoft.Resources/deployments/*',
    'Microsoft.Resources/subscriptions/resourceGroups/read',
    'Microsoft.Support/*'
  ],
  notActions: [],
  dataActions: [],
  notDataActions: []
}

export function nsgRule(
  name: string,
  priority: number,
  access: 'Allow' | 'Deny',
  destination: string,
  port = '443'
): SecurityRule {
  return {
    name,
    priority,
    direction: 'Outbound',
    access,
    protocol: 'Tcp',
    sourcePortRange: '*',
    destinationPortRange: port,
    sourceAddressPrefix: 'VirtualNetwork',
    destinationAddressPrefix: destination,
    sourcePortRanges: [],
    destinationPortRanges: [],
    sourceAddressPrefixes: [],
    destinationAddressPrefixes: []
  }
}

/** Denies Internet, allows the registry tag of the fixture workspace's region (eastus2euap). */
export function securityGroup(
  rules: SecurityRule[] = [
    nsgRule('AllowAcrOutbound', 3000, 'Allow', 'AzureContainerRegistry.EastUS2EUAP'),
    nsgRule('DenyInternetOutbound', 4000, 'Deny', 'Internet', '*')
  ],
  id = nsgId()
): NetworkSecurityGroup {
  return {
    id,
    name: id.split('/').pop() as string,
    location: 'eastus2euap',
    securityRules: rules,
    defaultSecurityRules: []
  }
}

/** The logged-in identity holds Network Contributor on the VNet; the subnet's NSG allows the registry. */
export function secureAccess(): Pick<
  Snapshot,
  | 'rbacPrincipal'
  | 'permissions'
  | 'roleAssignments'
  | 'roleDefinitions'
  | 'denyAssignments'
  | 'networkSecurityGroups'
  | 'routeTables'
  | 'azureFirewalls'
  | 'firewallPolicies'
> {
  const roleId =
    '/subscriptions/' +
    SUBSCRIPTION +
    '/providers/Microsoft.Authorization/roleDefinitions/4d97b98b-1d4f-4787-a291-c67834d212e7'
  const assignment = {
    id: `${vnetId()}/providers/Microsoft.Authorization/roleAssignments/9d6c2a51-3f0e-4c55-8f3a-0c1d8b2e7a14`,
    scope: vnetId(),
    roleDefinitionId: roleId,
    principalId: LOGIN_OBJECT_ID,
    principalType: 'ServicePrincipal'
  }
  return {
    rbacPrincipal: { source: 'login', objectId: LOGIN_OBJECT_ID },
    permissions: keyed([
      [vnetId(), ok([NETWORK_CONTRIBUTOR_BLOCK])],
      [subnetId(), ok([NETWORK_CONTRIBUTOR_BLOCK])]
    ]),
    roleAssignments: keyed([
      [vnetId(), ok([assignment])],
      [subnetId(), ok([assignment])]
    ]),
    roleDefinitions: keyed([
      [
        roleId,
        ok({
          id: roleId,
          roleName: 'Network Contributor',
          roleType: 'BuiltInRole',
          permissions: [NETWORK_CONTRIBUTOR_BLOCK]
        })
      ]
    ]),
    denyAssignments: keyed([
      [vnetId(), ok([])],
      [subnetId(), ok([])]
    ]),
    networkSecurityGroups: keyed([[nsgId(), ok(securityGroup())]]),
    routeTables: {},
    azureFirewalls: {},
    firewallPolicies: {}
  }
}
