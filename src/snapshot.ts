/**
 * The snapshot: everything collection read from Azure, as plain JSON.
 *
 * Checks are pure functions of this object and never call Azure, so a snapshot
 * can be saved, diffed and re-evaluated offline. Every read records whether it
 * succeeded; a refused or failed read is kept with its reason so that checks can
 * report `unknown` instead of passing silently.
 *
 * Bump SNAPSHOT_SCHEMA_VERSION on any change that an older reader would misread.
 */
export const SNAPSHOT_SCHEMA_VERSION = 1

import type { DeploymentMethod, Route } from './inputs.js'

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
}

export interface PrivateEndpoint {
  id: string
  name: string
  location?: string
  /** ARM id of the subnet the private endpoint's NIC is in. */
  subnetId?: string
  provisioningState?: string
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

export interface Snapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION
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

  // --- RBAC and outbound (permissions, role/deny assignments, NSGs, route tables, firewalls) ---
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
