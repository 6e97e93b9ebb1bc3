/**
 * The snapshot: everything collection read from Azure, as plain JSON.
 *
 * Checks are pure functions of this object and never call Azure, so a snapshot
 * can be saved, diffed and re-evaluated offline. Every read records whether it
 * succeeded; a refused or failed read is kept with its reason so that checks can
 * report `unknown` instead of passing silently.
 *
 * Bump SNAPSHOT_SCHEMA_VERSION on any change that an older reader would misread,
 * add a step to `MIGRATIONS` in src/collect/snapshot-file.ts, and update
 * schemas/snapshot.schema.json and docs/snapshot.md.
 *
 * Version 2 adds `collectedBy`: a saved snapshot may be evaluated by another
 * version of the tool than the one that read Azure.
 */
export const SNAPSHOT_SCHEMA_VERSION = 2

import type { DeploymentMethod, Route } from './request.js'

/** Why a read did not produce a value. */
export interface ReadError {
  /** HTTP status from ARM, or null when no response arrived (network, timeout). */
  status: number | null
  /** ARM error code (e.g. `AuthorizationFailed`, `ResourceNotFound`) or a local code. */
  code: string
  /** The service's message, untrusted text. */
  message: string
}

export type Read<T> = { ok: true; value: T } | { ok: false; error: ReadError }

/** Local ReadError codes: the run's deadline (`timeout-seconds`) cut the read short. */
export const DEADLINE_CODE = 'RunDeadlineExceeded'
/** Local ReadError codes: Azure answered, but with a body or page link that cannot be used. */
/**
 * Local ReadError code of the overlaid snapshot: the planned value of a resource the checks read
 * is known only after the change is applied (Terraform's `(known after apply)`, what-if's
 * `Unsupported`), so its planned state is unknown.
 */
export const KNOWN_AFTER_APPLY_CODE = 'KnownAfterApply'
export const UNUSABLE_ANSWER_CODES = [
  'PARSE_ERROR',
  'RepeatedNextLink',
  'UnexpectedNextLink',
  'MalformedResponse',
  'TooManyPages'
]

export interface PrivateEndpointConnection {
  id: string
  name: string
  /** ARM id of the Microsoft.Network/privateEndpoints resource, if the connection names one. */
  privateEndpointId?: string
  /** `privateLinkServiceConnectionState.status`: Approved, Pending, Rejected, Disconnected. */
  status?: string
  provisioningState?: string
}

/** Raw managed network settings, as the Machine Learning API returns them (fields kept as read). */
export interface ManagedNetwork {
  isolationMode?: string
  status?: { status?: string; sparkReady?: boolean }
  /** Keyed by rule name, as ARM returns it. */
  outboundRules?: Record<string, unknown>
  /** `managedNetworkKind`: V1 (rules on the workspace) or V2 (the `managedNetworks/default` resource). */
  managedNetworkKind?: string
}

export interface Workspace {
  id: string
  name: string
  location: string
  /** As returned; absent means the service default (Enabled). */
  publicNetworkAccess?: string
  allowPublicAccessWhenBehindVnet?: boolean
  storageAccount?: string
  keyVault?: string
  containerRegistry?: string
  applicationInsights?: string
  managedNetwork?: ManagedNetwork
  privateEndpointConnections: PrivateEndpointConnection[]
  /** `properties.v1LegacyMode` as returned; absent means the service default (false). */
  v1LegacyMode?: boolean
  /**
   * `systemData.lastModifiedAt` (ISO 8601): enabling or changing the managed network updates
   * the workspace, so a deployment created after this time was created into the network as it is.
   */
  lastModifiedAt?: string
  /**
   * `properties.imageBuildCompute`: name of the compute cluster that builds environment images
   * (absent: serverless compute builds them, which needs a registry without network restrictions).
   */
  imageBuildCompute?: string
}

export interface PrivateEndpoint {
  id: string
  name: string
  location?: string
  /** ARM id of the subnet the private endpoint's NIC is in. */
  subnetId?: string
  provisioningState?: string
  /**
   * Sub-resources its connections target (`groupIds`: `amlworkspace`, `blob`, `file`, `vault`,
   * `registry`); absent when none is reported, and in older snapshots.
   */
  groupIds?: string[]
}

export interface Subnet {
  id: string
  name: string
  addressPrefixes: string[]
  networkSecurityGroupId?: string
  routeTableId?: string
  provisioningState?: string
}

export interface VirtualNetwork {
  id: string
  name: string
  location?: string
  addressPrefixes: string[]
  subnetIds: string[]
  provisioningState?: string
}

export interface OnlineEndpoint {
  id: string
  name: string
  /** Derived from `properties.compute`: Kubernetes endpoints name an attached compute; managed ones do not. */
  computeType: 'Managed' | 'Kubernetes'
  /** Attached compute for Kubernetes endpoints. */
  compute?: string
  /** As returned; absent means the service default (Enabled). */
  publicNetworkAccess?: string
  provisioningState?: string
}

/** Inputs that change what is read or how it is judged; kept so a snapshot re-evaluates the same. */
export interface SnapshotRequest {
  route: Route
  deploymentMethod: DeploymentMethod
  /** `vnet-id` / `subnet-id` as given; absent when discovered. */
  vnetId?: string
  subnetId?: string
  /** `principal-id`; absent means the identity the action logged in as. */
  principalId?: string
}

export interface SnapshotTarget {
  subscriptionId: string
  resourceGroup: string
  workspaceName: string
  /** ARM id built from the inputs; used in the sticky comment marker even when the read fails. */
  workspaceId: string
}

/** The fields of SnapshotTarget, for shape checks of files read back (reports, snapshots). */
export const TARGET_FIELDS: Array<keyof SnapshotTarget> = [
  'subscriptionId',
  'resourceGroup',
  'workspaceName',
  'workspaceId'
]

export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION
  /** The tool and version that read Azure (the report names the one that evaluated). */
  collectedBy: { name: string; version: string }
  /** ISO 8601 time the collection started. */
  collectedAt: string
  /** Cloud name (AzureCloud, AzureUSGovernment, AzureChinaCloud, custom). */
  cloud: string
  /** api-version each provider was read with, for the report footer and support cases. */
  apiVersions: Record<string, string>
  target: SnapshotTarget
  request: SnapshotRequest
  workspace: Read<Workspace>
  /**
   * Resources referenced by the workspace and read separately, keyed by the
   * lower-cased ARM id (ARM ids compare case-insensitively). A key without an
   * entry was never read (nothing referenced it).
   */
  privateEndpoints: Record<string, Read<PrivateEndpoint>>
  subnets: Record<string, Read<Subnet>>
  virtualNetworks: Record<string, Read<VirtualNetwork>>
  onlineEndpoints: Read<OnlineEndpoint[]>

  // --- Managed and Kubernetes routes (deployments, computes, clusters, extensions, outbound rules) ---
  /** Deployments of each online endpoint, keyed by the lower-cased endpoint id. */
  onlineDeployments: Record<string, Read<OnlineDeployment[]>>
  /** The workspace's computes (attached Kubernetes and AKS clusters among them). */
  computes: Read<Compute[]>
  /**
   * Managed network outbound rules from the `.../workspaces/{ws}/outboundRules`
   * list. Checks merge them with `workspace.managedNetwork.outboundRules`.
   */
  outboundRules: Read<OutboundRule[]>
  /** AKS clusters named by the workspace's computes, keyed by lower-cased id. Arc clusters are not read. */
  managedClusters: Record<string, Read<ManagedCluster>>
  /** Cluster extensions of each attached cluster, keyed by the lower-cased cluster id. */
  clusterExtensions: Record<string, Read<ClusterExtension[]>>

  // --- RBAC and outbound (permissions, role/deny assignments, NSGs, route tables, firewalls) ---
  /** Whose RBAC permissions RBAC-* evaluate. */
  rbacPrincipal: RbacPrincipal
  /**
   * Effective permissions of the logged-in identity (Authorization permissions
   * API), keyed by lower-cased scope id (the target VNet and subnet). Read only
   * when `principal-id` is not set.
   */
  permissions: Record<string, Read<PermissionBlock[]>>
  /**
   * Role assignments of `principal-id` (`assignedTo`, so group memberships count)
   * listed at each scope, keyed by lower-cased scope id. Read only when
   * `principal-id` is set; may include assignments below the scope.
   */
  roleAssignments: Record<string, Read<RoleAssignment[]>>
  /** Role definitions named by those assignments, keyed by lower-cased id. */
  roleDefinitions: Record<string, Read<RoleDefinition>>
  /** Deny assignments listed at each scope, keyed by lower-cased scope id. */
  denyAssignments: Record<string, Read<DenyAssignment[]>>
  /** NSGs of the relevant subnets, keyed by lower-cased id. */
  networkSecurityGroups: Record<string, Read<NetworkSecurityGroup>>
  /** Route tables of the relevant subnets, keyed by lower-cased id. */
  routeTables: Record<string, Read<RouteTable>>
  /**
   * Azure Firewalls of each subscription whose route table forces 0.0.0.0/0 to
   * an appliance, keyed by lower-cased `/subscriptions/{id}`.
   */
  azureFirewalls: Record<string, Read<AzureFirewall[]>>
  /** Firewall policies (with their rule collection groups) those firewalls use, keyed by lower-cased id. */
  firewallPolicies: Record<string, Read<FirewallPolicy>>
  /**
   * Service tags from the Service Tags discovery API
   * (`Microsoft.Network/locations/{location}/serviceTags`), keyed by the
   * lower-cased location they were listed for (the workspace region); only
   * the tags the outbound checks compare are kept. Absent in snapshots of
   * versions that did not read them.
   */
  serviceTags?: Record<string, Read<ServiceTagList>>
  /**
   * The workspace's container registry (`Microsoft.ContainerRegistry/registries`,
   * api-version 2025-04-01), keyed by lower-cased id. Absent in snapshots of
   * versions that did not read it.
   */
  containerRegistries?: Record<string, Read<ContainerRegistry>>
  /** IP groups named by the firewall rules read, keyed by lower-cased id. Absent in older snapshots. */
  ipGroups?: Record<string, Read<IpGroup>>
  /**
   * The AKS-managed virtual networks (`aks-vnet-*` in the node resource group) of each AKS
   * cluster with a node pool that names no subnet, keyed by the lower-cased cluster id.
   */
  aksManagedVirtualNetworks?: Record<string, Read<VirtualNetwork[]>>
  /**
   * Network settings of the workspace's storage account, key vault and container registry,
   * keyed by lower-cased id; read when the managed network is AllowInternetOutbound or an AKS
   * cluster is attached (K8S-08, K8S-09: their private endpoints are then read too, into
   * `privateEndpoints`).
   */
  dependencyNetworkAccess?: Record<string, Read<DependencyNetworkAccess>>
  /**
   * The `managedNetworks/default` resource of a workspace whose managedNetworkKind is V2 (its
   * `properties.managedNetwork`); its outbound rule list is `outboundRules`, and its settings
   * complete `workspace.managedNetwork`.
   */
  managedNetworkV2?: Read<ManagedNetwork>
  /**
   * Remote VNet ids of the Connected peerings of each AKS cluster VNet that does not hold every
   * private endpoint read (workspace, storage, key vault, registry), keyed by lower-cased VNet id
   * (K8S-09).
   */
  clusterVnetPeerings?: Record<string, Read<string[]>>
  /**
   * Peerings (VirtualNetworkPeerings_List) of the VNet of each subnet whose route table sends
   * traffic to a virtual appliance address no Azure Firewall of the route table's subscription
   * holds, keyed by lower-cased VNet id: the peering whose remote address space holds the next
   * hop leads to the hub's subscription (OUT-04). Absent in older snapshots.
   */
  virtualNetworkPeerings?: Record<string, Read<VirtualNetworkPeering[]>>
  /**
   * What the pull request is about to deploy (`deployment-files`), kept apart from the live
   * reads above: the checks judge the live part, and the live part with this laid over it
   * (src/planned/overlay.ts). Absent when no planned input was given, and in older snapshots.
   */
  planned?: PlannedChange
}

/** Resources the workflow will deploy, read from its files (docs/planned.md). */
export interface PlannedChange {
  /** The files read, relative to the workspace checkout with `/` separators. */
  files: string[]
  /** From Azure ML CLI v2 YAML files (`deployment-files`). */
  resources: PlannedResource[]
  /**
   * From ARM what-if (`arm-template`) or a Terraform plan (`terraform-plan`): each resource as it
   * will be, in ARM's JSON shape, laid over the live reads before the YAML files (infrastructure
   * first, then the model's deployment). Absent in older snapshots.
   */
  armResources?: PlannedArmResource[]
  /**
   * Planned sources that could not be read (what-if refused or failed): what the change does is
   * then unknown, so every check's planned result is `unknown`, never a pass. Absent when none.
   */
  unreadable?: PlannedUnreadable[]
}

export const PLANNED_ARM_ROUTES = ['what-if', 'terraform'] as const
/** How a planned ARM resource was predicted. */
export type PlannedArmRoute = (typeof PLANNED_ARM_ROUTES)[number]

export const PLANNED_ARM_CHANGES = [
  'Create',
  'Modify',
  'Delete',
  'NoChange',
  'Deploy',
  'Ignore',
  'Unsupported'
] as const
/**
 * What the change does to the resource: what-if's `changeType` (ARM's words); a Terraform plan's
 * actions map onto them (create → Create, update → Modify, delete → Delete, delete+create → Create,
 * no-op → NoChange).
 */
export type PlannedArmChange = (typeof PLANNED_ARM_CHANGES)[number]

/** One resource of a what-if result or a Terraform plan, mapped to ARM's shape. */
export interface PlannedArmResource {
  route: PlannedArmRoute
  /** The template (what-if) or plan JSON (Terraform) it comes from, relative to the workspace. */
  file: string
  /** Terraform: the resource address (`azurerm_subnet.aml`). */
  address?: string
  /** The ARM id the resource has or will have, as ARM spells it. */
  id: string
  /** The ARM resource type (`Microsoft.Network/networkSecurityGroups`). */
  type: string
  change: PlannedArmChange
  /** The resource after the change as a GET would return it (`id`, `name`, `properties`, ...); absent for Delete. */
  after?: Record<string, unknown>
  /**
   * Terraform: attributes the checks judge whose value is known only after apply. The resource's
   * planned state is then unknown (its read in the overlaid snapshot is refused with
   * KNOWN_AFTER_APPLY_CODE), never a guess.
   */
  unknownAfterApply?: string[]
  /**
   * What-if `Unsupported` and Terraform values that could not be mapped: why, in a sentence.
   * The resource's planned state is then unknown too.
   */
  unsupportedReason?: string
}

/** A planned source that could not be read. */
export interface PlannedUnreadable {
  route: PlannedArmRoute
  file: string
  error: ReadError
}

/** One YAML key the planned resource sets: its value as written and its line (1-based). */
export interface PlannedField {
  value: string
  line: number
}

/** An online endpoint or deployment from an Azure ML CLI v2 YAML file. */
export interface PlannedResource {
  kind: 'onlineEndpoint' | 'onlineDeployment'
  /** The `$schema` it declares: `managedOnlineEndpoint`, `kubernetesOnlineDeployment`, ... */
  schema: string
  file: string
  /** Line of its `name` key. */
  line: number
  name: string
  /** Deployments: `endpoint_name`. */
  endpointName?: string
  computeType: 'Managed' | 'Kubernetes'
  /** Kubernetes endpoints: the compute's name (without the `azureml:` prefix). */
  compute?: string
  /** `public_network_access` / `egress_public_network_access` as ARM reports them. */
  publicNetworkAccess?: 'Enabled' | 'Disabled'
  egressPublicNetworkAccess?: 'Enabled' | 'Disabled'
  /** The YAML keys used, as written, by key. */
  fields: Record<string, PlannedField>
}

/** One peering of a VNet, as VirtualNetworkPeerings_List returns it. */
export interface VirtualNetworkPeering {
  id: string
  name: string
  remoteVirtualNetworkId?: string
  /** `remoteAddressSpace.addressPrefixes`: the remote space this peering routes to. */
  remoteAddressPrefixes: string[]
  /** `Initiated`, `Connected` or `Disconnected`: only `Connected` carries traffic. */
  peeringState?: string
  allowForwardedTraffic?: boolean
  allowVirtualNetworkAccess?: boolean
}

export interface IpGroup {
  id: string
  name: string
  /** Addresses and prefixes (`10.0.0.0/24`, `10.0.1.4`, ranges `10.0.0.1-10.0.0.9`). */
  ipAddresses: string[]
}

/** What decides the registry's data path. */
export interface ContainerRegistry {
  id: string
  name: string
  location?: string
  /** `Basic`, `Standard`, `Premium`. */
  sku?: string
  loginServer?: string
  /** `Enabled` or `Disabled`. */
  publicNetworkAccess?: string
  /** Dedicated data endpoints (`<name>.<region>.data.azurecr.io`, Premium); else layers come from the registry's storage. */
  dataEndpointEnabled?: boolean
  privateEndpointConnections: Array<{ name: string; privateEndpointId?: string; status?: string }>
}

/** The part of a Service Tags discovery answer the checks use. */
export interface ServiceTagList {
  /** `changeNumber` of the whole list, to tell which publication was read. */
  changeNumber?: string
  cloud?: string
  /** A page after the first could not be read: tags on it and later pages are missing. */
  incomplete?: boolean
  tags: ServiceTag[]
  /** Why the page after the last one read could not be read (with `incomplete`). */
  pageError?: ReadError
}

export interface ServiceTag {
  /** `AzureContainerRegistry.WestEurope`. */
  name: string
  /** Lower-case location, empty for global tags. */
  region?: string
  systemService?: string
  addressPrefixes: string[]
}

/** What a workspace dependency's own body says about reaching it. */
export interface DependencyNetworkAccess {
  id: string
  /** `properties.publicNetworkAccess`: Enabled, Disabled (storage also SecuredByPerimeter); absent on older resources. */
  publicNetworkAccess?: string
  /** `sku.name` (a registry's tier: Basic, Standard, Premium). */
  skuName?: string
  /**
   * `properties.privateEndpointConnections`: the private endpoint each names and its
   * `privateLinkServiceConnectionState.status` (K8S-09). Absent in older snapshots.
   */
  privateEndpointConnections?: Array<{ privateEndpointId?: string; status?: string }>
  /**
   * Subnet ids of `properties.networkAcls.virtualNetworkRules` (storage, key vault): subnets
   * reaching it through a service endpoint, which the Kubernetes article accepts in place of a
   * private endpoint (K8S-09). Absent when the body has none, and in older snapshots.
   */
  virtualNetworkRuleSubnetIds?: string[]
}

/** ARM ids compare case-insensitively; snapshot maps are keyed by this form. */
export function resourceKey(id: string): string {
  return id.toLowerCase()
}

/** The VNet id of a subnet id (`.../virtualNetworks/{vnet}/subnets/{subnet}`). */
export function parentVirtualNetworkId(subnetId: string): string | undefined {
  const match =
    /^(.*\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(subnetId)
  return match?.[1]
}

/** Last segment of an ARM id, for display. */
export function resourceName(id: string): string {
  const parts = id.split('/').filter(Boolean)
  return parts[parts.length - 1] ?? id
}

// RBAC and outbound

/** Whose RBAC permissions were read. */
export interface RbacPrincipal {
  /** Object id; absent when the login token carried no `oid` claim. */
  objectId?: string
  /** `login`: the identity the action signed in as (permissions API); `input`: `principal-id` (role assignments). */
  source: 'login' | 'input'
}

/** One permission block of a role definition, deny assignment or the permissions API, as ARM returns it. */
export interface PermissionBlock {
  actions: string[]
  notActions: string[]
  dataActions?: string[]
  notDataActions?: string[]
  /** ABAC condition (not evaluated by this tool). */
  condition?: string
}

export interface RoleAssignment {
  id: string
  scope: string
  roleDefinitionId: string
  principalId: string
  principalType?: string
  /** ABAC condition (not evaluated by this tool). */
  condition?: string
}

export interface RoleDefinition {
  id: string
  roleName: string
  /** `BuiltInRole` or `CustomRole`. */
  roleType?: string
  permissions: PermissionBlock[]
}

export interface DenyPrincipal {
  id: string
  /** `User`, `Group`, `ServicePrincipal`, or `SystemDefined` (everyone, id 00000000-0000-0000-0000-000000000000). */
  type?: string
}

export interface DenyAssignment {
  id: string
  name: string
  scope: string
  permissions: PermissionBlock[]
  principals: DenyPrincipal[]
  excludePrincipals: DenyPrincipal[]
  doNotApplyToChildScopes: boolean
}

/** An NSG security rule with the singular and plural fields kept as ARM returns them. */
export interface SecurityRule {
  name: string
  priority: number
  /** `Inbound` or `Outbound`. */
  direction: string
  /** `Allow` or `Deny`. */
  access: string
  /** `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` or `*`. */
  protocol: string
  sourcePortRange?: string
  sourcePortRanges?: string[]
  destinationPortRange?: string
  destinationPortRanges?: string[]
  sourceAddressPrefix?: string
  sourceAddressPrefixes?: string[]
  destinationAddressPrefix?: string
  destinationAddressPrefixes?: string[]
  sourceApplicationSecurityGroupIds?: string[]
  destinationApplicationSecurityGroupIds?: string[]
}

export interface NetworkSecurityGroup {
  id: string
  name: string
  location?: string
  securityRules: SecurityRule[]
  /** As returned (the platform's defaults are applied whatever this holds). */
  defaultSecurityRules: SecurityRule[]
}

export interface RouteTableRoute {
  name: string
  addressPrefix: string
  /** `VirtualAppliance`, `VirtualNetworkGateway`, `Internet`, `VnetLocal`, `None`. */
  nextHopType: string
  nextHopIpAddress?: string
}

export interface RouteTable {
  id: string
  name: string
  routes: RouteTableRoute[]
  /** `disableBgpRoutePropagation`: routes learned over BGP from a gateway are not added to the subnet. */
  disableBgpRoutePropagation?: boolean
}

/** A classic Azure Firewall network rule or a firewall policy `NetworkRule`. */
export interface FirewallNetworkRule {
  name: string
  /** `TCP`, `UDP`, `ICMP`, `Any`. */
  protocols: string[]
  sourceAddresses: string[]
  sourceIpGroups: string[]
  destinationAddresses: string[]
  destinationIpGroups: string[]
  destinationFqdns: string[]
  destinationPorts: string[]
}

/** A classic Azure Firewall application rule or a firewall policy `ApplicationRule`. */
export interface FirewallApplicationRule {
  name: string
  /** e.g. `{ protocolType: 'Https', port: 443 }`. */
  protocols: Array<{ protocolType: string; port?: number }>
  sourceAddresses: string[]
  sourceIpGroups: string[]
  targetFqdns: string[]
  fqdnTags: string[]
}

export interface FirewallRuleCollection {
  name: string
  priority: number
  /** `Allow` or `Deny`. */
  action: string
  /** Classic: from `networkRuleCollections` / `applicationRuleCollections`; policy: from each rule's `ruleType`. */
  kind: 'network' | 'application'
  networkRules: FirewallNetworkRule[]
  applicationRules: FirewallApplicationRule[]
}

export interface AzureFirewall {
  id: string
  name: string
  /** Private IP addresses of its IP configurations (what a route table names as next hop). */
  privateIpAddresses: string[]
  firewallPolicyId?: string
  /** Classic rule collections (network and application). */
  ruleCollections: FirewallRuleCollection[]
}

export interface FirewallRuleCollectionGroup {
  id: string
  name: string
  priority: number
  /** Filter rule collections (NAT collections are inbound and dropped). */
  ruleCollections: FirewallRuleCollection[]
}

export interface FirewallPolicy {
  id: string
  name: string
  /** Parent policy: its rule collection groups are processed before this policy's. */
  basePolicyId?: string
  ruleCollectionGroups: FirewallRuleCollectionGroup[]
}

// Managed and Kubernetes routes

export interface OnlineDeployment {
  id: string
  name: string
  /** `endpointComputeType`: `Managed` or `Kubernetes`. */
  endpointComputeType?: string
  /** Legacy per-deployment egress isolation, as returned; absent means the service default (Enabled). */
  egressPublicNetworkAccess?: string
  provisioningState?: string
  /** `systemData.createdAt` (ISO 8601) when ARM reports it: tells deployments older than the managed network apart. */
  createdAt?: string
}

export interface Compute {
  id: string
  name: string
  /** `Kubernetes`, `AKS`, `AmlCompute`, `ComputeInstance`, ... as returned. */
  computeType?: string
  /** ARM id of the resource behind the compute (the AKS or Arc cluster for Kubernetes and AKS computes). */
  resourceId?: string
  provisioningState?: string
  /** Legacy AKS compute: `properties.properties.loadBalancerType` (`PublicIp` or `InternalLoadBalancer`). */
  loadBalancerType?: string
  /** Kubernetes compute: the namespace models are deployed to. */
  namespace?: string
  /** AmlCompute and ComputeInstance: `properties.properties.subnet.id`, the subnet its nodes are in. */
  subnetId?: string
}

/** One managed network outbound rule, flattened from either place the service reports it. */
export interface OutboundRule {
  name: string
  /** `FQDN`, `PrivateEndpoint` or `ServiceTag`. */
  type?: string
  /** `Required`, `Recommended`, `UserDefined`, `Dependency`. */
  category?: string
  /** `Active` or `Inactive`. */
  status?: string
  /** PrivateEndpoint rules: `destination.serviceResourceId` and `destination.subresourceTarget`. */
  serviceResourceId?: string
  subresourceTarget?: string
  /** ServiceTag rules: `destination.serviceTag`, `protocol`, `portRanges`. */
  serviceTag?: string
  protocol?: string
  portRanges?: string
  /** FQDN rules: the destination host name. */
  fqdn?: string
  /** ServiceTag rules: `destination.action` (`Allow` or `Deny`, api-version 2025-12-01); absent means allow. */
  action?: string
}

export interface AgentPool {
  name: string
  /** `System` or `User`. */
  mode?: string
  vnetSubnetId?: string
  enableNodePublicIp?: boolean
}

export interface ManagedCluster {
  id: string
  name: string
  location?: string
  provisioningState?: string
  agentPools: AgentPool[]
  /** `apiServerAccessProfile.enablePrivateCluster`. */
  enablePrivateCluster?: boolean
  /** `apiServerAccessProfile.authorizedIPRanges`. */
  authorizedIpRanges: string[]
  /** `networkProfile.networkPlugin`: `azure`, `kubenet`, `none`. */
  networkPlugin?: string
  /** `networkProfile.networkPolicy`: `azure`, `calico`, `cilium`, `none`; absent means none. */
  networkPolicy?: string
  /** `nodeResourceGroup`: where AKS keeps the cluster's own resources (its VNet when pools name no subnet). */
  nodeResourceGroup?: string
  /** `apiServerAccessProfile.enablePrivateClusterPublicFQDN`. */
  enablePrivateClusterPublicFqdn?: boolean
}

export interface ClusterExtension {
  id: string
  name: string
  extensionType?: string
  provisioningState?: string
  /** `configurationSettings` as returned: string values with free casing (protected settings are never returned). */
  configurationSettings: Record<string, string>
  /**
   * Names of the protected settings when ARM lists them (their values are write-only and
   * never kept); absent when the body has no `configurationProtectedSettings`.
   */
  configurationProtectedSettingKeys?: string[]
}
